"""The first run's question (who annotates) reads on one line in Japanese when the screen has the room: at a fixed
380 pixels its last two characters (か？) wrapped onto a line of their own."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

import ui.common.annotator as annotator
from tests.ui.i18n_walk import language


def test_the_first_run_question_reads_on_one_line_and_takes_a_name(qapp, qtbot):
    QSettings().remove(annotator.SETTING)  # a first run: no name yet
    with language(qapp, "ja"):
        dialog = annotator.AnnotatorDialog(first_run=True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        intro = dialog.intro
        assert "注釈者" in intro.text()
        assert dialog.width() <= QGuiApplication.primaryScreen().availableGeometry().width()
        assert intro.heightForWidth(intro.width()) < 1.5 * intro.fontMetrics().lineSpacing()  # one line
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Sato")  # (QTest types Latin letters only)
        qtbot.keyClick(dialog.name, Qt.Key_Return)
    assert annotator.annotator_name() == "Sato"
