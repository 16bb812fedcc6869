"""Reported speech without quotes: the clause before と + a speech verb (…と述べた, …としている), what a
person told written as hearsay (…によると、…という), and positions taken on an object (…を批判した).
"""

from __future__ import annotations

import re

from core.claims.clauses import TAKES_AS, clauses_told, gap_of, object_claims, with_partner
from core.claims.holders import SPEAKER_END, NOT_A_HOLDER, group_topic_span, speaker_topic, title_after, topic_phrase
from core.claims.quotes import cleft_speaker, cue_of, qualifies_a_noun, quotes
from core.claims.reports import OUTLET_NAME, SHORT_OUTLET, Told, inner_report, outlet_verb
from core.claims.sentence_holder import NAME_TOPIC
from core.claims.sources import VIA
from core.claims.subjects import subject_of
from core.clauses.spans import SpanIndex
from core.scan import skipping

_ADDRESSEE = re.compile(r"[^、。「」をは]{1,12}に(?:対し|対して)?、")
_SETTING = re.compile(r"(?:また|さらに|一方|ただ|なお|その上で|そのうえで)、|[^、。「」をがはと]{1,14}?(?:で|において|の場で|の席で)、")
PASSIVE = re.compile(r"(?:され|られ|われ)")
# A document that holds what it says: この条例では、…としている (報告書は…としている)
_DOCUMENT_TOPIC = re.compile(r"(?:また、?)?(?:この|同)?(?P<name>[\u4e00-\u9fff\u30a1-\u30fa]{0,10}(?:条例|法案|法律|報告書|声明|宣言|決議|条約|協定|"
                             r"憲法|提言|答申|判決|社説|談話|合意文書|共同声明))(?:で)?は、")
_SAME_COUNTRY = re.compile(r"(?P<name>同国[\u4e00-\u9fff]{1,6}(?:相|官|長|省|庁|政府))(?:は|が)、")
# What may open a sentence before its topic: 18日、 また、 一方、 パキスタンの通信社
_OPENER = re.compile(r"(?:(?:[0-9０-９]{1,2}日|同日|また|一方|さらに|なお)、)?[^、。「」]{0,16}")


def after_quotes(body: str, q_end: int, s_end: int) -> tuple[int, int]:
    """The span after the last quote's predicate when a reported clause follows it:
    「…」と述べ、…を強めたいとした. Empty when another quote or nothing follows."""
    comma = body.find("、", q_end, s_end)
    if comma < 0 or "「" in body[comma:s_end] or comma - q_end > 12:
        return s_end, s_end
    return comma + 1, s_end


def positions(body: str, s_start: int, s_end: int, found: list[tuple]) -> list[tuple]:
    """Positions taken on an object (…を批判した) outside the quotes and clauses already found."""
    taken = [(f[0], f[1]) for f in found]
    out = []
    for start, end, cue, cue_start, gap in object_claims(body, s_start, s_end):
        if any(a < end and start < b for a, b in taken) or any(a <= cue_start < b for a, b in taken) \
                or any(start - 4 <= b <= start and "、" not in body[b:start].replace("と、", "と") for _, b in taken):
            # …との見方を示した, 「…」と、謝罪の意を示した: read already with what was said
            continue
        inner = _REPORTED_SAYING.search(body, max(s_start, start - 40), end) if _OUTLET_TOLD.match(cue) else None
        if inner is not None and inner.end() == end and not any(a < inner.start() < b for a, b in taken):
            # AFP通信が死者は35人としたことを伝えた: AFP said it, the outlet named before told it
            out.append((inner.start("said"), inner.end("said"), inner.group("verb"), "indirect", None,
                        Told(None, inner.span("name"))))
            taken.append((inner.start("said"), end))
            continue
        out.append((start, end, cue, "position", gap))
        taken.append((start, end))
    return out


# The object of an outlet's report that is itself someone's saying: …AFP通信が死者は35人としたことを伝えた
_OUTLET_TOLD = re.compile(r"を(?:伝え|報じ)")
_REPORTED_SAYING = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z・])(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{2,16})(?:など)?が、?"
                              r"(?P<said>[^、。「」]{2,60}?)と(?P<verb>した|している|していた|述べた|語った|発表した|明らかにした)$")



# An item of a list of rules or terms: a bullet or a note mark opening the line (・当選された権利は…ものとし、)
_RULE_ITEM = re.compile(r"[・※＊*■●○◆]|[0-9０-９]{1,2}[.．)）]")


