"""The claims panel: the article's claims and Kaidan's candidates in reading order."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QHeaderView, QTreeWidgetItem, QVBoxLayout, QWidget

from core.model import Claim
from ui.claims.labels import candidate_heading
from ui.common.words import counted
from ui.common.docks import panel_list, panel_summary
from ui.common.no_article import no_article_shown
from ui.reader.legend import swatch
from ui.common.plain import excerpt, tooltip
from ui.common.settings_read import read_setting

ID_ROLE = Qt.UserRole
UNSURE = 0.5  # candidates Kaidan is less sure of than this can be hidden
HIDE_UNSURE_KEY = "claims/hide_unsure"
HEADING_SHARE = 0.45  # of the list's width for "holder → target"; the claim's text takes the rest


def claim_heading(claim: Claim, holder: str, target: str) -> str:
    """holder → target (for a candidate nobody has looked at, holder · what its cue names, else the holder alone)."""
    if claim.state == "candidate":
        return candidate_heading(holder, claim.cue)
    who = holder or "?"
    return f"{who} → {target}" if target else who


def unsure(claim: Claim) -> bool:
    """A candidate Kaidan gave a low confidence (the user's claims are never unsure)."""
    sure = claim.confidence
    return claim.state == "candidate" and sure is not None and sure < UNSURE


class ClaimsPanel(QWidget):
    """Select a claim to see it in the reader; Enter edits, Delete deletes or dismisses."""

    claim_selected = Signal(int)  # claim id
    edit_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.claims: list[Claim] = []
        self.summary = panel_summary()
        tree = panel_list([self.tr("Holder → target"), self.tr("Claim")], self.tr("Claims in the article"))
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.resizeSection(0, 150)  # until the list has a width (see eventFilter)
        header.setStretchLastSection(True)
        tree.currentItemChanged.connect(self._current_changed)
        tree.itemActivated.connect(lambda item, _c: self._emit(self.edit_requested, item))
        tree.installEventFilter(self)
        tree.viewport().installEventFilter(self)
        self.tree = tree
        self.hide_unsure = QCheckBox(self.tr("Hide unsure candidates"))
        self.hide_unsure.setToolTip(
            self.tr("Hide candidates Kaidan is less than {share} sure of").format(share=f"{UNSURE:.0%}"))
        # the choice is the user's way of reading: it holds for the next article and the next start
        self.hide_unsure.setChecked(read_setting(HIDE_UNSURE_KEY, False))
        self.hide_unsure.toggled.connect(lambda on: QSettings().setValue(HIDE_UNSURE_KEY, on))
        self.hide_unsure.toggled.connect(lambda _on: self.set_claims(*self._shown, article_id=self._article_id))
        self._shown: tuple = ([], {}, {}, None)
        self._article_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.hide_unsure)
        layout.addWidget(tree, 1)
        self.set_claims([], {}, {})

    def set_claims(self, claims: list[Claim], names: dict[int, tuple[str, str]],
                   colours: dict[str, str], labels: dict[str, str] | None = None,
                   article_id: int | None = None) -> None:
        """Show claims (in reading order); names maps a claim id to (holder, target) for display. article_id
        is the article they are of (taken from the claims when not given; needed to tell an emptied list)."""
        current = self.current_id()
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if current is not None else -1
        if article_id is None and claims:
            article_id = claims[0].article_id
        same_article = article_id is not None and article_id == self._article_id
        shown_before = {c.id for c in self._shown[0]}
        self._article_id = article_id
        self._shown = (claims, names, colours, labels)
        hidden = [c for c in claims if unsure(c)] if self.hide_unsure.isChecked() else []
        claims = [c for c in claims if c not in hidden]
        self.claims = claims
        labels = labels or {}
        grey = self.palette().color(QPalette.Disabled, QPalette.Text)
        self.tree.blockSignals(True)
        self.tree.clear()
        for claim in claims:
            holder, target = names.get(claim.id, ("", ""))
            heading = claim_heading(claim, holder, target)
            item = QTreeWidgetItem([heading, excerpt(claim.text, 60)])
            item.setData(0, ID_ROLE, claim.id)
            if claim.state == "candidate":
                for column in (0, 1):
                    item.setForeground(column, grey)
                sure = claim.confidence
                item.setToolTip(0, tooltip(heading + "\n" + (  # the panel is narrow: the heading whole on hover
                    self.tr("Candidate ({share} sure, cue: {cue}): Enter accepts it and opens the editor, "
                            "Delete dismisses it").format(share=f"{sure:.0%}", cue=claim.cue or "?")
                    if sure is not None else
                    self.tr("Candidate: Enter accepts it and opens the editor, Delete dismisses it"))))
            else:
                colour = colours.get(claim.stance or "")
                stance = labels.get(claim.stance or "", self.tr("no stance yet"))
                if colour:
                    item.setIcon(0, swatch(QColor(colour), QColor(colour)))
                item.setToolTip(0, tooltip(heading + "\n" + self.tr("{stance}. Enter edits, Delete deletes").format(
                    stance=stance)))
            item.setToolTip(1, tooltip(claim.text))
            self.tree.addTopLevelItem(item)
            if claim.id == current:
                self.tree.setCurrentItem(item)
        count = self.tree.topLevelItemCount()
        if same_article and row >= 0 and count and self.tree.currentItem() is None:
            # The current row was deleted or dismissed: the row that took its place is current (the last one at
            # the end), so Delete, Delete… goes on down the list and the arrows move from where the user was.
            self.tree.setCurrentItem(self.tree.topLevelItem(min(row, count - 1)))
        back = [c.id for c in claims if c.id not in shown_before]
        if same_article and len(back) == 1:
            # One row came back (an undone dismissal or deletion) or was made: it is current (the view scrolls to
            # it), so the user can act on it at once. A run of suggestions bringing several leaves the current row.
            self.tree.setCurrentItem(self._item(back[0]))
        self.tree.blockSignals(False)
        accepted = sum(1 for c in claims if c.state != "candidate")
        candidates = len(claims) - accepted
        text = self.tr("{claims}, {candidates}").format(
            claims=counted(accepted, self.tr("1 claim"), self.tr("{n} claims")),
            candidates=counted(candidates, self.tr("1 candidate"), self.tr("{n} candidates")))
        if hidden:
            text += self.tr(" (%n unsure hidden)", "", len(hidden))
        if not claims and not hidden:
            text = self.tr("No claims in this article. Select text and press C.") if article_id is not None \
                else no_article_shown()
        self.summary.setText(text)

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item else None

    def select(self, claim_id: int) -> None:
        """Make claim_id the current row (without moving the reader)."""
        item = self._item(claim_id)
        if item is not None:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.blockSignals(False)

    def _item(self, claim_id: int) -> QTreeWidgetItem | None:
        return next((self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount())
                     if self.tree.topLevelItem(row).data(0, ID_ROLE) == claim_id), None)

    def _emit(self, signal, item) -> None:
        if item is not None:
            signal.emit(item.data(0, ID_ROLE))

    def _current_changed(self, item, _previous) -> None:
        self._emit(self.claim_selected, item)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.tree and event.type() == QEvent.KeyPress and \
                event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
            self._emit(self.remove_requested, self.tree.currentItem())
            return True
        if obj is self.tree.viewport() and event.type() == QEvent.Resize and \
                event.size().width() != event.oldSize().width():
            # the heading keeps its share as the panel widens or narrows, so both columns stay in view
            self.tree.header().resizeSection(0, round(event.size().width() * HEADING_SHARE))
        return super().eventFilter(obj, event)
