"""Registry names found in the text, and the known entity each stands for there (a title chooses among namesakes)."""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.office_terms import agrees, common_alone, former_title, heads_government, names_office, office_written, \
    office_in_context, shared_surname, surname_alone
from core.nlp.offices import HONORIFICS, OFFICE_RE, office_after, office_for_name
from core.nlp.name_parts import JOINERS, ROLE_WORDS
from core.registry import Entity, Registry
from core.text import fold


_ORDINAL_BEFORE = re.compile(r"第\d+回$")
# Named meetings of a grouping: ASEAN首脳会議, 先進7カ国(G7)外相会合, G20サミット.
_MEETING_AFTER = re.compile(
    r"(?:[(（][A-Za-z0-9]+[)）])?(?:首脳会議|首脳会合|外相会議|外相会合|外相理事会|閣僚会議|閣僚会合|"
    r"閣僚理事会|国防相会議|国防相会合|財務相・中央銀行総裁会議|財務相会合|財務相会議|サミット|総会)"
)


def gazetteer(folded, starts: list[int], ends: set, registry: Registry, day, tokens=None, index_at=None) -> list[Mention]:
    """Registry surfaces that start and end on token boundaries (longest first).

    tokens, index_at: the article's tokens and the index of the token at each start, when given: a known person's
    surname alone that is a common word UniDic knows (ミラー, ウォン, カラス) is then no mention without evidence."""
    out = []
    # Only token starts whose first letters begin some surface are walked in the trie (Registry.opening_starts).
    position = 0
    for start in registry.opening_starts(folded, starts):
        if start < position:
            continue
        position = start + 1
        for end, ids in registry.longest_matches(folded, start):
            inside = end not in ends
            if inside and not (folded.startswith("軍", end) and end + 1 in ends) and end - start < 3:
                continue  # a short name inside a token, unless its force follows (イスラム国|軍 read as イスラム|国軍)
            entity = _choose(ids, registry, folded, start, end, day)
            if entity is None or (entity.type == "ORG" and folded.startswith("議員", end)):
                continue  # 上院議員 is an office, not the Senate
            if inside and entity.type != "ORG" and not folded.startswith("軍", end) \
                    and not (entity.type == "PERSON" and _title_at_once(folded, end)):
                continue  # an organisation's long name read across a token's edge: 衆議|院本|会議
                # (a person's, when a title follows at once: 金大|中元|大統領 is 金大中 元大統領)
            if entity.type == "PERSON" and _LATIN_SHORT.fullmatch(folded, start, end) and \
                    not _written_otherwise(entity, folded):
                position = end  # MBS the broadcaster, in an article that never names Mohammed bin Salman
                break
            if surname_alone(entity, folded[start:end]):
                if _inside_katakana_word(folded, start, end):
                    position = end  # ミラー|レス, ハーマン|ミラー社, ペトロ|ビッチ監督: a longer word's part, no one
                    break
                title = office_for_name(folded, end)  # (麻生、ライス両外相)
                office = office_written(title) if title else None
                if title is None and not _named_elsewhere(entity, folded):
                    # a surname alone, and nowhere a title at it or the full name: not shown to be this person
                    if not _common_noun(tokens, index_at, start, end) or folded[start - 1 : start] in JOINERS \
                            or folded[end : end + 1] in JOINERS:  # a name in parts is a person's (アレックス・ミラー)
                        out.append(Mention(start, end, "", "PERSON", source="gazetteer"))
                    position = end  # (ミラーを取り去った, 10万ウォン, カラスの大量死: no one)
                    break
                if not agrees(entity, office, day, bool(title) and former_title(title)) or (
                        unsupported(entity, office, folded, end)):
                    # a person's name still, but not shown to be this known person (カラス in 2010)
                    out.append(Mention(start, end, "", "PERSON", source="gazetteer"))
                    position = end
                    break
            begin = start
            meeting = _MEETING_AFTER.match(folded, end) if entity.attributes.get("kind") == "international" else None
            if meeting:
                out.append(Mention(begin, meeting.end(), "", "EVENT", source="compound"))
            if entity.type == "EVENT" and (ordinal := _ORDINAL_BEFORE.search(folded, 0, start)):
                begin = ordinal.start()
            out.append(Mention(begin, end, "", entity.type, entity.id))
            position = end
            break
    return out


_LATIN_SHORT = re.compile(r"[A-Z][A-Z.]{1,5}")


def _written_otherwise(person: Entity, folded: str) -> bool:
    """Whether a known person's Latin short form (MBS, AMLO) stands for them here: another of their names, or its
    first or last part, is written in the article (ムハンマド・ビン・サルマン … MBS)."""
    for surface in map(fold, (person.name, person.surname or "", *person.aliases)):
        if _LATIN_SHORT.fullmatch(surface):
            continue
        parts = surface.split("・")
        if any(len(part) > 1 and part in folded for part in {surface, parts[0], parts[-1]}):
            return True
    return False


