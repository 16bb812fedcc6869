"""One entity for a name and its other spellings in one article.

An article spells one body or person several ways; each spelling must carry the
same entity, so a meeting's sides, a claim's holder and the entities panel agree:
- a name with its short form defined in brackets, either way round
  (国際原子力機関(IAEA), JOC(日本オリンピック委員会)), then the short form bare (IAEA が…);
- a party's short form (自民, 公明) when the article writes the party (自民党) or the
  registry knows it;
- a generic name of a country's body (民主党, 国軍), which other countries' bodies bear
  too: the body the article writes with its country (スリランカ国軍 … 国軍), else the
  registry's body of a country the article names (or of Japan, whose news it is), else a
  library entity of its own.
The user's own mentions are never relinked.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from core.model import Mention
from core.nlp.initials import initial_aliases
from core.nlp.linking import found_id
from core.nlp.offices import OFFICE_WORDS
from core.nlp.tokens import tokenize
from core.registry import FOUND_PREFIX, Registry
from core.text import fold

_LINKED = ("PERSON", "ORG", "GPE", "LOC", "EVENT", "LAW")
_OPEN, _CLOSE = "(（", ")）"
_QUOTE_CLOSE = "」』"
# A bracket listing the short form, then more about the body: (JASRAC、東京都渋谷区).
_LISTED = re.compile(r"([^、,，]+)[、,，]")
# A short form written in Latin letters: IAEA, JOC, G20, NATO (upper case, digits, & and -).
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]{1,9}")
# A name ending in a title is a person's, whatever the detector typed it: its bracket is no other spelling.
_TITLES = tuple(OFFICE_WORDS)
_KANJI = re.compile(r"[\u4e00-\u9fff]+")
# A generic name of a country's body is short: 民主党, 国軍, 上院, 国務省, 連邦議会.
_GENERIC_LONGEST = 4
# Japanese news speaks of Japan whether it names it or not: its bodies' generic names (外務省) stay Japan's.
_HOME = "JP"
_CITED = "cited:"
_LATIN = re.compile(r"[A-Za-z0-9&\-.' ]+")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30faー・]+")


def unify_spellings(folded: str, mentions: list[Mention], registry: Registry, starts: dict | None = None,
                    ends: set | None = None, text: str | None = None) -> list[Mention]:
    """The article's mentions with one entity for every spelling of one name (mentions in order).

    starts, ends: where tokens start and end; when given, a short form defined in brackets is
    also found where the detector missed it (IAEA bare later), on token edges only.
    """
    mentions = _generic_by_country(folded, mentions, registry)
    aliases = _bracket_aliases(folded, mentions, registry)
    aliases.update(_party_short_forms(folded, mentions, registry, aliases))
    for surface, target in _country_marked(folded, mentions, registry).items():
        aliases.setdefault(surface, target)
    if starts is not None:
        for surface, target in initial_aliases(folded, mentions, starts, aliases).items():
            aliases.setdefault(surface, target)  # 社民 … 社会民主党: a short form of first letters
    if not aliases and (starts is None or "党" not in folded):
        return mentions
    out = []
    for mention in mentions:
        surface = folded[mention.start : mention.end]
        target = aliases.get(surface)
        if target is not None and mention.type in _LINKED and mention.origin != "user" \
                and mention.entity_id != target[0]:
            mention = _relinked(mention, *target)
        out.append(mention)
    if starts is not None and ends is not None:
        bare = _bare_short_forms(folded, out, aliases, starts, ends) + _listed_party_short_forms(folded, out, starts, ends, registry)
        if text is not None:
            bare = [_relinked(m, m.entity_id, m.type, text[m.start : m.end]) for m in bare]
        out = sorted(out + bare, key=lambda m: m.start)
    return out


def _relinked(mention: Mention, entity_id: str, kind: str, text: str | None = None) -> Mention:
    """The mention with another entity and type (and its text, when given)."""
    return replace(mention, entity_id=entity_id, type=kind, text=mention.text if text is None else text)


def _bracket_aliases(folded: str, mentions: list[Mention], registry: Registry) -> dict[str, tuple[str, str]]:
    """Each spelling defined by brackets → (entity id, type) of the name it stands for."""
    aliases: dict[str, tuple[str, str]] = {}
    by_start = {m.start: m for m in mentions}
    for mention in mentions:
        # a name quoted as a body's name (団体「正義と平等運動」(JEM)) has its bracket after the quote
        after = mention.end + (folded[mention.end : mention.end + 1] in _QUOTE_CLOSE)
        opens = folded[after : after + 1] in _OPEN
        if mention.type not in _LINKED or mention.type == "PERSON" or not opens \
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
        if other is not None and other.end == close and other.type in _LINKED:
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
    if any(_KANA.fullmatch(side) and _common_words(side) for side in (outer, inner)):
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


def _party_short_forms(folded: str, mentions: list[Mention], registry: Registry,
                       aliases: dict) -> dict[str, tuple[str, str]]:
    """Each party's short form mentioned in the article (自民) → (id, type) of its party (自民党)."""
    out: dict[str, tuple[str, str]] = {}
    parties = {folded[m.start : m.end]: m for m in mentions if m.type == "ORG" and m.entity_id
               and folded.endswith("党", m.start, m.end)}
    for mention in mentions:
        if mention.type not in ("ORG", "PERSON", "GPE") or mention.end - mention.start < 2:
            continue
        surface = folded[mention.start : mention.end]
        if surface in aliases or surface.endswith("党"):
            continue
        party = parties.get(surface + "党")
        if party is not None:
            out[surface] = (party.entity_id, "ORG")
            continue
        entity = _registry_party(registry, surface + "党")
        if entity is not None and _generic(surface + "党", entity, registry):
            continue  # 民主 alone is no country's 民主党 unless the article writes that party
        if entity is not None and (mention.entity_id is None or mention.entity_id.startswith(FOUND_PREFIX)):
            out[surface] = (entity.id, "ORG")
    return out


