"""Spellings an article defines in brackets: a name and its short form, either way round.

国際原子力機関(IAEA), JOC(日本オリンピック委員会): both spellings take one entity, and the
short form written bare later (IAEA が…) is a mention of it too.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.country_bodies import common_words, country_code
from core.nlp.offices import OFFICE_WORDS
from core.registry import FOUND_PREFIX, Registry

# The types a spelling of a name is linked for.
LINKED = ("PERSON", "ORG", "GPE", "LOC", "EVENT", "LAW")
_OPEN, _CLOSE = "(（", ")）"
_QUOTE_CLOSE = "」』"
# A bracket listing the short form, then more about the body: (JASRAC、東京都渋谷区).
_LISTED = re.compile(r"([^、,，]+)[、,，]")
# A short form written in Latin letters: IAEA, JOC, G20, NATO (upper case, digits, & and -).
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]{1,9}")
# A name ending in a title is a person's, whatever the detector typed it: its bracket is no other spelling.
_TITLES = tuple(OFFICE_WORDS)
_LATIN = re.compile(r"[A-Za-z0-9&\-.' ]+")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30faー・]+")


def bracket_aliases(folded: str, mentions: list[Mention], registry: Registry) -> dict[str, tuple[str, str]]:
    """Each spelling defined by brackets → (entity id, type) of the name it stands for."""
    aliases: dict[str, tuple[str, str]] = {}
    by_start = {m.start: m for m in mentions}
    for mention in mentions:
        # a name quoted as a body's name (団体「正義と平等運動」(JEM)) has its bracket after the quote
        after = mention.end + (folded[mention.end : mention.end + 1] in _QUOTE_CLOSE)
        opens = folded[after : after + 1] in _OPEN
        if mention.type not in LINKED or mention.type == "PERSON" or not opens \
                or folded.endswith(_TITLES, mention.start, mention.end):
            continue  # a person's bracket is a reading (金大中(キム・デジュン)) or a party (…次期経済相(SPD))
        inner_start = after + 1
        close = next((i for i in range(inner_start, min(len(folded), inner_start + 40)) if folded[i] in _CLOSE), -1)
        if close < 0:
            continue
        inner = folded[inner_start:close]
        listed = _LISTED.match(inner)
        if listed is not None and _ACRONYM.fullmatch(listed.group(1)):
            # the short form first, then where the body is (「日本音楽著作権協会」(JASRAC、東京都渋谷区))
            inner, close = listed.group(1), inner_start + len(listed.group(1))
        other = by_start.get(inner_start)
        if other is not None and other.end == close and other.type in LINKED:
            if not _same_thing(folded[mention.start : mention.end], inner, mention.type, other.type):
                continue
            pair = (mention, other)
        elif _ACRONYM.fullmatch(inner):
            pair = (mention, None)  # the acronym is no mention yet: it becomes one below
        else:
            continue
        outer_surface = folded[mention.start : mention.end]
        long_first = len(outer_surface) >= len(inner)
        chosen = _chosen(folded, pair, long_first, registry)
        if chosen is None:
            continue
        entity = registry.get(chosen[0])
        if entity is not None and entity.type != chosen[1]:
            chosen = (chosen[0], entity.type)
        aliases.setdefault(outer_surface, chosen)
        aliases.setdefault(inner, chosen)
    return aliases


def _same_thing(outer: str, inner: str, outer_type: str, inner_type: str) -> bool:
    """Whether a name and the name in brackets after it are one thing written two ways.

    A bracket also says where a thing is (佐藤食品工業(新潟市), レシフェ(ブラジル)), which place holds
    it (オート・コルス県(コルシカ島)), who wrote it (毎日jp(村田隆和)) or whose story a paper carries
    (西日本新聞(共同通信)): two names are one only in two scripts (国際原子力機関(IAEA),
    Tumblr(タンブラー)), as a name and its acronym (ANTARA(NationalNewsAgency)), or as a name and
    its reading in kana (昭通市(しょうつうし)); of two types, only when one spelling is Latin
    (米国盗聴法(CALEA)) and neither is a place or a person.
    """
    latin = _LATIN.fullmatch(outer) is not None, _LATIN.fullmatch(inner) is not None
    if any(_KANA.fullmatch(side) and common_words(side) for side in (outer, inner)):
        return False  # a common word in kana (TSUTAYA(レンタル), ID(ハンドルネーム)) says what, not who
    if outer_type != inner_type:
        return latin[0] != latin[1] and not {outer_type, inner_type} & {"PERSON", "GPE", "LOC"}
    if latin[0] and latin[1]:
        return bool(_ACRONYM.fullmatch(outer) or _ACRONYM.fullmatch(inner))  # not …abgeschaltet(Update)
    reading = _KANA.fullmatch(inner) is not None and _KANA.fullmatch(outer) is None
    return latin[0] != latin[1] or reading


def _chosen(folded: str, pair: tuple[Mention, Mention | None], long_first: bool,
            registry: Registry) -> tuple[str, str] | None:
    """The (id, type) both spellings take: the registry's where one spelling has it, else the full name's."""
    outer, inner = pair
    if inner is None:
        if outer.entity_id is None or not long_first:
            return None
        return outer.entity_id, outer.type
    known = [m for m in (outer, inner) if m.entity_id and not m.entity_id.startswith(FOUND_PREFIX)]
    if len(known) == 2 and known[0].entity_id != known[1].entity_id:
        return None  # two registry entities: the brackets may say something else (a member, a place)
    if len(known) == 1:
        other = inner if known[0] is outer else outer
        entity = registry.get(known[0].entity_id)
        country = entity.attributes.get("country") if entity is not None else None
        named = _leading_country(folded[other.start : other.end], registry)
        if other.entity_id and country and named and named != country:
            # オーストラリア放送協会(ABC): the full name's country says the acronym is not the registry's ABC
            return other.entity_id, other.type
        return known[0].entity_id, known[0].type
    # two names of their own: the Japanese one names it in a Japanese library (JOC(日本オリンピック委員会),
    # 日本たばこ産業(JT)); of two in one script the one written first, the bracket explains it
    # (ANTARA(NationalNewsAgency)); a reading in kana only tells how the Latin name is said (USEN(ユーセン))
    inner_surface = folded[inner.start : inner.end]
    if _LATIN.fullmatch(folded[outer.start : outer.end]) and not _LATIN.fullmatch(inner_surface) \
            and not _KANA.fullmatch(inner_surface):
        outer = inner
    return (outer.entity_id, outer.type) if outer.entity_id else None


def bare_short_forms(folded: str, mentions: list[Mention], aliases: dict, starts: dict,
                     ends: set) -> list[Mention]:
    """Acronyms defined in brackets written again bare where no mention stands (… IAEA は).

    Only on token edges, and not inside a longer Latin word.
    """
    taken = bytearray(len(folded) + 1)
    ids_ending = {}
    for mention in mentions:
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        ids_ending[mention.end] = mention.entity_id
    out = []
    for surface, (entity_id, kind) in aliases.items():
        if not _ACRONYM.fullmatch(surface) or (len(surface) < 3 and entity_id.startswith(FOUND_PREFIX)):
            continue  # two letters of a name of its own are too often something else (ID, PC)
        position = folded.find(surface)
        while position >= 0:
            end = position + len(surface)
            latin_around = folded[position - 1 : position].isascii() and folded[position - 1 : position].isalnum() \
                or folded[end : end + 1].isascii() and folded[end : end + 1].isalnum()
            # in brackets after anything but its own name, it says whom something belongs to (…経済相(SPD))
            bracketed = folded[position - 1 : position] in _OPEN and folded[end : end + 1] in _CLOSE \
                and ids_ending.get(position - 1) != entity_id
            if position in starts and end in ends and not any(taken[position:end]) and not latin_around \
                    and not bracketed:
                out.append(Mention(position, end, "", kind, entity_id, source="abbreviation"))
                taken[position:end] = b"\x01" * len(surface)
            position = folded.find(surface, end)
    return out


def _leading_country(surface: str, registry: Registry) -> str | None:
    """The country a name opens with, written out (オーストラリア放送協会 → AU; not 西 of 西日本), else None."""
    for cut in range(len(surface) - 1, 1, -1):
        code = country_code(surface[:cut], registry)
        if code is not None:
            return code
    return None
