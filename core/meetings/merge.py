"""When two descriptions are one meeting: same people (or countries), dates (core.meetings.same_dates), places
and kind."""

from __future__ import annotations

import re
from functools import lru_cache

from core.meetings.same_dates import dates_agree, same_day
from core.meetings.spelling import one_kana_apart, spelling_key
from core.text import NARROW_DIGITS, last_match

# Kinds that can describe the same event (a round of negotiations is talks).
_FAMILY = {"talks": "talks", "negotiation_round": "talks", "phone_call": "phone_call",
           "video_call": "video_call", "visit": "visit", "trip": "trip", "multilateral": "multilateral",
           "signing": "signing"}


def kinds_fit(a: str, b: str) -> bool:
    """A call is not a visit; talks and a negotiation round can be one meeting."""
    return _FAMILY.get(a) == _FAMILY.get(b)


def fitting_kinds(kind: str) -> tuple[str, ...] | None:
    """The kinds kinds_fit takes with kind (talks: talks, negotiation_round); None for a kind of no family."""
    return tuple(k for k in _FAMILY if _FAMILY[k] == _FAMILY[kind]) if kind in _FAMILY else None


def places_fit(a: str | None, b: str | None, country_of) -> bool:
    """Unknown, the same, a place and the country it is in, or two places of one country that are not two
    of a kind (two cities, two states or prefectures: 青森市 and 東京, カリフォルニア州 and テキサス州 are
    two meetings' places)."""
    if not a or not b or a == b:
        return True
    return country_of(a) == b or country_of(b) == a or (
        bool(country_of(a)) and country_of(a) == country_of(b) and not two_of_a_kind(a, b, country_of))


# Kinds of place two of which are two places: a meeting is held in one city, one state or prefecture.
_ONE_OF_A_KIND = ("city", "region")


def two_of_a_kind(a: str, b: str, country_of) -> bool:
    """Two different places the registry knows as cities, or as regions (states, provinces, prefectures)."""
    kind = getattr(country_of, "place_kind", None)
    return kind is not None and a != b and kind(a) == kind(b) and kind(a) in _ONE_OF_A_KIND


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
    (ショーカット・アジーズ → アジーズ). Other keys are their own stem."""
    if not str(key).startswith(_FOUND_PERSON):
        return key
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
    cut short or in full, or spelt another way; with written (a known person's key → the names the tellings
    wrote him by), also the known person one outlet named in full (岸田文雄首相) and another by his family
    name only, which no list resolves (岸田氏は…バイデン氏と会談)."""
    written = written or {}
    out = set(keys_a)
    for key in keys_a - keys_b:
        alike = [other for other in keys_b - keys_a if cut_short(key, other) or spelt_alike(key, other)
                 or _written_short(key, written.get(other, ()))]
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
    people_a = [p for p in a if not str(p.entity_id or "").startswith("country:")]
    people_b = [p for p in b if not str(p.entity_id or "").startswith("country:")]
    level = "person" if people_a and people_b else "country"
    keys_a, keys_b = participant_keys(a, country_of, level), participant_keys(b, country_of, level)
    if not keys_a:
        return False
    keys_a = _in_full(keys_a, keys_b, _written_names(b))
    keys_b = _in_full(keys_b, keys_a, _written_names(a))
    return keys_a == keys_b or level == "person" and _country_for_its_person(keys_a, keys_b, country_of)


def sides_evidence(a, b, country_of) -> str:
    """How two tellings' participants name the same sides, for the reason a merge gives: the same people or
    countries, a name cut short or spelt another way, a known person by the name one outlet wrote, a country
    for its person (the bridges same_people takes)."""
    people_a = [p for p in a if not str(p.entity_id or "").startswith("country:")]
    people_b = [p for p in b if not str(p.entity_id or "").startswith("country:")]
    level = "person" if people_a and people_b else "country"
    keys_a, keys_b = participant_keys(a, country_of, level), participant_keys(b, country_of, level)
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


