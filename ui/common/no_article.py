"""What an action on the article shown says when none is shown (an empty library, a search that found nothing).

Ctrl+F5, Shift+F5, C, G and the type keys 1–7 did nothing at all then, while the status keys said "Select an
article first": every action that needs the article shown now says the same one sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

NO_ARTICLE = QT_TRANSLATE_NOOP("NoArticle", "Select an article first")
# a side panel's line while no article is shown (it spoke of "this article" when there was none)
NO_ARTICLE_SHOWN = QT_TRANSLATE_NOOP("NoArticle", "No article shown.")


def no_article_shown() -> str:
    """A side panel's line while no article is shown, in the interface language."""
    return QCoreApplication.translate("NoArticle", NO_ARTICLE_SHOWN)


def article_shown(article_id: int | None, status_bar) -> bool:
    """Whether an article is shown; when none is, the status bar says to select one."""
    if article_id is None:
        status_bar.showMessage(QCoreApplication.translate("NoArticle", NO_ARTICLE), 4000)
        return False
    return True
