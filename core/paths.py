"""Where the library lives by default."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DB_ENV = "KAIDAN_DB"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def default_db_path() -> Path:
    """The library file: $KAIDAN_DB if set, else one in the user's data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("Kaidan", appauthor=False)) / "library.db"


def resource(*parts: str) -> Path:
    """Path of a file under resources/ (the one place resource names are joined)."""
    return RESOURCES.joinpath(*parts)
