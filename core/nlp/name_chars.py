"""Characters names are read by: kanji, katakana, and those outside the BMP."""

from __future__ import annotations

import re


KANJI_NAME = re.compile(r"[\u4e00-\u9fff々]+")
OUTSIDE_BMP = re.compile(r"[\U00020000-\U0003ffff]")
KANJI_ONLY = re.compile(r"[\u4e00-\u9fff]+$")


def is_katakana(char: str) -> bool:
    """Whether char is a katakana letter or the long-vowel mark."""
    return "\u30a1" <= char <= "\u30fa" or char == "ー"


def is_kanji(char: str) -> bool:
    """Whether char is a kanji of the main CJK block (False for the empty string)."""
    return bool(char) and "\u4e00" <= char <= "\u9fff"
