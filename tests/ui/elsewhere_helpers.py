"""Another Kaidan on the same library: an edit written through a connection of its own, and what the list shows."""

from sqlite_utils import Database

from core.store.transactions import atomic
from ui.reader.article_model import COLUMNS


def edit_elsewhere(window, edit) -> None:
    """Apply an edit through a connection of its own, as another Kaidan window or process would."""
    other = Database(window.db_path)
    try:
        with atomic(other):
            edit.apply(other, "someone else")
    finally:
        other.close()


def status_shown(window, article_id: int) -> str:
    """The status column of the article's row in the list."""
    return window.model.index(window.model.row_of(article_id), COLUMNS.index("status")).data()


def scrolled_list(qtbot, window):
    """The list made taller than its view and scrolled halfway: (its scroll bar, the value it was left at)."""
    window.list_view.setFixedHeight(110)
    scroll = window.list_view.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    scroll.setValue(scroll.maximum() // 2)
    return scroll, scroll.value()


def same_place(window, article_id: int, scroll, kept_at: int) -> bool:
    """Whether the list still has the article selected and shown, scrolled where it was."""
    return (window.model.article_id(window.list_view.currentIndex().row()) == article_id
            and window.reader.article_id == article_id and scroll.value() == kept_at)
