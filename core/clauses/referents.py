"""Who a word that refers back means: a bare title (首相は, 同首相は, 韓国の外相は, 韓国外相は), 同氏, 同国,
同社 or 同森林組合 (referred). The one answer the clause reader, claims and meetings share.

The candidates are the people the article named before, in full (the entity detector's PERSON
mentions). Each is read with the office and the country written with them (ルビオ米国務長官,
韓国の潘基文外交通商部長官, 王毅・中国外相); a person named once with their country keeps it when
named again without it. A reference is resolved by, in order: the office written with the person
(the whole office: 副首相 is no 首相), the country the reference names (韓国の外相は, 米国務長官は),
else the country the sentence names, else the person named with no country (the article's own
side: a Japanese paper writes 小泉首相 and 盧武鉉韓国大統領), and last the most recent. Which body a
同 word means (同社, 同森林組合) is core.clauses.body_references's reading.
"""

from __future__ import annotations

import re

from core.clauses.body_references import (
    AS_SOURCE, BODY_NOUN, GENERIC_BODY, NOT_A_COMPANY, NOT_REFERRING, OUTLET, OUTLET_ENDING, PUBLIC_BODY, PUBLIC_KINDS,
    TELLING, named_before, refers_to_a_body,
)
from core.clauses.spans import SpanIndex
from core.nlp.offices import HONORIFICS as _HONORIFIC, OFFICE_WORDS, office_after
from core.registry import Entity, bundled_registry

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
# A reading, party or acronym in brackets after a name (玉木雄一郎(たまきゆういちろう))
_ASIDE = re.compile(r"[(（][^()（）。]{1,20}[)）]")


def office_of(body: str, mention) -> re.Match | None:
    """The office written right after a person's name, also behind a middle dot (小沢一郎・民主党代表) or
    a reading in brackets (ドミニク・ドビルパン(ド・ヴィルパン)首相)."""
    aside = _ASIDE.match(body, mention.end)
    at = aside.end() if aside else mention.end
    return office_after(body, at + 1 if body.startswith("・", at) else at)


def holds(office: re.Match, title: str) -> bool:
    """Whether the office written with a person is the title a reference uses (首相 for 首相, not 副首相 nor 元首相).

    Only the office word itself is compared: 国務長官 is a 長官, 外務大臣 is no 外相 (another word).
    """
    written = office.group(0)
    if _QUALIFIED.match(written) or re.search(r"(?:前|元|次期|副)$", written[: office.start("office") - office.start()]):
        return False  # 元首相, 前大統領: no longer (or not yet) holds it
    word = office.group("office")
    if word == title or (word.endswith(title) and not word.startswith("副") and len(title) >= 2):
        return True
    # ブリンケン国務長官 … 国務長官は: the office read as 国務 + 長官 is still the whole title a reference uses
    return len(title) > len(word) and written.endswith(title) \
        and re.search(r"(?:前|元|次期|副)$", written[: -len(title)]) is None


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
    if countries == {None} and len(found) > 1:
        return _own_side(found).mention
    if len(countries) == 1:
        return found[0].mention
    if named:
        of_named = [c for c in found if c.country in named]
        if len({c.country for c in of_named}) == 1:
            return of_named[0].mention
    unqualified = [c for c in found if c.country is None]
    if unqualified:
        return _own_side(unqualified).mention
    if article:
        most = max(found, key=lambda c: article.get(c.country, 0))  # max keeps the nearest of a tie
        return most.mention
    return found[0].mention


def _own_side(found: list[Candidate]) -> Candidate:
    """Of people named with no country, the paper's own side: the nearest the registry does not know as another
    country's (岸田首相は…モディ首相と会談した。首相は…: 岸田, though モディ was named last), else the nearest."""
    own = [c for c in found if (bundled_registry().get(c.mention.entity_id) or _NOBODY).attributes.get("country")
           in (None, _OWN_COUNTRY)]
    return (own or found)[0]


_OWN_COUNTRY = "JP"  # Kaidan reads Japanese news: a bare title is first the Japanese holder's
_NOBODY = Entity("", "PERSON", "")


def _telling(body: str, index: SpanIndex, before: int) -> set:
    """The names (entity id, else text) of the organisations written before position before as the one telling
    (朝日新聞によると, 朝日新聞が同社の話として伝えた), read once for a walk back."""
    return {m.entity_id or m.text for m in index.before(before) if TELLING.match(body, m.end)}


def _no_company(mention, telling: set) -> bool:
    """Whether an organisation named before cannot be the company 同社 refers back to: a public body (by its name or
    its registry kind: 欧州委員会 written EC), a branch or a machine, or an outlet the article writes as the one
    telling (among telling; not 西日本新聞社, the company by its own name)."""
    entity = bundled_registry().get(mention.entity_id) if mention.entity_id else None
    kind = entity.attributes.get("kind") if entity is not None else None
    if kind in PUBLIC_KINDS or PUBLIC_BODY.search(mention.text) or NOT_A_COMPANY.search(mention.text) or (
            entity is not None and PUBLIC_BODY.search(entity.name)):
        return True
    if mention.text.endswith("社") or not (kind == "media" or OUTLET.search(mention.text)
                                          or OUTLET_ENDING.search(mention.text)):
        return False
    return (mention.entity_id or mention.text) in telling


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


# What may qualify a title: 同国外相 (of the country named last), 韓国外相, 米国務長官, 新首相, 現大統領
_TITLE_COUNTRY = re.compile(r"(?:新|現)?(?P<country>同国|[米中日韓朝露ロ英仏独伊加豪印比越台]|[\u4e00-\u9fff]{1,3}国)?(?:新|現)?")