def indirect(body: str, people: list, index: SpanIndex, s_start: int, s_end: int) -> list[tuple[int, int, str, str]]:
    """A clause ending in と + speech verb, with no quote of its own: the reported content.

    It starts after its holder (Xは、) or the source it came through (Xによると、).
    """
    # the last one: the clause's own predicate; never one inside a quote (「審判は公正だと信じなくては…)
    matches = [m for m in clauses_told(body, s_start, s_end)
               if body.count("「", s_start, m.start()) <= body.count("」", s_start, m.start()) and not with_partner(body, m)]
    if matches and VIA.search(body, s_start, s_end) is None:  # VIA never matches empty
        # …と見られ: a passive with no source names nobody; an earlier report of the sentence may
        matches = [m for m in matches if not PASSIVE.search(cue_of(body, m))] or matches
    match = matches[-1] if matches else None
    turn = _new_speaker(body, people, index, s_start, match, matches)
    if turn is not None:  # …発言を行ったが、同日、ブラッシュ党首は、…はないとした: the second topic says it
        return [item[:4] + ((item[4] or turn),) + tuple(item[5:]) for item in indirect(body, people, index, turn[0], s_end)]
    if match is not None and _JOINED_NOUNS.search(body, max(s_start, match.start() - 1), match.start() + 1) \
            and (gap_of(match) or (0, 0))[1] > 0 and body[gap_of(match)[1] - 1] == "も":
        return []  # …の援護と…の充実も要請した: と joins two things asked for, nobody is quoted
    if match is not None and _JOINED_NOUNS.search(body, max(s_start, match.start() - 1), match.start() + 1) \
            and re.search(r"(?:について|に関して|に関し)、?$", body[slice(*(gap_of(match) or (0, 0)))]):
        return []  # …連邦首相とSPDの成功について語った: と joins two topics, nothing is quoted
    if match is None or qualifies_a_noun(body, match):
        return []
    clause_end = match.start()
    if body.endswith("こ", s_start, clause_end) and body.startswith("とも", clause_end):
        clause_end -= 1  # …されることも伝えた: the content is before こと
    while clause_end > s_start and body[clause_end - 1] in "、 \u3000":
        clause_end -= 1  # …メッセージである、と観光相は語った: the comma is no part of it
    if match.group("as") and re.search(r"を(?:「[^ぁ-ゖ「」]{1,12}」|[^ぁ-ゖ、。「」]{1,10}|はじめ)$", body[s_start:clause_end]):
        return []  # 3日間を「哀悼日」とし, 条例案を継続審議とし: a name or a status given, not a statement
    if match.group("as") and TAKES_AS.search(body[max(s_start, clause_end - 8):clause_end]):
        return []  # 経済開発強化などを目的としている: takes as, holds nothing
    if match.group("as") and body.endswith("もの", s_start, clause_end) and _RULE_ITEM.match(body, s_start):
        return []  # ・当選された権利は、当選者様ご本人のみに帰属するものとし、…: a rule's item, "shall", nobody's view
    clause_start = s_start
    for via in VIA.finditer(body, s_start, clause_end):
        if via.group(0):
            clause_start = via.end()
    listed = _second_teller(body, people, clause_start, clause_end) if gap_of(match) is None and len(matches) == 1 else None
    if listed is not None:  # AP通信などは、乗客乗員を117名、読売や共同は…109人と伝えている: each tells its own
        (first_start, first_end), comma, name_start, topic_end = listed
        cue = cue_of(body, match)
        return [(first_end, comma, cue, "indirect", (first_start, first_end)),
                (topic_end, clause_end, cue, "indirect", (name_start, topic_end))]
    subject, _, after_subject = subject_of(body, people, index, s_start, clause_end)
    governing = _under_a_topic(body, s_start, subject, after_subject) if after_subject is not None else None
    if governing is not None:
        after_subject = None  # 「スタッフ」は、…NZファースト党が…と伝えた: the topic reports, the party is its matter
        clause_start = max(clause_start, governing[1])
    if after_subject is not None:
        clause_start = max(clause_start, after_subject)
    group = group_topic_span(body, s_start, clause_end) if after_subject is None else None
    if group:
        clause_start = max(clause_start, group[1])  # 犯人は…と述べた: the people said it
    # a subject named inside a quote is the quote's own (「パキスタンが…支援」も供与すると): keep the quote whole
    clause_start = next((a for a, b in quotes(body, s_start, clause_end) if a < clause_start < b), clause_start)
    addressee = _ADDRESSEE.match(body, clause_start, clause_end)
    if addressee:
        clause_start = addressee.end()  # キャロル氏に、/記者団に対し、: whom it was said to
    while clause_start < clause_end and body[clause_start] in " \u3000、":
        clause_start += 1
    gap = gap_of(match) or governing or cleft_speaker(body, match, s_end)  # …がいたと話してくれたのは南さん。
    document = _DOCUMENT_TOPIC.match(body, clause_start, clause_end) if gap is None and after_subject is None else None
    if document is not None:  # この条例では、…を設置するとしている: the ordinance holds it
        return [(document.end(), clause_end, cue_of(body, match), "indirect", (document.start("name"), document.end()))]
    if gap and body.endswith("の話として", *gap):
        gap = None  # …と関係者の話として報じている: whom the report quotes, the topic reports it
    topic = None
    topics = list(NAME_TOPIC.finditer(body, clause_start, clause_end)) if after_subject is None else []
    # the last topic before the reported clause; a は-topic over a later が-subject (報告書は、…秘密警察が、…としている)
    # and the first topic set off by a comma over both (ダクラッラー情報相は、報告書は「…」に基づいていると述べた)
    commas = [t for t in topics if t.group(0).endswith("は、")]
    topic = commas[0] if commas else ([t for t in topics if t.group(0).rstrip("、「").endswith("は")] or topics or [None])[-1]
    named_after = gap is not None and re.search(r"(?:は|が)、?$", body[gap[0]:gap[1]])
    if topic and not NOT_A_HOLDER.search(topic.group("name")) and not named_after:
        gap = gap or topic.span()  # プラウダは、…としている: the topic holds the clause
        clause_start = topic.end()  # (爆発は、…である、とX観光相は語った: the clause's own topic stays in it)
    elif after_subject is None and gap is None and not (group and body[group[1] - 1] == "、"):
        # 報道担当者は、…死亡者は39名と語った: the people opening it, set off by a comma, speak
        speaker = speaker_topic(body, clause_start, clause_end)  # フランスの政府当局は生存が困難との見解を示した
        first_topic = body.find("は、", clause_start, clause_end)  # 20日の国連ニュースは、…: the first topic opens it
        opening = topic_phrase(body, clause_start, first_topic + 2 if first_topic >= 0 else clause_end)
        if opening and (body.find("、", clause_start, opening[1]) < 0 or _OPENER.fullmatch(body, clause_start, opening[1])) \
                and re.search(r"[\u30a1-\u30faA-Za-z」]", opening[0]) and (not speaker or opening[2] < speaker[2]):
            # 米紙ウォールストリート・ジャーナル(電子版)は…と報じている, 19日のBBCNewsは、死者は…: the name opening it holds it
            gap, clause_start = (opening[1], opening[2]), opening[2]
        elif speaker:
            gap, clause_start = (speaker[1], speaker[2]), speaker[2]
    body_at = _BODY_AT.match(body, clause_start, clause_end) if gap is None and after_subject is None and topic is None else None
    if body_at is not None:  # 警察では前方不注意の可能性があるとみている: the body holds it, no comma after it
        gap, clause_start = (body_at.start("name"), body_at.end()), body_at.end()
    if clause_end - clause_start < (4 if gap or after_subject else 6):  # 生存が困難 with its holder named
        return []
    setting = _SETTING.match(body, clause_start, clause_end)
    while setting and clause_end - setting.end() >= 6:  # 記者会見で、/また、: where or how, not what was said
        clause_start = setting.end()
        setting = _SETTING.match(body, clause_start, clause_end)
    out = []
    for earlier in matches[:-1]:  # …実現させたいと語り、…保っていきたいとの考えを示した: two reports
        said_end = earlier.start()
        after = earlier.end() + len(cue_of(body, earlier)) - len(earlier.group("cue") or earlier.group("cue3") or "")
        joined = re.compile(r"(?:が|ものの)?、").match(body, after)  # …と伝えたが、…とも指摘している
        if joined and joined.group(0) != "、" and not body.startswith("とも", match.start()) \
                and topic_phrase(body, joined.end(), match.start(), with_comma=True) is None \
                and _opening_speaker(body, people, joined.end(), match.start()) is None:
            joined = None  # …と供述しているが、室内が荒らされた経緯はなく…: the contrast is no second report of theirs
        if clause_start < said_end and joined and said_end - clause_start >= 6 \
                and "「" not in body[clause_start:said_end] and not earlier.group("as"):
            out.append((clause_start, said_end, cue_of(body, earlier), "indirect", gap))
            clause_start = joined.end()
        elif clause_start < said_end and after == match.start() and gap_of(earlier) and outlet_verb(cue_of(body, match)) \
                and said_end - clause_start >= 6 and "「" not in body[clause_start:said_end] and not earlier.group("as"):
            # …恐れがあると国連当局者が発言したと伝えた: the official holds it, the outlet told it
            named = gap_of(earlier)
            return [(clause_start, said_end, cue_of(body, earlier), "indirect", None, Told(gap, named))]
    if out and clause_end - clause_start < 2:  # …と語った、とBBCは伝えた: the report tells what was said
        return [item[:4] + (None, Told(gap)) for item in out]
    if out:  # …と明らかにしており、実際、…店長は、…と語った: the second report names its own speaker
        second = topic_phrase(body, clause_start, clause_end, with_comma=True) \
            or (_opening_speaker(body, people, clause_start, clause_end)  # …と語ったが、故人の友人は…と話している
                if re.search(r"(?:が|ものの)、$", body[max(s_start, clause_start - 4):clause_start]) else None)
        referring = _SAME_COUNTRY.match(body, clause_start, clause_end)  # …と発表したほか、同国運輸相は、
        if second is None and referring is not None:
            second = (referring.group("name"), referring.start("name"), referring.end())
        if second is not None and not (SPEAKER_END.search(second[0]) or referring is not None
                                       or any(second[1] <= m.start < second[2] for m in people)):
            second = None  # …と予測し、…対EU政策は、…と観測している: a matter, not who speaks
        if second is not None:
            gap, clause_start = (second[1], second[2]), second[2]
    cue = cue_of(body, match)
    attribution = "mixed" if "「" in body[clause_start:clause_end] else "indirect"
    said = quotes(body, clause_start, clause_end) if match.group("cue4") and body[clause_end - 1] == "」" else []
    if said and said[-1][1] == clause_end and not re.search(r"[をがは]", body[clause_start:said[-1][0]]):
        # 5日、テキサス州で「…」とする声明を発表した: the quote is the statement, the day and place are not
        clause_start, attribution = said[-1][0], "direct"
    stated = _STATEMENT_OF.match(body, clause_end, match.end() + 2)
    if stated is not None and (SPEAKER_END.search(stated.group("name"))
                               or any(m.start == stated.start("name") for m in people)):
        # …というチベット亡命政府のスポークスマンの発表を伝えた: the spokesman said it, the outlet told it
        return out + [(clause_start, clause_end, cue, attribution, None, Told(gap, stated.span("name")))]
    inner = inner_report(body, clause_start, clause_end, people) if outlet_verb(cue) and attribution == "indirect" else None
    if inner is not None:  # BBCは、選挙監視団が、…を賞賛したと伝えた: the monitors hold it, BBC told it
        return out + [(inner[0], inner[1], inner[2], "indirect", None, Told(gap, inner[3]))]
    return out + [(clause_start, clause_end, cue, attribution, gap)]


