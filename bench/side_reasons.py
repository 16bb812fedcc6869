"""Why a gold side Kaidan lacks was not read although an entity mention stands where its name is written: closed
classes of the mention (its kind of body by its head word, its role in its own sentence, its distance in sentences
from the meeting's sentence), of the meeting's sentence (a subject written, a partner written), of Kaidan's reading
there (no side, one, more) and, for a person, whether Kaidan holds their country instead. Counts only: each class is
a fixed label, never a string of the text (bench/eval_meetings.py --why).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.meetings.people import ASIDE
from core.meetings.triggers import TRIGGER
from core.nlp.offices import office_after
from core.registry import bundled_registry

# an international body, by its head word or as written in Latin letters (国連, NATO, 欧州連合, 世界保健機関)
_INTERNATIONAL = re.compile(r"(?:国連|国際|連合|機関|機構|同盟|共同体|条約機構|[A-Z]{2,})$|^(?:国連|国際|世界|欧州|アジア|アフリカ)")
_GOVERNMENT = re.compile(r"(?:省|庁|府|院|局|部|委員会|議会|国会|当局|政府|内閣|軍|隊|会議|大使館|領事館|公安|警察|議所)$")
_PARTY = re.compile(r"(?:党|民主|自民|公明|共産|維新|民主同盟|社会同盟)$")
_COMPANY = re.compile(r"(?:社|銀行|自動車|電機|電気|製作所|工業|商事|物産|証券|ホールディングス|グループ|航空|電力|通信|石油|重工|"
                      r"製薬|新聞|放送|テレビ|[ァ-ヶー]{3,})$")
_SUBJECT_AFTER = re.compile(r"(?:氏|側|ら|両氏)?(?:は|が|も)(?![らのにで])")
_PARTNER_AFTER = re.compile(r"(?:氏|側|ら)?(?:と|との|とも|や)")
_OBJECT_AFTER = re.compile(r"(?:氏|側)?(?:を|に|から|へ)")
_MODIFIER_AFTER = re.compile(r"の")
_LISTED_AFTER = re.compile(r"[、・]")
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff\u30a1-\u30ffー]")
_PLACE_AFTER = re.compile(r"(?:で|において|における|にて)")

KINDS = ("international body", "ministry or government body", "party", "company", "other body", "person", "place")
ROLES = ("subject (は/が/も)", "partner (と/との/や)", "の-modifier of another noun", "inside a quote",
         "object (を/に/から/へ)", "listed (、/・)", "part of a longer noun", "a place (で/において)", "other")
DISTANCES = ("same sentence", "1 sentence away", "2-3 sentences away", "4+ sentences away")


# what a name's longer noun or の-phrase goes on to, in closed classes (県の代表団, 日本政府, 沖縄県知事, X社の社長), the
# longer words first (代表団 before 代表)
_FOLLOWERS = (
    ("a delegation or team", re.compile(r"の?(?:代表団|使節団|訪問団|議員団|選手団|一行|関係者|担当者|代表者|幹部ら)")),
    ("its government or side", re.compile(r"の?(?:政府|当局|側|県庁|市役所|都庁|府庁|庁|球団|首脳陣|執行部|本部)")),
    ("an office", re.compile(r"の?(?:[^、。]{0,6}?)(?:知事|市長|町長|村長|区長|社長|会長|理事長|代表|監督|議長|委員長|首相|大統領|"
                             r"大臣|長官|大使|局長|部長|幹部|首脳|外相)")),
)


def follower_of(body: str, end: int) -> str:
    """What a name's longer noun or の-phrase is (an office, the body's government or side, its delegation)."""
    return next((label for label, pattern in _FOLLOWERS if pattern.match(body, end)), "another noun")


def sentence_of(body: str, at: int) -> tuple[int, int]:
    start = max(body.rfind("。", 0, at), body.rfind("\n", 0, at)) + 1
    ends = [i for i in (body.find("。", at), body.find("\n", at)) if i >= 0]
    return start, (min(ends) if ends else len(body))


def kind_of_mention(mention) -> str:
    if mention.type == "PERSON":
        return "person"
    if mention.type in ("GPE", "LOC"):
        return "place"
    text = mention.text.strip()
    if _PARTY.search(text):  # (ドイツキリスト教民主同盟: a party, though 同盟 ends it)
        return "party"
    for kind, pattern in zip(KINDS, (_INTERNATIONAL, _GOVERNMENT, _PARTY, _COMPANY)):
        if pattern.search(text):
            return kind
    return "other body"


PLACE_KINDS = ("a country", "a country's capital", "another city", "a region or another place", "not in the gazetteer")


def place_kind(mention) -> str:
    """What the gazetteer knows a place mention as: a country, a capital (ソウル, 北京), another city, a region or
    another place (a state, a territory, an island), or nothing."""
    if (mention.entity_id or "").startswith("country:"):
        return PLACE_KINDS[0]
    entity = bundled_registry().get(mention.entity_id) if mention.entity_id else None
    if entity is None:
        return PLACE_KINDS[4]
    if entity.attributes.get("capital_of"):
        return PLACE_KINDS[1]
    return PLACE_KINDS[2] if entity.attributes.get("kind") == "city" else PLACE_KINDS[3]


def role_in_sentence(body: str, start: int, end: int) -> str:
    s_start, _ = sentence_of(body, start)
    before = body[s_start:start]
    if before.count("「") > before.count("」") or before.count("『") > before.count("』"):
        return ROLES[3]
    aside = ASIDE.match(body, end)  # 国際原子力機関(IAEA)は: the role is told after the aside
    end = aside.end() if aside else end
    office = office_after(body, end)  # ブリンケン国務長官と: and after the title
    end = office.end() if office else end
    for role, pattern in zip((ROLES[0], ROLES[1], ROLES[7], ROLES[4], ROLES[2], ROLES[5], ROLES[6]),
                             (_SUBJECT_AFTER, _PARTNER_AFTER, _PLACE_AFTER, _OBJECT_AFTER, _MODIFIER_AFTER,
                              _LISTED_AFTER, _NOUN_AFTER)):
        if pattern.match(body, end):
            return role
    return ROLES[8]


def _distance(body: str, a: int, b: int) -> str:
    low, high = sorted((a, b))
    stops = len(re.findall(r"[。\n]+", body[low:high]))  # (。 then a line break: one boundary)
    return DISTANCES[0] if stops == 0 else DISTANCES[1] if stops == 1 else DISTANCES[2] if stops <= 3 else DISTANCES[3]


FORMS = ("in a cited headline (『』)", "inside a quote (「」)", "opens on the meeting word (会談では…)",
         "a line without 。 (a title or list)", "a sentence naming others before the word")
# what may stand before a meeting word opening its sentence: a date, a time, a connective, a demonstrative
_OPENING = re.compile(r"[\d０-９年月日時分午前後のにはでも、また一方同この今回その際・\s]*")


# 両首脳は, 同氏が, 両国は, 首相は: a subject written as a referring word or a bare title, with no name
_UNNAMED_SUBJECT = re.compile(r"(?:(?:両|同|双方の|二|2|３|3)(?:首脳|首相|大統領|外相|国務長官|氏|者|人|国|社|党|代表|政府|閣僚)"
                              r"|(?<![\u4e00-\u9fff\u30a1-\u30ffー])(?:首相|大統領|外相|国務長官|国王|主席|首席|長官|大臣|党首|代表|大使))"
                              r"(?:ら|側)?(?:は|が|も)(?![らのにで])")


def unnamed_subject(body: str, at: int) -> bool:
    """Whether the meeting word's sentence has a subject written before it as a referring word or a bare title."""
    s_start, _ = sentence_of(body, at)
    return _UNNAMED_SUBJECT.search(body, s_start, at) is not None


