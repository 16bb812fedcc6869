"""SQLite storage: schema in migrations, queries in modules; sqlite-utils for writing (open_db), the standard
sqlite3 alone for reading (connection.open_reader).

open_db and atomic are found here, and loaded when first asked for: a module of the store imported to read
(core.store.articles by `kaidan list`) loads neither sqlite-utils nor the writing side with the package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (what the names below are)
    from core.store.db import open_db
    from core.store.transactions import atomic

__all__ = ["atomic", "open_db"]

_WHERE = {"atomic": "core.store.transactions", "open_db": "core.store.db"}


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'core.store' has no attribute {name!r}")
    return getattr(importlib.import_module(_WHERE[name]), name)
