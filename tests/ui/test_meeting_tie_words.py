"""G's tie carries the words the reader showed at the span, so a body re-cleaned elsewhere since is seen and the
tie never marks or ties the other words now under those offsets (core/edits/meetings.py TieMention)."""

from types import SimpleNamespace

from core.jobs import import_paths
from core.store import open_db
from core.store.meetings import create_meeting, meeting_mentions_for
from ui.meetings.attach import attach

TEXT = "日中外相が会談\n\n日本の山川外相は10日、中国の王毅外相と北京で会談した。両氏は協力を確認した。\n"


def test_the_tie_pushed_names_the_words_at_its_span(qtbot, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    article_id = import_paths([tmp_path / "a.txt"], tmp_path / "lib.db").imported[0][1]
    db = open_db(tmp_path / "lib.db")
    try:
        body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
        pushed, told = [], []
        controller = SimpleNamespace(db=db, undo_stack=SimpleNamespace(push=pushed.append, refusals=0),
                                     status_bar=SimpleNamespace(showMessage=lambda words, _ms: told.append(words)))
        [mention] = meeting_mentions_for(db, article_id)
        attach(controller, article_id, body, (mention.start, mention.end), mention, create_meeting(db, "phone_call"))
        attach(controller, article_id, body, (0, 2), None, create_meeting(db, "phone_call"))  # a span marked afresh
    finally:
        db.close()
    assert [(edit.span, edit.words) for edit in pushed] == [((mention.start, mention.end), mention.text),
                                                           ((0, 2), body[:2])]
