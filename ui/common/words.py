"""Counted nouns as the user reads them: "1 claim", "2 claims", "1,204 entities"."""

from __future__ import annotations

_IRREGULAR = {"entity": "entities", "candidate": "candidates"}


def plural(count: int, noun: str) -> str:
    """count and noun, the noun in the plural unless count is 1 (thousands separated)."""
    if count == 1:
        return f"1 {noun}"
    words = noun.rsplit(" ", 1)
    last = _IRREGULAR.get(words[-1], words[-1] + "s")
    return f"{count:,} {' '.join(words[:-1] + [last])}"


def counted(count: int, one: str, many: str, **fields) -> str:
    """A count in a translated phrase: one (for 1) or many with {n} filled in (thousands separated).

    Callers pass both phrases through tr(), e.g. counted(n, tr("1 article"), tr("{n} articles"));
    other fields of the phrases are filled from fields.
    """
    return (one if count == 1 else many).format(n=f"{count:,}", **fields)
