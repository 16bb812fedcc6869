"""The window side of claims: reader marks, the editor, the panel, commands, suggestions, browser.

Where the editor opens and what its values store are in ui.claims.editor_host; the edits the keys make, and
the words the Edit menu gives them, in ui.claims.claim_commands.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QStatusBar

from core.claims.drafts import ClaimDraft, draft_for_claim, draft_for_selection, entity_label
from core.model import Claim
from core.registry import Entity
from core.store.claims import claims_for
from core.store.holders import follow_holders
from core.store.mentions import mentions_for
from core.store.scheme import stances, topics
from ui.common.busy import busy_cursor
from ui.common.docks import right_dock
from ui.jobs.analysis_controller import AnalysisController
from ui.claims.claim_commands import accepting, removing, saving
from ui.claims.editor_host import EditorHost
from ui.claims.labels import stance_labels
from ui.claims.marks import ClaimLayer
from ui.claims.menus import build_claim_menus
from ui.claims.panel import ClaimsPanel, unsure
from ui.entities.reader_layer import EntityLayer
from ui.reader.reader_area import ReaderArea
from ui.common.no_article import article_shown

SHOWN_STATES = ("accepted", "candidate")


class ClaimController(EditorHost, QObject):
    """Claims of the article shown: marks, editor, panel; every edit is a command on the undo stack it is given."""

    def __init__(self, db, reader: ReaderArea, entity_layer: EntityLayer, layer: ClaimLayer,
                 registry: Callable[[], dict[str, Entity]], undo_stack: QUndoStack, status_bar: QStatusBar,
                 suggestions: AnalysisController, go_to_article: Callable[[int], None],
                 parent: QMainWindow) -> None:
        super().__init__(parent)
        self.db = db
        self.reader = reader  # the article shown
        self.entity_layer = entity_layer  # the reader's body, its selection and offsets
        self.registry = registry  # the entity registry by id, as the entities feature keeps it
        self.undo_stack = undo_stack
        self.status_bar = status_bar
        self.go_to_article = go_to_article
        self._parent = parent  # the browser opens over it
        self.claims: list[Claim] = []
        self.stances: list[dict] = stances(self.db)
        self.browser = None

        self.layer = layer
        self.panel = ClaimsPanel()
        self.dock = right_dock(self.tr("Claims"), "claimsDock", self.panel)  # placed by the window
        self.suggestions = suggestions
        self.actions = build_claim_menus(parent, self)

        self.layer.claim_requested.connect(self.start_claim)
        self.layer.accept_requested.connect(self.accept_or_edit)
        self.layer.remove_requested.connect(self.remove)
        self.panel.claim_selected.connect(self.show_claim)
        self.panel.edit_requested.connect(lambda cid: self.edit(cid, from_panel=True))
        self.panel.remove_requested.connect(self.remove)
        self.panel.hide_unsure.toggled.connect(lambda _on: self._paint())
        self.suggestions.finished.connect(lambda _s: self.refresh())

    # what is shown ----------------------------------------------------------------------

    @property
    def article_id(self) -> int | None:
        return self.reader.article_id

    def body(self) -> str:
        row = self.reader.row
        return (row.body or "") if row else ""

    def colours(self) -> dict[str, str]:
        return {s["key"]: s["colour"] for s in self.stances}

    def labels(self) -> dict[str, str]:
        return stance_labels(self.stances)

    def names(self, claim: Claim) -> tuple[str, str]:
        """(holder, target) as the panel shows them."""
        entities = self.registry()
        holder = entity_label(claim.holder_entity_id, claim.holder_text, entities)
        if claim.target_kind == "entity":
            target = entity_label(claim.target_ref, claim.target_text, entities)
        else:
            target = claim.target_text or claim.target_ref or ""
        return holder, target

    def _holder(self, claim: Claim) -> str:
        """The holder's name as an edit's words give it."""
        return self.names(claim)[0] or self.tr("unknown holder")

    def refresh(self, _article_id: int | None = None) -> None:
        """Load the shown article's claims and candidates into the reader and the panel."""
        self.close_editor()
        claims = claims_for(self.db, self.article_id, SHOWN_STATES) if self.article_id else []
        self.claims = follow_holders(self.db, claims)  # a holder follows the entity it mentions
        self._paint()
        self.panel.set_claims(self.claims, {c.id: self.names(c) for c in self.claims},
                              self.colours(), self.labels(), article_id=self.article_id)

    def _paint(self) -> None:
        """Paint the claims in the reader; unsure candidates the panel hides are hidden in the text too."""
        hiding = self.panel.hide_unsure.isChecked()
        self.layer.show(self.body(), [c for c in self.claims if not (hiding and unsure(c))], self.colours())

    def library_changed(self, kind: str, ids: tuple) -> None:
        """An edit was saved (the session's changed signal): refresh what shows it."""
        if kind == "claims":
            for article_id in ids:
                self._claims_changed(article_id)
        elif kind == "mentions" and self.article_id in ids:
            self.refresh()  # a newly linked name may be a holder's
        elif kind == "registry":
            self.refresh()
            if self.browser is not None:
                self.browser.schedule_reload()

    def claim(self, claim_id: int) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def _claims_changed(self, article_id: int) -> None:
        if self.browser is not None:
            self.browser.schedule_reload()
        if article_id == self.article_id:
            self.refresh()
            return
        self.go_to_article(article_id)  # an edit undone on another article: show it there

    def show_claim(self, claim_id: int) -> None:
        """Select a claim's text in the reader and scroll to it."""
        claim = self.claim(claim_id)
        if claim is not None:
            self.entity_layer.select_span(claim.start, claim.end)

    def _status(self, text: str) -> None:
        self.status_bar.showMessage(text, 6000)

    # the editor -------------------------------------------------------------------------

    def _context(self):
        return mentions_for(self.db, self.article_id), self.registry(), topics(self.db)

    def start_claim(self) -> None:
        """C: open the editor for the selection (or for the claim at the caret)."""
        if not article_shown(self.article_id, self.status_bar):
            return
        span = self.entity_layer.selection()
        if span is None:
            claim = self.layer.at_caret()
            if claim is not None:
                self.edit(claim.id)
            else:
                self._status(self.tr("Select the text of the claim first (Shift+arrows), then press C"))
            return
        same = next((c for c in self.claims if (c.start, c.end) == span), None)
        if same is not None and same.state != "candidate":
            self.edit(same.id)
            return
        mentions, entities, names = self._context()
        with busy_cursor():  # the first proposal loads the suggester (speech cues, holders)
            draft = draft_for_selection(self.article_id, self.body(), *span, self.claims, mentions,
                                        entities, names, title=self.reader.row.title if self.reader.row else None)
        self.open_editor(draft)

    def accept_or_edit(self, claim_id: int) -> None:
        """Enter in a candidate accepts it, then the editor opens for its stance; in a claim: edit."""
        claim = self.claim(claim_id)
        if claim is None or not self.may_leave_editor():
            return
        if claim.state == "candidate":
            self.undo_stack.push(accepting(claim, self._holder(claim)))
        self.edit(claim_id)

    def edit(self, claim_id: int, from_panel: bool = False) -> None:
        """Open the editor on an existing claim or candidate."""
        claim = self.claim(claim_id)
        if claim is None or not self.may_leave_editor():  # asked before the reader's selection moves
            return
        self.show_claim(claim_id)
        mentions, entities, names = self._context()
        self.open_editor(draft_for_claim(claim, self.body(), mentions, entities, names),
                         self.panel.tree if from_panel else None)

    def save(self, draft: ClaimDraft) -> None:
        """The editor's Enter: one command that adds, accepts or changes the claim."""
        fields = self._fields(draft)
        holder = entity_label(fields["holder_entity_id"], fields["holder_text"],
                              self.registry()) or self.tr("unknown holder")
        self.close_editor()
        edit = saving(draft, fields, self.claim(draft.claim_id), holder, self.labels())
        if edit is not None:
            self._push(edit, holder)

    # removing ---------------------------------------------------------------------------

    def remove(self, claim_id: int) -> None:
        """Delete: dismiss a candidate (it will not come back) or delete a claim; undoable."""
        claim = self.claim(claim_id)
        if claim is None:
            return
        self.undo_stack.push(removing(claim, self._holder(claim)))

    def remove_at_caret(self) -> None:
        claim = self.layer.at_caret()
        if claim is None:
            self._status(self.tr("Put the caret in a claim or candidate first"))
        else:
            self.remove(claim.id)

    def edit_at_caret(self) -> None:
        claim = self.layer.at_caret()
        if claim is None:
            self._status(self.tr("Put the caret in a claim or candidate first"))
        else:
            self.accept_or_edit(claim.id)

    def extend_menu(self, menu) -> None:
        """The reader's context menu: make, accept, dismiss or delete claims."""
        menu.addSeparator()
        layer = self.entity_layer
        make = menu.addAction(self.tr("Make Claim from Selection…") + "\tC", self.start_claim)
        make.setEnabled(layer.selection() is not None)
        claim = self.layer.at_caret()
        if claim is not None and claim.state == "candidate":
            menu.addAction(self.tr("Accept Claim Candidate") + "\tEnter", lambda: self.accept_or_edit(claim.id))
            menu.addAction(self.tr("Dismiss Claim Candidate"), lambda: self.remove(claim.id))
        elif claim is not None:
            menu.addAction(self.tr("Edit Claim…") + "\tEnter", lambda: self.edit(claim.id))
            menu.addAction(self.tr("Delete Claim"), lambda: self.remove(claim.id))

    # suggestions, browser, shutdown -------------------------------------------------------

    def suggest_article(self) -> None:
        if article_shown(self.article_id, self.status_bar):
            self.suggestions.start([self.article_id])

    def suggest_library(self) -> None:
        self.suggestions.start(None)

    def open_claim(self, article_id: int, start: int, end: int) -> None:
        """Show an article with a claim's text selected (the browser's activated row)."""
        if not self.may_leave_editor():
            return
        self.go_to_article(article_id)
        self.entity_layer.select_span(start, end)
        self._parent.raise_()
        self._parent.activateWindow()

    def show_browser(self):
        """Open (or raise) the claims browser."""
        from ui.claims.browser import ClaimsBrowser  # only loaded when asked for

        if self.browser is None:
            self.browser = ClaimsBrowser(self.db, self.stances, self._parent)
            self.browser.claim_activated.connect(self.open_claim)
            self.browser.reload_requested.connect(self.undo_stack.session.reload_requested)
        self.browser.show()
        self.browser.raise_()
        self.browser.activateWindow()
        return self.browser

    def shutdown(self) -> None:
        self.close_editor()
        self.suggestions.cancel()
        if self.browser is not None:
            self.browser.shutdown()
