"""The compact claim editor that opens at the selection: holder, target, stance keys, note.

The stance keys are a widget of their own (ui.claims.stance_strip).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, QRect, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.claims.drafts import ClaimDraft
from ui.common.accessible import keyboard_ready
from ui.claims.stance_strip import INTENSITIES, INTENSITY_LABELS, StanceStrip
from ui.common.completion import Proposals
from ui.common.plain import excerpt, plain_label
from ui.common.theme import cjk_font

__all__ = ["ATTRIBUTIONS", "INTENSITIES", "INTENSITY_LABELS", "ClaimEditor", "StanceStrip", "TARGET_MEANINGS"]

ATTRIBUTIONS = (("direct", QT_TRANSLATE_NOOP("ClaimEditor", "Direct quote")),
                ("indirect", QT_TRANSLATE_NOOP("ClaimEditor", "Reported speech")),
                ("mixed", QT_TRANSLATE_NOOP("ClaimEditor", "Mixed")),
                ("unattributed", QT_TRANSLATE_NOOP("ClaimEditor", "Unattributed")))
# What a typed target will be saved as, as the editor says it beside the field.
TARGET_MEANINGS = {"new topic": QT_TRANSLATE_NOOP("ClaimEditor", "new topic"),
                   "entity": QT_TRANSLATE_NOOP("ClaimEditor", "entity"),
                   "topic": QT_TRANSLATE_NOOP("ClaimEditor", "topic"),
                   "text": QT_TRANSLATE_NOOP("ClaimEditor", "text")}
EDITOR_WIDTH = 480


class ClaimEditor(QFrame):
    """A small frame over the reader; Enter saves, Esc cancels, Tab moves between fields."""

    saved = Signal(object)  # the ClaimDraft with the user's values
    cancelled = Signal()

    def __init__(self, draft: ClaimDraft, stances: list[dict], names: list[str],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.draft = draft
        self.setObjectName("claimEditor")
        self.setFrameShape(QFrame.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#claimEditor { border: 1px solid palette(mid); border-radius: 6px;"
                           " background: palette(window); }")
        title = self.tr("Claim candidate") if draft.state == "candidate" else (
            self.tr("Edit claim") if draft.claim_id else self.tr("New claim"))
        self.heading = QLabel(f"<b>{title}</b> · 「{escape(excerpt(draft.text.strip('「」')))}」")
        self.heading.setFont(cjk_font(10.5))
        self.heading.setWordWrap(True)  # a long quote wraps in a narrow reader

        self.holder = QLineEdit(draft.holder_label)
        self.holder.setPlaceholderText(self.tr("Who says it (registry name or free text)"))
        self.holder_proposals = Proposals(self.holder, QStringListModel(sorted(set(names))), self)
        names = "、".join(v.get("text") or "" for v in draft.via)
        self.via = plain_label(self.tr("via {names}").format(names=names) if draft.via else "")
        self.via.setForegroundRole(self.via.foregroundRole().PlaceholderText)
        self.via.setVisible(bool(draft.via))

        self.target = QComboBox()
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.NoInsert)
        # a long proposed target (a paragraph taken for a topic) widens its list, not the editor
        self.target.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(12)
        for label, kind, ref in draft.targets:
            self.target.addItem(label, (kind, ref))
        self.target.lineEdit().setPlaceholderText(self.tr("Whom or what about (entity, topic or text)"))
        self.target.setCurrentIndex(self.target.findText(draft.target_label) if draft.target_label else -1)
        if draft.target_label and self.target.currentIndex() < 0:
            self.target.setEditText(draft.target_label)
        # Completion proposes; only a picked item replaces what was typed (Down opens the list).
        self.target.setCompleter(None)
        self.target_proposals = Proposals(self.target.lineEdit(), self.target.model(), self)
        self.target_completer = self.target_proposals.completer
        self.target_kind = plain_label("")
        self.target_kind.setForegroundRole(self.target_kind.foregroundRole().PlaceholderText)
        self.target.currentTextChanged.connect(self._show_target_kind)
        self._show_target_kind(self.target.currentText())

        self.stance = StanceStrip(stances)
        self.stance.set_stance(draft.stance)
        self.stance.set_intensity(draft.intensity)
        self.attribution = QComboBox()
        for key, label in ATTRIBUTIONS:
            self.attribution.addItem(self.tr(label), key)
        self.attribution.setCurrentIndex(max(0, self.attribution.findData(draft.attribution or "unattributed")))
        self.cue = plain_label(self.tr("cue: {cue}").format(cue=draft.cue) if draft.cue else "")
        self.cue.setForegroundRole(self.cue.foregroundRole().PlaceholderText)
        self.note = QLineEdit(draft.note or "")
        self.note.setPlaceholderText(self.tr("Note"))
        hint = QLabel(self.tr("Stance keys · 1/2/3 intensity · Tab next field · Enter save · Esc cancel"))
        hint.setForegroundRole(hint.foregroundRole().PlaceholderText)
        hint.setWordWrap(True)  # two lines in a narrow reader rather than an editor wider than it
        small = hint.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        hint.setFont(small)

        holder_row = QHBoxLayout()
        holder_row.addWidget(self.holder, 1)
        holder_row.addWidget(self.via)
        attribution_row = QHBoxLayout()
        attribution_row.addWidget(self.attribution)
        attribution_row.addWidget(self.cue, 1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignRight)
        form.addRow(self.tr("Stance"), self.stance)
        form.addRow(self.tr("Holder"), holder_row)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.target_kind)
        form.addRow(self.tr("Target"), target_row)
        form.addRow(self.tr("Source"), attribution_row)
        form.addRow(self.tr("Note"), self.note)
        # a row holding a field and a label beside it names nothing by itself: the fields carry their row's name
        for field, name in ((self.holder, self.tr("Holder")), (self.target, self.tr("Target")),
                            (self.attribution, self.tr("Source"))):
            field.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(hint)

        # Tab cycles through these and never leaves the editor.
        self.fields: list[QWidget] = [self.stance, self.holder, self.target, self.attribution, self.note]
        for widget in (*self.fields, self.target.lineEdit()):
            widget.installEventFilter(self)
        keyboard_ready(self)
        self.setFixedWidth(EDITOR_WIDTH)
        self.adjustSize()

    # the target ------------------------------------------------------------------------

    def target_meaning(self, text: str) -> str:
        """What the target text will be saved as: an entity, a topic, a new topic or nothing."""
        text = text.strip()
        if not text:
            return ""
        index = self.target.findText(text)
        if index < 0:
            return "new topic"
        kind = self.target.itemData(index)[0]
        return {"entity": "entity", "topic": "topic"}.get(kind, "text")

    def _show_target_kind(self, text: str) -> None:
        self.target_kind.setText(self.tr(TARGET_MEANINGS.get(self.target_meaning(text), "")))

    # placing ----------------------------------------------------------------------------

    def place(self, anchor: QRect) -> None:
        """Show just below the anchor (the selection's last line), or above it when there is no room."""
        host = self.parentWidget().rect()
        # A reader narrowed beside the side panels is narrower than the editor's width: it narrows with it
        # (never below what its form needs) rather than run past the reader's edge.
        self.setFixedWidth(max(self.layout().minimumSize().width(), min(EDITOR_WIDTH, host.width() - 16)))
        self.adjustSize()
        x = min(max(anchor.left(), 8), max(8, host.width() - self.width() - 8))
        y = anchor.bottom() + 6
        if y + self.height() > host.height() - 4:
            y = max(4, anchor.top() - self.height() - 6)
        self.move(QPoint(x, y))
        self.show()
        self.raise_()
        self.stance.setFocus(Qt.PopupFocusReason)

    # values -----------------------------------------------------------------------------

    def values(self) -> ClaimDraft:
        """The draft with what the fields hold now (the holder and target as typed)."""
        d = self.draft
        d.holder_label = self.holder.text().strip()
        d.stance, d.intensity = self.stance.stance, self.stance.intensity
        d.attribution = self.attribution.currentData()
        d.note = self.note.text().strip() or None
        text = self.target.currentText().strip()
        index = self.target.findText(text) if text else -1
        if index >= 0:
            d.target_kind, d.target_ref = self.target.itemData(index)
            d.target_text = text
        else:
            d.target_kind = d.target_ref = None
            d.target_text = text or None
        d.target_label = text
        return d

    def save(self) -> None:
        self.saved.emit(self.values())

    def cancel(self) -> None:
        self.cancelled.emit()

    # keys -------------------------------------------------------------------------------

    def _popup_open(self, widget) -> bool:
        if widget is self.target.lineEdit() or widget is self.target:
            return self.target_proposals.popup_open()
        if widget is self.holder:
            return self.holder_proposals.popup_open()
        return False

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.KeyPress and obj is self.target
                and event.key() in (Qt.Key_Up, Qt.Key_Down) and not event.modifiers() & Qt.AltModifier):
            # Up/Down open the completion list instead of stepping the combo's items over the text.
            if not self._popup_open(obj):
                self.target_proposals.show_all()
            return True
        if event.type() == QEvent.KeyPress and not self._popup_open(obj):
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self.save()
                return True
            if event.key() == Qt.Key_Escape:
                self.cancel()
                return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.save()
        elif event.key() == Qt.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:
        focused = self.focusWidget()
        if focused is self.target.lineEdit():
            focused = self.target
        index = self.fields.index(focused) if focused in self.fields else -1
        step = 1 if next_ else -1
        self.fields[(index + step) % len(self.fields)].setFocus(Qt.TabFocusReason)
        return True
