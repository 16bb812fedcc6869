"""Where the import dialogs open: the folder the user last imported from, kept in the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from ui.common.settings_read import read_setting

SETTING = "import/last_folder"


def last_import_folder() -> str:
    """The folder of the last import, if it still exists; else the home folder."""
    folder = read_setting(SETTING, "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_import(paths: list[str]) -> None:
    """Keep the folder of what was just chosen (a folder itself, or the files' folder)."""
    if not paths:
        return
    first = Path(paths[0])
    QSettings().setValue(SETTING, str(first if first.is_dir() else first.parent))
