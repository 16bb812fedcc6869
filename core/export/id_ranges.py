"""A set of article ids written short, as [first, last] runs: a brat export's card says by them which articles'
article-NNNNNN.txt and .ann it wrote (one entry for a whole library exported, not two names an article), so a
refresh takes only those files as the earlier export's, never a user's own file named like one."""

from __future__ import annotations

import re

# The number in the name of an export's per-article file (brat's article-000042.txt and .ann).
_ARTICLE_FILE = re.compile(r"article-(\d+)\.[a-z]+")


def id_ranges(ids) -> list[list[int]]:
    """The ids as sorted [first, last] runs of consecutive numbers."""
    runs: list[list[int]] = []
    for number in sorted(set(ids)):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return runs


def article_of(name: str) -> int | None:
    """The article id a per-article file's name carries (None for any other name)."""
    match = _ARTICLE_FILE.fullmatch(name)
    return int(match.group(1)) if match else None


def in_ranges(number: int, runs) -> bool:
    """Whether number lies in one of the runs (runs as a card holds them; anything else holds none)."""
    if not isinstance(runs, list):
        return False
    return any(isinstance(run, list) and len(run) == 2 and all(type(n) is int for n in run)
               and run[0] <= number <= run[1] for run in runs)
