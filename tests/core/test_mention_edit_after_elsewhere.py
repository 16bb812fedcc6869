"""A correction of a name (UpdateMention with the span the window read) after detection ran again on its article
elsewhere: it reaches the name over that span, whatever id the name has now, and never the row given its id."""

import pytest

from core.analysis import analyze_library
from core.edits import UpdateMention
from core.edits.journal import EditJournal
from core.store.mentions import mentions_for
from tests.core.elsewhere_library import library_of

TEXT = ("日中外相が会談\n\n日本の山川外相は10日、中国の王毅外相と北京で会談した。"
        "王毅外相は「協力を強化したい」と述べた。山川外相はロンドンを訪れる。\n")


@pytest.fixture
def library(tmp_path):
    yield from library_of(tmp_path, TEXT, TEXT.replace("北京", "上海"))  # its rows come after


def _named(db, article_id, text):
    return next(m for m in mentions_for(db, article_id, with_rejected=True) if m.text == text)


def test_a_name_rejected_by_its_old_id_after_analyze_elsewhere_is_rejected(library):
    db, path, article_id = library
    shown = _named(db, article_id, "北京")
    analyze_library(path, [article_id])  # writes the proposals again under new ids
    assert shown.id not in {m.id for m in mentions_for(db, article_id)}
    edit = UpdateMention(article_id, shown.id, {"state": "rejected"}, (shown.start, shown.end, shown.type))
    inverse, _ = EditJournal().apply(db, edit, "me")
    now = _named(db, article_id, "北京")
    assert now.state == "rejected" and inverse.mention_id == now.id


def test_a_freed_id_given_to_another_name_is_not_changed(library):
    db, _, article_id = library
    shown, other = _named(db, article_id, "北京"), _named(db, article_id, "ロンドン")
    # The window's id for 北京 now names ロンドン (freed and given again by a detection run elsewhere).
    edit = UpdateMention(article_id, other.id, {"state": "rejected"}, (shown.start, shown.end, shown.type))
    EditJournal().apply(db, edit, "me")
    assert _named(db, article_id, "北京").state == "rejected"
    assert _named(db, article_id, "ロンドン").state == other.state


def test_a_name_no_longer_detected_is_refused_by_its_id(library):
    db, _, article_id = library
    shown = _named(db, article_id, "北京")
    db.execute("DELETE FROM mentions WHERE id = ?", [shown.id])
    db.conn.commit()
    with pytest.raises(KeyError):
        UpdateMention(article_id, shown.id, {"state": "rejected"}, (shown.start, shown.end, shown.type)).apply(db)
