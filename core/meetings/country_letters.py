"""Countries as Japanese news writes them by their letters: one letter each (日, 米, 中 …: VISIT_HOST), two of them
compounded before a meeting word (日米首脳会談: compound_before), and the country written with a person (北朝鮮の
朴宜春外相, ライス米国務長官: written_country) — but for the letters inside a person's name or title
(letters_of_names)."""

from __future__ import annotations

import re

from core.meetings.people import ASIDE
from core.nlp.office_names import full_office, known_office, office_country, office_roles
from core.nlp.offices import office_after

VISIT_HOST = {"米": "country:US", "中": "country:CN", "ロ": "country:RU", "露": "country:RU", "韓": "country:KR",
              "朝": "country:KP", "日": "country:JP", "英": "country:GB", "仏": "country:FR", "独": "country:DE",
              "印": "country:IN", "豪": "country:AU", "台": "country:TW"}

# the one-letter abbreviations news writes countries by in compounds (VISIT_HOST's, and those written only there)
COMPOUND_LETTERS = {**VISIT_HOST, "伊": "country:IT", "加": "country:CA", "比": "country:PH", "越": "country:VN"}

# 日米首脳会談, 日韓外相会談, 日米防衛相会談, 米朝: two countries' letters, then the level of those who meet for them
_COMPOUND = re.compile(r"[" + "".join(COMPOUND_LETTERS) + r"]{2}(?P<level>[\u4e00-\u9fff]{0,5})(?:の)?")


def compound_before(body: str, s_start: int, start: int) -> bool:
    """Whether a two-country compound ends right before the meeting word, with no level or one the gazetteer
    holds as an office (防衛相, 財務相, 外務次官: office_roles) or 首脳, the heads together."""
    for begin in range(max(s_start, start - 9), start - 1):
        found = _COMPOUND.fullmatch(body, begin, start)
        if found is not None:
            level = found["level"]
            if level in ("", "首脳") or office_roles(level) or known_office(level):
                return True
    return False


def compound_countries(body: str, actors, clause: int, start: int) -> set[str]:
    """The countries a two-country compound right before the meeting word names (米朝首脳会談: the US and North
    Korea), as entity ids; empty when no such compound stands there."""
    if not compound_before(body, clause, start):
        return set()
    letters = {m.entity_id for m in actors if m.type == "GPE" and start - 9 <= m.start and m.end <= start
               and (m.entity_id or "").startswith("country:")}
    return letters if len(letters) >= 2 else set()


def letters_of_names(actors, person_ends: set[int]) -> set[tuple[int, int]]:
    """The spans of the countries written as part of a person's name or title, no sides: a letter inside a
    name read whole (宋日昊: 日 is no Japan) and the letters a title runs on with after the name, one after
    the other (原口幸市日朝交渉担当大使: 日 and 朝)."""
    people = [(m.start, m.end) for m in actors if m.type == "PERSON"]
    ends, out = set(person_ends), set()
    for m in sorted((m for m in actors if m.type == "GPE"), key=lambda m: m.start):
        if m.start in ends or any(a < m.start < b for a, b in people):
            out.add((m.start, m.end))
            ends.add(m.end)
    return out


def written_country(body: str, actors, start: int, end: int) -> str | None:
    """The country the text writes with the person named at [start, end): before it with の (北朝鮮の朴宜春外相)
    or inside the title after it (朴宜春北朝鮮外相, ライス米国務長官); None when it writes none."""
    if body[start - 1 : start] == "の":
        before = next((m for m in actors if m.end == start - 1 and m.type == "GPE"
                       and (m.entity_id or "").startswith("country:")), None)
        if before is not None:
            return before.entity_id
    aside = ASIDE.match(body, end)
    position = aside.end() if aside else end
    title = office_after(body, position)
    if title is None or title.start() != position:
        return None
    inside = next((m for m in actors if position <= m.start and m.end <= title.start("office") and m.type == "GPE"
                   and (m.entity_id or "").startswith("country:")), None)
    if inside is not None:
        return inside.entity_id
    letter = re.search(r"[米中日韓朝露ロ英仏独印豪台]", body[position : title.start("office")])
    if letter is not None and VISIT_HOST.get(letter.group(0)):
        return VISIT_HOST[letter.group(0)]
    return office_country(full_office(title))  # 潘基文外交通商相: the country whose office it is (Korea)
