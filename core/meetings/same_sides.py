"""When two tellings name the same sides: the same people or countries, a name cut short or spelt another way,
a country standing for its person, one side told with more of its people."""

from __future__ import annotations

import re
from functools import lru_cache

from core.meetings.body_names import bare_body, one_body
from core.meetings.levels import level_of
from core.meetings.spelling import one_kana_apart, spelling_key


def participant_keys(participants, country_of, level: str) -> frozenset[str]:
    """Participants as entity ids (or names), or as their countries at country level; at person level a
    country named beside its own person (米, 中, トランプ, 習近平) is that person's side, not one more. A place
    taken as a side (a state, a province, a city: カリフォルニア州と中国が協議) stands for itself, never for its
    country: カリフォルニア州 and 中国 are not 米中."""
    keys = set()
    for p in participants:
        key = p.entity_id or p.name
        if level == "country" and not str(key).startswith("country:") and not is_place(key):
            key = country_of(key) or key
        keys.add(key)
    if level == "person":
        represented = {country_of(k) for k in keys if not str(k).startswith("country:") and not is_place(k)} - {None}
        keys -= {k for k in keys if str(k).startswith("country:") and k in represented}
    return frozenset(keys)


def is_place(key) -> bool:
    """A place's entity id, known (loc:…) or found in the text (found:LOC:…)."""
    return str(key).startswith(("loc:", "found:LOC:"))


_FOUND_PERSON = "found:PERSON:"


def name_stem(key: str) -> str:
    """What a found person's name keeps when an article cuts it short: the family name of a kanji name
    (its first two characters: 谷川秀善 → 谷川, 李在明 → 李在), the last part of a katakana one
    (ショーカット・アジーズ → アジーズ); a found body's name without its legal form (株式会社ネクシィーズ → ネクシィーズ,
    core.meetings.body_names). Other keys are their own stem."""
    if not str(key).startswith(_FOUND_PERSON):
        return bare_body(key)
    name = key[len(_FOUND_PERSON):]
    return _FOUND_PERSON + (name.split("・")[-1] if "・" in name else name[:2])


def cut_short(a: str, b: str) -> bool:
    """Two found people who are one person named in full and cut short (谷川 / 谷川秀善, アジーズ /
    ショーカット・アジーズ); people the registry knows are told apart by their ids."""
    if a == b or not (str(a).startswith(_FOUND_PERSON) and str(b).startswith(_FOUND_PERSON)):
        return a == b
    short, full = sorted((a[len(_FOUND_PERSON):], b[len(_FOUND_PERSON):]), key=len)
    if len(short) < 2 or short == full:
        return False
    if "・" in full:
        return short in full.split("・")
    # a kanji name (an East Asian name: family name first) cut after its family name
    return full.startswith(short) and len(full) <= 5 and all("\u4e00" <= c <= "\u9fff" for c in full)


def spelt_alike(a: str, b: str) -> bool:
    """Two found people whose katakana names are one name as two outlets transcribe it (ミュンテフェーリング /
    ミュンテフェリング, ヴ / ブ, one kana apart in a long name); people the registry knows are told apart by
    their ids (core.meetings.spelling)."""
    if a == b or not (str(a).startswith(_FOUND_PERSON) and str(b).startswith(_FOUND_PERSON)):
        return a == b
    key_a, key_b = _spelt(a), _spelt(b)
    return bool(key_a and key_b) and (key_a == key_b or one_kana_apart(key_a, key_b))


@lru_cache(maxsize=4096)
def _spelt(key: str) -> str | None:
    return spelling_key(key[len(_FOUND_PERSON):])


def _in_full(keys_a: frozenset, keys_b: frozenset, written: dict | None = None) -> frozenset:
    """keys_a with each found person missing from keys_b named as the one person of keys_b who is him
    cut short or in full, or spelt another way, and each found body as the one body of keys_b written with or
    without its legal form (株式会社ネクシィーズ / ネクシィーズ); with written (a known person's key → the names the tellings
    wrote him by), also the known person one outlet named in full (岸田文雄首相) and another by his family
    name only, which no list resolves (岸田氏は…バイデン氏と会談)."""
    written = written or {}
    out = set(keys_a)
    for key in keys_a - keys_b:
        alike = [other for other in keys_b - keys_a if cut_short(key, other) or spelt_alike(key, other)
                 or one_body(key, other) or _written_short(key, written.get(other, ()))]
        if len(alike) == 1:
            out.discard(key)
            out.add(alike[0])
    return frozenset(out)


