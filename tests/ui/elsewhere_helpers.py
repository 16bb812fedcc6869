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
