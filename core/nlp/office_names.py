"""The whole office a title names, the longest the gazetteer knows (潘基文外交通商相: 外交通商相, not 通商相;
ヘーゲル国防長官: 国防長官, not 長官), with the country and the role it is held for when only one has it.

The office reader (core.nlp.offices) keeps the shortest office word ending a title, which is what entity
detection compares with; the meeting reader asks here for the office a person holds. The offices known
are the office words, the offices the gazetteer records for people (by class: every cabinet and
international body it holds), and each ministry's field with the words that name its head (外交部 →
外交部長, 統一省 → 統一相, 統一大臣, 統一長官).
"""

from __future__ import annotations

import functools
import re

from core.nlp.office_terms import SAME_TITLE
from core.nlp.offices import OFFICE_WORDS
from core.registry import bundled_entities

# An office as a title writes it: kanji, possibly with a middle dot (経済・財務相), no brackets
_WRITTEN = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff・]{1,14}")
# A ministry's name: its field and the word for the body; the head's title after the field
_MINISTRY = re.compile(r"(?P<field>[\u4e00-\u9fff・]{2,8}?)(?P<body>省|部|庁)")
_HEADS_OF = {"省": ("相", "大臣", "長官"), "部": ("部長", "部長官", "相"), "庁": ("庁長官", "長官")}


@functools.lru_cache(maxsize=1)
def _known() -> dict[str, tuple[frozenset, frozenset]]:
    """Every office known, by name: (the countries it is held for, the roles the gazetteer records it under)."""
    countries: dict[str, set] = {word: set() for word in OFFICE_WORDS}
    roles: dict[str, set] = {word: set() for word in OFFICE_WORDS}
    holders: dict[str, set] = {}
    seats: set[str] = set()  # a ministry's head: the ministry's country
    country_words = sorted({s for e in bundled_entities() if e.type == "GPE" and e.id.startswith("country:")
                            for s in (e.name, *e.aliases, *e.attributes.get("abbreviations", []))}, key=len, reverse=True)
    for entity in bundled_entities():
        if entity.type == "PERSON":
            for held in entity.attributes.get("offices") or ():
                name = held.get("office") or ""
                if _WRITTEN.fullmatch(name):
                    countries.setdefault(name, set()).add(held.get("country"))
                    roles.setdefault(name, set()).update(held.get("roles") or ())
                    holders.setdefault(name, set()).add(entity.id)
        elif entity.type == "ORG" and entity.attributes.get("kind") == "ministry":
            for surface in (entity.name, *entity.aliases):
                surface = next((surface[len(w):] for w in country_words if surface.startswith(w)
                                and len(surface) > len(w) + 2), surface)  # 韓国統一省: 統一省
                ministry = _MINISTRY.fullmatch(surface)
                if ministry is None:
                    continue
                for head in _HEADS_OF[ministry["body"]]:
                    name = ministry["field"] + head
                    countries.setdefault(name, set()).add(entity.attributes.get("country"))
                    roles.setdefault(name, set())
                    seats.add(name)
    # A country is told by a compound office (five letters or more: a field of its own, 外交通商相, 企画財政相,
    # 国務省報道官) that heads a ministry or that the gazetteer records holders of over time, not by an office
    # word (首相, 大統領報道官) nor a plain field that many countries have (環境相, 財政相, 下院議長)
    told = lambda name: len(name) >= 5 and name not in OFFICE_WORDS and (  # noqa: E731
        name in seats or len(holders.get(name, ())) >= 2)
    return {name: (frozenset(countries[name] - {None}) if told(name) else frozenset(),
                   frozenset(roles.get(name, ()))) for name in countries}


def full_office(title: re.Match) -> str:
    """The longest known office that ends a title match of core.nlp.offices (its office group) and
    starts inside it: 外交通商相 for 韓国外交通商相, 国務長官 for 米国務長官, the office word otherwise."""
    known = _known()
    text, end = title.string, title.end("office")
    for begin in range(title.start(), title.start("office")):
        if text[begin:end] in known:
            return text[begin:end]
    return title["office"]


def office_country(office: str | None) -> str | None:
    """The country (an entity id) an office is held for when the gazetteer knows it for one country only
    (外交通商相: Korea; 統一相: Korea's 統一省), else None (首相, 外相: many; an office word)."""
    found = _known().get(office or "")
    if found is None or len(found[0]) != 1:
        return None
    return f"country:{next(iter(found[0]))}"


def office_role(office: str | None) -> str | None:
    """The one role the gazetteer records an office under (外交通商相, 国務長官: foreign_minister), else None."""
    found = _known().get(office or "")
    return next(iter(found[1])) if found is not None and len(found[1]) == 1 else None


def known_office(name: str) -> bool:
    """Whether the gazetteer knows name as a whole office (統一相, 官房長官, 外交通商相; not 奭統一相)."""
    return name in _known()


def office_roles(office: str | None) -> frozenset:
    """Every role the gazetteer records an office under, the office written otherwise read as the one it
    records (総理 is a 首相: head_of_government; 外務大臣 a 外相; 首相兼外相 both); empty when it records none."""
    found = _known().get(SAME_TITLE.get(office or "", office or ""))
    return found[1] if found is not None else frozenset()
