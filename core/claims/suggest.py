"""Claim candidates: quoted passages and reported speech, with their cue and probable holder.

A quote 「…」 followed by a speech verb (と述べた, と指摘。, との見方を示した…) is a
direct claim; a clause ending in と + a speech verb is an indirect one. The
holder is the last person, organisation or country before it that is the
topic or subject of the clause (Xは, X外相は, Xも, Xが); a sentence with no
holder of its own continues the previous claim's holder (the omitted subject
of Japanese prose). 「AによるとBは…」 records A as the source the claim came through.
Reported clauses are read in core.claims.reported, holders in core.claims.subjects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.clauses import read_clauses
from core.clauses.reader import only_a_title, strip_title
from core.claims.after_source import topics_after_sources
from core.claims.cited import came_from, cited_source
from core.claims.clauses import TITLE
from core.claims.holders import OTHER_TITLE, PRONOUN, group_topic_span, opening_topic, title_after, titled_before
from core.claims.from_clauses import (
    STATEMENT_WORDS, better_holder, clause_of, full_name, holder_of, missed, ordered, with_holder,
)
from core.claims.headlines import HeadlineSpeaker, headline_speaker
from core.claims.holder_chooser import chosen
from core.claims.inside import holders_outside
from core.claims.relayed import relayed
from core.claims.imperial import imperial_mentions, respectful_speech
from core.claims.persons import Persons
from core.claims.things import is_thing, without_thing
from core.claims.transcripts import label_holders, labelled_quotes, name_line_turns
from core.claims.reported import HEARSAY_OF, PASSIVE, after_quotes, hearsay, indirect, positions, raised_views, turned_topic
from core.claims.reports import (
    ARTICLE_WORDS, OUTLET_NAME, OUTLET_OPENS, REPORTS, SHORT_OUTLET, THIS_IS, TOLD_AT_END, announced, outlet_verb, publisher_before,
    remarks, reported_before_as_claim, written_in_full,
)
from core.claims.confessions import confessed
from core.claims.passed_on import passed_on
from core.claims.shares import person_noun_before, without_share
from core.claims.tellers import inner_quotes, inner_speaker, retold
from core.claims.voices import VOICED, headline_quote, speaker_after, voices
from core.claims.quotes import as_corner_quotes, quotes, clause_before, continued, said_after, said_next, direct, told, told_again
from core.clauses.referents import country_before, country_near, referred, split_title
from core.clauses.spans import SpanIndex
from core.claims.subjects import VIA, aside_speaker, described_at_quote, kin_speaker, speaker_at_quote, captioned, named_in_gap, next_speaker, sentence_holder, sources_of, subject_of
from core.model import Mention
from core.nlp.offices import OFFICE_WORDS
from core.nlp.office_terms import seat_holder
from core.nlp.whole_names import whole_names
from core.sentences import sentence_spans

HOLDER_TYPES = ("PERSON", "ORG", "GPE")
# Who a quote came from, told in the passive: タレントのやしきたかじんさんから「…」と言われ, 野党の韓国民主党からは「…」と
# 批判され, 佐々木則夫監督からも「…」と評価される; not a reason (…とあることからも「…」などコメントが寄せられ)
_SAID_BY = re.compile(r"(?P<name>[\u4e00-\u9fff々\u30a1-\u30faーぁ-ゖ]{2,12}?)(?:さん|氏|ら)?(?<!こと)(?<!もの)(?<!ところ)から(?:は|も)?、?(?=「)")
# A clause before the one a quote came from, up to its last particle or verb ending: 美咲を演じる際に|監督から,
# 撮影を終えた|妻夫木から, と答えるものの|司会から (not の: 周囲の人から is one noun)
_CLAUSE_BEFORE_NAME = re.compile(r".*(?:[にをはがでとも、]|[ぁ-ゖ]{2,}|(?<=[\u4e00-\u9fff])[るたいうくすつむぬぶぐ])"
                                 r"(?=[\u4e00-\u9fff\u30a1-\u30fa])")
# What an outlet tells of a thing, the thing its object: …が確定したことを伝えた, …を報じた
_TOLD_THING = re.compile(r"^(?:こと)?を(?:伝え|報じ)")
_CONNECTIVE = re.compile(r"^(?:(?:一方|また|さらに|なお|ただ|しかし|特に)、?|[0-9０-９]{1,2}日(?:付)?の)(?=.{2})")


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    cue: str
    attribution: str
    holder_entity_id: str | None = None
    holder_text: str | None = None
    via: list[dict] = field(default_factory=list)
    confidence: float = 0.5  # how sure Kaidan is that this is a claim with this holder


def suggest(body: str, mentions: list, day: str | None = None, registry=None, *,
            title: str | None = None) -> list[Candidate]:
    """Claim candidates in body; mentions are the article's entity mentions (start, end, type...).

    With the article's day (ISO) and the registry, a title alone that no one in the article holds
    (首相は「…」) is held by whoever the registry records in that office on that day. With the article's
    headline (title), a speaker it names holds the body's first quote with nobody named that repeats
    its words; the headline itself is never a claim."""
    written = body
    body = as_corner_quotes(body)  # ｢…｣ and 『…』と述べた read as 「…」; same offsets
    seats = _Seats(registry, day)
    mentions = whole_names(body, ministries_of_their_country(body, mentions))
    royals = imperial_mentions(body, mentions, lambda title, at: seat_holder(registry, title, None, day))
    speaker = headline_speaker(title, body, mentions)
    found = _suggest(body, sorted(mentions + royals, key=lambda m: m.start) if royals else mentions, seats, speaker)
    label_holders(body, mentions, found)  # 影山：…と考えていて: a transcript's line is its labelled speaker's
    found = _name_line_turns(body, mentions, found)  # 大島優子\n初めての…: a turn under a name line is theirs
    found = _labelled_quotes(body, mentions, found)  # 溝端：「…」と思った: words opening a speaker's line are theirs
    found = holders_outside(body, found, mentions)  # また、この教団が…と認めた: the claim's matter is not who tells it
    found = relayed(body, mentions, found, registry)  # 日本経済新聞は共同通信電として、…と伝えた: 共同通信 tells it
    found = topics_after_sources(body, mentions, found)  # 朝日新聞によると、出版社・ぴあは、…: ぴあ, via 朝日新聞
    found = chosen(body, mentions, found)  # the learned holder chooser, when its policy is on (off by default)
    if body is not written:
        for candidate in found:
            candidate.text = written[candidate.start : candidate.end]  # the claim as the article writes it
    return found


def _name_line_turns(body: str, mentions: list, found: list[Candidate]) -> list[Candidate]:
    """Each turn of a transcript written under its speaker's name line is theirs: the claims read inside it that name no
    holder in it take that speaker, and a turn with no claim read is one direct claim of its own."""
    turns = name_line_turns(body, mentions)
    if not turns:
        return found
    added = []
    for start, end, name, person in turns:
        inside = [c for c in found if start <= c.start < end]
        for candidate in inside:
            if not candidate.holder_text or body.find(candidate.holder_text, start, candidate.start) < 0:
                candidate.holder_entity_id = person.entity_id if person is not None else None
                candidate.holder_text = person.text if person is not None else name
        if not inside:
            added.append(Candidate(start, end, body[start:end], name, "direct", person.entity_id if person is not None else None,
                                   person.text if person is not None else name, [], 0.6))
    return sorted(found + added, key=lambda c: c.start) if added else found


def _labelled_quotes(body: str, mentions: list, found: list[Candidate]) -> list[Candidate]:
    """A direct claim for each quote that opens a transcript speaker's line and no claim read covers, held by the
    line's speaker."""
    added = [Candidate(start, end, body[start:end], cue, "direct", person.entity_id if person is not None else None,
                       person.text if person is not None else name, [], 0.6)
             for start, end, name, person, cue in labelled_quotes(body, mentions, found)]
    return sorted(found + added, key=lambda c: c.start) if added else found


