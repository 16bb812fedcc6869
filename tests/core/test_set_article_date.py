"""An article no page, name or text dates: unknown until the user gives its day (undoable), never the day its file
was copied; its dates and meetings are read against the day given, and cleaning it again keeps that day."""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime

import pytest

from core.corrections import set_line_label
from core.edits import SetPublished
from core.export import export_jsonl
from core.jobs import import_paths
from core.published_date import user_day, user_published
from core.store import open_db
from core.store.articles import get_article
from tests.shared_data import SHARED, require

# A Wikinews article whose second line (its date) is empty: 5月12日 and 13日 in it, no full date.
UNDATED = SHARED / "corpus" / "wikinews" / "txt" / "wn-00005.txt"


@pytest.fixture
def library(tmp_path):
    page = tmp_path / "copied" / "wn-00005.txt"
    page.parent.mkdir()
    shutil.copy(require(UNDATED), page)
    copied = datetime(2026, 12, 7, 9, 0).timestamp()  # a copy made today
    os.utime(page, (copied, copied))
    path = tmp_path / "lib.db"
    summary = import_paths([page], path)
    db = open_db(path)
    yield db, path, summary.imported[0][1]
    db.close()


def _dates(db, article_id) -> dict[str, str | None]:
    """Each date's text and value, where it is first written."""
    found = {}
    for text, value in db.execute("SELECT text, value FROM mentions WHERE article_id = ? AND type = 'DATE' "
                                  "ORDER BY start_char", [article_id]):
        found.setdefault(text, value)
    return found


def test_a_copied_page_without_a_date_has_none_and_exports_null(library, tmp_path):
    db, path, article_id = library
    row = get_article(db, article_id)
    assert (row.published, row.published_inferred) == (None, None)
    assert not any((value or "").startswith("2026") for value in _dates(db, article_id).values())
    export_jsonl(db, tmp_path / "out")
    record = json.loads((tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert "published" in record and record["published"] is None and record["published_inferred"] is None


def test_the_user_gives_the_day_and_undo_takes_it_back(library):
    db, _, article_id = library
    undo = SetPublished(article_id, user_day("2008-05-13"), text="Set Date").apply(db)
    row = get_article(db, article_id)
    assert (row.published, row.published_precision) == ("2008-05-13", "day")
    assert _dates(db, article_id)["5月12日"] == "2008-05-12"  # read again against the day given
    assert user_published(db, article_id).published == "2008-05-13"
    redo = undo.apply(db)
    assert get_article(db, article_id).published is None
    assert user_published(db, article_id) is None
    assert _dates(db, article_id)["5月12日"] != "2008-05-12"
    redo.apply(db)
    assert get_article(db, article_id).published == "2008-05-13"


def test_cleaning_again_keeps_the_users_day(library):
    db, _, article_id = library
    SetPublished(article_id, user_day("2008-05-13"), text="Set Date").apply(db)
    set_line_label(db, article_id, 1, "drop")
    assert get_article(db, article_id).published == "2008-05-13"


@pytest.mark.parametrize("typed", ["2008-02-30", "20080513", "5月13日", ""])
def test_a_day_the_user_types_must_be_a_calendar_day(typed):
    with pytest.raises(ValueError):
        user_day(typed)
