"""kaidan stats: the counts agree with what the store's own readers return, and reading changes nothing."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from core.cli import main
from core.cli.stats_command import stats_lines
from core.jobs import import_paths
from core.store import atomic, open_db
from core.store.articles import iter_articles, set_status
from core.store.claims import add_claim, claims_for, update_claim
from core.store.meetings import create_meeting, links_of, meeting_mentions_for, meetings_by_date, set_link_state
from core.store.mentions import add_user_mention, mentions_for, update_mention
from tests.shared_data import SHARED, require

ROOT = Path(__file__).resolve().parents[2]
SEEDS = SHARED / "seeds"
KEYS = {
    "library": {"path", "bytes", "wal_bytes", "schema", "kaidan_schema"},
    "last_import": {"article_id", "imported_at", "source"},
    "articles": {"total", "by_source_format", "by_status", "dates", "check_cleaning", "outlets", "no_outlet",
                 "top_outlets"},
    "mentions": {"total", "by_state", "by_type"},
    "claims": {"total", "by_state", "user", "by_stance"},
    "meetings": {"total", "by_status", "by_state", "by_confidence", "by_kind", "mentions", "links"},
}


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    """The seeds imported, then a few decisions of the user's on each layer."""
    path = tmp_path_factory.mktemp("stats") / "lib.db"
    assert len(import_paths(sorted(require(SEEDS).glob("*.txt")), path).imported) == 5
    db = open_db(path)
    first, second = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id LIMIT 2")]
    set_status(db, first, "done")
    detected = mentions_for(db, first)
    update_mention(db, detected[0].id, state="accepted", annotator="ito")
    update_mention(db, detected[1].id, state="rejected", annotator="ito")
    body = db.execute("SELECT body FROM articles WHERE id = ?", [second]).fetchone()[0]
    free = next(i for i in range(len(body) - 3)
                if not any(m.start < i + 3 and i < m.end for m in mentions_for(db, second, with_rejected=True)))
    add_user_mention(db, second, free, free + 3, "ORG", annotator="ito")
    add_claim(db, second, 0, 10, annotator="ito", stance="favor", state="accepted", holder_text="外相",
              target_kind="text", target_text="中国")
    candidate = db.execute("SELECT id FROM claims WHERE state = 'candidate' LIMIT 1").fetchone()[0]
    update_claim(db, candidate, state="dismissed", annotator="ito")
    create_meeting(db, "talks", annotator="ito")
    set_link_state(db, links_of(db)[0].id, "accepted", annotator="ito")
    db.close()
    return path


def _stats(path: Path, capsys) -> dict:
    assert main(["stats", "--json", "--db", str(path)]) == 0
    return json.loads(capsys.readouterr().out)


def test_article_counts_follow_the_stored_articles(library, capsys):
    stats = _stats(library, capsys)
    articles = list(iter_articles(open_db(library, readonly=True)))
    figures = stats["articles"]
    assert figures["total"] == len(articles) == 5
    assert figures["by_source_format"] == [{"source_format": "txt", "articles": 5}]
    assert figures["by_status"] == {"new": 4, "in progress": 0, "done": 1}
    dated = sorted(a.published for a in articles if a.published)
    assert (figures["dates"]["first"], figures["dates"]["last"]) == (dated[0], dated[-1])
    assert figures["dates"]["undated"] == sum(not a.published for a in articles) > 0
    assert figures["dates"]["undated_inferred"] == sum(not a.published and bool(a.published_inferred)
                                                       for a in articles)
    assert figures["check_cleaning"] == sum(bool(a.cleaning_check) for a in articles) > 0
    outlets = Counter(a.outlet for a in articles if a.outlet)
    assert figures["outlets"] == len(outlets) and figures["no_outlet"] == sum(not a.outlet for a in articles)
    assert figures["top_outlets"] == [{"outlet": o, "articles": n}
                                      for o, n in sorted(outlets.items(), key=lambda i: (-i[1], i[0]))]
    newest = max(articles, key=lambda a: a.id)
    assert stats["last_import"] == {"article_id": newest.id, "imported_at": newest.imported_at,
                                    "source": newest.source}
    assert stats["library"]["path"] == str(library.resolve())
    assert stats["library"]["bytes"] == library.stat().st_size and stats["library"]["schema"] == 17