# A people or body pointed back to (この関係者, その団体): the phrase the article named them with before
_POINTED = re.compile(r"(?:この|その)(?P<noun>[\u4e00-\u9fff\u30a1-\u30faー]{2,8})")


def referred_back(body: str, text: str, before: int) -> str:
    """この関係者 → 教団関係者 when the article named a 教団関係者 before; the noun alone (関係者) when it named none."""
    match = _POINTED.fullmatch(text)
    if match is None:
        return text
    noun = match.group("noun")
    named = None
    for named in re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー])(?<!この)(?<!その)[\u4e00-\u9fff\u30a1-\u30faー]{0,8}" + re.escape(noun)).finditer(
            body, 0, max(0, before)):
        pass  # the last one written before
    return named.group(0) if named is not None else noun


# A ministry written with no country: the detector reads it as Japan's (外務省), unless its country stands before it
_BARE_MINISTRY = frozenset("外務省 国防省 内務省 財務省 法務省 外交部 国防部 国務省 経済省 情報省 内閣".split())


def ministries_of_their_country(body: str, mentions: list) -> list:
    """Mentions with a country's ministry read as one body: パキスタン外務省スポークスマン is Pakistan's
    ministry, not Japan's 外務省 after the place パキスタン."""
    joined, drop = [], set()
    places = {m.end: m for m in mentions if m.type == "GPE" and m.entity_id and m.entity_id != "country:JP"}
    for mention in mentions:
        place = places.get(mention.start) if mention.type == "ORG" and mention.text in _BARE_MINISTRY else None
        if place is None:
            continue
        name = body[place.start : mention.end]
        joined.append(Mention(place.start, mention.end, name, "ORG", f"found:ORG:{name}", source=None))
        drop.update((id(place), id(mention)))
    taken = [(m.start, m.end) for m in mentions]
    for named in _BRACKETED_NAME.finditer(body):  # 「アムネスティ・インターナショナル」によれば: a name the detector missed
        start, end = named.span("name")
        source = body.startswith(("によると", "によれば"), named.end())
        if not any(a < end and start < b for a, b in taken) and (
                _FOREIGN_LETTERS.fullmatch(named.group("name")) or source and (
                    _FOREIGN_LETTERS.search(named.group("name")) or _BODY_WORD.search(named.group("name")))):
            joined.append(Mention(start, end, named.group("name"), "ORG", f"found:ORG:{named.group('name')}", source=None))
    if not joined:
        return mentions
    return sorted([m for m in mentions if id(m) not in drop] + joined, key=lambda m: m.start)


# A body named in brackets as a source or a topic: ニュースサイト「レディフ・コム」によると, 「オブザーバー」は、
_BRACKETED_NAME = re.compile(r"「(?P<name>[\u30a1-\u30faー・A-Za-z0-9\u4e00-\u9fff＝=.]{2,30})」(?=によると|によれば|は、)")
_FOREIGN_LETTERS = re.compile(r"[\u30a1-\u30faA-Za-zー・.]{2,}")
_BODY_WORD = re.compile(r"(?:新聞|通信|放送|協会|連盟|機構|委員会|団体|財団|研究所)$")


class _Seats:
    """Who holds a title alone, read from the registry's office holders on the article's day."""

    def __init__(self, registry, day: str | None):
        self.registry, self.day = registry, day

    def holder(self, body: str, index: SpanIndex, title: str, at: int, s_start: int):
        """The person the registry seats in the office `title` (written at `at`), in its country, or None."""
        if self.registry is None or not self.day:
            return None
        qualified = split_title(title)
        if qualified is not None and qualified[0] == "同国":
            return None
        country = country_near(index, body, at, at + len(title)) if qualified is not None and qualified[0] \
            else country_before(index, body, at)
        inside = quotes(body, s_start, at)
        if country is None and any(m.type == "GPE" and m.entity_id not in (None, "country:JP")
                                   and not any(a <= m.start < b for a, b in inside) for m in index.within(s_start, at)):
            return None  # ロシアとの交渉で、首相は: whose 首相 the sentence does not say
        return seat_holder(self.registry, qualified[1] if qualified is not None else title, country, self.day)


