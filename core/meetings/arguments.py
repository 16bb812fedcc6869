"""The meeting clause's arguments, read once (read_arguments) from the clause's phrases: the は/が subject and the
と/との/とも partners of the meeting word, each resolved to the side it names (core.meetings.phrase_sides: the entity
standing in it, else the words themselves when they name a side). A side so read has no entity (but 国 alone, the
Japanese state): the proposal is kept, and less sure. The same reading tells a partner named only by what it is (関係者
との協議: the subject's alone), a side named inside the group met (陸連を含む関係者と), and whom the article's lead is
about (article_topic).
"""

from __future__ import annotations

import re

from core.claims.report_tellers import is_outlet
from core.clauses.phrases import of_group, phrases
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of
from core.meetings.phrase_sides import Argument, resolve_phrase
from core.registry import bundled_registry

_TOPIC_GROUPS = ("topic", "subject")
# 今後は, 当面は, 現在も: a time as the clause's topic, no subject (今後はケンタッキー社と取り扱いを協議する)
TIME_TOPIC = re.compile(r"(?:今後|今回|当面|将来|現在|今年|来年|来月|同日|当日|その後)(?:は|も)")
_PARTNER_PARTICLES = ("と", "との", "とも", "との間で", "とともに", "と共に")


# オーナー側とも協議: a partner joined by とも right before the meeting word (no phrase of the reader: と then も)
_ALSO_PARTNER = re.compile(r"([^ぁ-ゖ、。「」『』()（）\s]+)とも$")


def _partners(body: str, cut, begin: int, start: int) -> list[tuple[int, int]]:
    """Where the clause's と-phrases stand: …と, …との, and …とも right before the meeting word, and the one a
    と-phrase is joined to, glued to the word by の (沖縄県と国の協議: 国)."""
    spans = [(p.start, p.end) for p in cut if p.group == "partner" and p.particle in _PARTNER_PARTICLES]
    also = _ALSO_PARTNER.search(body, begin, start)
    if also is not None:
        spans.append(also.span(1))
    ends = {b for _, b in spans}
    spans += [(p.start, p.end) for p in of_group(body, begin, start)[-1:] if p.start - 1 in ends
              and _NO_KANA.fullmatch(body, p.start, p.end)]  # (イランと欧米6か国の核協議: no 国 alone)
    return spans


# a noun run with no kana of its own: one name, not a phrase (欧米6か国)
_NO_KANA = re.compile(r"[^ぁ-ゖ、。「」]+")


# a partner the text names only by what it is (関係者との協議が不調, 居住者との協議に入る, 労働組合と交渉)
_UNNAMED_PARTY = re.compile(r"(?:関係者|関係団体|関係機関|居住者|地権者|債権者|労働組合|労組|組合|業者|事業者|加盟店|株主|取引先)"
                            r"(?:ら|側|など)?$")
# 大手運送会社との間で, 複数の企業と, 米国の投資ファンドと, 地元の漁協と: a body named only by its kind, no name read in
# its phrase (not 親会社, 子会社: one related to the subject, nor 同社: one named before)
_BODY_KIND = re.compile(r"(?:(?<![親子同当自])会社|企業|メーカー|金融機関|ファンド|商社|団体|住民|自治体|漁協|農協|スポンサー|買い手)"
                        r"(?:ら|側|など|各社)?$")
# 陸連を含む関係者と, 経産省をはじめとする関係省庁との: the words between a side named inside a group and the group
_INCLUDING = re.compile(r"(?:を含む|を含めた|をはじめ(?:とする)?|など(?:の)?)[^、。と「」]{0,8}?")


def _included(body: str, p_start: int, p_end: int, actors) -> Participant | None:
    """The person, body or country named inside the group a partner phrase ends on (陸連を含む関係者と: 陸連)."""
    for m in actors:
        if m.type in ("ORG", "GPE", "PERSON") and p_start - 6 <= m.end <= p_start + 8 and m.end < p_end \
                and _INCLUDING.fullmatch(body, m.end, p_end):
            return Participant(name_of(body, m), m.entity_id)
    return None


def read_arguments(body: str, begin: int, start: int, actors, places=()) -> tuple[Argument | None, list[Argument]]:
    """The meeting clause's arguments in [begin, start), read once: its は/が subject and its と/との/とも partners,
    each resolved to the side it names (a partner named only by what it is marked unnamed; a side named inside
    the group met kept as included)."""
    opened = body[begin : begin + 1]
    if opened in ("『", "「") and body.find("』" if opened == "『" else "」", begin, start) < 0:
        begin += 1  # 『…道とロシア側、洋上会談』: a cited headline or a quote the word stands in, read inside it
    cut = phrases(body, begin, start)
    subject = next((p for p in cut if p.group in _TOPIC_GROUPS and p.particle != "では"
                    and not TIME_TOPIC.fullmatch(body, p.start, p.after)), None)
    partners = []
    for a, b in _partners(body, cut, begin, start):
        argument = resolve_phrase(body, a, b, "partner", actors, places)
        argument.unnamed = _UNNAMED_PARTY.search(body, a, b) is not None \
            or argument.side is None and not argument.entity and _BODY_KIND.search(body, a, b) is not None
        argument.included = _included(body, a, b, actors)
        partners.append(argument)
    return (resolve_phrase(body, subject.start, subject.end, "subject", actors, places) if subject else None), partners


