"""The user's fixes to the cleaner: saved at once, undoable, kept across re-import."""

from pathlib import Path

import pytest

from tests.shared_data import require

from core.corrections import set_line_label
from core.jobs import import_paths
from core.store import open_db
from core.store.articles import get_article

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_55f3fb43f71b764a.txt"


@pytest.fixture(autouse=True)
def _shared_data():
    require(SEED)


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "lib.db"
    summary = import_paths([SEED], path)
    db = open_db(path)
    yield db, path, summary.imported[0][1]
    db.close()


def test_marking_a_dropped_line_as_body_and_back(library):
    db, _, article_id = library
    before = get_article(db, article_id)
    assert before.line_labels[35] == "meta"  # the "ロイター" credit line
    assert set_line_label(db, article_id, 36, "body", annotator="tester") is None
    after = get_article(db, article_id)
    assert after.body.endswith("\nロイター") and 36 in after.body_lines
    assert set_line_label(db, article_id, 36, None) == "body"
    assert get_article(db, article_id).body == before.body
    actions = db.execute("SELECT annotator, before, after FROM changes WHERE action = 'set_line_label' "
                         "ORDER BY id").fetchall()  # the article's re-detection logs its rows too
    assert actions[0] == ("tester", '{"line": 36, "label": null}', '{"line": 36, "label": "body"}')


def test_a_correction_survives_deleting_and_reimporting(library):
    db, path, article_id = library
    set_line_label(db, article_id, 12, "drop")
    db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    summary = import_paths([SEED], path)
    new_id = summary.imported[0][1]
    body = get_article(db, new_id).body
    assert not body.startswith("[クアラルンプール")


def test_bad_requests_are_refused(library):
    db, _, article_id = library
    with pytest.raises(ValueError):
        set_line_label(db, article_id, 10_000, "body")
    with pytest.raises(ValueError):
        set_line_label(db, article_id, 3, "title")
    with pytest.raises(KeyError):
        set_line_label(db, 999, 3, "body")


def test_a_line_brought_into_the_body_is_analysed_too(library):
    from core.store.meetings import meeting_mentions_for
    from core.store.mentions import mentions_for

    db, _, article_id = library
    raw_lines = get_article(db, article_id).raw.split("\n")
    line = raw_lines.index("インドネシア大統領、訪中取りやめ 首都デモが各地に") + 1
    set_line_label(db, article_id, line, "body")
    assert "訪中" in [m.text for m in meeting_mentions_for(db, article_id)]
    assert "インドネシア" in [m.text for m in mentions_for(db, article_id)]