def _suggest(body: str, mentions: list, seats: _Seats, headline: HeadlineSpeaker | None = None) -> list[Candidate]:
    index = SpanIndex(mentions, HOLDER_TYPES)
    persons = Persons()
    out: list[Candidate] = []
    last_subject = None  # the omitted subject of Japanese prose continues the last one named
    last_speaker = None  # the person of the last quote, while only a body has been described since (else None)
    previous = None  # the sentence before: (start, end, whether it had claims)
    last_outlet = None  # the last outlet that reported or was named as a source
    quoted_until = 0  # the end of a quote a sentence announced (次のように述べた。「…」): read already
    last_person = None  # the last person named as a subject: who 彼 and 彼女 stand for
    last_voices = None  # where the article's last readers' voices were (ネット掲示板, コメント欄)
    # sentences with no claim since the last one read, newest last: their subjects are read only when a claim
    # needs last_subject or last_person (most are never needed: the sentences after an article's last claim)
    unread: list = []
    spans = sentence_spans(body)
    for i, (s_start, s_end) in enumerate(spans):
        people = index.within(s_start, s_end)  # each sentence reads only its own mentions
        persons.add(body, people)
        if s_start < quoted_until:
            continue
        people = sorted(people + persons.surnames(body, s_start, s_end, people), key=lambda m: m.start)
        found = direct(body, s_start, s_end) or announced(body, s_start, s_end) or said_after(body, s_start, s_end) \
            or captioned(body, s_start, s_end)
        if not found and i + 1 < len(spans):
            found = said_next(body, s_start, s_end, spans[i + 1 : i + 5])  # 「…」。X外相はこう語った。
            if found:
                people = sorted(people + index.within(found[0][4][0], found[0][4][1]), key=lambda m: m.start)
            else:
                found = continued(body, s_start, s_end, *spans[i + 1])  # 首相は「A」\n「B」と述べた: A said too
        if found and found[0][0] >= s_end:
            quoted_until = found[0][1]
        if found:  # …を受けたとしており、…「わからない」としている: a reported clause before the first quote
            found = indirect(body, people, index, s_start, clause_before(body, s_start, found[0][0])) + found \
                + indirect(body, people, index, *after_quotes(body, found[-1][1], s_end))
        else:
            found = told(body, s_start, s_end) or indirect(body, people, index, s_start, s_end) \
                or hearsay(body, people, s_start, s_end)
        named_after = speaker_after(body, s_start, s_end, people)  # 「…」と報じた韓国紙, 「…」と、識者の意見を紹介した: named there
        found = [f for f in found if not any(f[:2] == n[:2] for n in named_after)] + named_after
        voiced = voices(body, s_start, s_end, last_voices)  # ネット掲示板では「A」「B」と…声が相次いだ
        last_voices = next((v[5].holder for v in reversed(voiced) if len(v) > 5 and v[5].holder), last_voices)
        # 「A」「B」と褒め言葉が寄せられる: the voice's passive verb is no speaker's; the chain is one claim
        found = [f for f in found if not (f[3] == "direct" and PASSIVE.search(f[2]) and not VOICED.search(f[2])
                                          and any(v[0] <= f[0] and f[1] <= v[1] for v in voiced))]
        found = found + [v for v in voiced if not any(f[0] < v[1] and v[0] < f[1] for f in found)]
        found = found + positions(body, s_start, s_end, found)
        raised = raised_views(body, s_start, s_end, found)  # 委員各国から…異論もあった: the views' holders
        found = found + raised
        raised = {(r[0], r[1]) for r in raised}  # a view raised by some is no subject the next sentence carries
        found = found + remarks(body, s_start, s_end, people, found)  # 石原知事の「…」という発言
        titles = [m.span() for m in TITLE.finditer(body, s_start, s_end)]
        found = [f for f in found if not any(a <= f[0] < b or f[0] < a < f[1] < b for a, b in titles)]
        # 『…を表明』: a cited headline, also when the claim read runs into it (YOMIURIONLINE『堀江被告らを告発』)
        if not any(f[1] - f[0] >= 2 for f in found):
            found = reported_before_as_claim(body, s_start, s_end, previous, out)  # …。17日のBBCなどが伝えた。
        if not found:
            found = headline_quote(body, s_start, s_end, people)  # グリー田中社長「…」: a headline's speaker
        if found and unread:
            last_subject, last_person, last_speaker = _last_subjects(body, index, unread, last_subject, last_person,
                                                                     last_speaker)
            unread = []
        said_before = None  # where the sentence's last claim and its verb end
        unplaced = {(v[0], v[1]) for v in voiced if len(v) > 5 and v[5].holder is None}  # voices no place was named for
        for start, end, cue, attribution, gap, *passed in found:
            if end - start < 2:
                continue
            told_by = passed[0] if passed else None
            holder, holder_text, _ = subject_of(body, people, index, *gap) if gap else (None, None, None)
            if gap and cue == "という" and (source := VIA.match(body, gap[1])) is not None and source.group(0):
                # 人権団体によれば、…という: the source named holds what it tells
                holder = next((m for m in people if m.start == gap[0] and m.end <= gap[1]), None)
                holder_text = None if holder is not None else body[gap[0]:gap[1]]
            if holder is None and holder_text is None and gap and gap[1] > end and not body.startswith(("は", "が", "も"), gap[1] - 1):
                holder = _focus_in(body, people, *gap)  # 「…」と話すのは、…高田英男氏。: the one the cleft closes on
            if gap is None and said_before is not None and attribution == "direct":
                # 「…」と述べたほか、公明党幹部は「…」と述べている: the speaker named after the last report
                local = next_speaker(body, people, index, said_before, start)
                if local is not None:
                    holder, holder_text = local
            if told_by is not None and told_by.holder is not None:
                holder = next((m for m in people if m.start == told_by.holder[0] and m.end <= told_by.holder[1]
                               and (m.end == told_by.holder[1] or body[m.end] not in "の紙誌")), None)  # not 韓国 of 韓国のSNS, 韓国紙
                holder_text = None if holder is not None else (
                    named_in_gap(body, *told_by.holder) or body[told_by.holder[0]:told_by.holder[1]])
                if holder is None and holder_text in OFFICE_WORDS:  # CNNは、首相が…と述べたと報じた: whoever holds it
                    at = told_by.holder[0]
                    holder = referred(body, index, holder_text, at, s_start)
                    seated = seats.holder(body, index, holder_text, at, s_start) if holder is None else None
                    if seated is not None:
                        holder = Mention(at, at + len(holder_text), holder_text, "PERSON", seated.id, source=None)
                    holder_text = None
            if holder is None and holder_text is None and gap:
                holder_text = named_in_gap(body, *gap)
                # 「…」と首相は述べた: an office is read as core.clauses.referents reads it (office and country)
                titled = (referred(body, index, holder_text, gap[0], s_start) if holder_text in OFFICE_WORDS
                          else None) or (titled_before(body, index, holder_text, gap[0]) if holder_text else None)
                if titled is not None or holder_text in OFFICE_WORDS or (holder_text and OTHER_TITLE.fullmatch(holder_text)):
                    # 「…」と判事は主張: the last person named with that title (ロバーツ判事), never the title itself
                    holder = titled or referred(body, index, holder_text, gap[0])
                    at = body.rfind(holder_text, gap[0], gap[1])
                    seated = seats.holder(body, index, holder_text, at, s_start) \
                        if holder is None and holder_text in OFFICE_WORDS else None
                    if seated is not None:  # 「…」と首相は述べた, no 首相 named: the one in office that day
                        holder = Mention(at, at + len(holder_text), holder_text, "PERSON", seated.id, source=None)
                    holder_text = None
            opener = OUTLET_OPENS.match(body, s_start, start) if outlet_verb(cue) and told_by is None else None
            if opener is not None and gap is not None and gap[0] >= opener.end() and (SHORT_OUTLET.match(
                    re.split("[や・]", body[gap[0]:gap[1]])[0]) or any(m.start == gap[0] and m.type == "ORG" for m in people)):
                opener = None  # AP通信などは、…117名、読売や共同は…109人と伝えている: the second outlet tells its part
            if opener is not None:  # 各報道機関はブチュタ氏は…と伝えている: the outlets opening the sentence report it
                # 米紙ニューヨーク・タイムズは: the paper, not the country before it; 朝日新聞や読売新聞は: the first
                holder = next((m for m in people if m.type == "ORG" and opener.start("name") <= m.start
                               and m.end <= opener.end("name")), None) \
                    or next((m for m in people if m.start == opener.start("name")), None)
                holder_text = None if holder is not None else opener.group("name")
            explicit = holder is not None or holder_text is not None
            reported = outlet_verb(cue) and not explicit
            if reported and THIS_IS.match(body, s_start):
                pass  # これは、…北朝鮮が…表明したものだと伝えた: the outlet, named before, tells it
            elif not explicit and attribution == "position" and (turned := turned_topic(body, people, s_start, start)):
                holder, holder_text = turned  # …を発表したが、これに対して、…関係者は懸念を示している: the turn's topic
                explicit = True
            elif not explicit and attribution in ("direct", "position") and (
                    at_quote := speaker_at_quote(body, people, s_start, start, attribution == "direct")):
                holder, holder_text = at_quote  # 総務省は…を行い、トレンドマイクロも「…」と話している
                explicit = True
            elif not explicit and attribution == "direct" and (described := described_at_quote(body, people, s_start, start)):
                holder, holder_text = described  # …出演を控えていたキーファーだったが、「…」と明かしている
                explicit = True
            elif not explicit:
                # 貴乃花親方が提出したという退職届については「…」: who is named in the matter does not speak; the
                # speaker is named before it (首相は、日中関係については「…」) or not in this sentence
                holder, holder_text = sentence_holder(body, people, index, s_start, start, attribution == "direct" and (
                    told_again(body, end, s_end) or TOLD_AT_END.search(body, end, s_end) is not None))
                if attribution == "direct" and (holder is not None or holder_text) and _in_matter(
                        body, holder.end if holder is not None else body.rfind(holder_text, s_start, start) + len(holder_text),
                        s_start, start):
                    holder, holder_text = None, None
                if holder is None and holder_text is None:
                    holder_text = kin_speaker(body, s_start, start)  # 男は「…」, 容疑者の妻は「…」
                explicit = holder is not None or holder_text is not None
            via = sources_of(body, people, s_start, start)
            if told_by is not None and (told_by.reporter is not None or told_by.holder is not None):
                # the outlet named between と and its verb, else the sentence's topic before the speaker
                reporter = subject_of(body, people, index, *(told_by.reporter or (s_start, told_by.holder[0])))
                if reporter[0] is not None or reporter[1]:
                    via = via + [{"entity_id": reporter[0].entity_id if reporter[0] is not None else None,
                                  "text": reporter[1] or body[reporter[0].start:reporter[0].end]}]
            cited = cited_source(body, people, s_start, start)
            if cited is not None:  # メディアは、青瓦台の発表を引用し、「…」と述べ: the body cited said it, the media tell it
                if holder is not None or holder_text:
                    via = via + [{"entity_id": holder.entity_id if holder is not None else None,
                                  "text": holder_text or body[holder.start:holder.end]}]
                holder, holder_text, explicit = cited[0], cited[1], True
            if holder is None and holder_text is None and via and attribution != "direct" \
                    and not (last_subject is not None and HEARSAY_OF.match(body, end)):
                holder_text = via[0]["text"]  # 朝日新聞によると、…としている: the source, not the last sentence's holder
            told_there = _SOURCE_AT_QUOTE.search(body, max(s_start, start - 30), start + 1) \
                if attribution == "direct" else None
            account = told_there is not None and (told_there.group("way") or told_there.group("way_at"))
            if told_there is not None and (told_there.end() != start + 1 or (holder is not None or holder_text) and not (
                    account and holder is not None and holder.end <= told_there.start())):
                # 加藤さんは…受給しており、日本年金機構の説明では「…」: whose account it is holds, not the topic of the
                # clause before; a bare によると does not (首相は、関係者によると「…」)
                told_there = None
            if told_there is not None and not OUTLET_NAME.search(told_there.group("name")) \
                    and not SHORT_OUTLET.search(told_there.group("name")) \
                    and told_there.group("name") not in ("説明", "発表", "報道", "調べ", "声明", "情報", "談話"):
                holder, holder_text = None, told_there.group("name")  # 集英社広報室によると、「…」: the press office, not an outlet
            if via and REPORTS.match(cue) and not OUTLET_NAME.search(holder_text or (holder.text if holder is not None else "")):
                # 産経新聞によると、日本政府は…を目指していると報じている: the newspaper reports, the government is its matter
                holder, holder_text = next((m for m in people if m.entity_id == via[0]["entity_id"] and via[0]["entity_id"]), None), via[0]["text"]
            if holder is None and holder_text is None and reported and last_outlet is not None:
                holder = last_outlet  # また…当選したと伝えた: the outlet that told the last report
                holder_text = body[holder.start : holder.end]
            if holder is None and holder_text is not None and _PRONOUN.fullmatch(holder_text):
                # このとき彼は: the person named as a subject before, never the pronoun nor a country
                holder, holder_text = (last_person, body[last_person.start : last_person.end]) if last_person else (
                    None, person_noun_before(body, s_start, holder_text))  # ある男性が…。彼は「…」: the man
            named_at = holder.end if holder is not None else (body.rfind(holder_text, s_start, start) + len(holder_text)
                                                                 if holder_text and not is_thing(holder_text) else -1)
            # 審査は…ユネスコの諮問機関から「…」と勧告: a thing as the topic is no one the quote could come from instead
            said_from = came_from(body, people, s_start, start, named_at) if attribution == "direct" else None
            if said_from is not None:  # 桜庭選手側から「…」と抗議: who it came from, not an earlier clause's subject
                holder, holder_text = said_from
            if (start, end) in unplaced and holder is not None and any(
                    a < holder.start < b for a, b in quotes(body, s_start, s_end)):
                # 「佐々木希は…」「…」という声が寄せられた: the one the voices speak of, quoted, is none of their holders
                holder, holder_text = None, None
            if holder is None and holder_text is None and headline is not None and (start, end) not in unplaced \
                    and headline.repeated_in(body[start:end]) and not (
                        headline.speaker.type != "PERSON" and last_subject is not None and last_subject.type == "PERSON"):
                # ラモス「やりたいですよ」 heads the article, its body quotes 「いや、やりたいですよ。…」 naming nobody: his
                # (a body's headline, a person named before: its head or spokesperson speaks for it, as the body says)
                holder, holder_text, explicit, headline = headline.speaker, None, True, None
            if holder is None and holder_text is None and last_subject is not None and (start, end) not in unplaced:
                # (「A」「B」などの声も寄せられた, no place named in the article: readers, not the last person named)
                holder = last_subject
                if attribution == "direct" and last_speaker is not None:
                    holder = last_speaker  # 芹那は「…」と明かし…。SDN48は…卒業が決まっている。…「…」と振り返り: her voice
                holder_text = body[holder.start : holder.end]
            if holder_text and holder_text.startswith("後") and body.rfind("その" + holder_text, s_start, start) >= 0:
                holder_text = holder_text[1:]  # その後政府は: the government, 後 belongs to その
            holder_text = persons.full_name(_CONNECTIVE.sub("", holder_text) if holder_text else holder_text)
            if holder is None and holder_text:
                holder = _named_person(people, holder_text, s_start, start) or holder
            written = written_in_full(index, holder, body) if holder is not None else None
            if written is not None:  # シン統一相: シン・ウンサン named before, not a namesake in the gazetteer
                holder, holder_text = written, written.text
            said_by = _SAID_BY.search(body, max(s_start, start - 30), start + 1) if PASSIVE.search(cue) else None
            if said_by is not None:  # やしきたかじんさんから「…」と言われ: the one it came from said it
                # (…を演じる際に監督から: the name after the last particle, not the clause before it)
                name = said_by.group("name")
                holder, holder_text, explicit = None, name[m.end() if (m := _CLAUSE_BEFORE_NAME.match(name)) else 0:], True
            elif PASSIVE.search(cue) and not VOICED.search(cue) and not (attribution == "direct" and aside_speaker(body, people, end)) \
                    and not (holder is not None and respectful_speech(holder.text, cue)):  # 天皇陛下は…と述べられた: respect
                # …と言われている: said by the source, if any, not by the sentence's topic (「…」(岩田氏)などの分析が述べられた: by him)
                if not via:
                    continue
                holder, holder_text, explicit = None, via[0]["text"], True
            if holder is None and holder_text is None and via:
                holder_text = via[0]["text"]  # AによるとB: nobody else named, A said it
            if holder is None and holder_text in ARTICLE_WORDS:  # 記事では、「…」: who published it, named before
                holder, holder_text = publisher_before(body, index, spans, s_start) or (holder, holder_text)
            speaker = aside_speaker(body, people, end) if attribution == "direct" else None
            # 「…」(熊谷氏)としている: the one named in brackets said this quote; the sentence's subject goes on
            said, said_text = speaker if speaker is not None else (holder, holder_text)
            if said is not None and not said_text:
                said_text = body[said.start : said.end]  # a name the registry does not hold still shows
            out.append(Candidate(start, end, body[start:end], cue,
                                 ("mixed" if "「" in body[start:end] else "indirect") if attribution == "position" else attribution,
                                 said.entity_id if said else None, said_text, via,
                                 _confidence(attribution, cue, explicit or speaker is not None, said is not None or said_text)))
            if holder is None and holder_text and explicit:
                at = body.rfind(holder_text, s_start, start)  # ベルカンヌ校長は「…」と述べた。…という: still him
                holder = Mention(at, at + len(holder_text), holder_text, "PERSON", source=None) if at >= 0 else None
            said_before = body.find("、", end, s_end) + 1 or None  # after the verb of this claim
            if (start, end) in raised:
                continue
            # 「…」と続けるアンディ君に、「…」としどろもどろの内藤: the one spoken to answers, the asker does not go on
            addressed = holder is not None and _ADDRESSED.match(body, holder.end) is not None
            if outlet_verb(cue):
                last_outlet = holder or last_outlet  # an outlet's report: the speaker before still speaks
            elif not (cue.endswith(_SUBORDINATE) and holder is not None and body.startswith(("が", "らが", "たちが"), holder.end)) \
                    and not addressed:
                # 両親が…と説得したものの、内緒で出発した: the が-subject of a clause that gives way; the boy goes on
                last_subject = holder or last_subject
                if holder is not None and _TOLD_THING.match(cue) and OUTLET_NAME.search(holder.text):
                    last_outlet = holder  # 米国営VOA放送は、…ことを伝えた: the outlet a later …と伝えた carries
            if holder is not None and holder.type == "PERSON":
                last_person = holder
            last_speaker = holder if attribution == "direct" and holder is not None and holder.type == "PERSON" \
                and holder.entity_id and not addressed else None  # a person the article names, not words read as a name
        sources = [m for m in people if (v := VIA.match(body, m.end)) and v.group(0) and m.type == "ORG"]
        if sources:
            last_outlet = sources[-1]  # 中国国際放送によると、…: the outlet a later …と伝えた carries
        previous = (s_start, s_end, bool(found))
        if not found:
            unread.append((s_start, s_end, people))
    return _checked_by_clauses(body, mentions, out, seats)


