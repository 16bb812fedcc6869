"""Counted nouns in core's English messages (command line, refusals, export notes): "1 article", "2 articles",
never "1 articles"; the window words its own through ui.common.words."""

from __future__ import annotations


def counted(count: int, noun: str, many: str | None = None, grouped: bool = False) -> str:
    """count and noun, the noun in the plural (many, else noun + "s") unless count is 1; grouped: 1,204."""
    number = f"{count:,}" if grouped else str(count)
    return f"{number} {noun if count == 1 else many or noun + 's'}"