def _registry_party(registry: Registry, name: str):
    """The one party the registry knows by name, else None."""
    ids = registry.named(fold(name))  # fold keeps the length: the whole name, as the registry writes it
    if not ids:
        return None
    entities = [registry.get(i) for i in ids]
    parties = [e for e in entities if e is not None and e.attributes.get("kind") == "party"]
    return parties[0] if len(parties) == 1 else None


def _bare_short_forms(folded: str, mentions: list[Mention], aliases: dict, starts: dict,
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


# items of a list of bodies: 民主・社民・国民新党, 自民、公明両党
_LIST_MARKS = "・、"


def _listed_party_short_forms(folded: str, mentions: list[Mention], starts: dict, ends: set,
                              registry: Registry) -> list[Mention]:
    """A party's short form the detector missed, written in a list beside another party (民主・社民・国民新党の3党)
    in an article that writes the party in full (民主党): that party. Only on token edges."""
    parties = {}
    for m in mentions:
        surface = folded[m.start : m.end]
        if m.type == "ORG" and m.entity_id and len(surface) >= 3 and surface.endswith("党") \
                and _KANJI.fullmatch(surface):
            parties.setdefault(surface[:-1], m.entity_id)
    if not parties:
        return []
    taken = bytearray(len(folded) + 1)
    bodies_from, bodies_to = set(), set()
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        entity = registry.get(m.entity_id) if m.type == "ORG" and m.entity_id else None
        if m.type == "ORG" and (folded.endswith("党", m.start, m.end)
                                or entity is not None and entity.attributes.get("kind") == "party"):
            bodies_from.add(m.start)  # (not 民主、上院の半数確保: a subject before a comma)
            bodies_to.add(m.end)
    out = []
    for short, entity_id in parties.items():
        position = folded.find(short)
        while position >= 0:
            end = position + len(short)
            listed = folded[end : end + 1] in _LIST_MARKS and end + 1 in bodies_from \
                or folded[position - 1 : position] in _LIST_MARKS and position - 1 in bodies_to
            if listed and position in starts and end in ends and not any(taken[position:end]) \
                    and not _KANJI.match(folded, end):
                out.append(Mention(position, end, "", "ORG", entity_id, source="abbreviation"))
                taken[position:end] = b"\x01" * len(short)
            position = folded.find(short, end)
    return out


def _generic_by_country(folded: str, mentions: list[Mention], registry: Registry) -> list[Mention]:
    """Generic names of a country's body (民主党, 国軍, 共産党) linked to the body of a country the article
    names (else of Japan, whose news it is), and a library entity of their own when no such body is known."""
    generic = [i for i, m in enumerate(mentions) if m.type == "ORG" and m.entity_id and m.origin != "user"
               and _generic(folded[m.start : m.end], registry.get(m.entity_id), registry)]
    if not generic:
        return mentions
    named = _countries(mentions, set(generic), registry)
    out = list(mentions)
    for i in generic:
        mention = mentions[i]
        surface = folded[mention.start : mention.end]
        bodies = _bodies(registry, surface)
        current = registry.get(mention.entity_id)
        chosen = [e for e in bodies if named[e.attributes.get("country")] or named[_CITED + e.attributes["country"]]]
        if chosen and all(e.attributes.get("country") != _HOME for e in chosen) \
                and named[_HOME] > max(named[e.attributes.get("country")] for e in chosen):
            chosen = []  # Japan named more than the others: a Japanese election's 民主党 (訪米 written once)
        chosen = chosen or [e for e in bodies if e.attributes.get("country") == _HOME]
        if current in chosen:
            continue
        entity_id = chosen[0].id if chosen else found_id("ORG", surface)
        out[i] = _relinked(mention, entity_id, "ORG")
    return out


def _bodies(registry: Registry, surface: str) -> list:
    """The registry's entities of a country that bear exactly this name."""
    entities = [registry.get(i) for i in registry.named(fold(surface)) or ()]
    return [e for e in entities if e is not None and e.attributes.get("country")]


def _country_marked(folded: str, mentions: list[Mention], registry: Registry) -> dict[str, tuple[str, str]]:
    """Each generic name the article also writes with its country (スリランカ国軍 … 国軍, 米民主党 … 民主党)
    → (id, type) of the country-marked name; not when two countries' bodies of that name are written."""
    out: dict[str, tuple[str, str] | None] = {}
    for mention in mentions:
        if mention.type != "ORG" or not mention.entity_id:
            continue
        surface = folded[mention.start : mention.end]
        for cut in range(1, len(surface) - 1):
            rest = surface[cut:]
            # the country is looked up before UniDic reads the rest (a tokenizer call for each new surface)
            if len(rest) <= _GENERIC_LONGEST and _KANJI.fullmatch(rest) and _country_word(surface[:cut], registry) \
                    and _common_words(rest):
                target = (mention.entity_id, "ORG")
                out[rest] = target if out.get(rest, target) == target else None
                break
    return {surface: target for surface, target in out.items() if target is not None}


def _generic(surface: str, entity, registry: Registry) -> bool:
    """Whether the entity's surface is the generic part of a country-marked name it also has
    (民主党 of 米民主党, 国軍 of ミャンマー国軍): other countries' bodies bear it too."""
    if entity is None or not entity.attributes.get("country") or len(surface) > _GENERIC_LONGEST \
            or not _KANJI.fullmatch(surface):
        return False
    # A proper name (CNN of 米CNN, ホワイトハウス, 戦略国際問題研究所) is one body whoever writes of it. The names
    # are looked up first: UniDic reads the surface (a tokenizer call) only when a country-marked one ends with it.
    return any(other != surface and other.endswith(surface) and _country_word(other[: -len(surface)], registry)
               for other in (entity.name, *entity.aliases)) and _common_words(surface)


@lru_cache(maxsize=512)
def _common_words(surface: str) -> bool:
    """Whether UniDic reads the name as common words only (民主|党, 国軍, 下院, レンタル)."""
    tokens = tokenize(surface)
    return bool(tokens) and all(not t.unknown and t.pos.startswith(("名詞,普通名詞", "接尾辞", "接頭辞")) for t in tokens)


def _country_word(word: str, registry: Registry) -> bool:
    """Whether the word is a country's name or abbreviation (スリランカ, 米)."""
    return _country_code(word, registry) is not None


def _country_code(word: str, registry: Registry) -> str | None:
    """The code of the country the word names (スリランカ → LK, 米 → US), else None."""
    if word in registry.abbreviations:
        return registry.abbreviations[word].split(":", 1)[1]
    ids = registry.named(fold(word))
    if not ids:
        return None
    return next((i.split(":", 1)[1] for i in ids if i.startswith("country:")), None)


def _leading_country(surface: str, registry: Registry) -> str | None:
    """The country a name opens with, written out (オーストラリア放送協会 → AU; not 西 of 西日本), else None."""
    for cut in range(len(surface) - 1, 1, -1):
        code = _country_code(surface[:cut], registry)
        if code is not None:
            return code
    return None


def _countries(mentions: list[Mention], skip: set, registry: Registry) -> Counter:
    """The countries the article names, with how many of its entities: its countries and the countries of its
    other known entities and people, each entity once (a body named ten times is one); the countries of the
    outlets it cites (毎日新聞によると) counted apart, as cited:JP."""
    out: Counter = Counter()
    seen = set()
    for i, mention in enumerate(mentions):
        if i in skip or not mention.entity_id or mention.entity_id.startswith(FOUND_PREFIX) \
                or mention.entity_id in seen:
            continue
        seen.add(mention.entity_id)
        if mention.entity_id.startswith("country:"):
            out[mention.entity_id.split(":", 1)[1]] += 1
            continue
        entity = registry.get(mention.entity_id)
        if entity is not None and entity.attributes.get("kind") == "media":
            out[_CITED + entity.attributes.get("country", "")] += 1  # the outlet that tells the news, apart
            continue
        if entity is not None and entity.attributes.get("country"):
            out[entity.attributes["country"]] += 1
        elif entity is not None and entity.type == "PERSON":
            out.update({o["country"] for o in entity.attributes.get("offices") or () if o.get("country")})
    return out