# A speaker the next clause speaks to: 「…」と切り出す石川に、, と話す古閑に対し (a name's honorific before に)
_ADDRESSED = re.compile(r"(?:氏|さん|君|くん|ちゃん|選手|監督|アナ)?に(?:、|対し|対して)")


def _named_person(people: list, text: str, s_start: int, before: int) -> Mention | None:
    """The person the entity layer found in the sentence before the claim, written as the holder's words
    (ラッツィンガー枢機卿(当時)も、…を批判: the surname it linked to the pope named in full before), or None."""
    return next((m for m in reversed(people) if m.type == "PERSON" and m.text == text
                 and s_start <= m.start and m.end <= before), None)


def _last_subjects(body: str, index: SpanIndex, unread: list, last_subject, last_person, last_speaker):
    """last_subject, last_person and last_speaker after the sentences with no claim in unread (oldest
    first), each of which makes its subject the last one, a person's the last person, and ends the last
    speaker's turn unless the subject is a body: read from the newest back, only until a person is found
    (older sentences can change none of the three then)."""
    subject_found = None
    for s_start, s_end, people in reversed(unread):
        subject = _subject_of_sentence(body, people, index, s_start, s_end)
        if subject is None:
            continue
        if subject_found is None:
            subject_found = last_subject = subject
        if subject.type != "ORG":
            last_speaker = None  # a person or a country named: theirs now
        if subject.type == "PERSON":
            return last_subject, subject, last_speaker
    return last_subject, last_person, last_speaker


