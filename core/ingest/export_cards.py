"""Kaidan's own export folders met by an import: known by their card (dataset.json), never read as articles.

An export's tables (mentions.csv, claims.csv, the card itself…) have a text column, so read as plain
datasets each mention or claim would become an "article". A folder holding a card is read back as the
dataset it is when Kaidan reads that format, and is otherwise left out with a reason that says so.
"""

from __future__ import annotations

import json
import os

from core.export_names import CARD, CARD_NAME, FILES
from core.ingest.errors import Reason

_CARD_BYTES = 1 << 20  # a card is a few kilobytes; a big dataset.json is someone's data
# The formats Kaidan reads back, and the file of each export its importer reads ("" = the folder).
READ_BACK = {"jsonl": ("kaidan", ""), "labelstudio": ("labelstudio", FILES["labelstudio"][0]),
             "doccano": ("doccano", FILES["doccano"][0]), "brat": ("brat", "")}


def card_format(folder: str | os.PathLike) -> str | None:
    """The format named by the Kaidan export card in folder, or None when folder holds no such card."""
    path = os.path.join(folder, CARD)
    try:
        if os.path.getsize(path) > _CARD_BYTES:
            return None
        with open(path, encoding="utf-8") as handle:
            card = json.load(handle)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if isinstance(card, dict) and card.get("name") == CARD_NAME and isinstance(card.get("format"), str):
        return card["format"]
    return None


def is_card(path: str | os.PathLike) -> bool:
    """Whether path is the card of a Kaidan export (its folder's dataset.json)."""
    return os.path.basename(path) == CARD and card_format(os.path.dirname(path) or ".") is not None


def card_reason(fmt: str) -> Reason:
    """Why a file that is an export's card is not imported: it describes the export, it holds no articles."""
    return Reason(f"the card of a Kaidan {fmt} export: it describes the export and holds no articles",
                  "export_card", format=fmt)


def export_reason(fmt: str) -> Reason:
    """Why an export folder's files are not read as articles: the format Kaidan reads back, or that it does not."""
    if fmt in READ_BACK:
        return Reason(f"a Kaidan {fmt} export inside the folder: import this folder on its own to read it back",
                      "export_inside", format=fmt)
    return Reason(f"a Kaidan {fmt} export, which Kaidan does not read back (its tables are not articles); "
                  "import a jsonl export instead", "export_not_read_back", format=fmt)
