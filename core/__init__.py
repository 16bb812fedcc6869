"""Kaidan core: everything before the window, free of Qt."""

import importlib
import sys

__version__ = "0.1.0"

# sqlite-utils imports pandas and numpy when they are installed (half a second and more at every
# start) only to map their value types to column types; Kaidan stores neither. It is imported here,
# before any module of core, with both hidden from it; they import normally afterwards.
_HIDDEN = [name for name in ("pandas", "numpy") if name not in sys.modules]
sys.modules.update(dict.fromkeys(_HIDDEN))
try:
    importlib.import_module("sqlite_utils")
finally:
    for _name in _HIDDEN:
        if sys.modules.get(_name, 0) is None:
            del sys.modules[_name]
