"""The page frames processes hold, each counted once: what they cost the machine together (Linux, as root).

RSS counts a page once per mapping: a file mapped three times in one process (the tokeniser's dictionary,
mapped by each MeCab tagger and by the features table, core.nlp.mecab_entries) counts three times, and
pages a forked worker shares with its parent count in both. PSS splits shared pages between their
sharers, so other programs mapping the same files (another Kaidan) lower it. The frame numbers in
/proc/PID/pagemap name each physical page: their distinct count is the memory of several processes
together, neither doubled nor shared away. The kernel shows them to root only; elsewhere None.
"""

from __future__ import annotations

import os
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
_FRAME = (1 << 55) - 1  # bits 0-54 of a pagemap entry: the frame number
_PRESENT = 1 << 63


def frames(pid: int):
    """(file-backed, anonymous) frame numbers of the pages pid has resident, as numpy arrays; None where the kernel
    hides them (not root) or pid is gone."""
    import numpy as np

    found = {True: [], False: []}
    try:
        maps = Path(f"/proc/{pid}/maps").read_text().splitlines()
        with open(f"/proc/{pid}/pagemap", "rb") as pagemap:
            for line in maps:
                parts = line.split(None, 5)
                name = parts[5].strip() if len(parts) > 5 else ""
                if name == "[vsyscall]":
                    continue
                low, high = (int(edge, 16) for edge in parts[0].split("-"))
                pagemap.seek(low // PAGE * 8)
                entries = np.frombuffer(pagemap.read((high - low) // PAGE * 8), dtype=np.uint64)
                found[name.startswith("/")].append(entries[(entries & np.uint64(_PRESENT)) != 0] & np.uint64(_FRAME))
    except (OSError, ValueError):
        return None
    held = tuple(np.concatenate(found[kind]) if found[kind] else np.zeros(0, np.uint64) for kind in (True, False))
    if any(part.size and not part.any() for part in held):
        return None  # every frame number reads 0: the kernel shows them to root only
    return held


def distinct_mb(each: list) -> tuple[float, float] | None:
    """MB of the distinct frames among several processes' frames(): (file-backed, anonymous); None if any is None."""
    import numpy as np

    if not each or any(held is None for held in each):
        return None
    return tuple(np.unique(np.concatenate([held[kind] for held in each])).size * PAGE / 2**20 for kind in (0, 1))
