"""What the reader area shows when the library has no articles yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.flow_layout import FlowLayout
from ui.common.shortcuts import native_text
from ui.common.theme import cjk_font


class EmptyState(QWidget):
    """How to get articles in: drag and drop, File → Import, or the sample library."""

    import_files = Signal()
    import_folder = Signal()
    open_samples = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        title = QLabel(self.tr("Your library is empty"))
        title.setFont(cjk_font(20, QFont.DemiBold))
        title.setAlignment(Qt.AlignCenter)
        # Two paragraphs that wrap where the reader's width asks: breaks inside them, fixed for a wide reader,
        # left a narrow one's lines ragged ("Kaidan のために書いた" alone on a line).
        self.hint = QLabel(self.tr(
            "Drag article files or a folder here (.txt, .html, .jsonl, .csv), "
            "or use <b>File → Import…</b> ({key}).<br><br>"
            "To look around first, open the sample library: a few short "
            "Japanese articles written for Kaidan (<b>File → Open Sample Library</b>)."
        ).format(key=native_text("Ctrl+O")))
        self.hint.setAlignment(Qt.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setFont(cjk_font(11))
        self.hint.setTextFormat(Qt.RichText)

        files = QPushButton(self.tr("Import Files…"))
        folder = QPushButton(self.tr("Import Folder…"))
        self.samples_button = QPushButton(self.tr("Open Sample Library"))
        self.samples_button.setDefault(True)
        files.clicked.connect(self.import_files)
        folder.clicked.connect(self.import_folder)
        self.samples_button.clicked.connect(self.open_samples)

        buttons = FlowLayout(centred=True)  # wraps beside the list and panels in a narrow window (wide in Japanese)
        for button in (files, folder, self.samples_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(self.hint)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        layout.addStretch(3)
