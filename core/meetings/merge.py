"""When two descriptions are one meeting: same people (or countries), dates, places and kind."""

from __future__ import annotations

# Kinds that can describe the same event (a round of negotiations is talks).
_FAMILY = {"talks": "talks", "negotiation_round": "talks", "phone_call": "phone_call",
           "video_call": "video_call", "visit": "visit", "trip": "trip", "multilateral": "multilateral",
           "signing": "signing"}


def kinds_fit(a: str, b: str) -> bool:
    """A call is not a visit; talks and a negotiation round can be one meeting."""
    return _FAMILY.get(a) == _FAMILY.get(b)


def dates_agree(a: str | None, b: str | None) -> bool:
    """Both unknown, or equal at the coarser precision (2025-07 holds 2025-07-11)."""
    if not a or not b:
        return True
    if "W" in a or "W" in b:
        return a == b or a[:4] == b[:4] and ("W" not in a or "W" not in b)
    size = min(len(a), len(b))
    return a[:size] == b[:size]


def places_fit(a: str | None, b: str | None, country_of) -> bool:
    """Unknown, the same, or a city and the country it is in."""
    if not a or not b or a == b:
        return True
    return country_of(a) == b or country_of(b) == a or (country_of(a) and country_of(a) == country_of(b))


def participant_keys(participants, country_of, level: str) -> frozenset[str]:
    """Participants as entity ids (or names), or as their countries at country level."""
    keys = set()
    for p in participants:
        key = p.entity_id or p.name
        if level == "country" and not str(key).startswith("country:"):
            key = country_of(key) or key
        keys.add(key)
    return frozenset(keys)


def same_people(a, b, country_of) -> bool:
    """The same people, or the same countries when either side names only countries."""
    people_a = [p for p in a if not str(p.entity_id or "").startswith("country:")]
    people_b = [p for p in b if not str(p.entity_id or "").startswith("country:")]
    level = "person" if people_a and people_b else "country"
    keys_a, keys_b = participant_keys(a, country_of, level), participant_keys(b, country_of, level)
    return bool(keys_a) and keys_a == keys_b


def one_meeting(a: dict, b: dict, country_of) -> bool:
    """The merge rule: same participants, agreeing dates, compatible places, fitting kinds."""
    return (kinds_fit(a["kind"], b["kind"]) and same_people(a["participants"], b["participants"], country_of)
            and dates_agree(a.get("start"), b.get("start"))
            and places_fit(a.get("place"), b.get("place"), country_of))


_PLANNED = ("proposed", "scheduled")


def one_plan(kind: str, status: str, participants, known_kind: str, known_status: str) -> bool:
    """A visit invited with no date (トランプ氏の中国訪問を招請) and the same visit planned for April, told
    months apart: one plan of one traveller to one host, though one of them has no date (talks of a
    pair that meets often stay apart)."""
    return kind == known_kind == "visit" and status in _PLANNED and known_status in _PLANNED \
        and any(p.role == "host" for p in participants) and any(p.role == "visitor" for p in participants)
