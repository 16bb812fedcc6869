"""SQLite storage: schema in migrations, queries in modules; sqlite-utils for making, upgrading and writing
a library (open_db), the standard sqlite3 alone for reading it (read_library, connection.open_current).

open_db and atomic are found here, and loaded when first asked for: a module of the store imported to read
(core.store.article_list by `kaidan list`, the window's list) loads neither sqlite-utils nor the writing side.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from core.store.connection import open_reader
from core.store.plain_library import PlainLibrary

if TYPE_CHECKING:  # (what the names below are)
    from core.store.db import open_db
    from core.store.transactions import atomic

__all__ = ["atomic", "open_db", "read_library"]

_WHERE = {"atomic": "core.store.transactions", "open_db": "core.store.db"}


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'core.store' has no attribute {name!r}")
    return getattr(importlib.import_module(_WHERE[name]), name)


def read_library(path: str | Path) -> PlainLibrary:
    """The library at path opened to read, on the standard sqlite3 alone; one made by an older Kaidan is
    upgraded first, by open_db, which then returns it (a sqlite-utils Database, as before)."""
    return open_reader(path) or __getattr__("open_db")(path, readonly=True)
