"""The library session: one writer thread saves every window edit, one signal says what changed, one annotator."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QSettings

from core.edits import Edit, SetStatus, UpdateClaim
from core.store.articles import get_article, set_status
from tests.ui.conftest import ANNOTATOR


@dataclass(frozen=True)
class Traced(Edit):
    """A status edit that notes the thread that applied it."""

    kind: ClassVar[str] = "status"
    inner: Edit
    threads: list

    @property
    def ids(self) -> tuple:
        return self.inner.ids

    def apply(self, db, annotator=None) -> Edit:
        self.threads.append(threading.get_ident())
        return Traced(self.inner.apply(db, annotator), self.threads, text=self.text)


def test_edits_are_written_on_one_thread_that_is_not_the_gui_and_read_at_once(qtbot, entity_window):
    window = entity_window
    article_id = window.reader.article_id
    threads: list[int] = []
    changed: list[tuple] = []
    window.session.changed.connect(lambda kind, ids: changed.append((kind, ids, threading.get_ident())))
    for status in ("done", "in progress", "done"):
        window.undo_stack.push(Traced(SetStatus.marking([article_id], status), threads, text="Status"))
        assert get_article(window.db, article_id).status == status  # the GUI connection sees it at once
    window.undo_stack.undo()
    assert get_article(window.db, article_id).status == "in progress"
    gui = threading.get_ident()
    assert len(threads) == 4 and len(set(threads)) == 1 and threads[0] != gui
    assert changed == [("status", (article_id,), gui)] * 4


def test_a_changed_claim_refreshes_the_panel_through_the_one_signal(qtbot, entity_window):
    window = entity_window
    article_id = window.reader.article_id
    candidate = next(c for c in window.claims.claims if c.state == "candidate")
    window.undo_stack.push(UpdateClaim(article_id, candidate.id, {"state": "dismissed"}, text="Dismiss"))
    assert candidate.id not in {c.id for c in window.claims.claims}
    window.undo_stack.undo()
    assert candidate.id in {c.id for c in window.claims.claims}


def test_the_annotator_is_the_sessions_not_read_again_from_the_settings(qtbot, entity_window):
    window = entity_window
    article_id = window.reader.article_id
    assert window.session.annotator == ANNOTATOR
    QSettings().setValue("annotator/name", "someone else")  # another window's choice, not this session's
    window.statuses.set_status("done", [article_id])
    dialog = window.ask_annotator()
    dialog.name.setText("Jiro")
    dialog.accept()
    assert window.session.annotator == "Jiro" and QSettings().value("annotator/name") == "Jiro"
    window.statuses.set_status("new", [article_id])
    log = [r[0] for r in window.db.execute("SELECT annotator FROM changes WHERE action = 'set_status' ORDER BY id")]
    assert log == [ANNOTATOR, "Jiro"]


def test_a_refused_edit_leaves_no_entry_and_says_why(qtbot, entity_window):
    window = entity_window
    messages: list[str] = []
    window.undo_stack.failed.connect(messages.append)
    window.undo_stack.push(UpdateClaim(window.reader.article_id, 10 ** 6, {"note": "x"}, text="Edit claim"))
    assert window.undo_stack.count() == 0
    assert messages and messages[0].startswith("Not saved: “Edit claim”: the claim is no longer in the library")


def test_closing_the_window_ends_the_writer(qtbot, entity_window):
    window = entity_window
    set_status(window.db, window.reader.article_id, "done")  # reads and the odd GUI write still work
    window.statuses.set_status("new")
    writer = window.session.writer
    window.close()
    assert writer.closed
