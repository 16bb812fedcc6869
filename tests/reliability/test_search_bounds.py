"""A pasted article as a search query: bounded memory, the article still found, the cut said."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from window_fixtures import library_window, quiet_settings, seed_paths, window_on  # noqa: F401 (fixtures)

from core.jobs import import_paths
from core.store import open_db
from core.store.article_list import article_ids
from core.store.articles import get_article
from core.store.search import QUERY_LIMIT, bounded_query, match_expression

ROOT = Path(__file__).resolve().parents[2]
LONG = 200_000

# The search runs in a child process whose address space is capped at 1.5 GB:
# before the bound, a 200,000-character query asked SQLite for some 5 GB.
_CHILD = """
import json, resource, sys
sys.path.insert(0, sys.argv[1])
from core.store import open_db
from core.store.article_list import article_ids
resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))
db = open_db(sys.argv[2])
found = {}
for article_id, query in json.loads(sys.stdin.read()).items():
    found[article_id] = article_ids(db, query)
print(json.dumps(found))
"""


def long_query(body: str) -> str:
    return (body * (LONG // len(body) + 1))[:LONG]


def test_a_200000_character_query_finds_its_article_in_bounded_memory(tmp_path):
    db_path = tmp_path / "library.db"
    assert not import_paths(seed_paths(), db_path).failed
    db = open_db(db_path)
    articles = [get_article(db, article_id) for article_id in article_ids(db)]
    db.close()
    queries = {str(a.id): long_query(a.body) for a in articles}
    child = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), str(db_path)], input=json.dumps(queries),
                           capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert child.returncode == 0, child.stderr[-2000:]
    found = json.loads(child.stdout)
    for article in articles:
        assert article.id in found[str(article.id)], article.source


def test_the_command_line_lists_the_article_and_says_the_query_was_cut(tmp_path):
    db_path = tmp_path / "library.db"
    assert not import_paths(seed_paths()[:2], db_path).failed
    db = open_db(db_path)
    target = get_article(db, article_ids(db)[0])
    db.close()
    command = [sys.executable, str(ROOT / "main.py"), "list", "--db", str(db_path), "--json",
               "--search", long_query(target.body)[:30_000]]  # one argument holds at most 128 KB
    listed = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=300, cwd=ROOT)
    assert listed.returncode == 0, listed.stderr
    assert target.id in [row["id"] for row in json.loads(listed.stdout)]
    assert f"first {QUERY_LIMIT} characters" in listed.stderr


def test_only_the_first_characters_of_a_query_are_searched():
    query = long_query("ルビオ米国務長官と中国の王毅外相は11日、会談した。")
    searched, cut = bounded_query(query)
    assert cut and len(searched) == QUERY_LIMIT and query.startswith(searched)
    assert match_expression(query) == match_expression(searched)
    assert bounded_query("王毅外相") == ("王毅外相", False)


def test_the_window_searches_a_pasted_article_and_says_it_was_cut(qtbot, library_window):
    window = library_window(seed_paths())
    db = window.db
    target = get_article(db, window.model.article_id(0))
    window.search.setText(long_query(target.body))
    with qtbot.waitSignal(window.model.refreshed, timeout=20000):
        window.search.returnPressed.emit()
    shown = [window.model.article_id(row) for row in range(window.model.rowCount())]
    assert target.id in shown
    message = window.statusBar().currentMessage()
    assert f"first {QUERY_LIMIT} characters" in message
    # A short query again: no message about cutting comes back.
    window.statusBar().clearMessage()
    window.search.setText(target.title[:4])
    with qtbot.waitSignal(window.model.refreshed, timeout=20000):
        window.search.returnPressed.emit()
    assert "characters" not in window.statusBar().currentMessage()