def included_partner(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """陸連を含む関係者と協議をする: the body named inside the group met, right before the meeting word, is a side
    (the group itself has no name)."""
    if len(mention.participants) >= 2:
        return
    _, partners = read_arguments(body, clause, start, actors)
    last = partners[-1] if partners else None
    if last is None or last.included is None or not _right_before(body, last, start):
        return
    if all((p.entity_id or p.name) != last.included.entity_id for p in mention.participants):
        mention.participants.append(last.included)


def _right_before(body: str, argument: Argument, start: int) -> bool:
    """Whether a partner's と or との stands right before the meeting word (関係者と協議, 関係者との協議)."""
    return body[argument.end : start] in ("と", "との")


def unnamed_partner_side(body: str, mention: MeetingMention, actors, places, clause: int, start: int) -> None:
    """東京都は、関係者との協議が不調に終わった: talks whose partner has no name are the subject's alone — a body, a
    country or a local government written as the clause's subject (は or が)."""
    if mention.participants:
        return
    sides = [m for m in actors + places if m.type in ("ORG", "GPE", "LOC")]
    subject, partners = read_arguments(body, clause, start, sorted(sides, key=lambda m: m.start))
    if subject is not None and subject.entity and any(a.unnamed for a in partners):
        named = next(m for m in sides if subject.start <= m.start < subject.end)
        mention.participants = [Participant(name_of(body, named), named.entity_id)]


# 緒方氏は, 山田さんが: a person's name and honorific ending the subject phrase
_HONORIFIC = re.compile(r"氏|さん|様|君")


# how far the lead of an article reaches: its first sentences, where a news story names whom it is about
_LEAD = 2


def article_topic(body: str, spans, all_actors) -> Participant | None:
    """Whom the article is about: the person, body or country its lead opens a sentence on (…によると、日本プロ野球・
    セントラル・リーグは…), as an entity mention ending its subject phrase, or a body's name no entity holds
    (「横浜カレーミュージアム」が); None when the lead has none."""
    for s_start, s_end in spans[:_LEAD]:
        subjects = [p for p in phrases(body, s_start, s_end) if p.group in _TOPIC_GROUPS and p.particle != "では"]
        # the subject set off by a comma is the sentence's (…カレーを売る店が並び、有名となった「…」が、): first
        for phrase in sorted(subjects, key=lambda p: not p.comma)[:1]:
            named = [m for m in all_actors.within(phrase.start, phrase.end)
                     if m.end == phrase.end or _HONORIFIC.fullmatch(body, m.end, phrase.end)]
            if named and reporting(body, named[-1], s_end):
                return None  # 朝日新聞は…と報じた: the outlet tells the story (朝日新聞社は…廃止する: it acts in it)
            if named:
                return Participant(body[named[-1].start : named[-1].end], named[-1].entity_id)
            argument = resolve_phrase(body, phrase.start, phrase.end, "subject", (), ())
            if argument.side is not None and argument.named:
                return argument.side  # 「横浜カレーミュージアム」が…: a body no entity holds, named in the lead
    return None  # (a sentence's subject that names nobody: the lead's next sentence may)


# the kinds of meeting bodies hold with each other (a phone call is a person's)
_BODIES_TALK = ("talks", "negotiation_round")
# 交渉 always has a side across the table (協議 may be a body's own deliberation: 今後の対応を協議する)
_NEGOTIATION = re.compile(r"交渉$")
# A meeting word as its sentence's topic or subject (交渉は9月2日から行われる, 交渉では): the negotiation told, not
# one of the article's body that no clause names a side of.
_WORD_AS_TOPIC = re.compile(r"(?:は|が|も|では|でも)(?![\u3041-\u3096])")


def _topics_negotiation(body: str, mention: MeetingMention, subject, actors, start: int, topic) -> bool:
    """数時間、立ち退きのための交渉を行ったが: a negotiation told with no subject and no partner is held by the body the
    article is about (the other side unnamed: the body alone), never a person or a country carried so."""
    if mention.participants or subject is not None or mention.kind != "negotiation_round" or topic is None \
            or not _NEGOTIATION.search(body, max(0, start - 4), mention.end) or mention.cited \
            or _WORD_AS_TOPIC.match(body, mention.end):
        return False
    s_start = mention.sentence[0]
    if any(s_start <= m.start < start for m in actors) or "『" in body[s_start:start] or "「" in body[s_start:start] \
            or any(p.group in ("topic", "subject", "also") for p in phrases(body, s_start, start)):
        return False  # LTTE側も和平交渉に: a side the sentence names, not the article's; a title or a quote is its own
    other = topic()
    if other is None or _person_or_country(other):
        return False
    mention.participants = [Participant(other.name, other.entity_id)]
    return True


def teller(name: str, entity_id: str | None, registry=None) -> bool:
    """Whether a name is a news outlet's (by its registry kind or as written): the teller of a story, never its side."""
    entity = (registry or bundled_registry()).get(entity_id) if entity_id else None
    return is_outlet(name, entity.attributes.get("kind") if entity is not None else None)


# …と報じた, …ことを伝えている, …を報道した: a sentence closed on a report
_REPORTED = re.compile(r"(?:と|ことを|を)(?:報じ|伝え|報道し)(?:た|ている|ていた|ています|ました)。?$")


def reporting(body: str, m, s_end: int, registry=None) -> bool:
    """Whether the mention is a news outlet whose sentence, ending at s_end, closes on its report: the teller of a
    story, not one of its sides."""
    return teller(body[m.start : m.end], m.entity_id, registry) and \
        _REPORTED.search(body, m.end, s_end) is not None


def _person_or_country(side: Participant) -> bool:
    """Whether a side is a person or a country (as the entity layer knows it), not a body."""
    return (side.entity_id or "").startswith(("person:", "found:PERSON:", "country:")) or bool(side.office)


def _same_body(a: str, b: str) -> bool:
    """Whether two names are one body as written (議会側 is 大阪府議会's side)."""
    a, b = a.removesuffix("側"), b.removesuffix("側")
    return a in b or b in a


def argument_sides(body: str, mention: MeetingMention, actors, begin: int, start: int, carried=None,
                   places=(), topic=None, carried_far: bool = False) -> bool:
    """Add the sides the clause's subject and partners name in [begin, start) when no entity mention stands in
    their phrase; True when any was added. A phrase of the clause with an entity is the entity layer's. Only a
    meeting word with a partner (…と協議): a body's subject alone (協会は…理事会で協議) deliberates, meets nobody;
    and a subject read so stands alone only when it is a state (国は…居住者との協議に入る): a company or a town
    said to talk with someone unnamed (…は大手出版とも交渉) tells no meeting of sides.
    places: the sentence's places; a town or a district the phrase ends on (地元の白馬村と協議) is a side.
    carried: the person an earlier sentence named as its subject, the other side when the clause has none; topic
    (a callable giving article_topic's answer) the other side when nobody was carried (今後パ・リーグと協議: the
    league the lead is about); carried_far: carried was named in a line before that does not go on from it, so it
    only completes a pair whose partner the clause names, in a clause with no subject, not even a thing (橋下知事は
    …表明した。\n…については今後議会側と協議する; not …仕組みなどは今後パ・リーグと協議)."""
    subject, partners = read_arguments(body, begin, start, actors, places)
    if not partners:
        return _topics_negotiation(body, mention, subject, actors, start, topic)
    # with a side the entity layer named, only a name is added (京セラと, a proper noun after its kind): a body told
    # by its kind alone beside a named side is an unnamed party (…交通局と労働組合との労使交渉: the authority alone)
    alone = not mention.participants
    read = [a for a in partners if a.side is not None and not a.entity and (alone or a.named)]
    first = subject if subject is not None and subject.side is not None and not subject.entity \
        and (alone or subject.named) else None
    if first is not None and (read or mention.participants or (first.side.entity_id or "").startswith("country:")):
        read.append(first)
    read = [a.side for a in sorted(read, key=lambda a: a.start)]  # in the order the text names them
    names = [p.name for p in mention.participants]
    added = False
    for side in read:
        if not any(side.name in n or n in side.name for n in names):
            mention.participants.append(side)
            names.append(side.name)
            added = True
    # a subject that names nobody (プレーオフ制度の仕組みなどは今後パ・リーグと協議): a thing, the side is carried;
    # a body's talks with no subject, the one side named its partner (…方針で、ナムコと協議している): the body the
    # article is about, never a person or a country (a person's meeting with no subject is the carried subject's or
    # nobody's: core.meetings.detect carries people)
    named = subject is not None and subject.side is not None
    # (a negotiation with one person and nobody carried, 岡田氏と交渉を続けている: the lead's body's with that person)
    partner_only = subject is None and len(mention.participants) == 1 and any(a.entity for a in partners) \
        and mention.kind in _BODIES_TALK and (not _person_or_country(mention.participants[0])
                                              or mention.kind == "negotiation_round" and carried is None)
    # 関係者との協議が不調で (no subject, the partner named only by what it is): the lead's body alone, as the
    # subject's alone when the clause has one (unnamed_partner_side)
    unnamed_only = not named and not mention.participants and mention.kind in _BODIES_TALK \
        and any(a.unnamed for a in partners) and all(a.side is None for a in partners)
    partner_only = partner_only or unnamed_only
    if (added or partner_only) and not named and len(mention.participants) < 2:
        if carried_far and (not added or subject is not None):
            carried = None  # (from a line before: only beside a partner read, into a clause with no subject at all)
        other = carried if carried is not None else topic() if topic is not None else None
        other = None if partner_only and not added and other is not None and _person_or_country(other) else other
        if other is not None and not any(_same_body(other.name, n) for n in names):
            mention.participants.insert(0, Participant(other.name, other.entity_id))
            added = True
    return added
