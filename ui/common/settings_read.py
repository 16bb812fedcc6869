"""The window's settings read by kind, whatever the settings file holds.

QSettings hands back what the file says: a settings file edited by hand, left by another version or broken
holds "abc" where a size is kept, a list where a window's geometry is, 1e999 or nan for a number. Read with
type=, Qt gives a str for a geometry, 0 for "abc", and raises for nan or an infinity; before, any of these
stopped the window from opening at all. Here a value of another kind, not finite or out of range is read as
the default: the window opens as on a first start for that setting alone.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QSettings


def read_setting(key: str, default, low=None, high=None, settings: QSettings | None = None):
    """The setting key as the kind of default (bool, int, float, str or QByteArray); the default when the stored
    value is of another kind, not a finite number, or outside [low, high] (a bound None: open)."""
    kind = type(default)
    settings = settings if settings is not None else QSettings()
    if kind in (str, QByteArray):  # kept as they are: anything else there (a list, a number) is not one
        value = settings.value(key, default)
        return value if isinstance(value, kind) else default
    try:
        value = settings.value(key, default, type=kind)
    except (TypeError, ValueError, OverflowError):  # nan or an infinity read as an int
        return default
    if not isinstance(value, kind) or (isinstance(value, float) and not math.isfinite(value)):
        return default
    if (low is not None and value < low) or (high is not None and value > high):
        return default
    return value
