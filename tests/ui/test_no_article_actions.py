"""Every action on the article shown says 「先に記事を選んでください」 when no article is shown (an empty library, a
search that found nothing); before, Ctrl+F5, Shift+F5, C, G and the type keys did nothing at all."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.i18n_walk import language

NEEDS_AN_ARTICLE = ("rerun_article", "suggest_claims", "claim", "attach_meeting", "mark_PERSON", "mark_DATE",
                    "status_done")


@pytest.mark.parametrize("action", NEEDS_AN_ARTICLE)
def test_an_action_on_no_article_says_to_select_one(qtbot, window, action):
    assert window.reader.article_id is None  # an empty library
    window.statusBar().clearMessage()
    with language(QApplication.instance(), "ja"):
        window.actions_by_name[action].trigger()
    assert window.statusBar().currentMessage() == "先に記事を選んでください"
    assert not window.imports.is_running() and window.claims.editor is None
