"""kaidan import RUN --where SQL: a slice of a batch run in a library, with its annotations, exported back by hash."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from core.batch.pipeline import run_batch
from core.batch.slice import SliceError, import_slice, slice_count
from core.batch.tables import read_table
from core.cli import main
from core.jobs import import_paths
from core.store import open_db
from core.store.mentions import update_mention

WIKINEWS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "wikinews" / "txt"
FILES = [f for f in sorted(WIKINEWS.glob("wn-*.txt"))
         if any(word in f.read_text(encoding="utf-8") for word in ("会談", "首脳", "外相"))][:120]
WHERE = "published >= '2006-01-01' AND body LIKE '%会談%'"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("slice") / "run"
    summary = run_batch([str(f) for f in FILES], out, partition_size=30, workers=2)
    assert summary.articles == len(FILES)
    return out


@pytest.fixture(scope="module")
def picked(run):
    return {a["id"]: a for a in read_table(run, "articles").to_pylist()
            if (a["published"] or "") >= "2006-01-01" and "会談" in a["body"]}


@pytest.fixture(scope="module")
def library(run, picked, tmp_path_factory):
    path = tmp_path_factory.mktemp("library") / "library.db"
    assert main(["--db", str(path), "import", str(run), "--where", WHERE, "-q"]) == 0
    return path


def _by_article(run: Path, table: str, keys: tuple, picked: dict) -> list:
    return sorted(tuple(r[k] for k in keys) for r in read_table(run, table).to_pylist() if r["article_id"] in picked)


def test_the_count_and_the_slice_are_the_articles_the_condition_picks(run, picked, library):
    assert 0 < len(picked) < len(FILES)
    assert slice_count(run, WHERE) == len(picked)
    db = open_db(library)
    assert {r["content_hash"] for r in db.query("SELECT content_hash FROM articles")} == set(picked)
    bodies = {r["content_hash"]: r["body"] for r in db.query("SELECT content_hash, body FROM articles")}
    assert bodies == {k: a["body"] for k, a in picked.items()}


def test_every_annotation_comes_along(run, picked, library):
    db = open_db(library)
    mentions = sorted(tuple(r) for r in db.execute(
        "SELECT a.content_hash, m.start_char, m.end_char, m.type, m.entity_id, m.value FROM mentions m "
        "JOIN articles a ON a.id = m.article_id"))
    assert mentions and mentions == _by_article(run, "mentions", ("article_id", "start", "end", "type", "entity_id",
                                                                  "value"), picked)
    claims = sorted(tuple(r) for r in db.execute(
        "SELECT a.content_hash, c.start_char, c.end_char, c.holder_entity_id, c.state FROM claims c "
        "JOIN articles a ON a.id = c.article_id"))
    assert claims == _by_article(run, "claims", ("article_id", "start", "end", "holder_entity_id", "state"), picked)
    spans = sorted(tuple(r) for r in db.execute(
        "SELECT a.content_hash, m.start_char, m.end_char FROM meeting_mentions m JOIN articles a ON a.id = m.article_id"))
    assert spans and spans == _by_article(run, "meeting_mentions", ("article_id", "start", "end"), picked)


def test_meetings_are_those_a_desktop_import_of_the_same_files_makes(picked, library, tmp_path):
    desktop = tmp_path / "desktop.db"
    import_paths(sorted(Path(a["source"]) for a in picked.values()), desktop)

    def groups(path):
        found = defaultdict(set)
        for key, meeting, start, end in open_db(path).execute(
                "SELECT a.content_hash, m.meeting_id, m.start_char, m.end_char FROM meeting_mentions m "
                "JOIN articles a ON a.id = m.article_id"):
            found[meeting].add((key, start, end))
        return {frozenset(g) for g in found.values()}

    assert groups(library) and groups(library) == groups(desktop)


def test_decisions_export_back_keyed_by_the_batch_hash(run, picked, library, tmp_path):
    db = open_db(library)
    mention_id, key, start, end = db.execute(
        "SELECT m.id, a.content_hash, m.start_char, m.end_char FROM mentions m JOIN articles a ON a.id = m.article_id "
        "ORDER BY m.id LIMIT 1").fetchone()
    update_mention(db, mention_id, state="rejected")
    db.close()
    assert main(["--db", str(library), "export", "--format", "jsonl", "--out", str(tmp_path / "back"), "-q"]) == 0
    records = [json.loads(line) for line in (tmp_path / "back" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["content_hash"] for r in records} == set(picked)
    mine = next(r for r in records if r["content_hash"] == key)
    assert [(m["start"], m["end"]) for m in mine["rejected_entities"]] == [(start, end)]


def test_a_bad_condition_or_folder_is_said_and_nothing_is_written(run, tmp_path, capsys):
    path = tmp_path / "library.db"
    assert main(["--db", str(path), "import", str(run), "--where", "no_such_column = 1", "-q"]) == 2
    assert "not a WHERE clause" in capsys.readouterr().err
    with pytest.raises(SliceError):
        slice_count(tmp_path, "true")
    with pytest.raises(SliceError, match="no ';'"):
        slice_count(run, "true); CREATE TABLE t AS SELECT 1; SELECT (1")
    assert not path.exists() or open_db(path).execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_importing_the_slice_again_brings_nothing_new(run, picked, library):
    summary = import_slice(run, WHERE, library)
    assert not summary.imported and len(summary.duplicates) == len(picked)


def test_progress_is_by_article_and_cancel_stops_between_articles(run, picked, tmp_path):
    seen = []
    summary = import_slice(run, WHERE, tmp_path / "a.db", progress=lambda done, total, _source: seen.append((done, total)))
    assert len(summary.imported) == len(picked) and seen[-1] == (len(picked), len(picked))
    asked = []
    stopped = import_slice(run, WHERE, tmp_path / "b.db", cancelled=lambda: asked.append(1) or len(asked) > 2)
    assert stopped.cancelled and len(stopped.imported) == 2
