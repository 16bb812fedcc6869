"""Which person a short reference means: a bare title (首相は, 同首相は, 韓国の外相は) or a surname (安倍氏は).

The candidates are the people the article named before, in full (the entity detector's PERSON
mentions). Each is read with the office and the country written with them (ルビオ米国務長官,
韓国の潘基文外交通商部長官, 王毅・中国外相); a person named once with their country keeps it when
named again without it. A reference is resolved by, in order: the office written with the person
(the whole office: 副首相 is no 首相), the country the reference names (韓国の外相は, 米国務長官は),
else the country the sentence names, else the person named with no country (the article's own
side: a Japanese paper writes 小泉首相 and 盧武鉉韓国大統領), and last the most recent.
"""

from __future__ import annotations

import re

from core.claims.spans import SpanIndex
from core.nlp.offices import office_after

# Offices one person holds for a country at a time: 韓国外相 names whoever the article named with it.
HEAD_OFFICES = frozenset("""
    首相 総理 大統領 国家主席 主席 総統 国王 女王 皇帝 最高指導者 総書記 外相 外務大臣 外交部長 国務長官 国防長官
    財務長官 商務長官 国防相 防衛相 防衛大臣 財務相 財務大臣 経済相 商務相 通商相 貿易相 内相 法相 蔵相 官房長官
    通商代表 国防部長
    """.split())
# How far back a bare title may refer: a few paragraphs, not a whole long article.
_REACH = 64
# Between a country and the person it qualifies: 韓国の, 中国・, 米国 (nothing)
_COUNTRY_GAP = re.compile(r"(?:の|・)?")
_QUALIFIED = re.compile(r"^(?:前|元|次期)")


def office_of(body: str, mention) -> re.Match | None:
    """The office written right after a person's name, also behind a middle dot (小沢一郎・民主党代表)."""
    at = mention.end + 1 if body.startswith("・", mention.end) else mention.end
    return office_after(body, at)


def holds(office: re.Match, title: str) -> bool:
    """Whether the office written with a person is the title a reference uses (首相 for 首相, not 副首相 nor 元首相).

    Only the office word itself is compared: 国務長官 is a 長官, 外務大臣 is no 外相 (another word).
    """
    written = office.group(0)
    if _QUALIFIED.match(written) or re.search(r"(?:前|元|次期|副)$", written[: office.start("office") - office.start()]):
        return False  # 元首相, 前大統領: no longer (or not yet) holds it
    word = office.group("office")
    return word == title or (word.endswith(title) and not word.startswith("副") and len(title) >= 2)


def country_near(index: SpanIndex, body: str, start: int, end: int) -> str | None:
    """The country written with a span: right before it (韓国の, 中国・) or inside its title (米国務長官)."""
    for gpe in index.within(max(0, start - 12), end):
        if gpe.type != "GPE" or not gpe.entity_id:
            continue
        if start <= gpe.start < end:
            return gpe.entity_id  # 米国務長官, ソールハイム・ノルウェー開発相
        if gpe.end <= start and _COUNTRY_GAP.fullmatch(body, gpe.end, start):
            return gpe.entity_id
    return None


class Candidate:
    __slots__ = ("mention", "office", "country")

    def __init__(self, mention, office, country):
        self.mention, self.office, self.country = mention, office, country


def candidates(body: str, index: SpanIndex, before: int, title: str | None = None) -> list[Candidate]:
    """People named before position, nearest first, with the office and country written with them.

    With title, only those written with that office (the nearest mention of each person)."""
    people = [m for m in index.before(before, limit=_REACH) if m.type == "PERSON" and m.end <= before]
    countries: dict[str, str] = {}  # a person's country, from any mention of them before
    for mention in reversed(people):
        office = office_of(body, mention)
        country = country_near(index, body, mention.start, office.end() if office else mention.end)
        if country:
            countries.setdefault(_key(mention), country)
    out, seen = [], set()
    for mention in people:
        office = office_of(body, mention)
        if title is not None and (office is None or not holds(office, title)):
            continue
        if _key(mention) in seen:
            continue
        seen.add(_key(mention))
        out.append(Candidate(mention, office, countries.get(_key(mention))))
    return out


def _key(mention) -> str:
    return mention.entity_id or mention.text


def sentence_countries(index: SpanIndex, s_start: int, before: int) -> set[str]:
    return {m.entity_id for m in index.within(s_start, before) if m.type == "GPE" and m.entity_id}


def choose(found: list[Candidate], country: str | None = None, named: set[str] | None = None,
           article: dict[str, int] | None = None):
    """The candidate a reference means: of the country it names, else of a country its sentence names,
    else the one named with no country (the paper's own side), else of the country the article names
    most, else the nearest. None when no candidate is of the country the reference names."""
    if not found:
        return None
    if country is not None:
        of_country = [c for c in found if c.country == country]
        return of_country[0].mention if of_country else None
    countries = {c.country for c in found}
    if len(countries) == 1:
        return found[0].mention
    if named:
        of_named = [c for c in found if c.country in named]
        if len({c.country for c in of_named}) == 1:
            return of_named[0].mention
    unqualified = [c for c in found if c.country is None]
    if unqualified:
        return unqualified[0].mention
    if article:
        most = max(found, key=lambda c: article.get(c.country, 0))  # max keeps the nearest of a tie
        return most.mention
    return found[0].mention


def person_with_title(body: str, index: SpanIndex, title: str, before: int, s_start: int | None = None,
                      country: str | None = None):
    """The person a bare title stands for (首相は, 韓国の外相は), or None."""
    named = sentence_countries(index, s_start, before) if s_start is not None else None
    return choose(candidates(body, index, before, title), country, named, article_countries(index, before))


def article_countries(index: SpanIndex, before: int) -> dict[str, int]:
    """How often each country is named before position (the nearest few hundred mentions)."""
    counts: dict[str, int] = {}
    for mention in index.before(before, limit=400):
        if mention.type == "GPE" and mention.entity_id:
            counts[mention.entity_id] = counts.get(mention.entity_id, 0) + 1
    return counts


def country_before(index: SpanIndex, body: str, position: int) -> str | None:
    """The country written right before a bare title (韓国の外相は), or None."""
    for gpe in index.within(max(0, position - 12), position):
        if gpe.type == "GPE" and gpe.entity_id and gpe.end <= position and re.fullmatch(r"の", body[gpe.end:position]):
            return gpe.entity_id
    return None
