"""Values made safe for the one place each format writes them: spreadsheet cells, TSV fields, label names."""

from __future__ import annotations

import json
import re
import unicodedata

# A cell starting with these is run as a formula by spreadsheet programs (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# brat's configuration grammar gives these a meaning inside type names (lists, arguments, macros, comments).
_BRAT_RESERVED = re.compile(r"[\s|,:;=<>!#\\\"'()\[\]{}]+")
_SPACES = re.compile(r"\s+")


def safe_cell(value):
    """The value as a spreadsheet shows it, never as a formula (a leading ' keeps the text)."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        value = "; ".join(value) if isinstance(value, list) and all(isinstance(v, str) for v in value) \
            else json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def tsv_field(value) -> str:
    """One field of a TSV line: tabs and line breaks become spaces, and no formula."""
    return str(safe_cell(plain("" if value is None else str(value))))


def plain(text: str) -> str:
    """Text without control characters, line or paragraph separators, or characters XML cannot hold."""
    return "".join(" " if _unsafe(ch) else ch for ch in text)


def label_name(label) -> str:
    """A label as one printable line (Label Studio values, card names): whitespace runs become one space."""
    name = _SPACES.sub(" ", plain(str(label if label is not None else ""))).strip()
    return name or "_"


def one_token(label) -> str:
    """A label as one whitespace-free token (CoNLL tags are split on whitespace)."""
    return label_name(label).replace(" ", "_")


def brat_name(label) -> str:
    """A label as a brat type or attribute value: one token, without the characters its grammar reserves."""
    return _BRAT_RESERVED.sub("_", label_name(label)).strip("_") or "_"


def _unsafe(ch: str) -> bool:
    if ch in "\t\n\r":
        return True
    category = unicodedata.category(ch)
    return category in ("Cc", "Cs", "Zl", "Zp") or ch in "\ufffe\uffff"