def _second_teller(body: str, people: list, start: int, end: int):
    """((first teller's span), comma, name start, topic end) of two tellers a report lists, the second after a
    comma with the first's words left out (Aは117名、Bは109人と伝えている), else None. Each is a body, a person
    or an outlet written short; the first part ends on a noun: it has no verb of its own."""
    comma = body.rfind("、", start, end)
    if comma - start < 2 or re.match(r"[\u3040-\u309f]", body[comma - 1]) or "「" in body[start:end]:
        return None
    topic = _LISTED_TOPIC.match(body, comma + 1, end)
    if topic is None or end - topic.end() < 2 or not _teller(topic, people):
        return None  # not 負傷者は20人: a figure's matter
    first = None
    for found in _LISTED_TOPIC.finditer(body, start, comma):
        first = found if _teller(found, people) else first
    if first is None or comma - first.end() < 2 or "、" in body[first.end():comma].replace("は、", ""):
        return None  # 犯行当時、竹内容疑者は…: nobody tells the part before the comma
    return (first.start(), first.end()), comma, topic.start(), topic.end()


def _opening_speaker(body: str, people: list, start: int, end: int) -> tuple[str, int, int] | None:
    """(name, start, end) of people or a body opening the clause at start as its topic with no comma after it
    (…と語ったが、故人の友人はその希望には…と話している), if they can speak; else None."""
    topic = _OPENING_TOPIC.match(body, start, end)
    if topic is None or end - topic.end() < 6 or NOT_A_HOLDER.search(topic.group("name")):
        return None
    if not (SPEAKER_END.search(topic.group("name")) or any(m.start == topic.start() and m.type in ("ORG", "PERSON")
                                                            for m in people)):
        return None
    return topic.group("name"), topic.start(), topic.end()