def _written_short(key: str, names) -> bool:
    """A found person whose name is a known person's written name, or that name cut short (cut_short)."""
    if not str(key).startswith(_FOUND_PERSON):
        return False
    return any(key == _FOUND_PERSON + name or cut_short(key, _FOUND_PERSON + name) for name in names)


def _written_names(*tellings) -> dict:
    """Each known person's key → the names the tellings wrote him by (岸田文雄, 岸田)."""
    out: dict[str, set] = {}
    for participants in tellings:
        for p in participants:
            if p.entity_id and not str(p.entity_id).startswith((_FOUND_PERSON, "country:")) and p.name:
                out.setdefault(p.entity_id, set()).add(p.name)
    return out


def same_people(a, b, country_of) -> bool:
    """The same people, or the same countries when either side names only countries. A side named as a
    country in one telling and as its person in the other (岸田首相は中国と会談 / 岸田首相は習主席と会談)
    is one side, when the people named in both are the same."""
    level, keys_a, keys_b = _keys_at_one_level(a, b, country_of)
    if not keys_a:
        return False
    keys_a = _in_full(keys_a, keys_b, _written_names(b))
    keys_b = _in_full(keys_b, keys_a, _written_names(a))
    return keys_a == keys_b or level == "person" and _country_for_its_person(keys_a, keys_b, country_of) \
        and not _offices_apart(a, b, country_of) and not _offices_apart(b, a, country_of)


def _keys_at_one_level(a, b, country_of) -> tuple[str, frozenset, frozenset]:
    """Both tellings' keys read at one level: their people when both name a person, else their countries."""
    people_a = [p for p in a if not str(p.entity_id or "").startswith("country:")]
    people_b = [p for p in b if not str(p.entity_id or "").startswith("country:")]
    level = "person" if people_a and people_b else "country"
    return level, participant_keys(a, country_of, level), participant_keys(b, country_of, level)


def sides_evidence(a, b, country_of) -> str:
    """How two tellings' participants name the same sides, for the reason a merge gives: the same people or
    countries, a name cut short or spelt another way, a known person by the name one outlet wrote, a country
    for its person (the bridges same_people takes)."""
    level, keys_a, keys_b = _keys_at_one_level(a, b, country_of)
    people = all(str(k).startswith(("person:", _FOUND_PERSON)) for k in keys_a | keys_b)
    named = "the same people" if people else "the same countries" if all(
        str(k).startswith("country:") for k in keys_a | keys_b) else "the same sides"
    if keys_a == keys_b:
        return named
    bridges: dict[frozenset, str] = {}  # each pair of names once, whichever telling wrote which
    for one, other, written in ((keys_a, keys_b, _written_names(b)), (keys_b, keys_a, _written_names(a))):
        for key in sorted(one - other, key=str):
            for alike in sorted(other - one, key=str):
                pair = frozenset((key, alike))
                if pair in bridges:
                    continue
                if cut_short(key, alike):
                    short, full = sorted((key, alike), key=lambda k: len(str(k)))
                    bridges[pair] = f"{_shown(short)}, {_shown(full)} cut short"
                elif spelt_alike(key, alike):
                    bridges[pair] = f"{_shown(key)} and {_shown(alike)}, one name spelt two ways"
                elif one_body(key, alike):
                    bridges[pair] = f"{_shown(key)} and {_shown(alike)}, one body with and without its legal form"
                elif _written_short(key, written.get(alike, ())):
                    bridges[pair] = f"{_shown(key)} for {_shown(alike)}, as another telling writes the name"
    full_a, full_b = _in_full(keys_a, keys_b, _written_names(b)), _in_full(keys_b, keys_a, _written_names(a))
    if full_a != full_b and level == "person" and _country_for_its_person(full_a, full_b, country_of):
        left = sorted(str(k) for k in (full_a ^ full_b) if str(k).startswith("country:"))
        bridges[frozenset(left)] = "a country for its person (" + ", ".join(_shown(k) for k in left) + ")"
    return "the same sides: " + "; ".join(bridges.values()) if bridges else named


def _shown(key) -> str:
    """A participant key as a reason shows it: a found name without its prefix."""
    return str(key).split(":", 2)[-1] if str(key).startswith("found:") else str(key)