def _subject_of_sentence(body: str, people: list, index: SpanIndex, s_start: int, s_end: int):
    """The subject of a sentence with no claim, or None."""
    asked = interviewee(body, people, s_start, s_end)
    if asked is not None:
        return asked  # …担当する羽賀紗保里さんに…お話を伺ってきました。「…」と説明してくれました: the one interviewed speaks next
    said_inside = quotes(body, s_start, s_end)  # never inside the sentence's quotes (首相は「日本は…」: 首相, not 日本)
    subject = subject_of(body, [m for m in people if not any(a < m.start < b for a, b in said_inside)], index,
                         s_start, s_end)[0]
    if subject is None:
        subject = opening_topic(body, s_start, s_end)  # 西日本スポーツでは、…: a name no entity knows
    if subject is None:
        subject = _person_topic(body, s_start, s_end)  # AP通信によれば、少年は…向かった: 彼は next is him
    if subject is None:
        subject = _cleft_focus(body, people, s_start, s_end)  # 監督を務めるのは、…スタントン。…彼は「…」
    return subject


# The matter a quote is about, set before it: …退職届については「…」, 国民栄誉賞について、「…」
_MATTER = re.compile(r"(?:について|に関して|をめぐって|を巡って)(?:は|も)?、?$")


def _in_matter(body: str, named_end: int, s_start: int, start: int) -> bool:
    """Whether a holder named ending at named_end is inside the phrase of matter closing right before the quote at
    start (貴乃花親方が提出したという退職届については「…」), not its topic (トリニータは…運営規模について「…」)."""
    if "て" not in body[max(s_start, start - 6) : start]:
        return False  # no phrase of matter (the cheap test first: most quotes have none)
    matter = _MATTER.search(body, max(s_start, start - 8), start)
    if matter is None or not s_start < named_end <= matter.start():
        return False
    between = body[named_end : matter.start()]
    if "、" in between or "」" in between or _AS_TOPIC.match(between):
        return False
    # 早乙女が交際について「…」, …氏がこのことに関して「…」: the subject of the words; not a relative clause's
    # (…が提出したという退職届について: a verb between)
    said = _TO_GA.match(between)  # the name's title or aside before が: (SergeBrammertz)氏が, 親方が
    between = between[said.end():] if said else between
    return not (between.startswith("が") and not any(kana in between for kana in "たるうい"))


