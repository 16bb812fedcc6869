"""A country as the partner of one person's talks (ティラーソン国務長官は…具体的対応を中国と協議している, 岸田外相は北朝鮮と
交渉した): the person meets the country, whoever speaks for it, as a person meets a government (パキスタン政府と協議).
Countries otherwise stand in only where no person is named (core.meetings.sides), which left such talks one-sided."""

from __future__ import annotations

import re

from core.meetings.mention import Participant
from core.meetings.people import person_country

# what may stand between the country's と and the meeting word: an adverb or a manner, never another name, a comma,
# a clause's end or another noun the と belongs to (中国との関係について協議: the relations are talked of); the word's
# own subject glued to it (米国との貿易交渉, ロシアとの核軍縮交渉, 日本と平和条約交渉を, 北朝鮮との間の協議): a compound
# noun of what is negotiated, no particle inside it, is the meeting word's, so the country is still across the table
_TO_THE_WORD = re.compile(r"(?:と|とも|を相手に(?:して)?|を相手として)(?:[^、。「」『』はがをのにでと]{0,8}?(?:で|に))?"
                          r"|と(?:の(?:間[のでに])?)?[\u4e00-\u9fff\u30a1-\u30faー]{0,8}")
# 中国と韓国を相手に交渉: the countries listed before を相手に are all across the table
_ACROSS = re.compile(r"を相手(?:に|として)")
_LIST_JOINTS = ("と", "、", "や", "及び", "および")


def country_partner(body: str, sides: list[Participant], s_start: int, start: int,
                    person: Participant) -> Participant | None:
    """The country written as the partner of person's meeting word in its clause (中国と協議, 米国との協議, 韓国と電話で
    協議), the last side before the word: None when another country is named with it (米国と中国の協議: both sides
    are countries, read elsewhere), something stands between, or it is the person's own (プーチン大統領は、ロシアと
    欧州連合首脳会談に: Russia is the person's side, the body joined to it by と the other)."""
    countries = [p for p in sides if (p.entity_id or "").startswith("country:")]
    if len({p.entity_id for p in countries}) != 1:
        return None
    country = countries[-1]
    if country.entity_id == f"country:{person_country(person.entity_id)}":
        return None
    at = body.rfind(country.name, s_start, start)
    return country if at >= 0 and _TO_THE_WORD.fullmatch(body, at + len(country.name), start) else None


def countries_across(body: str, sides: list[Participant], s_start: int, start: int) -> list[Participant]:
    """The countries listed right before を相手に and the meeting word (中国と韓国を相手に交渉した), in their order;
    [] when the clause's countries are not one such list. The list is read back from を相手に, so a country also
    named earlier in the clause (中国訪問を前に、中国と韓国を相手に) does not hide it."""
    countries = list({p.entity_id: p for p in sides if (p.entity_id or "").startswith("country:")}.values())
    if len(countries) < 2:
        return []
    position = body.rfind(countries[-1].name, s_start, start)
    across = position + len(countries[-1].name)
    if position < 0 or not _ACROSS.match(body, across) or not _TO_THE_WORD.fullmatch(body, across, start):
        return []
    for country in reversed(countries[:-1]):
        joint = next((w for w in _LIST_JOINTS if body.endswith(w, s_start, position)), None)
        position -= len(joint or "")
        if joint is None or not body.endswith(country.name, s_start, position):
            return []
        position -= len(country.name)
    return countries
