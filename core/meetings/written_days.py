"""The day a meeting mention writes when the article gives no date to resolve it against.

With no date line, 9日 and 10日 resolve to nothing, and two meetings dated by them would pass every
"dates agree" check. The days as written still tell them apart: 9日 and 10日, 3月9日 and 3月10日 are two
days whatever month or year the article was written in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.dates.mentions import find_dates
from core.meetings.mention import MeetingMention
from core.meetings.setting import nearest_date
from core.text import NARROW_DIGITS

# one day as written, with a month or not, and a time of it after (10日午前, 3月9日夜): not a range (9、10両日),
# not a count of days (2日間)
_ONE_DAY = re.compile(r"(?:(?P<month>[0-9０-９]{1,2})月)?(?P<day>[0-9０-９]{1,2})日(?![間目])"
                      r"(?:午前|午後|朝|昼|夕方?|夜|晩|未明|深夜|早朝|正午)?(?:[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分|半)?)?")


@dataclass(frozen=True)
class _Written:
    start: int
    end: int
    text: str
    value: str  # the text itself: nearest_date keeps only dates with a value


def day_written(body: str, mention: MeetingMention) -> tuple[int | None, int] | None:
    """(month or None, day) the mention's own sentence writes for it, found as a resolved date would be
    (setting.nearest_date); None when it has a date of its own, a day carried from before, or no one day."""
    if mention.date is not None or mention.date_carried:
        return None
    s_start, s_end = mention.sentence
    if not _ONE_DAY.search(body, s_start, s_end):
        return None  # most sentences write no day: the date reader is not run on them
    dates = [_Written(d.start + s_start, d.end + s_start, d.text, d.text)
             for d in find_dates(body[s_start:s_end], None)]
    chosen = nearest_date(body, dates, mention.start, s_start, s_end) if dates else None
    found = _ONE_DAY.fullmatch(chosen.text) if chosen is not None else None
    if found is None:
        return None
    month = int(found["month"].translate(NARROW_DIGITS)) if found["month"] else None
    return month, int(found["day"].translate(NARROW_DIGITS))


def days_written_apart(candidate_start: str | None, earlier_start: str | None, day: tuple | None,
                       earlier_days) -> bool:
    """Two undated tellings whose written days differ (9日 / 10日, 3月9日 / 3月10日): two meetings. A telling
    that writes no day, or days the other wrote too, stays as dates_agree says."""
    if candidate_start or earlier_start or day is None:
        return False
    days = [d for d in earlier_days if d is not None]
    return bool(days) and not any(d[1] == day[1] and (d[0] is None or day[0] is None or d[0] == day[0])
                                  for d in days)
