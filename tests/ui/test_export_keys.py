"""The export dialog by keys: Enter exports, and the focus stays where it was so that Enter exports again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import ui.jobs.export_dialog as export_dialog


def test_enter_exports_again_after_an_export_instead_of_choosing_a_folder(qtbot, grant_window, tmp_path,
                                                                          monkeypatch):
    window = grant_window
    asked = []
    monkeypatch.setattr(export_dialog, "existing_directory", lambda *args: asked.append(args) or "")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)
    dialog = window.show_export()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=10000)
    for fmt in ("jsonl", "conll", "brat"):
        dialog.folder.setText(str(tmp_path / fmt))  # one folder each: no question about replacing another
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.format.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.format, timeout=10000)
        with qtbot.waitSignal(dialog.controller.finished, timeout=60000):
            qtbot.keyClick(dialog.format, Qt.Key_Return)
            assert not dialog.browse.isEnabled()  # no folder changed under a running export
        # before: the format list, shut while the export ran, left the focus on Choose… for good
        assert QApplication.focusWidget() is dialog.format
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)  # again: an export, not a folder dialog
        qtbot.waitUntil(lambda: not dialog.controller.is_running(), timeout=60000)
        assert asked == []
    assert (tmp_path / "jsonl" / "articles.jsonl").exists() and (tmp_path / "conll" / "ner.conll").exists()
    assert any(path.suffix == ".ann" for path in (tmp_path / "brat").rglob("*"))
