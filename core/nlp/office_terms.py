"""Whether a name written alone can be a known person: the title written with it and the article's day
against the offices the registry records (its snapshot of office holders is recent; an archive spans
decades); and who a title alone stands for: the registry's holder of that office on the day."""

from __future__ import annotations

import re

from core.nlp.offices import HONORIFICS
from core.registry import Entity
from core.text import fold

# Titles written for an office the registry names otherwise: 小泉総理 is a 首相.
SAME_TITLE = {"総理": "首相", "総理大臣": "首相", "内閣総理大臣": "首相", "外務大臣": "外相", "防衛大臣": "防衛相", "財務大臣": "財務相", "蔵相": "財務相",
               "法王": "教皇", "天皇陛下": "天皇"}
# The roles the registry records offices under (Registry.offices_on)
_ROLES = ("head_of_government", "head_of_state", "foreign_minister", "defence_minister", "finance_minister",
          "trade_minister", "spokesperson", "deputy_leader", "security_adviser", "party_leader", "central_banker",
          "international_official", "ambassador", "envoy")


def office_written(title: re.Match) -> str:
    """The office a title match names, for comparing with the registry's: its office word, or for a minister
    written in full (X大臣) the office as the registry writes it: 外務大臣 is a 外相, 総理大臣 a 首相, 財務大臣 a
    財務相, 国防大臣 a 国防相. 大臣 alone (冬柴大臣) names no office."""
    office = title["office"]
    field = title.groupdict().get("field")
    if office != "大臣" or not field:
        return office
    return SAME_TITLE.get(field + office, field + "相")


def seat_holder(registry, office: str, where: str | None, day: str | None) -> Entity | None:
    """The one person the given registry (the library's: the bundled one and its user's entries) records in
    an office in a country (an entity id; Japan when None) on an ISO day or month: 首相 in 2006 Japan is
    小泉純一郎, 国務長官 in the US of 2009 ヒラリー・クリントン. The office is a title as written without its
    country (総理 is a 首相); it must name the office the registry records (外相 is not the 国務長官).
    None with no registry or day, an office no role records, or two people holding it that day."""
    if registry is None or not day or not office:
        return None
    office = SAME_TITLE.get(office, office)
    where = (where or "country:JP").removeprefix("country:")
    found = {}
    for role in _ROLES:
        for person, held in registry.offices_on(day, role, where):
            if SAME_TITLE.get(held["office"], held["office"]) == office:
                found[person.id] = person
    return next(iter(found.values())) if len(found) == 1 else None


# Offices whose holders news never calls 氏 or さん while they reign.
_MONARCH = re.compile(r"国王|女王|皇帝|天皇|教皇|法王|首長")
# How far from an office's dates a surname alone may still mean its holder (candidates, outgoing holders).
_NEAR_YEARS = 2


def names_office(title: str, office: str) -> bool:
    """Whether a title as written names a recorded office: one holds the other (長官 in 国務長官), or it is
    the office shortened letter by letter (経産相 for 経済産業相, 国交相 for 国土交通相; 統一相 is no 国防相)."""
    office = SAME_TITLE.get(office, office)
    if title in office or office in title:
        return True
    letters = iter(office)
    return title.endswith("相") and len(title) > 2 and all(letter in letters for letter in title)


def agrees(person: Entity, title: str | None, day, former: bool = False) -> bool:
    """Whether a surname written alone (or before a title) can be this known person: a title
    written with it names one of their offices, and the article's day falls in or near that office
    (any time after its start for 元/前). The registry is a snapshot of recent office holders, so
    小泉総理 in 2006 is not the defence minister of 2025, and カラス in 2010 is no EU representative."""
    offices = person.attributes.get("offices") or []
    if title in HONORIFICS and offices and all(_MONARCH.search(o["office"]) for o in offices):
        return False  # a reigning king or pope is not written with 氏: サルマン氏 is another Salman
    if title in HONORIFICS and person.attributes.get("ambiguous"):
        return False  # a surname that is a common word or name needs an office: ブラウン氏 is not Gordon Brown
    if title and title not in HONORIFICS:
        title = SAME_TITLE.get(title, title)
        offices = [o for o in offices if names_office(title, o["office"])]
        if not offices:
            return False
    if not day or not person.attributes.get("offices"):
        return True  # nothing to compare the day with: the name alone decides, as before
    year = int(day[:4])
    for office in offices:
        start = int((office.get("from") or "0")[:4] or 0)
        end = int((office.get("to") or "9999")[:4])
        if start - _NEAR_YEARS <= year and (former or year <= end + _NEAR_YEARS):
            return True
    return False


def former_title(title) -> bool:
    """Whether a title match says the office was held before (元首相, 前大統領)."""
    return "元" in title[0] or "前" in title[0]


def surname_alone(entity: Entity, surface: str) -> bool:
    """Whether a registry surface is a person's surname written without the rest of the name (カラス)."""
    return entity.type == "PERSON" and bool(entity.surname) and fold(entity.surname) == surface \
        and fold(entity.attributes.get("full") or entity.name) != surface


def common_alone(entity: Entity, surface: str) -> bool:
    """Whether a surface is a person's common-word surname written alone (ライス, not コンドリーザ・ライス):
    only then does the registry's ambiguous flag ask for a title."""
    if entity.type != "PERSON" or not entity.attributes.get("ambiguous"):
        return False
    return fold(entity.surname) == surface if entity.surname else fold(entity.name) != surface


_KANJI_NAME = re.compile(r"[\u4e00-\u9fff々]+")


def shared_surname(person: Entity) -> bool:
    """Whether a surname alone names many people: a common word (ambiguous), or any Japanese surname."""
    surname = person.surname or ""
    return bool(person.attributes.get("ambiguous")) or bool(_KANJI_NAME.fullmatch(surname)) \
        and person.attributes.get("country") == "JP"


_GOVERNMENT_AFTER = ("政権", "内閣")
_HEADS = re.compile(r"首相|総理|大統領")


def heads_government(person: Entity, folded: str, end: int) -> bool:
    """Whether a surname names the government its holder led: 安倍政権, 鳩山内閣 (a head of government)."""
    return folded.startswith(_GOVERNMENT_AFTER, end) and any(
        _HEADS.search(o["office"]) for o in person.attributes.get("offices") or ())


def office_in_context(person: Entity, folded: str) -> bool:
    """Whether the article says a surname is this holder: one of their offices written in it
    (北沢防衛相は…北沢氏は; a cited headline's 町村氏 under a story naming the 官房長官), or their full name."""
    if (full := person.attributes.get("full") or person.name) and fold(full) in folded:
        return True
    for office in person.attributes.get("offices") or ():
        name = fold(office["office"])
        short = SAME_TITLE.get(name, name)
        if name in folded or short in folded or any(k in folded for k, v in SAME_TITLE.items() if v == short):
            return True
    return False