def one_side_told_fuller(short, full, country_of) -> bool:
    """One meeting told by one outlet with its principals (岸田首相はバイデン大統領と会談した) and by another with
    more people of one of its sides (…会談には林外相も同席した): every person of the short telling is in the full
    one, they stand for two countries or more, and the full one's other people are all of one of those countries.
    Not a third country (a trilateral beside the bilateral of that day), nor more people of two sides (a 2+2 beside
    the ministers' talks), nor people whose country Kaidan does not know."""
    def person_keys(participants):
        return {p.entity_id or p.name for p in participants if not str(p.entity_id or "").startswith("country:")}

    small, large = person_keys(short), person_keys(full)
    if len(small) < 2 or not small < large:
        return False
    sides = {country_of(k) for k in small}
    if None in sides or len(sides) < 2:
        return False
    extra = {country_of(k) for k in large - small}
    countries = {p.entity_id for p in [*short, *full] if str(p.entity_id or "").startswith("country:")}
    if not (len(extra) == 1 and extra <= sides and countries <= sides):
        return False
    # ministers sit in at a summit; a minister of another portfolio beside ministers' talks makes another
    # format (外相会談 and the 2+2 of that day)
    heads = any(level_of(p.office or "") == "heads" for p in short)
    return heads or all(level_of(p.office or "") in (None, "vice", "working")
                        for p in full if (p.entity_id or p.name) in large - small)


def same_keys(a, b, country_of) -> bool:
    """same_people without a country standing for its person: the sides named alike in both tellings."""
    people_a = [p for p in a if not str(p.entity_id or "").startswith("country:")]
    people_b = [p for p in b if not str(p.entity_id or "").startswith("country:")]
    level = "person" if people_a and people_b else "country"
    return participant_keys(a, country_of, level) == participant_keys(b, country_of, level)


def the_known(matches: list, participants, participants_of, country_of, loose=lambda m: False):
    """Of the known meetings a telling fits, the one it tells: the first whose sides are named alike on a day
    both give, else the only one it fits at all, by a country standing for its person (中国側 on a day
    Kishida met both Xi and Li: none) or by a month (7月の会談 when the pair met twice that July: none)."""
    alike = [m for m in matches if not loose(m) and same_keys(participants, participants_of(m), country_of)]
    if alike:
        return alike[0]
    return matches[0] if len(matches) == 1 else None


def _country_for_its_person(keys_a: frozenset, keys_b: frozenset, country_of) -> bool:
    """Each key left over on either side is a country whose one person stands on the other side: the
    shared people, with the leftover countries and people paired one to one."""
    shared = keys_a & keys_b
    left_a, left_b = keys_a - shared, keys_b - shared
    if not shared or len(left_a) != len(left_b):
        return False
    countries_a = {k for k in left_a if str(k).startswith("country:")}
    countries_b = {k for k in left_b if str(k).startswith("country:")}
    people_a, people_b = left_a - countries_a, left_b - countries_b
    # a country on one side, its person on the other: one each way, and no country twice
    pairs_a = sorted(str(country_of(k)) for k in people_a)
    pairs_b = sorted(str(country_of(k)) for k in people_b)
    return sorted(countries_b) == pairs_a and sorted(countries_a) == pairs_b \
        and len(set(pairs_a)) == len(pairs_a) and len(set(pairs_b)) == len(pairs_b)


def _offices_apart(a, b, country_of) -> bool:
    """Whether a country a telling names by its official (ロシアの経済発展相と) has, in the other telling, a person of
    that country written with another office (ラブロフ外相): a minister of another portfolio, so another meeting
    (…ラブロフ外相と会談した。これに先立ち、…ロシアの経済発展相とも会談した). Offices of a known level compare by it
    (首相 and 総理 are both heads); others as written."""
    offices = {p.entity_id: p.office for p in a if str(p.entity_id or "").startswith("country:") and p.office}
    for p in b:
        person = p.entity_id and p.office and not str(p.entity_id).startswith("country:")
        written = offices.get(country_of(p.entity_id)) if person else None
        if written is not None and not _any_minister(written, p.office):
            levels = level_of(written), level_of(p.office)
            if (levels[0] != levels[1]) if all(levels) else written != p.office:
                return True
    return False


# 閣僚 names a member of the cabinet by rank, whatever the portfolio: 日米の閣僚の会談 after 岩屋外相とルビオ国務長官の
# 会談 tells those talks again, not another meeting of another minister
_MINISTER_OFFICE = re.compile(r"(?:相|大臣|長官)$")


def _any_minister(written: str, office: str) -> bool:
    """Whether an official written by the rank 閣僚 fits a person's office: any minister's (外相, 国務長官,
    経済相), not a head's or an official's below the cabinet (大統領, 次官)."""
    return written == "閣僚" and level_of(office) not in ("heads", "vice", "working") \
        and _MINISTER_OFFICE.search(office) is not None