def one_meeting(a: dict, b: dict, country_of) -> bool:
    """The merge rule: same participants, agreeing dates, compatible places, fitting kinds."""
    return (kinds_fit(a["kind"], b["kind"]) and same_people(a["participants"], b["participants"], country_of)
            and dates_agree(a.get("start"), b.get("start"))
            and (places_fit(a.get("place"), b.get("place"), country_of)
                 or same_day(a.get("start"), b.get("start")) and venue_of_a_host(
                     a.get("place"), b.get("place"), [*a["participants"], *b["participants"]], country_of)))


def venue_of_a_host(a: str | None, b: str | None, participants, country_of) -> bool:
    """A place found in the text that Kaidan cannot locate (a district or a venue: 龍山の大統領室, 迎賓館赤坂離宮)
    beside a place it locates in the country of one of the meeting's sides (ソウル, a Korean side): where that
    side received the other, not another meeting. A place it can locate elsewhere, or a second unknown place,
    still tells two meetings apart."""
    for unknown, known in ((a, b), (b, a)):
        if not unknown or not known or not str(unknown).startswith("found:LOC:") or country_of(unknown):
            continue
        country = known if str(known).startswith("country:") else country_of(known)
        sides = {p.entity_id if str(p.entity_id or "").startswith("country:") else country_of(p.entity_id)
                 for p in participants if p.entity_id}
        if country and country in sides:
            return True
    return False


# The level a meeting word is told at (林外相と会談, 首脳会談, 次官級協議): a foreign ministers' meeting
# and a summit of the same two countries on the same day are two meetings.
_LEVELS = (("heads", "首脳|首相|大統領|国家主席|主席|総理|国王|総書記"), ("foreign", "外相|外務大臣|外務相|国務長官|外交部長"),
           ("defence", "国防|防衛相|防衛大臣"), ("finance", "財務|蔵相|財政相"), ("trade", "通商|貿易|経済相|経産相"),
           ("vice", "次官"), ("working", "局長|実務|事務レベル|高官"))
_LEVEL = re.compile("|".join(f"(?P<{name}>{words})" for name, words in _LEVELS))


# 貿易問題を協議, 国防政策について協議: the level word is what the sides talked about, not who talked
_TOPIC_AFTER = re.compile(r"問題|政策|を|について|に関し|をめぐ|を巡")


def level_of(words: str) -> str | None:
    """The level named nearest the end of words (the meeting word and a few characters before it); none when
    that word is the topic the meeting's verb takes (貿易問題を協議: trade is talked about, by anyone)."""
    found = last_match(_LEVEL, words)
    if found is None or _TOPIC_AFTER.search(words, found.end()):
        return None
    return found.lastgroup


# 米中両国の外相は, 日韓両首脳は, 両国の首脳が: a sentence whose subject is the sides' level tells the meeting at
# that level, however far the meeting word is (米中両国の外相は11日、クアラルンプールで会談した)
_SUBJECT_LEVEL = re.compile(r"^(?:(?:両国|両政府|[日米中韓朝露英仏独印豪伊加]{2,3}(?:両国)?)の?)?両?"
                            r"(?P<level>首脳|外相|外務大臣|国防相|防衛相|財務相|外務次官|次官)ら?[はが]")


def subject_level(sentence_before: str) -> str | None:
    """The level the sentence's subject names (米中両国の外相は…: foreign), from the sentence's start to the
    meeting word; None when its subject names none."""
    found = _SUBJECT_LEVEL.match(sentence_before)
    return level_of(found["level"]) if found else None


def level_of_people(participants, country_of, partial: bool = False) -> str | None:
    """The level of a meeting told by its people, one of each country (石破首相 and 習国家主席: heads): the
    level their offices share; None when an office names none, two people share a country, or a country
    is named beside them that none of them is of. partial: offices that name no level (長官 cut from 国務長官)
    are passed over, the others must share one."""
    people = [p for p in participants if not str(p.entity_id or "").startswith("country:")]
    countries = [country_of(p.entity_id) if p.entity_id else None for p in people]
    if len(people) < 2 or not all(countries) or len(set(countries)) != len(countries):
        return None
    if any(p.entity_id not in countries for p in participants if p not in people):
        return None
    levels = {level_of(p.office or "") for p in people}
    if partial:
        levels.discard(None)
    return levels.pop() if len(levels) == 1 else None


