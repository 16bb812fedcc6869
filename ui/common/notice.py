"""A notice over the article list: what an import did, visible beyond the status bar, never in the way."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton


class NoticeBar(QFrame):
    """A line of plain text with a close button; hides itself after a while. Takes no focus."""

    def __init__(self, parent=None, seconds: int = 30) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet("#noticeBar { background: palette(alternate-base); border: 1px solid palette(mid);"
                           " border-radius: 4px; }")
        self.label = QLabel()
        self.label.setTextFormat(Qt.PlainText)
        self.label.setWordWrap(True)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this notice"))
        close.setFocusPolicy(Qt.NoFocus)
        close.clicked.connect(self.hide)
        self.close_button = close
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignTop)
        self._timer = QTimer(self, singleShot=True, interval=seconds * 1000)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_text(self, text: str) -> None:
        """Show text (plain) until closed or timed out."""
        self.label.setText(text)
        self.show()
        self._timer.start()