def turned_topic(body: str, people: list, s_start: int, start: int):
    """(mention or None, name) of the topic a sentence turns to after a contrast, right before a claim with nobody
    named (…計画を発表したが、これに対して、…司法関係者は懸念を示している), else None."""
    turn = None
    for turn in _CONTRAST.finditer(body, s_start, start):
        pass
    if turn is None:
        return None
    after = _REACTING.match(body, turn.end(), start)
    topic = None
    for topic in _OPENING_TOPIC.finditer(body, after.end() if after else turn.end(), start):
        pass
    if topic is None or start - topic.end() > 1 or NOT_A_HOLDER.search(topic.group("name")):
        return None
    named = next((m for m in people if topic.start() <= m.start and m.end == topic.end("name")
                  and m.type in ("PERSON", "ORG", "GPE")), None)
    if named is None and not SPEAKER_END.search(topic.group("name")):
        return None
    return named, topic.group("name") if named is None else named.text


_REACTING = re.compile(r"(?:これに対し(?:て)?|これを受けて|一方)、?")


def _teller(topic: re.Match, people: list) -> bool:
    """Whether a listed topic names a person, a body, an outlet written short (読売や共同) or one of some people
    (ある地元当局者は1,400人、別の地元当局者は1,000人)."""
    if NOT_A_HOLDER.search(topic.group("name")):
        return False
    if re.match(r"(?:ある|別の)", topic.group("name")) and SPEAKER_END.search(topic.group("name")):
        return True
    return any(m.start == topic.start() and m.type in ("ORG", "PERSON", "GPE") for m in people) \
        or SHORT_OUTLET.match(re.split("[や・]", topic.group("name"))[0]) is not None