def levels_fit(a: str | None, b: str | None) -> bool:
    """Unknown, or the same level: ministers' talks are not the summit beside them."""
    return not a or not b or a == b


def title_key(title: str | None, country_of=None) -> str | None:
    """One key for the names of one meeting: 第47回ASEAN首脳会議, 東南アジア諸国連合(ASEAN)首脳会議
    and ASEAN首脳会議 all give ASEAN|首脳会議 (the acronym, when written, and the meeting word). With the merge
    rule's country_of, a name the registry knows as one recurring meeting under any of its names is that
    meeting's id (主要7か国首脳会議, 先進7カ国首脳会議, G7サミット: event:g7-summit; 日中韓サミット and 日中韓首脳会議)."""
    if not title:
        return None
    event = getattr(country_of, "event_of", None)
    found = event(title) if event is not None else None
    if found:
        return found
    title = re.sub(r"^第\d+回", "", title).replace("国際連合", "国連")  # (国際連合エイズ特別総会: 国連エイズ特別総会)
    acronym = re.search(r"[A-Z][A-Z0-9]{1,9}", title)
    word = re.search(r"(?:首脳会議|首脳会合|外相会議|外相会合|閣僚会議|閣僚会合|サミット|会議|会合)$", title)
    if acronym and word and not another_side_named(title, acronym, word):
        return f"{acronym.group(0)}|{word.group(0)}"
    return re.sub(r"[(（][^)）]*[)）]", "", title)


# EU・中国首脳会議, 米・EU首脳会議, EUと中国の首脳会議: a side joined to the body the acronym names
_JOINED_SIDES = re.compile(r"[・と＝=／/＆&]")


def another_side_named(name: str, acronym: re.Match, word: re.Match) -> bool:
    """Whether a name joins another side to the body its acronym names (EU・中国首脳会議, 米・EU首脳会議: a summit of
    the EU with another, not the EU's own); a place written before or between them (広島G7サミット, G7広島サミット)
    joins none."""
    return bool(_JOINED_SIDES.search(name, 0, acronym.start()) or _JOINED_SIDES.search(name, acronym.end(), word.start()))


_ROUND = re.compile(r"第([0-9０-９]+)(?:回|次)")


def round_of(title: str | None) -> str | None:
    """The round a name numbers (第4回6カ国協議 → 4), None when it numbers none."""
    found = _ROUND.search(title or "")
    return found.group(1).translate(NARROW_DIGITS) if found else None


def named_alike(a_title: str | None, a_start: str | None, b_title: str | None, b_start: str | None,
                across: bool = False, country_of=None) -> bool:
    """Two tellings of one named meeting: the same name, the same round when both number it, dates that
    agree. Across articles both must be dated: a series (6カ国協議, G20, EU首脳会議) meets again under its
    name, and a telling with no date cannot say which of its meetings it is."""
    if not a_title or not b_title or title_key(a_title, country_of) != title_key(b_title, country_of):
        return False
    rounds = round_of(a_title), round_of(b_title)
    if all(rounds) and rounds[0] != rounds[1]:
        return False
    if across and not (a_start and b_start):
        return False
    return dates_agree(a_start, b_start)


_PLANNED = ("proposed", "scheduled")


def one_plan(kind: str, status: str, participants, known_kind: str, known_status: str) -> bool:
    """A visit invited with no date (トランプ氏の中国訪問を招請) and the same visit planned for April, told
    months apart: one plan of one traveller to one host, though one of them has no date (talks of a
    pair that meets often stay apart)."""
    return kind == known_kind == "visit" and status in _PLANNED and known_status in _PLANNED \
        and any(p.role == "host" for p in participants) and any(p.role == "visitor" for p in participants)