_KATAKANA_LETTER = re.compile(r"[\u30a1-\u30faー]")
_ROLES_AFTER = tuple(ROLE_WORDS)


def _inside_katakana_word(folded: str, start: int, end: int) -> bool:
    """Whether a katakana surname is glued to more katakana letters (no ・ between): a part of a longer word or name
    (ミラーレス, ハーマンミラー, ペトロビッチ, モンティパイソン), never the known person by that part."""
    if not _KATAKANA_LETTER.match(folded, end - 1) or office_after(folded, end) or folded.startswith(_ROLES_AFTER, end):
        return False  # a title or a role in katakana is no part of the name (アレックス・ミラーコーチ)
    return bool(_KATAKANA_LETTER.match(folded, end) or (start and _KATAKANA_LETTER.match(folded, start - 1)))


def _named_elsewhere(person: Entity, folded: str) -> bool:
    """Whether the article names a known person more than by the surname alone: a longer name of theirs written
    (ヒラリー・クリントン … クリントン), or the surname with a title or honorific somewhere (ブッシュ大統領 … ブッシュ)."""
    if office_in_context(person, folded) or any(
            len(office) > 2 and office in folded for office in map(_without_body, person.attributes.get("offices") or ())):
        return True  # their full name, or one of their offices written (カラス外交安全保障上級代表: EU's office)
    surname = fold(person.surname)
    for surface in (person.name, *person.aliases):
        surface = fold(surface)
        if len(surface) > len(surname) and surface in folded:
            return True
    position = folded.find(surname)
    while position >= 0:
        end = position + len(surname)
        if office_for_name(folded, end) or _COUNTED_TITLE_OR_HONORIFIC.match(folded, end):
            return True
        position = folded.find(surname, position + 1)
    return False


# The last of names listed before the title they share with its count (小泉、ブッシュ、ブレア3首脳: ブレア), or an
# honorific of a person's (クリントン女史, ブレア氏): the surname there is written as a person's, with a title
_COUNTED_TITLE_OR_HONORIFIC = re.compile(r"の?(?:両|[2-5２-５二三四五])(?:首脳|" + OFFICE_RE + ")|" + "|".join((*HONORIFICS, "女史")))


_BODY_LETTERS = re.compile(r"^[A-Za-z]+")


def _without_body(office: dict) -> str:
    """An office's name without the Latin letters of its body before it (EU外交安全保障上級代表 → 外交安全保障上級代表)."""
    return _BODY_LETTERS.sub("", fold(office["office"]))


def _common_noun(tokens, index_at, start: int, end: int) -> bool:
    """Whether folded[start:end] is one token UniDic knows as a common noun (ミラー, ウォン, トランプ)."""
    index = index_at.get(start) if index_at is not None else None
    if index is None:
        return False
    token = tokens[index]
    return token.end == end and not token.unknown and token.pos.startswith("名詞,普通名詞")


def _title_at_once(folded: str, end: int) -> bool:
    """Whether a title starts at end, after nothing or only 前/元/新/現 (元大統領; not 博大統領)."""
    title = office_after(folded, end)
    return title is not None and folded[end : title.start("office")] in ("", "前", "元", "新", "現")


def _choose(ids, registry: Registry, folded: str, start: int, end: int, day) -> Entity | None:
    """The entity a surface stands for here; people with a common-word surname need a title for it alone."""
    entities = [registry.entities[i] for i in ids if i in registry.entities]
    surface = folded[start:end]
    if len(entities) == 1 and not common_alone(entities[0], surface):
        return entities[0]  # the common case: one meaning, no title needed to choose
    title = office_for_name(folded, end)  # (ブッシュ、プーチン両大統領)
    if title:
        people = [e for e in entities if e.type == "PERSON"]
        person = holder(people, office_written(title), day, former_title(title))
        if person:
            return person
    plain = [e for e in entities if not common_alone(e, surface)]
    if not plain:
        return None
    non_people = [e for e in plain if e.type != "PERSON"]
    return (non_people or sorted(plain, key=lambda e: not agrees(e, title and office_written(title), day, bool(title) and former_title(title))))[0]


def unsupported(person: Entity, title: str | None, folded: str, end: int) -> bool:
    """Whether a surname shared by many people, with no office after it (alone, or with 氏), is left
    unlinked because nothing around it names this holder's office or full name."""
    return (title is None or title in HONORIFICS) and shared_surname(person) \
        and not heads_government(person, folded, end) and not office_in_context(person, folded)


def holder(people: list[Entity], title: str, day, former: bool = False) -> Entity | None:
    """Among people, the one whose office at the time matches the title (or the only one, when it agrees)."""
    if len(people) == 1:
        return people[0] if agrees(people[0], title, day, former) else None
    if title in HONORIFICS:
        return None
    for person in people:
        office = person.office_on(day)
        if office and names_office(title, office["office"]):
            return person
    return None
