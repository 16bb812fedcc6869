"""core/ must run without Qt: importing every module loads no PySide6."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import core

ROOT = Path(__file__).resolve().parents[2]


def test_no_core_module_imports_qt():
    names = [m.name for m in pkgutil.walk_packages(core.__path__, "core.")]
    script = "import importlib, sys\n" + "".join(f"importlib.import_module({n!r})\n" for n in names)
    script += "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert len(names) > 10
    assert out.stdout.strip() == "[]"