_TO_GA = re.compile(r"[^、。「」がはもをに]{0,24}?(?=が)")


# 斎藤も, 高橋選手は, 秋山章男・元東邦大学教授は, 総務省では: the topic speaks of the matter
_AS_TOPIC = re.compile(r"(?:では|[^がをのにで]{0,12}?(?:は|も))")


def _cleft_focus(body: str, people: list, s_start: int, s_end: int) -> Mention | None:
    """The person a sentence ends on, its subject, whom 彼 next is and who speaks next with no subject: a cleft
    (監督を務めるのは、…アンドリュー・スタントン。) or a sentence that only presents them (まずは…を取り入れた楽天・
    三木谷浩史社長。, …日本代表を率いた岡田武史監督だ。), their title after the name."""
    close = s_end - 1 if body[s_end - 1] in "。\n" else s_end
    cleft = body.find("のは、", s_start, s_end) >= 0
    if not cleft and not body.endswith(("長", "氏", "督", "手", "さん", "授", "士", "領", "相", "者"), s_start,
                                       close - body.endswith("だ", s_start, close)) \
            and not (people and people[-1].end == close and people[-1].type == "PERSON"
                     and (len(people[-1].text) >= 3 or getattr(people[-1], "full_name", None)
                          or _written_longer_before(body, people[-1]))):
        # most sentences: a predicate ends them, no title nor name (two tests in C, no copy); a name alone closing it is
        # a full name or the surname of one named in full before (…出演した石井。), not two letters no one was named with
        return None
    for ending in ("である", "だ", ""):
        if body.endswith(ending, s_start, close):
            close -= len(ending)
            break
    last = next((m for m in reversed(people) if m.end <= close), None)
    if last is None or last.type != "PERSON":
        return None
    if last.end == close:
        return last if cleft or _presents(body, s_start, last.start) else None
    title = title_after(body, last.end)
    if title is None or title.end() != close or not (cleft or _presents(body, s_start, last.start)):
        return None
    return last


