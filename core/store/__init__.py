"""SQLite storage through sqlite-utils: schema in migrations, queries in modules."""

from core.store.db import atomic, open_db

__all__ = ["atomic", "open_db"]