def test_annotation_counts_follow_the_stores_readers(library, capsys):
    stats = _stats(library, capsys)
    db = open_db(library, readonly=True)
    ids = [a.id for a in iter_articles(db)]
    mentions = [m for i in ids for m in mentions_for(db, i, with_rejected=True)]
    by_type = {t["type"]: t for t in stats["mentions"]["by_type"]}
    assert stats["mentions"]["total"] == len(mentions)
    assert {t: f["total"] for t, f in by_type.items()} == Counter(m.type for m in mentions)
    assert stats["mentions"]["by_state"] == {s: sum(m.state == s for m in mentions)
                                             for s in ("proposed", "accepted", "rejected")}
    assert stats["mentions"]["by_state"]["accepted"] == 2  # the one accepted and the user's own
    assert stats["mentions"]["by_state"]["rejected"] == 1
    assert sum(f["user"] for f in by_type.values()) == 1 and by_type["ORG"]["user"] == 1
    assert sum(f["linked"] for f in by_type.values()) == sum(m.entity_id is not None for m in mentions)

    claims = [c for i in ids for c in claims_for(db, i, states=("candidate", "accepted", "dismissed"))]
    assert stats["claims"]["total"] == len(claims)
    assert stats["claims"]["by_state"] == {s: sum(c.state == s for c in claims)
                                           for s in ("candidate", "accepted", "dismissed")}
    assert stats["claims"]["by_state"]["accepted"] == 1 and stats["claims"]["by_state"]["dismissed"] == 1
    assert stats["claims"]["user"] == 1
    favor = next(s for s in stats["claims"]["by_stance"] if s["stance"] == "favor")
    assert (favor["total"], favor["accepted"]) == (1, 1)
    assert [s["stance"] for s in stats["claims"]["by_stance"]][:4] == ["favor", "against", "neutral", "mixed"]

    meetings = meetings_by_date(db, with_rejected=True)
    figures = stats["meetings"]
    assert figures["total"] == len(meetings) > 1
    assert {k: v for k, v in figures["by_status"].items() if v} == Counter(m.status for m in meetings)
    assert {k: v for k, v in figures["by_kind"].items() if v} == Counter(m.kind for m in meetings)
    assert figures["by_confidence"]["user"] == 1 == sum(m.confidence is None for m in meetings)
    assert figures["by_confidence"]["sure"] == sum(m.confidence is not None and m.confidence >= 0.75
                                                   for m in meetings)
    tied = [m for i in ids for m in meeting_mentions_for(db, i, with_rejected=True)]
    assert figures["mentions"]["total"] == len(tied)
    assert figures["mentions"]["tied"] == sum(m.meeting_id is not None for m in tied)
    links = links_of(db)
    assert figures["links"]["total"] == len(links) and figures["links"]["by_state"]["accepted"] == 1
    assert {k: v for k, v in figures["links"]["by_relation"].items() if v} == Counter(k.relation for k in links)
    assert stats["team"] is None


def test_json_keys_are_stable(library, capsys):
    stats = _stats(library, capsys)
    assert set(stats) == {*KEYS, "team"}
    for section, keys in KEYS.items():
        assert set(stats[section]) == keys, section
    assert set(stats["articles"]["dates"]) == {"first", "last", "undated", "undated_inferred"}
    assert set(stats["mentions"]["by_type"][0]) == {"type", "total", "proposed", "accepted", "rejected", "user",
                                                    "linked", "detached"}
    assert list(stats["meetings"]["by_confidence"]) == ["sure", "fairly_sure", "unsure", "user"]
    assert list(stats["meetings"]["by_status"]) == ["held", "scheduled", "proposed", "cancelled", "none_planned"]


def test_text_is_aligned_and_says_the_same(library, capsys):
    assert main(["stats", "--db", str(library)]) == 0
    text = capsys.readouterr().out
    stats = _stats(library, capsys)
    lines = text.splitlines()
    assert lines[0].split() == ["library", str(library.resolve())]
    assert f"articles         {stats['articles']['total']}" in lines
    assert f"entity mentions  {stats['mentions']['total']:,}  (proposed" in text
    table = lines[lines.index(next(line for line in lines if line.split()[:2] == ["type", "total"])):]
    table = table[:len(stats["mentions"]["by_type"]) + 1]
    ends = {len(line) for line in table}
    assert len(ends) == 1, table  # right-aligned numbers: every row ends in the same column
    outlet = stats["articles"]["top_outlets"][0]
    assert any(line.split() == [outlet["outlet"], str(outlet["articles"])] for line in lines)