_OPENING_TOPIC = re.compile(r"(?P<name>[^、。「」はがをにでと\n]{2,16}?)(?:など|ら)?は、?")
_LISTED_TOPIC = re.compile(r"(?<![^、。\n「」])(?P<name>(?:別の)?[^、。「」はがをにでのと\n]{2,16}?)(?:など|ら)?は、?")


def _under_a_topic(body: str, s_start: int, subject, after_subject: int) -> tuple[int, int] | None:
    """The span of a topic set off by a comma that can speak, when the clause's subject is a が-subject
    after it (ニュースサイト「スタッフ」は、…NZファースト党が…と伝えた), else None."""
    if subject is None or not body.startswith("が", after_subject - 1 - (body[after_subject - 1] == "、")):
        return None
    # the first topic set off by a comma governs, with は or with も (ハビマナ報道官もまた、ブルンジ軍が…と非難している)
    marker = _COMMA_TOPIC.search(body, s_start, subject.start)
    if marker is None:
        return None
    comma = marker.start()
    if "「" in body[comma:subject.start] or body.count("「", s_start, comma) != body.count("」", s_start, comma):
        return None
    begin = max(s_start, body.rfind("、", s_start, comma) + 1)
    name = _TOPIC_OPENER.sub("", body[begin:comma])
    if not (name.endswith("」") or SPEAKER_END.search(name)) or NOT_A_HOLDER.search(name):
        return None
    return begin, marker.end()


_COMMA_TOPIC = re.compile(r"(?:は|も(?:また)?)、")


_TOPIC_OPENER = re.compile(r"^(?:また|一方|さらに|なお|[0-9０-９]{1,2}日の)")


