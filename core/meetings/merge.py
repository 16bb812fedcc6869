"""When two descriptions are one meeting: fitting kinds, agreeing dates (core.meetings.same_dates), compatible
places, the same sides (core.meetings.same_sides)."""

from __future__ import annotations

from datetime import date

from core.meetings.same_dates import dates_agree, same_day
from core.meetings.same_sides import same_people

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


_PLANNED = ("proposed", "scheduled")
# A plan told with no time of its own is a plan of its report's days: told again within a year, it may be the same
# plan (invited in March, planned for April); told years apart, it is an invitation renewed, another plan.
PLAN_REPORTS_DAYS = 366


def one_plan(kind: str, status: str, participants, known_kind: str, known_status: str) -> bool:
    """A visit invited with no date (トランプ氏の中国訪問を招請) and the same visit planned for April, told
    months apart: one plan of one traveller to one host, though one of them has no date (talks of a
    pair that meets often stay apart)."""
    return kind == known_kind == "visit" and status in _PLANNED and known_status in _PLANNED \
        and any(p.role == "host" for p in participants) and any(p.role == "visitor" for p in participants)


def plans_of_one_time(reported: str | None, known_reported: str | None, known_start: str | None,
                      known_end: str | None = None) -> bool:
    """Whether a planned visit told with its report's day may be a plan told before (one_plan): reported within a
    year of each other (an invitation renewed years later is another plan), and not after the time the plan told
    before gave itself had passed (planned for April 2006, a visit invited in 2008 is another one: the April visit
    was made or dropped). A report's day unknown on either side says nothing."""
    if not reported or not known_reported:
        return True
    try:
        apart = abs((date.fromisoformat(reported[:10]) - date.fromisoformat(known_reported[:10])).days)
    except ValueError:
        return True
    last = (known_end or known_start or "")[:7]
    return apart <= PLAN_REPORTS_DAYS and not ("W" not in last and len(last) == 7 and reported[:7] > last)


def plan_and_held(kind: str, status: str, participants, held_kind: str, held_status: str) -> bool:
    """A visit invited or planned (its traveller and host named) and a visit of the same kind told held: the plan
    may be the visit made (plan_told_before says when)."""
    return kind == held_kind == "visit" and status in _PLANNED and held_status == "held" \
        and any(p.role == "host" for p in participants) and any(p.role == "visitor" for p in participants)


def plan_told_before(plan_reported: str | None, held_start: str | None) -> bool:
    """Whether a plan reported on plan_reported was told before the visit held on held_start: reported on or
    before its day and within a year of it (a plan told after the visit is a next one; one told years before, a
    plan renewed or dropped since). A report's day unknown proves nothing."""
    if not plan_reported or not held_start or len(held_start) < 10:
        return False
    try:
        ahead = (date.fromisoformat(held_start[:10]) - date.fromisoformat(plan_reported[:10])).days
    except ValueError:
        return False
    return 0 <= ahead <= PLAN_REPORTS_DAYS
