"""Word clusters for the entity tagger: which words stand in the same places in news text.

resources/tagger/clusters.tsv.gz (built by bench/word_clusters.py from Japanese
Wikinews and the tagger's training text, CC BY-SA 3.0) gives a word a coarse
cluster and a fine one. A name the training set never had still gets the
cluster of the names it stands among, so the tagger can read it as one; a
word the file lacks has no cluster.
"""

from __future__ import annotations

import gzip
from functools import lru_cache

from core.paths import resource

CLUSTERS = resource("tagger", "clusters.tsv.gz")
NONE = ("", "")


def clusters() -> dict[str, tuple[str, str]]:
    """Surface → (coarse cluster, fine cluster) as short strings; empty when the file is missing or unreadable."""
    return read(str(CLUSTERS))


@lru_cache(maxsize=2)
def read(path: str) -> dict[str, tuple[str, str]]:
    """The clusters of a file (bench/compare_taggers.py compares cluster files)."""
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


def cluster_of(surface: str) -> tuple[str, str]:
    """(coarse, fine) cluster of a surface, ("", "") for a word no cluster holds."""
    return clusters().get(surface, NONE)
