"""The window's refusal of an edit whose article was cleaned again elsewhere says that, in one line, in English
and in Japanese: not that the claim or the meeting mention was deleted or proposed again."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from core.store.errors import RowGone
from tests.ui.elsewhere import refusals
from tests.ui.i18n_walk import language


def test_a_refusal_after_recleaning_says_the_article_was_cleaned_again(window):
    said = refusals(window)
    window.undo_stack.report(False, "Set Stance to Favor", RowGone("claim", 7, recleaned=True))
    window.undo_stack.report(False, "Tie to Meeting", RowGone("meeting_mention", (10, 14), recleaned=True))
    window.undo_stack.report(False, "Set Stance to Favor", RowGone("claim", 7))
    assert all("\n" not in line for line in said) and len(said) == 3
    for line in said[:2]:
        assert "cleaned the article again" in line and "deleted" not in line and "proposed" not in line
    assert "deleted it" in said[2]  # a claim that is gone is still said to be gone
    with language(QApplication.instance(), "ja"):
        window.undo_stack.report(False, "Set Stance to Favor", RowGone("claim", 7, recleaned=True))
    assert "整形し直し" in said[3]
