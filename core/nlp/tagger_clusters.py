"""Word clusters as tagger features: which words stand in the same places in news text.

A cluster file (built by bench/word_clusters.py from Japanese Wikinews and the
tagger's training text) gives a word a coarse cluster and a fine one. A name
the training set never had still gets the cluster of the names it stands
among. The shipped model does not use them: bench/compare_taggers.py trains
with and without and found no gain (resources/tagger/README.md), so they stay
a feature set to compare, read only when bench/compare_taggers.py asks.
"""

from __future__ import annotations

import gzip
from functools import lru_cache

NONE = ("", "")


@lru_cache(maxsize=2)
def read(path: str) -> dict[str, tuple[str, str]]:
    """Surface → (coarse cluster, fine cluster) of a cluster file; empty when it is missing or unreadable."""
    out: dict[str, tuple[str, str]] = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3:
                    out[parts[0]] = (parts[1], parts[2])
    except (OSError, EOFError, UnicodeDecodeError):
        return {}
    return out


def cluster_of(surface: str, path: str) -> tuple[str, str]:
    """(coarse, fine) cluster of a surface in the file at path, ("", "") for a word no cluster holds."""
    return read(path).get(surface, NONE)
