"""The entry point: no command opens the window, a command runs without Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import main
from core.cli import main as cli_main
from core.store import open_db

ROOT = Path(__file__).resolve().parents[1]

_COMMAND_WITHOUT_QT = """
import json, sys
sys.path.insert(0, sys.argv[1])
import main
code = main.main(["list", "--db", sys.argv[2], "--json"])
print(json.dumps({"code": code, "qt": sorted(m for m in sys.modules if m.startswith(("PySide6", "ui")))}))
"""


def test_a_command_runs_without_loading_qt_or_the_window(tmp_path):
    open_db(tmp_path / "lib.db").close()
    done = subprocess.run([sys.executable, "-c", _COMMAND_WITHOUT_QT, str(ROOT), str(tmp_path / "lib.db")],
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"code": 0, "qt": []}


def test_no_command_opens_the_window_on_the_library_named(tmp_path, monkeypatch):
    import ui.window.app

    opened = []
    monkeypatch.setattr(ui.window.app, "run", lambda db_path: opened.append(db_path) or 0)
    assert main.main(["--db", str(tmp_path / "lib.db")]) == 0
    assert opened == [tmp_path / "lib.db"]


def test_the_command_line_alone_asks_for_a_command(capsys):
    assert cli_main([]) == 2
    assert "name a command" in capsys.readouterr().err
