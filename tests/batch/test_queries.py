"""The named DuckDB queries agree with counts made by hand from the same Parquet rows."""

from __future__ import annotations

import json
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from core.batch.pipeline import run_batch
from core.batch.queries import run_query
from core.batch.tables import read_table
from core.cli import main

WIKINEWS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "wikinews" / "txt"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("query") / "run"
    files = [str(f) for f in sorted(WIKINEWS.glob("wn-*.txt"))[:150]]
    summary = run_batch(files, out, partition_size=40, workers=2)
    assert summary.articles == 150 and summary.written == 4
    return out


def test_meetings_per_pair_counts_merged_meetings(run_dir):
    expected = Counter()
    for m in read_table(run_dir, "meetings").to_pylist():
        if m["start_date"] and len(m["start_date"]) >= 7 and "W" not in m["start_date"]:
            for a, b in combinations(sorted(set(m["countries"])), 2):
                expected[(a, b, m["start_date"][:7])] += 1
    columns, rows = run_query("meetings-per-pair", run_dir)
    assert columns == ["country_a", "country_b", "month", "meetings"]
    assert expected and {(a, b, m): n for a, b, m, n in rows} == dict(expected)


def test_top_actors_and_stances(run_dir):
    articles = {a["id"]: a for a in read_table(run_dir, "articles").to_pylist()}
    counts = Counter((articles[m["article_id"]]["outlet"] or "", (articles[m["article_id"]]["published"] or "")[:4]
                      or None, m["canonical"], m["type"]) for m in read_table(run_dir, "mentions").to_pylist()
                     if m["type"] in ("PERSON", "ORG", "GPE"))
    _, rows = run_query("top-actors", run_dir)
    assert rows
    for outlet, year, rank, actor, _type, n in rows:
        assert rank <= 10 and n == counts[(outlet, year, actor, _type)]
    _, stances = run_query("stances", run_dir)
    assert sum(n for *_, n in stances) == read_table(run_dir, "claims").num_rows


def test_query_command_prints_json(run_dir, capsys):
    assert main(["query", "meetings-per-pair", str(run_dir), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines and set(lines[0]) == {"country_a", "country_b", "month", "meetings"}
    assert main(["query", "stances", str(run_dir.parent)]) == 2  # not a batch run: said, not a crash
