"""Export scope (ids, status, dates, outlet), progress and cancel: what the export dialog relies on."""

import json
import sys
from pathlib import Path

import pytest

from tests.shared_data import require

sys.path.insert(0, str(Path(__file__).parent))
from export_library import SEEDS, build_library  # noqa: E402

from core.cli import main  # noqa: E402
from core.export import Scope, export  # noqa: E402
from core.store import open_db  # noqa: E402

@pytest.fixture(autouse=True)
def _shared_data():
    require(SEEDS)


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    return build_library(tmp_path_factory.mktemp("scope"))


def ids_in(folder: Path) -> list[int]:
    lines = (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["id"] for line in lines]


def test_scope_filters(library, tmp_path):
    db = open_db(library)
    rows = list(db.query("SELECT id, status, published, outlet FROM articles ORDER BY id"))
    cases = {
        "ids": (Scope(ids=(rows[1]["id"], rows[3]["id"])), [rows[1]["id"], rows[3]["id"]]),
        "done": (Scope(statuses=("done",)), [r["id"] for r in rows if r["status"] == "done"]),
        "outlet": (Scope(outlets=(rows[0]["outlet"],)), [r["id"] for r in rows if r["outlet"] == rows[0]["outlet"]]),
        "dates": (Scope(date_from="2025-07-12", date_to="2025-12-31"),
                  [r["id"] for r in rows if "2025-07-12" <= (r["published"] or "")[:10] <= "2025-12-31"]),
    }
    for name, (scope, expected) in cases.items():
        result = export(db, "jsonl", tmp_path / name, scope)
        assert ids_in(tmp_path / name) == expected and expected, name
        card = json.loads((tmp_path / name / "dataset.json").read_text(encoding="utf-8"))
        assert card["counts"]["articles"] == len(expected) == result.articles
        assert card["scope"] != {"all": True}


def test_progress_and_cancel(library, tmp_path):
    db = open_db(library)
    seen = []
    export(db, "csv", tmp_path / "all", progress=lambda done, total, what: seen.append((done, total)), batch=2)
    assert seen[-1] == (6, 6)
    calls = iter(range(100))
    result = export(db, "conll", tmp_path / "stopped", cancelled=lambda: next(calls) >= 3, batch=2)
    assert result.cancelled
    assert list((tmp_path / "stopped").iterdir()) == []  # nothing half-written is left behind


def test_export_command_flags(library, tmp_path, capsys):
    out = tmp_path / "out"
    kept = tmp_path / "kept"
    assert main(["export", "--format", "conll", "--out", str(kept), "--status", "done", "--keep-tokens",
                 "--db", str(library)]) == 0
    printed = capsys.readouterr().out
    assert "exported 1 articles as conll" in printed and "cut a token" in printed
    # by default tokens are cut at entity boundaries, so no span is lost to a token
    assert main(["export", "--format", "conll", "--out", str(out), "--status", "done", "--db", str(library)]) == 0
    assert "cut a token" not in capsys.readouterr().out
    assert "cuts a token" not in (out / "cut_spans.tsv").read_text(encoding="utf-8")
    assert main(["export", "--format", "hf", "--out", str(tmp_path / "hf"), "--from", "2030-01-01",
                 "--db", str(library)]) == 0
    assert "exported 0 articles" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["export", "--format", "jsonl", "--out", str(out), "--from", "July", "--db", str(library)])
    out = tmp_path / "jsonl"
    assert main(["export", "--format", "jsonl", "--out", str(out), "--ids", "1,2", "--db", str(library)]) == 0
    assert ids_in(out) == [1, 2]
