"""Counted nouns in the command line's messages: "1 article", "2 articles", never "1 meetings" or "first 0 lines"."""

from __future__ import annotations


def counted(count: int, noun: str, many: str | None = None, grouped: bool = False) -> str:
    """count and noun, the noun in the plural (many, else noun + "s") unless count is 1; grouped: 1,204."""
    number = f"{count:,}" if grouped else str(count)
    return f"{number} {noun if count == 1 else many or noun + 's'}"


def first_lines(count: int, name: str) -> str:
    """How far a file was read when it stopped: none of its lines, its first line, or its first count lines."""
    if count <= 0:
        return f"none of the lines of {name}"
    return f"the first line of {name}" if count == 1 else f"the first {count:,} lines of {name}"
