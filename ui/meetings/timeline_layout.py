"""Where the timeline's dots and ticks go: pure layout, no painting, so it reads and tests on its own.

A dot sits on its date's x; in a crowded row it is nudged up or down, or right within its own date's reach,
and when no place is free it stacks on a pile (see piles) that zooming in separates."""

from __future__ import annotations

import math
from datetime import date, timedelta

from ui.meetings.glyph import RADIUS

# Precisions whose start is the day itself; others put the dot in the middle of their span.
EXACT = (None, "part_of_day", "day", "days", "unknown")
DODGE = (0, -12, 12)  # vertical nudges of dots on (nearly) the same day in one row
GAP = 2 * RADIUS  # the least distance between two dots' centres while a nudge has room: they touch, not cover


def fan_out(x: float, y: float, taken: list[tuple[float, float]], room_px: float = 0.0) -> tuple[float, float]:
    """Where a dot goes in a crowded row: its own place if free, else the nearest free nudge up or down, else
    a step later still inside its own date (room_px: how far its day or span reaches right of x on the axis).

    A dot never leaves its date: when every place is taken (a season crowded at a coarse scale) it stacks on
    the place with the most room, and zooming in separates the pile."""
    def room(cx: float, cy: float) -> float:
        return min((math.hypot(cx - ox, cy - oy) for ox, oy in taken), default=math.inf)

    places = [(x + step * GAP / 2, y + dy) for step in range(0, 1 + int(max(0.0, room_px) // (GAP / 2)))
              for dy in DODGE]  # half steps: the dots pack like a honeycomb
    free = [p for p in places if room(*p) >= GAP]
    return free[0] if free else max(places, key=lambda p: room(*p))


def anchor_day(item: dict) -> date:
    """Where the dot goes: the start of a precise date, the middle of a vague one."""
    if item["precision"] in EXACT:
        return item["first"]
    return item["first"] + (item["last"] - item["first"]) / 2


def tick_unit(ppd: float) -> tuple[str, int]:
    """The tick step for a scale: the finest of day, week, month, quarter, 1, 5, 10, 50, 100, 500, 1000 or 5000
    years ≥ 64 px apart (meetings centuries apart, fitted, have a label a century or so, not one over another);
    10000 years, which puts no tick in the calendar, when even 5000 years are closer: no label over another."""
    for unit, n, days in (("day", 1, 1), ("day", 7, 7), ("month", 1, 30.4), ("month", 3, 91.3),
                          *(("year", years, 365.25 * years) for years in (1, 5, 10, 50, 100, 500, 1000, 5000))):
        if days * ppd >= 64:
            return unit, n
    return "year", 10000


def ticks(first: date, last: date, ppd: float) -> list[tuple[date, str]]:
    """Tick dates and their labels between first and last."""
    unit, n = tick_unit(ppd)
    out = []
    if unit == "day":
        day = first - timedelta(days=first.weekday() if n == 7 else 0)
        while day <= last:
            out.append((day, f"{day.month}/{day.day}" if n == 1 and day.day != 1 else day.strftime("%Y-%m-%d")))
            if (date.max - day).days < n:  # the calendar's last week
                break
            day += timedelta(days=n)
    elif unit == "month":
        month = (first.year * 12 + first.month - 1) // n * n
        while month // 12 <= date.max.year:  # (no month after the calendar's last)
            day = date(month // 12, month % 12 + 1, 1)
            if day > last:
                break
            out.append((day, str(day.year) if day.month == 1 else day.strftime("%Y-%m")))
            month += n
    else:
        year = first.year // n * n or n  # the multiples of n: there is no year 0, the first is n itself
        while year <= last.year:
            out.append((date(year, 1, 1), str(year)))
            year += n
    return out


COVER_PX = GAP - 0.5  # fan_out keeps free dots at least GAP apart; closer ones were stacked and cover each other


def piles(dots: list[tuple[float, float]]) -> list[list[int]]:
    """The dots of one row that cover each other, directly or through others, as lists of their indices.

    At a coarse scale a crowded season's dots stack into one blob where no one can count them; each blob
    is a pile (its indices in the order they came), and a dot alone is a pile of one."""
    found: list[list[int]] = []
    for n, (x, y) in enumerate(dots):
        touching = [p for p in found if any(math.hypot(x - dots[m][0], y - dots[m][1]) < COVER_PX for m in p)]
        merged = sorted([n] + [m for p in touching for m in p])
        found = [p for p in found if p not in touching] + [merged]
    return sorted(found)


def pile_days(items: list[dict]) -> tuple[date, date]:
    """The first and last day a pile's dots stand on (their anchor days): the span a click on it zooms to."""
    days = [anchor_day(item) for item in items]
    return min(days), max(days)
