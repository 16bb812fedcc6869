"""Kaidan core: everything before the window, free of Qt."""

import importlib.machinery
import sys

__version__ = "0.1.0"


class _SqliteUtilsWithoutPandas:
    """Loads sqlite-utils, the first time anything imports it, with pandas and numpy hidden from it.

    sqlite-utils imports pandas and numpy when they are installed (half a second and more) only to map
    their value types to column types; Kaidan stores neither. Hiding them when it loads, rather than
    importing it with core, leaves sqlite-utils itself (click, dateutil, pluggy: a tenth of a second)
    to the commands that open a library: `kaidan --help` never loads it. Both import normally afterwards.
    A finder and loader of the import system (importlib.abc's, without importing it: it loads half of
    importlib.resources).
    """

    _loader = None

    def find_spec(self, name, path=None, target=None):
        if name != "sqlite_utils" or name in sys.modules:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return None  # installed some other way: the other finders import it as usual
        self._loader, spec.loader = spec.loader, self
        return spec

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
        sys.modules.update(dict.fromkeys(hidden))
        try:
            self._loader.exec_module(module)
        finally:
            for name in hidden:
                if sys.modules.get(name, 0) is None:
                    del sys.modules[name]
            module.__loader__ = module.__spec__.loader = self._loader  # as if imported as usual
            if self in sys.meta_path:
                sys.meta_path.remove(self)


if "sqlite_utils" not in sys.modules:
    sys.meta_path.insert(0, _SqliteUtilsWithoutPandas())