def split_title(title: str) -> tuple[str | None, str] | None:
    """A title as the country written in it and the office (韓国外相 → 韓国, 外相; 米国務長官 → 米, 国務長官),
    the shortest qualifier that leaves an office; None when no office remains."""
    for cut in range(min(len(title), 6)):
        office = title[cut:]
        if office in OFFICE_WORDS and office not in _HONORIFIC:
            qualifier = _TITLE_COUNTRY.fullmatch(title[:cut])
            if qualifier is not None:
                return qualifier.group("country"), office
    return None


# What may qualify an office the person no longer or not yet holds (前首相): matched by the word as written
_QUALIFIERS = re.compile(r"^(?:前|元|新|現|次期)?(?:[米中日韓朝露ロ英仏独伊加豪印比越台]|[\u4e00-\u9fff]{1,3}国)?(?:前|元|新|現|次期)?")


# The people who speak for a body: its officers, press office and spokesman
STAFF = r"(?:幹部|担当者|広報担当者?|広報(?:部|室)?|報道官|スポークスマン)"
# A body's officers or press office written with 同: 同社幹部, 同省の担当者, 同社広報室 (同社の社長 is a person of their own)
_STAFF_OF = re.compile(r"(?P<body>同[\u4e00-\u9fff]{1,4}?)の?" + STAFF)


def referred(body: str, index: SpanIndex, title: str, before: int, s_start: int | None = None):
    """Who a word that refers back stands for, written at position before: a title (首相は, 韓国の外相は,
    韓国外相は, 同首相は) is the person named with that office, of the country the reference or its sentence
    names (person_with_title); 同氏 the last person; 同国 the last country; 同社, 同森林組合 the body named
    before; 前首相 the last person written with that word. None when nobody fits.

    Only the nearest mentions are read: a title refers back a few sentences, not across a book.
    """
    staff = _STAFF_OF.fullmatch(title)
    if staff is not None:
        title = staff.group("body")  # 同社幹部, 同省の担当者: the body named before, whose officers speak for it
    if title in OFFICE_WORDS and title not in _HONORIFIC:
        return person_with_title(body, index, title, before, s_start, country_before(index, body, before))
    if title.startswith("同") and title[1:] in OFFICE_WORDS and title[1:] not in _HONORIFIC:
        found = candidates(body, index, before, title[1:])  # 同首相は: the 首相 named last
        if found:
            return found[0].mention
    qualified = split_title(title)
    if qualified is not None:
        country, office = qualified
        if country == "同国":  # 同国外相は: the minister of the last country named that has one
            found = candidates(body, index, before, office)
            held = {c.country: c.mention for c in reversed(found) if c.country}
            person = next((held[m.entity_id] for m in index.before(before) if m.type == "GPE" and m.entity_id in held),
                          None)
            if person is not None:
                return person  # else the country itself holds (同国代表は: for the country named last)
        elif country:  # 韓国外相は, 米国務長官は: the country written in the reference
            country = country_near(index, body, before, before + len(title))
        else:
            country = country_before(index, body, before)
        if country != "同国":
            person = person_with_title(body, index, office, before, s_start, country)
            if person is not None or country is not None:
                return person  # 韓国外相は with no Korean minister named: nobody, not another country's
    if NOT_REFERRING.match(title) and not BODY_NOUN.search(title):
        return None  # 同日は, 同年は: a time, not someone (同県教委 is a body)
    # 同国代表は, 同政府高官は: someone of the country named last, who holds for it
    wanted = "GPE" if title.startswith(("同国", "同政府")) else "ORG" if refers_to_a_body(title) else "PERSON"
    named = named_before(body, title, before) if wanted != "GPE" else None
    if named is not None and not (wanted == "ORG" and named.text == title[1:] and GENERIC_BODY.fullmatch(named.text)):
        # 同県警は: the 富山県警察 the detector found there, else the 森林組合 named before (熊野地方森林組合)
        return next((m for m in index.within(max(0, named.start - 12), named.end) if m.entity_id and m.type == "ORG"
                     and m.start <= named.start and named.end <= m.end <= named.end + 2), named)
    office = _QUALIFIERS.sub("", title.removeprefix("同"))  # 前首相: the office as written with the person
    # 同球団は with no 球団 written before: the last organisation, not the bare word
    alike = None  # whether an organisation ending as the title does is named before (read once, when first asked)
    telling = _telling(body, index, before) if title == "同社" else set()
    for mention in index.before(before):
        end = mention.end
        if end > before or mention.type != wanted:
            continue
        if wanted == "ORG" and len(title) == 2 and not mention.text.endswith(title[1]):
            if alike is None:
                alike = any(m.type == "ORG" and m.text.endswith(title[1]) for m in index.before(before))
            if alike:
                continue  # 同庁は: the last 庁 named (警視庁), not the outlet that reported it
        if (named is not None or AS_SOURCE.match(body, end)) and OUTLET.search(mention.text) and not OUTLET.search(title):
            continue  # 同球団は: the team, not the newspaper that reports it (朝日新聞によれば、同社は: not the paper)
        if title == "同社" and _no_company(mention, telling):
            continue  # 同社 is a company, never the court or ministry named last, nor the paper telling of it
        if wanted != "PERSON":
            return mention  # 同国は: the last country named; 同社は: the last organisation
        written = office_after(body, end)
        if title.startswith("同") or (written and office and office in written.group(0)):
            return mention
    return named