# A public body or a company opening the clause with では, no comma after it: 警察では…とみている, 同社では…としている
_BODY_AT = re.compile(r"(?:(?:また|一方|なお|さらに)、?)?(?P<name>[\u4e00-\u9fff\u30a1-\u30faー]{0,10}(?:警察|県警|府警|道警|警視庁|"
                      r"警察署|当局|政府|省|庁|委員会|気象台|同社|同署|同省|同庁))では、?")


# A statement an outlet passes on as someone's: …という亡命政府のスポークスマンの発表を伝えた,
# …との気象庁の警告を朝日新聞は伝えている (the outlet may be named between)
_STATEMENT_OF = re.compile(r"(?:という|との|と、)(?P<name>[^、。「」をとに]{2,24}?)の(?:発表|声明|談話|警告|見解|指摘|発言|話|証言)を"
                          r"(?:[^、。「」をとに]{1,16}?(?:は|が)、?)?(?:伝え|報じ)")


# Where a sentence turns to another clause with its own topic: …を行ったが、 …したものの、
_CONTRAST = re.compile(r"(?<=[たっだ])(?:が|ものの)、(?:(?:同日|[0-9０-９]{1,2}日)、)?")


def _new_speaker(body: str, people: list, index: SpanIndex, s_start: int, match, matches: list) -> tuple[int, int] | None:
    """(start, end) of the topic a sentence turns to after a contrast (…たが、Xは、…とした), when the
    report is that topic's and no report comes before the turn; else None."""
    if match is None:
        return None
    turn = None
    for turn in _CONTRAST.finditer(body, s_start, match.start()):
        pass
    if turn is None or any(m.start() < turn.start() for m in matches) or "「" in body[turn.end():match.start()]:
        return None
    subject, _, end = subject_of(body, people, index, turn.end(), match.start())
    if subject is None or body[end - 1] != "、" or subject.start < turn.end() or not body.startswith("は", end - 2):
        return None
    return turn.end(), end


# A noun right before と (援護と): the と joins nouns unless a report follows
_JOINED_NOUNS = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]と")


# …と判断したという: the source tells that someone (the subject carried over) judged it; the source holds nothing
HEARSAY_OF = re.compile(r"(?:など)?と[^、。「」]{0,12}?(?:た|ている|ていた)(?:のだ|そうだ)?という[。、]")
_HEARSAY_END = re.compile(r"(?:のだ|だ)?(?:という|と言う)。?$")
_HEARSAY_END = skipping(_HEARSAY_END)  # core.scan's skipping twin: the same matches


def hearsay(body: str, people: list, s_start: int, s_end: int) -> list[tuple]:
    """What a person told, written as hearsay: ハッダド教育相によると、…を行うという。 (an outlet's …という is its report)."""
    end = s_end - 1 if body[s_end - 1] == "。" else s_end
    tail = _HEARSAY_END.search(body, s_start, s_end)
    if tail is None:
        return []
    for mention in people:
        title = title_after(body, mention.end) if mention.type == "PERSON" else None
        via = VIA.match(body, title.end() if title else mention.end)
        if mention.type == "PERSON" and via and via.group(0) and tail.start() - via.end() >= 6:
            return [(via.end(), min(tail.start(), end), "という", "indirect", None)]
    # a body or people named as the source (人権団体によれば、…たという, 関係者によると、…予定だという): the source's claim
    for via in VIA.finditer(body, s_start, tail.start()):
        if not via.group(0) or tail.start() - via.end() < 6 or "によると" not in via.group(0) and "によれば" not in via.group(0):
            continue
        begin = max(s_start, body.rfind("、", s_start, via.start()) + 1)
        source = _SOURCE.fullmatch(body, begin, via.start())
        if source is None or body.count("「", s_start, via.start()) != body.count("」", s_start, via.start()):
            continue
        name = source.group("name")
        if OUTLET_NAME.search(name) or SHORT_OUTLET.match(name):
            continue  # 時事通信によると、…死亡したという: an outlet's hearsay tells an event, nobody's claim
        if not SPEAKER_END.search(name) or NOT_A_HOLDER.search(name) or name.startswith("同") \
                or any(m.start < via.start() and source.start("name") < m.end for m in people):
            continue  # JR西日本によると、…置かれていたという: a body named tells the event, as an outlet does
        return [(via.end(), min(tail.start(), end), "という", "indirect", source.span("name"))]
    return []