def _written_longer_before(body: str, mention) -> bool:
    """Whether a short name was written before as the start of a longer one (長友 after 長友佑都), not alone (荻野
    after 萩野公介: a slip of the pen, not a person the article introduced)."""
    return re.search(re.escape(mention.text) + r"[\u4e00-\u9fff\u30a1-\u30fa]", body[: mention.start]) is not None


def _focus_in(body: str, people: list, start: int, end: int) -> Mention | None:
    """The person a cleft's focus [start, end) closes on, their title after them (ビクタースタジオ長の高田英男氏), or None."""
    last = next((m for m in reversed(people) if start <= m.start and m.end <= end), None)
    if last is None or last.type != "PERSON":
        return None
    title = title_after(body, last.end) if last.end < end else None
    return last if last.end == end or title is not None and title.end() == end or body[last.end:end] in ("氏", "さん") else None


def _presents(body: str, s_start: int, name_start: int) -> bool:
    """Whether the words before a name that closes its sentence describe them (…を率いた, 楽天・), with no
    subject of their own nor a quote left open: the sentence only presents the person."""
    before = body[s_start:name_start]
    return bool(before) and not _PRESENTED_NOT.search(before) and before.count("「") == before.count("」")


# A sentence closing on a name that does not present them: a topic or subject before (受賞者は田中社長, 司会は…),
# a list (AとB), a caption's left-to-right, a reading (読みは…)
_PRESENTED_NOT = re.compile(r"(?:は|が|も|と|、|：|:|左から|右から)$|(?:は|が)、")


# The one an interview asks: Xさんに…お話を伺ってきました, X氏に話を聞いた, X監督にインタビューした, Xさんに聞いてみました
_ASKED = re.compile(r"(?:氏|さん)?に(?:[^。「」、にを]{0,30}?(?:について|を|の))?、?(?:お?話を(?:伺|うかが|聞|聴|訊)"
                    r"|インタビュー(?:し|を)|取材し|(?:聞|訊)いて(?:み|き))")


def interviewee(body: str, people: list, s_start: int, s_end: int) -> Mention | None:
    """The person a sentence asks for their words (…羽賀紗保里さんに…についてお話を伺ってきました), or None."""
    if "に" not in body[s_start:s_end]:
        return None
    for mention in people:
        if mention.type != "PERSON" or not s_start <= mention.start < s_end:
            continue
        title = title_after(body, mention.end)
        at = title.end() if title is not None else mention.end
        if _ASKED.match(body, at, s_end) is not None:
            return mention
    return None


def _person_topic(body: str, s_start: int, s_end: int) -> Mention | None:
    """A person a sentence takes as its topic by what they are (少年は), as a mention of its own."""
    found = group_topic_span(body, s_start, s_end)
    if found is None or not _PERSON_NOUN.fullmatch(found[0]):
        return None
    at = body.rfind(found[0], s_start, found[1])
    return Mention(at, at + len(found[0]), found[0], "PERSON", source=None)


_PRONOUN = re.compile(PRONOUN)
# A source named right before a quote: 取材に応えた集英社広報室によると、「…」, 事務所によると「…」,
# 日本年金機構の説明では「…」
_SOURCE_AT_QUOTE = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー・A-Za-z])(?!同)(?P<name>[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z]{2,16}?)"
                              r"(?:(?P<way>の(?:説明|発表|話|声明|談話|調べ|見解))?(?:によると|によれば)|(?P<way_at>の(?:説明|発表|話|見解))では)、?「")
_SUBORDINATE = ("ものの", "けれど", "けれども")
_PERSON_NOUN = re.compile(r"少年|少女")


