"""Which two meetings of the same sides may be contacts of one series, as the desktop's store and the batch merge
both read it: contacts held, both (昨年11月にも電話会談: the earlier contact and this one), of kinds that fit, on days
that do not agree. A meeting to come is no contact yet (a held meeting and the next one planned are told as
precedes or prepares, or not linked): it joins its series once an article tells it held. Two contacts an article
links by another relation (2回目の連立交渉 precedes 3度目の会談, told held by a later article) are no series: the
article's relation says how one follows the other, whichever was imported first."""

from __future__ import annotations

from core.meetings.merge import kinds_fit
from core.meetings.same_dates import dates_agree


def series_pair(kind: str, status: str, start: str, other_kind: str, other_status: str, other_start: str) -> bool:
    """Whether two dated meetings (of the same sides, which the caller checks) may be one series."""
    return status == other_status == "held" and kinds_fit(kind, other_kind) and not dates_agree(start, other_start)
