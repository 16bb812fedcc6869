"""View → Reload (F5): read the open library again into every view of the window.

Another window or process may have changed the library (a claim's stance, an article's status, new
articles); the window's views show what they read last. Reload reads it all again: the article list
(its selection and scroll kept where the rows still exist) and its count, the article shown with its
entities, claims and meetings, and the windows of their own that are open (meetings, claims, registry).
A claim being edited is never thrown away: while its editor is open the article shown stays as it is.
A change another window or process made is noticed on its own (ui.window.library_watch): the list and its
count are read again at once, and the status bar says that Reload shows the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.common.library_file import library_gone
from ui.common.shortcuts import key_text
from ui.window.library_gone import say_gone

translate = QCoreApplication.translate


def reload_library(window) -> None:
    """Read the library again into the article list, the reader, its panels and the open windows."""
    if window.library_closed:
        return
    if library_gone(window):  # nothing to read again at its path: say why instead of "Reloaded"
        say_gone(window)
        return
    reload_list(window)
    window.library_watch.resync()  # what arrived elsewhere is in the list now: no notice for it later
    editing = claim_being_edited(window)
    if window.reader.article_id is not None and not editing:
        window.model.forget(window.reader.article_id)
        window.show_article(window.reader.article_id)  # the reader and its panels read it again
    for other in (window.meetings.meetings_window, window.claims.browser, window.entities.registry_window):
        if other is not None:
            other.reload()
    window.statusBar().showMessage(
        translate("Reload", "Reloaded. The claim being edited stays open: press {key} again once it is saved "
                            "or closed to reload the article shown.").format(key=key_text("reload")) if editing
        else translate("Reload", "Reloaded: the window shows the library as it is now."), 6000)


def reload_after_gone(window) -> None:
    """An edit found what it named gone (removed or written again elsewhere): the article list and the open
    windows of their own read the library again, as Reload does, without its message over the refusal's (the
    article shown is read again by the refusal itself). A meeting's field being typed stays as typed."""
    if window.library_closed or library_gone(window):
        return
    reload_list(window)
    window.library_watch.resync()
    for other in (window.meetings.meetings_window, window.claims.browser, window.entities.registry_window):
        if other is not None and not (other is window.meetings.meetings_window and meeting_being_typed(window)):
            other.reload()


def reload_list(window) -> None:
    """Read the article list and its count again (on the list's worker), its selection and scroll kept."""
    scroll = window.list_view.verticalScrollBar()
    kept_at = scroll.value()

    def keep_scroll(*_counts) -> None:
        window.model.refreshed.disconnect(keep_scroll)
        scroll.setValue(min(kept_at, scroll.maximum()))

    window.model.refreshed.connect(keep_scroll)  # after the window's own slot has chosen the row again
    window.model.reload()


def edit_in_progress(window) -> bool:
    """Whether the user is in the middle of an edit not saved yet: a claim's editor open, a meeting's field
    being typed in."""
    return claim_being_edited(window) or meeting_being_typed(window)


def claim_being_edited(window) -> bool:
    return window.claims.editor is not None


def meeting_being_typed(window) -> bool:
    meetings = window.meetings.meetings_window
    return meetings is not None and meetings.card.typing()


def changed_elsewhere(window) -> None:
    """Another window or process changed the library: the list and its count are read again at once (the
    list's worker reads them; the selection and scroll stay), the user told in the status bar; the article
    shown and the other windows wait for Reload. In the middle of an edit only the message is given."""
    if window.library_closed:
        return
    key = key_text("reload")
    if edit_in_progress(window):
        window.statusBar().showMessage(translate(
            "Reload", "The library was changed in another window or process. Your edit in progress is kept: "
                      "press {key} once it is saved to see the changes.").format(key=key))
        return
    reload_list(window)
    window.statusBar().showMessage(translate(
        "Reload", "The library was changed in another window or process: the article list is up to date; "
                  "press {key} to reload the article shown and the other windows.").format(key=key))
