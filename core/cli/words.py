"""How far the command line read a file, in words: never "the first 0 lines" (its counted nouns: core.plural)."""

from __future__ import annotations


def first_lines(count: int, name: str) -> str:
    """How far a file was read when it stopped: none of its lines, its first line, or its first count lines."""
    if count <= 0:
        return f"none of the lines of {name}"
    return f"the first line of {name}" if count == 1 else f"the first {count:,} lines of {name}"
