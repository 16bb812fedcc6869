"""What a command imports before it runs: the help loads no library, a command only its own module.

Each start runs in a new process, as a user starts Kaidan, and reports the modules it loaded by name.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "tests" / "fixtures" / "pages" / "jiji.txt"

_START = """
import contextlib, io, json, sys
sys.path.insert(0, sys.argv[1])
import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        code = main.main(sys.argv[2:])
    except SystemExit as exc:
        code = exc.code
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""

# Loaded only by the commands that use them: the library's own module (sqlite-utils and the schema), the
# analysis stack, cleaning, the export's writers, dataset readers, the team's and the claims' queries.
_LIBRARY = ("sqlite_utils", "core.store", "core.store.db", "core.model")
_NOT_FOR_READING = ("core.analysis", "core.nlp", "core.cleaning", "core.ingest", "core.export", "core.datasets",
                    "core.team", "core.claims", "core.meetings", "core.store.claim_queries", "core.learning",
                    "fugashi", "pandas", "numpy", "PySide6", "ui")


def _start(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _START, str(ROOT), *argv], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _loaded(report: dict, names) -> list[str]:
    """Each of names that was imported, itself or a module inside it."""
    return sorted(n for n in names if any(m == n or m.startswith(n + ".") for m in report["modules"]))


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    db = tmp_path_factory.mktemp("startup") / "lib.db"
    assert cli_main(["import", "-q", str(PAGE), "--db", str(db)]) == 0
    return db


@pytest.mark.parametrize("argv", [("--help",), ("export", "--help"), ("list", "--help")])
def test_the_help_opens_no_library_and_loads_no_command(argv):
    report = _start(*argv)
    assert report["code"] == 0 and "usage: kaidan" in report["out"]
    assert _loaded(report, _LIBRARY + _NOT_FOR_READING) == []
    assert _loaded(report, ("core.cli.library_commands", "core.cli.analysis_commands", "core.cli.import_command",
                            "core.cli.stats_command", "core.team.commands", "core.cli.merge_command")) == []


def test_list_loads_its_own_module_and_reads_without_sqlite_utils(library):
    """`list` reads the library on the standard sqlite3 (before, it loaded sqlite-utils and the writing side)."""
    report = _start("list", "--db", str(library))
    assert report["code"] == 0 and "日米防衛相が会談" in report["out"]
    assert _loaded(report, ("sqlite_utils", "core.store.db", "core.cli.library_commands")) == [
        "core.cli.library_commands"]
    assert _loaded(report, _NOT_FOR_READING + ("core.cli.analysis_commands", "core.cli.stats_command")) == []


@pytest.mark.parametrize("argv", [("show", "1"), ("stats",), ("meetings", "list"), ("export", "--format", "jsonl")])
def test_the_other_reads_load_no_sqlite_utils(library, tmp_path, argv):
    out = ("--out", str(tmp_path / "out")) if argv[0] == "export" else ()
    report = _start(*argv, *out, "--db", str(library))
    assert report["code"] == 0 and report["out"]
    assert _loaded(report, ("sqlite_utils", "core.store.db", "click")) == []


def test_meetings_list_loads_no_claim_queries_nor_team(library):
    report = _start("meetings", "list", "--db", str(library))
    assert report["code"] == 0
    assert _loaded(report, ("core.store.claim_queries", "core.team", "core.analysis", "core.cli.library_commands",
                            "pandas", "numpy")) == []


def test_every_command_name_leads_to_the_function_that_runs_it():
    from core.cli import COMMANDS, command
    from core.cli.parser import build_parser

    named = set(build_parser()._subparsers._group_actions[0].choices)
    assert named == set(COMMANDS)
    for name in COMMANDS:
        assert command(name).__name__ == f"cmd_{name}"


def test_sqlite_utils_loads_without_pandas_which_still_imports_afterwards():
    code = ("import sys, core, core.store, sqlite_utils.db\n"
            "hidden = sqlite_utils.db.pd is None and 'pandas' not in sys.modules\n"
            "import pandas\n"
            "print(hidden, pandas.DataFrame({'a': [1, 2]})['a'].sum(), type(sqlite_utils.__loader__).__name__)")
    pytest.importorskip("pandas")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "3", "SourceFileLoader"]
