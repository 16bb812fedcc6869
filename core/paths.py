"""Where the library lives by default."""

from __future__ import annotations

import argparse
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


def named_path(text: str) -> str:
    """A file or folder named on the command line, as given: an empty one (a shell variable that was not set,
    `--out "$DIR"`) is refused, never read as the current folder, which import would read whole and export,
    merge or a batch run would write into."""
    if not text:
        raise argparse.ArgumentTypeError("an empty path (a shell variable not set?): name a file or folder")
    return text


def named_file_path(text: str) -> Path:
    """named_path as a Path."""
    return Path(named_path(text))