# The source a hearsay sentence names, right before によると: 人権団体, 同新聞, ロイター通信 (after a comma or the start)
_SOURCE = re.compile(r"(?:また|さらに)?(?P<name>[^、。「」はがをにでと\n]{2,16})")


# Views raised by those the text names, with no verb of their own: 委員各国から除外についての異論もあった,
# 20か国の委員から…疑問を呈する意見や富士山を称賛する声も高まった, 野党の間では…を懸念する声が根強い
_RAISED = re.compile(r"(?P<who>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・]{2,16}?)(?:から(?:は|も)?|の間(?:で|から)(?:は|も)?|の中(?:で|から)(?:は|も)?)、?"
                     r"(?P<what>[^。「」、]{0,60}?(?P<noun>声|意見|異論|反発|懸念|不満|疑問|反対論|慎重論|批判))(?:が|も)"
                     r"(?P<cue>上が|あが|出て|出た|出さ|相次|高ま|寄せられ|根強|あっ|ある)")
_RAISED_END = re.compile(r"(?:声|意見|異論|反発|懸念|不満|疑問|反対論|慎重論|批判)(?:が|も)(?:上が|あが|出|相次|高ま|寄せられ|根強|あっ|ある)")
_COUNTED = re.compile(r"(?:約|およそ)?[0-9０-９一二三四五六七八九十百千万数,，]+(?:件|人|通)")  # 約600件の意見: how many, not what
_NOISE = re.compile(r"歓声|悲鳴|どよめき|笑い声|叫び|ため息")  # 黄色い歓声, どよめきの声: a crowd's noise says nothing
_NOT_RAISED_BY = re.compile(r"(?:日|年|月|時|頃|後|前|中|今回|当初|以前|一部)$")


# Some of those the text names who hold a view: 中東専門家のなかには…と示唆する者もいる, スンニー派の政治指導者には…を疑う
# ものがいる (the verb describes them, so no other rule reads it)
_SOME_HOLD = re.compile(r"(?P<who>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・]{2,16}?)(?:の(?:なか|中|間)には|には)、?"
                        r"(?P<what>[^。「」]{4,80}?)(?P<cue>(?:と|を)(?:示唆|主張|指摘|批判|懸念|非難|疑問視|問題視|疑う|疑っている|考え|見る|みる)"
                        r"(?:する|している)?(?:者|もの|人|向き)(?:も|が)(?:いる|いた|多い|少なくない|ある))")


_SOME_END = re.compile(r"(?:者|もの|人|向き)(?:も|が)(?:いる|いた|多い|少なくない|ある)")


def some_hold(body: str, s_start: int, s_end: int, found: list[tuple]) -> list[tuple]:
    """Views held by some of those named (…のなかには…と示唆する者もいる), outside the claims already read."""
    if body.find("には", s_start, s_end) < 0 or _SOME_END.search(body, s_start, s_end) is None:
        return []
    out = []
    for match in _SOME_HOLD.finditer(body, s_start, s_end):
        start, end = match.span("what")
        if not any(a < end and start < b for a, b, *_ in found) and not _NOT_RAISED_BY.search(match.group("who")):
            out.append((start, end, match.group("cue"), "indirect", None, Told(None, match.span("who"))))
    return out


def raised_views(body: str, s_start: int, s_end: int, found: list[tuple]) -> list[tuple]:
    """Views the sentence says were raised by those it names (…から…異論もあった), outside the claims already read:
    (start, end, cue, "indirect", None, Told(None, who)). A view with no content of its own (歓声, 不満の声, 約600件の
    意見) is none."""
    out = []
    some = _RAISED_END.search(body, s_start, s_end) is not None and (body.find("から", s_start, s_end) >= 0 or body.find(
        "の間", s_start, s_end) >= 0 or body.find("の中", s_start, s_end) >= 0)  # most sentences: neither, read in C
    for match in _RAISED.finditer(body, s_start, s_end) if some else ():
        start, end = match.span("what")
        if match.start("noun") - start < 5 or _COUNTED.match(body, start) or _NOISE.search(match.group("what")) \
                or _NOT_RAISED_BY.search(match.group("who")) or any(a < end and start < b for a, b, *_ in found) \
                or body.count("「", s_start, start) > body.count("」", s_start, start):
            continue
        out.append((start, end, match.group("noun") + "が" + match.group("cue"), "indirect", None,
                    Told(None, match.span("who"))))
    return out + some_hold(body, s_start, s_end, found + out)