def test_text_of_hostile_names_stays_one_line_each(library, capsys):
    stats = _stats(library, capsys)
    stats["articles"]["top_outlets"][0]["outlet"] = "外務省\n<b>x</b>\tY\u2028Z"
    stats["last_import"]["source"] = "a\r\nb.txt"
    lines = stats_lines(stats)
    assert any("外務省 <b>x</b> Y Z" in line for line in lines)
    assert any(line.endswith("from a  b.txt") for line in lines)


def test_an_empty_library_counts_zero(tmp_path, capsys):
    path = tmp_path / "empty.db"
    open_db(path).close()
    stats = _stats(path, capsys)
    assert stats["articles"]["total"] == stats["mentions"]["total"] == stats["claims"]["total"] == 0
    assert stats["meetings"]["total"] == stats["meetings"]["links"]["total"] == 0
    assert stats["last_import"] is None and stats["team"] is None
    assert stats["articles"]["dates"] == {"first": None, "last": None, "undated": 0, "undated_inferred": 0}
    assert main(["stats", "--db", str(path)]) == 0
    assert "last import      none yet" in capsys.readouterr().out


def test_missing_and_foreign_libraries_are_refused_in_one_line(tmp_path, capsys):
    assert main(["stats", "--db", str(tmp_path / "none.db")]) == 2
    assert capsys.readouterr().err.strip() == f"kaidan: no library at {tmp_path / 'none.db'}"
    foreign = tmp_path / "places.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    assert main(["stats", "--db", str(foreign)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a Kaidan library" in err[0] and "bookmarks" in err[0]
    assert foreign.read_bytes() == before and sorted(os.listdir(tmp_path)) == ["places.sqlite"]


def _kaidan(*args: str, prefix=(), env=None) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300)


def test_a_read_only_library_is_counted(library, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "lib.db"
    shutil.copy(library, path)
    prefix = []
    if os.geteuid() == 0:  # root writes anything: give up the override, as a user runs it
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        run = _kaidan("stats", "--json", "--db", str(path), prefix=prefix)
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["articles"]["total"] == 5
    assert sorted(os.listdir(folder)) == ["lib.db"]


def test_counts_while_another_process_writes(library, tmp_path):
    """The writer holds the write lock inside an open transaction: stats neither waits nor sees half of it."""
    path = tmp_path / "busy.db"
    shutil.copy(library, path)
    db = open_db(path)
    with atomic(db):
        db.execute("UPDATE articles SET status = 'done'")
        run = _kaidan("stats", "--json", "--db", str(path), env={"KAIDAN_LOCK_WAIT": "0"})
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["articles"]["by_status"]["done"] == 1  # the committed state only
    db.close()


def test_odd_values_stored_by_another_tool_never_crash_it(library, tmp_path, capsys):
    path = tmp_path / "odd.db"
    shutil.copy(library, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE articles SET outlet = X'00FF', published = 20240101 WHERE id = 1")
    conn.execute("UPDATE articles SET outlet = 'A\nB', source = '' WHERE id = (SELECT max(id) FROM articles)")
    conn.execute("UPDATE mentions SET type = '' WHERE id = 1")
    conn.commit()
    conn.close()
    assert main(["stats", "--db", str(path)]) == 0
    text = capsys.readouterr().out
    assert "\nB" not in text and "A B" in text
    stats = _stats(path, capsys)
    assert stats["articles"]["total"] == 5 and any(t["type"] == "" for t in stats["mentions"]["by_type"])


def test_long_lists_of_counts_wrap_under_their_value(library, capsys):
    stats = _stats(library, capsys)
    lines = stats_lines(stats)
    assert max(len(line) for line in lines if not line.startswith(("library", "last import"))) <= 100  # paths
    kinds = lines.index(next(line for line in lines if line.split()[:1] == ["kind"]))
    joined = " ".join(line.strip() for line in lines[kinds:kinds + 2])
    assert "trip" in joined and lines[kinds + 1].startswith(" " * 17) and lines[kinds + 1][17] != " "
