"""An import's summary counts every article but keeps only the first few: its memory does not grow with the import."""

from __future__ import annotations

import pytest

import core.tally
from core.cli import main
from core.datasets.common import DatasetSummary
from core.importer import import_any
from core.jobs import import_paths
from core.store import open_db
from core.store.articles import count_articles
from core.tally import Tally
from tests.shared_data import SHARED, require


def seeds() -> list:
    return sorted(require(SHARED / "seeds").glob("*.txt"))[:5]


def test_a_tally_counts_all_and_keeps_the_first():
    tally = Tally(limit=2)
    for n in range(5):
        tally.append(("page", n))
    assert len(tally) == 5 and tally.left_out == 3
    assert list(tally) == [("page", 0), ("page", 1)] and tally[1] == ("page", 1)
    other = Tally(["a", "b", "c"], limit=2)
    tally += other  # another tally adds its whole count
    assert len(tally) == 8 and list(tally) == [("page", 0), ("page", 1)]
    small = Tally(limit=10)
    small += ["x", "y"]
    assert small == ["x", "y"] and small != ["x"] and not Tally() and Tally() == []
    joined = small + tally
    assert len(joined) == 10 and list(joined)[:3] == ["x", "y", ("page", 0)] and len(small) == 2


def test_a_large_import_keeps_counts_and_its_first_articles(tmp_path, monkeypatch):
    monkeypatch.setattr(core.tally, "KEPT", 2)
    files = seeds()
    summary = import_paths(files, tmp_path / "lib.db")
    assert len(summary.imported) == len(files) and len(list(summary.imported)) == 2
    assert [source for source, _id in summary.imported] == [str(path) for path in files[:2]]
    db = open_db(tmp_path / "lib.db")
    try:
        assert count_articles(db) == len(files)
    finally:
        db.close()
    again = import_paths(files, tmp_path / "lib.db")
    assert len(again.duplicates) == len(files) and list(again.duplicates) == [str(path) for path in files[:2]]
    both = import_any(files, tmp_path / "other.db")  # the window's and the CLI's summary add the counts
    assert isinstance(both, DatasetSummary) and len(both.imported) == len(files)


def test_the_report_counts_failures_it_does_not_list(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(core.tally, "KEPT", 1)
    bad = []
    for n in range(3):
        path = tmp_path / f"empty{n}.txt"
        path.write_bytes(b"")
        bad.append(str(path))
    assert main(["import", *bad, "--db", str(tmp_path / "lib.db")]) == 1
    out = capsys.readouterr().out
    assert "imported 0, duplicates 0, failed 3" in out
    assert out.count("  failed: ") == 2 and "  failed: 2 more" in out


@pytest.mark.parametrize("limit", [0, 3])
def test_a_summary_merged_row_by_row_keeps_its_limit(limit, monkeypatch):
    monkeypatch.setattr(core.tally, "KEPT", limit)
    total = DatasetSummary()
    for n in range(6):
        row = DatasetSummary()
        row.imported.append((f"rows.jsonl#{n}", n))
        total.merge(row)
    assert len(total.imported) == 6 and len(list(total.imported)) == limit
