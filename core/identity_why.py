"""Why a meeting told in several articles is not one record, and how a record came to hold two: counts by
class (a meeting not proposed in one of its articles, sides read differently, dates of different precision, …),
so a part read as its summary lines only can still be understood.

Each miss is read on the two tellings of it, one in each of two of its articles, that come closest to one
meeting (fewest faults); every fault of that pair is counted once.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from core.meetings.mention import Participant
from core.meetings.merge import kinds_fit, places_fit
from core.meetings.same_sides import participant_keys, same_people
from core.meetings.same_dates import dates_agree, in_its_report_days

NOT_PROPOSED = "not proposed in one of its articles"
FITS = "the two tellings fit the rule, yet were not joined (look-up, or taken by another record)"


def _participants(record: dict) -> list[Participant]:
    return [Participant(name=p.get("name") or "", entity_id=p.get("entity_id"), role=p.get("role") or "participant",
                        office=p.get("office")) for p in record["participants"]]


def _place(record: dict):
    place = record.get("place")
    return (place.get("entity_id") or place.get("text")) if isinstance(place, dict) else place


def sides_fault(a: list[Participant], b: list[Participant], country_of) -> str | None:
    """How two tellings' sides differ, by class; None when same_people takes them as one meeting's."""
    if same_people(a, b, country_of) and same_people(b, a, country_of):
        return None
    if not a or not b:
        return "sides: one telling names none"
    countries_a = participant_keys(a, country_of, "country")
    countries_b = participant_keys(b, country_of, "country")
    if countries_a == countries_b:
        return "sides: the same countries, told by other people or by a country for its person"
    if countries_a < countries_b or countries_b < countries_a:
        return "sides: one telling has a side the other lacks"
    if countries_a & countries_b:
        return "sides: a side in common, another side differs"
    return "sides: nothing in common"


def date_fault(a: str | None, b: str | None, lent: bool = False) -> str | None:
    """How two tellings' dates differ, by class; None when both give the same date at the same precision.
    lent: one of them is dated only by its report's days (no date of its own)."""
    if not a and not b:
        return None
    if not a or not b:
        return "date: one telling undated"
    if not dates_agree(a, b):
        if lent:
            return "date: the dates disagree, one dated by its report's days only"
        if len(a) >= 10 and len(b) >= 10 and _days_apart(a, b) == 1:
            return "date: the dates disagree by one day (Japan time and local time?)"
        return "date: the dates disagree by more than a day"
    if len(a) != len(b):
        return "date: one coarser than the other (a month or year against a day)"
    return None


def _days_apart(a: str, b: str) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _lent(record: dict) -> bool:
    """Dated by the days before its report, not by words of its own (core.meetings.same_dates.own_date)."""
    return record.get("precision") == "days" and not record.get("date_text")


def _week_told(fault: str | None, a: dict, b: dict) -> str | None:
    """A date fault of talks dated by their report only, with whether the other's day is in the week up to that
    report (core.meetings.same_dates.in_its_report_days) or outside it."""
    if not fault or "report's days" not in fault:
        return fault
    lent, other = (a, b) if _lent(a) else (b, a)
    inside = in_its_report_days(lent.get("end") or lent.get("start"), other.get("start"))
    return fault + (", the other's day in the week up to the report" if inside else ", the other's day outside it")


def faults(a: dict, b: dict, country_of) -> list[str]:
    """What keeps two tellings (records in the export's shape) from being one meeting, by class."""
    found = []
    if not kinds_fit(a["kind"], b["kind"]):
        found.append(f"kinds differ ({' / '.join(sorted((a['kind'], b['kind'])))})")
    found.append(sides_fault(_participants(a), _participants(b), country_of))
    found.append(_week_told(date_fault(a.get("start"), b.get("start"), _lent(a) or _lent(b)), a, b))
    if not places_fit(_place(a), _place(b), country_of):
        found.append("places differ")
    return [f for f in found if f]


def identity_miss_reasons(per_article: list[set], records: dict, country_of) -> list[str]:
    """The classes of why one gold meeting's tellings stayed apart: the records touching it in each of its
    articles (per_article), the records by id."""
    if any(not found for found in per_article):
        return [NOT_PROPOSED]
    best = None
    for i, one in enumerate(per_article):
        for other in per_article[i + 1:]:
            for a in sorted(one):
                for b in sorted(other - {a}):
                    got = faults(records[a], records[b], country_of)
                    if best is None or len(got) < len(best):
                        best = got
    return best or [FITS]


_DETAIL = re.compile(r"\s*\([^)]*\)")


def identity_merge_evidence(record_id, across: dict | None, in_article: list[str] = ()) -> str:
    """How a record holding two meetings was made: by the reasons it joined later articles' tellings (their
    particulars cut: a day, a name), else within one article, by the rules that joined its mentions there
    (in_article: core.meetings.told_again's reasons, e.g. "same sides, dates agree")."""
    reasons = (across or {}).get(record_id)
    if not reasons:
        rules = sorted(set(in_article))
        return "joined within one article" + (": " + " | ".join(rules) if rules else "")
    kinds = sorted({_DETAIL.sub("", why.split(": ", 1)[-1]) for why in reasons})
    return "joined across articles: " + " | ".join(kinds)


def crossing_joins(record_spans: set, gold_spans: dict, joins: dict) -> list[str]:
    """The rules (joins: span → reason) that joined to a record, within their article, a mention of another gold
    meeting than the one its article's first mention tells: the join that made the wrong merge."""
    def told(span) -> set:
        article, start, end = span
        return {gid for gid, spans in gold_spans.items() if any(a == article and s < end and start < e
                                                                 for a, s, e in spans)}
    firsts: dict[str, set] = {}
    for span in sorted(record_spans):
        firsts.setdefault(span[0], told(span))
    return [joins[span] for span in sorted(record_spans)
            if span in joins and told(span) and not told(span) & firsts[span[0]]]


def gold_differences(meetings: list[dict]) -> str:
    """What tells the gold meetings a record holds apart, by class (kind, date, place), for a wrong merge's count."""
    found = []
    kinds = sorted({m.get("kind") for m in meetings})
    if len(kinds) > 1:
        found.append("kinds " + " / ".join(map(str, kinds)))
    starts = [m.get("start") for m in meetings]
    if len(set(starts)) > 1:
        found.append("one undated" if not all(starts) else "dates of other precision" if len(
            {len(s) for s in starts}) > 1 else "other days")
    if len({str(m.get("place")) for m in meetings}) > 1:
        found.append("places differ" if all(m.get("place") for m in meetings) else "one with a place")
    return "; the gold meetings: " + (", ".join(found) or "same kind, date and place")


def identity_why(misses: list[list[str]], merges: list[str]) -> Counter:
    """Counts of the miss classes (a miss may have several) and of the wrong merges' evidence."""
    counts = Counter()
    for reasons in misses:
        counts.update(f"miss: {r}" for r in reasons)
    counts.update(f"wrong merge: {m}" for m in merges)
    return counts