def meeting_sentence_form(body: str, at: int) -> str:
    """How the meeting word's sentence is written: a cited headline, a quote, opening on the word, a bare line."""
    s_start, s_end = sentence_of(body, at)
    before = body[s_start:at]
    if before.count("『") > before.count("』"):
        return FORMS[0]
    if before.count("「") > before.count("」"):
        return FORMS[1]
    if _OPENING.fullmatch(before):
        return FORMS[2]
    if s_end >= len(body) or body[s_end] != "。":
        return FORMS[3]
    return FORMS[4]


def _sentence_has(body: str, at: int, mentions, roles: tuple[str, ...]) -> bool:
    s_start, s_end = sentence_of(body, at)
    return any(m.type in ("PERSON", "ORG", "GPE", "LOC") and s_start <= m.start < s_end
               and role_in_sentence(body, m.start, m.end) in roles for m in mentions)


def unread_reasons(side: dict, body: str, at: int, mentions, kaidan_sides: list[dict],
                   country: Callable[[object], str | None]) -> list[str]:
    """The classes of a lacking side with an entity mention where its name is written (none when no mention
    covers it): 'dimension: class' labels, one per dimension."""
    name = side.get("name") or ""
    spots = [m.start() for m in re.finditer(re.escape(name), body)] if name else []
    covering = [(s, m) for s in spots for m in mentions
                if m.type in ("PERSON", "ORG", "GPE", "LOC") and (m.start <= s < m.end or s <= m.start < s + len(name))]
    if not covering:
        return []
    s_start, s_end = sentence_of(body, at)
    spot, mention = min(covering, key=lambda c: (not (s_start <= c[0] < s_end), abs(c[0] - at)))
    distance = _distance(body, spot, at)
    sentence = (("a subject" if _sentence_has(body, at, mentions, (ROLES[0],))
                 else "a subject without a name" if unnamed_subject(body, at) else "no subject") + ", "
                + ("a partner" if _sentence_has(body, at, mentions, (ROLES[1],)) else "no partner"))
    held = "none" if not kaidan_sides else "one" if len(kaidan_sides) == 1 else "two or more"
    role = role_in_sentence(body, mention.start, mention.end)
    reasons = [f"kind: {kind_of_mention(mention)}", f"role in its sentence: {role}", f"distance: {distance}",
               f"meeting sentence: {sentence}", f"meeting sentence form: {meeting_sentence_form(body, at)}",
               f"Kaidan's sides there: {held}",
               f"form and sides: {meeting_sentence_form(body, at).split(' (')[0]}; {sentence}; Kaidan's sides {held}",
               f"kind and role: {kind_of_mention(mention)}, {role.split(' (')[0]}",
               f"together: {'in' if distance == DISTANCES[0] else 'out of'} the sentence, {role.split(' (')[0]};"
               f" {sentence}; Kaidan's sides {held}"]
    if distance != DISTANCES[0]:
        n_start, n_end = sentence_of(body, spot)
        held_there = any(k.get("name") and k["name"] in body[n_start:n_end] for k in kaidan_sides)
        reasons.append(f"named out of the sentence: {distance.split(' sentence')[0]} " + ("before" if spot < at else "after") + ", "
                       + ("its sentence has a meeting word" if TRIGGER.search(body, n_start, n_end)
                          else "no meeting word there") + ", "
                       + ("with a side Kaidan holds" if held_there else "without Kaidan's sides") + f", {role.split(' (')[0]}")
    if distance == DISTANCES[0]:
        reasons.append(f"in the sentence, kind, role, what follows: {kind_of_mention(mention)}, {role.split(' (')[0]}, "
                       f"{follower_of(body, mention.end)}")
    if mention.type in ("GPE", "LOC"):
        reasons.append(f"place by the gazetteer, role: {place_kind(mention)}, {role.split(' (')[0]}")
    if mention.type == "PERSON":
        theirs = {country(k) for k in kaidan_sides} - {None}
        holds = country(side) in theirs
        reasons.append("person: " + ("Kaidan holds their country" if holds else "their country not held either"))
    return reasons


def reasons_total(reasons) -> int:
    """How many sides the counts are of (each side counts once under kind)."""
    return sum(n for label, n in reasons.items() if label.startswith("kind: "))