def _checked_by_clauses(body: str, mentions: list, out: list[Candidate], seats: _Seats) -> list[Candidate]:
    """Holders the clause reader reads better, and the quotes told as statements the rules above miss."""
    clauses = ordered(read_clauses(body, mentions))
    types = {m.entity_id: m.type for m in mentions if m.entity_id}
    index = SpanIndex(mentions, ("PERSON",))
    organisations = SpanIndex(mentions, ("ORG",))
    everyone = SpanIndex(mentions, HOLDER_TYPES)
    checked = []
    for candidate in out:
        holder = better_holder(body, candidate, clause_of(body, clauses, candidate.start, candidate.end), types.get)
        if holder is None and candidate.holder_entity_id is None and candidate.holder_text:
            text = strip_title(_DETERMINER.sub("", candidate.holder_text))  # ベルカンヌ校長 → ベルカンヌ: never the title
            holder = (None, None if only_a_title(text) else full_name(body, text, candidate.start))  # 新首相: nobody
            at = body.rfind(text, max(0, candidate.start - 60), candidate.start)
            at = at if at >= 0 else body.find(text, candidate.end, candidate.end + 30)  # 「…」と首相は述べた
            seated = seats.holder(body, everyone, text, at, body.rfind("。", 0, at) + 1) \
                if holder[1] is None and at >= 0 and (text in OFFICE_WORDS or split_title(text) is not None) else None
            if seated is not None:  # 米国務長官は「…」, no one named with it: who held it that day
                holder = (seated.id, seated.name)
            if text in STATEMENT_WORDS and checked:
                holder = (checked[-1].holder_entity_id, checked[-1].holder_text)  # 声明は「…」: who issued it
        if holder and holder[1]:  # シン統一相: the person named in full before, not a namesake the reader linked
            said = body.rfind(holder[1], 0, candidate.start)
            short = Mention(said, said + len(holder[1]), holder[1], "PERSON", holder[0], source=None) if said >= 0 else None
            written = written_in_full(index, short, body) if short is not None and types.get(holder[0]) == "PERSON" else None
            holder = (written.entity_id, written.text) if written is not None else holder
        if holder and holder[0] is None and holder[1]:
            holder = (None, referred_back(body, holder[1], candidate.start))  # この関係者: the 教団関係者 named before
        candidate = with_holder(candidate, holder) if holder else candidate
        if candidate.holder_entity_id is None and candidate.holder_text:  # 9割以上の男性 → 男性; 74.1%: the people asked
            candidate = with_holder(candidate, (None, without_share(body, candidate.holder_text, candidate.start)))
        if (candidate.holder_entity_id is None and not candidate.holder_text) or types.get(candidate.holder_entity_id) == "GPE":
            seated = _seated_topic(body, everyone, candidate.start, seats)
            if seated is not None:  # 首相は記者団に「…」, 米国務長官は「…」: nobody named with it, the one in office
                candidate = with_holder(candidate, (seated.id, seated.name))
        if candidate.holder_entity_id is None and candidate.holder_text:
            body_named = _shortened(candidate.holder_text, organisations, candidate.start) \
                or _authority(candidate.holder_text, organisations, candidate.start)
            if body_named is not None:  # 選挙委員会は: the イラク独立選挙管理委員会 named before
                candidate = with_holder(candidate, (body_named.entity_id, body_named.text))
        candidate = without_thing(body, retold(body, candidate, everyone, seats.registry), everyone)
        entity = seats.registry.get(candidate.holder_entity_id) if seats.registry is not None and candidate.holder_entity_id else None
        candidate = passed_on(body, candidate, everyone.within(max(0, candidate.start - 200), candidate.end),
                              entity.name if entity is not None else candidate.holder_text,
                              entity.attributes.get("kind") if entity is not None else None)
        checked.append(confessed(body, candidate, everyone.within(max(0, candidate.start - 600), candidate.end + 200), types))
        for start, end, cue in inner_quotes(body, candidate.start, candidate.end) if candidate.attribution == "direct" else ():
            speaker = inner_speaker(body, everyone.within(candidate.start, start), start, (candidate.start, candidate.end))
            if speaker is not None:  # 「…首相も『全く考えていない』と言って…」: the prime minister's words, passed on
                told = [{"entity_id": checked[-1].holder_entity_id, "text": checked[-1].holder_text or ""}]
                checked.append(Candidate(start, end, body[start:end], cue, "direct", speaker.entity_id, speaker.text,
                                         told, _confidence("direct", cue, True, True)))
    for start, end, cue, attribution, subject in missed(body, clauses, [(c.start, c.end) for c in out]):
        entity_id, text = holder_of(subject)
        checked.append(Candidate(start, end, body[start:end], cue, attribution, entity_id, text, [],
                                 _confidence(attribution, cue, not subject.carried, True)))
    return sorted(checked, key=lambda c: c.start)


# One of some, written before people named by what they are: ある職員 → 職員, 別の報道担当者 → 報道担当者
_DETERMINER = re.compile(r"^(?:ある|別の|一部の)(?=[\u4e00-\u9fff\u30a1-\u30faー]{2})")
# A title as the topic or subject of the clause before a quote: 首相は, 米国務長官が, 韓国外相は、
_TITLE_TOPIC = re.compile(r"(?:^|(?<=[、。\n]))(?P<title>[\u4e00-\u9fff]{1,8})(?:は|が)、?")


def _seated_topic(body: str, index: SpanIndex, start: int, seats: _Seats):
    """The office holder a title alone before the quote at start stands for, when nobody is named with it."""
    s_start = body.rfind("。", 0, start) + 1
    title = None
    for title in _TITLE_TOPIC.finditer(body, s_start, start):
        pass
    if title is None or title.group("title") not in OFFICE_WORDS and split_title(title.group("title")) is None:
        return None
    if any(m.type == "PERSON" for m in index.within(max(s_start, title.start() - 12), title.end())):
        return None  # 岸田首相は: named, the rules above read it
    return seats.holder(body, index, title.group("title"), title.start("title"), s_start)


def _shortened(text: str, organisations: SpanIndex, before: int):
    """The organisation named before whose name text shortens (選挙委員会 → イラク独立選挙管理委員会): its
    letters in order, ending with the same word, not a plain part of it (委員会 alone is no name)."""
    if not 4 <= len(text) <= 10 or not _BODY_END.search(text):
        return None
    for mention in organisations.before(before, limit=24):
        name = mention.text
        if len(name) <= len(text) or text in name or name[-2:] != text[-2:]:
            continue
        at = 0
        for char in text:
            at = name.find(char, at) + 1
            if not at:
                break
        if at:
            return mention
    return None


def _authority(text: str, organisations: SpanIndex, before: int):
    """The public body named last before a bare 当局 (the article calls it so once named), or None."""
    if text != "当局":
        return None
    named = [m for m in organisations.before(before, limit=24) if _AUTHORITY.search(m.text)]
    return named[0] if named else None


_AUTHORITY = re.compile(r"(?:委員会|省|庁|警察|警察署|署|当局|政府|府|局)$")
_BODY_END = re.compile(r"(?:委員会|協会|連盟|機構|評議会|理事会|組合|連合)$")


def _confidence(attribution: str, cue: str, explicit: bool, holder) -> float:
    """Quotes with a named speaker are surest; positions on an object and bare した/として least."""
    score = {"direct": 0.8, "mixed": 0.7, "indirect": 0.65, "position": 0.5}[attribution]
    score += 0.1 if explicit else (-0.05 if holder else -0.25)
    if cue in ("した", "し", "として", "とし"):
        score -= 0.15
    return round(max(0.05, min(0.95, score)), 2)
