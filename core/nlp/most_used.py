"""A bounded table of per-word answers that, when full, keeps the answers of its most used words.

The tokeniser's dictionary features (by entry key) and the tagger's token views (by surface and features)
are kept per worker up to a few thousand words, for memory. Emptying such a table when full dropped the
common words with the rare ones: on 1,000 news articles (~930,000 tokens, ~28,000 kinds of word) each was
refilled ~115,000 times, four times its kinds of word. Counting each lookup's key (Counter.update: one call in C
a text) and keeping the KEPT most used of the words counted since the last thinning leaves ~24 % fewer
refills at the same bound; every answer is the same (each is a function of its key).
"""

from __future__ import annotations

from collections import Counter

# The share of a full table's bound its most used words keep: 2 of 5 (more keeps fewer new words; a simulated
# 1,000 livedoor articles refilled 106,000 words keeping 500 of 5,000, 88,000 keeping 2,000, 86,000 keeping 3,000).
KEPT_SHARE = 0.4


def thin(table: dict, uses: Counter, bound: int) -> None:
    """Empty table but for the entries of its most used keys (those uses counted most, at most bound's KEPT_SHARE);
    uses starts counting afresh."""
    keep = int(bound * KEPT_SHARE)
    kept = [(key, table[key]) for key, _ in uses.most_common(keep) if key in table] if keep > 0 else []
    table.clear()
    uses.clear()
    table.update(kept)
