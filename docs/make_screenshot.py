"""Make the README's screenshot: the seeds imported through the window, 会談 searched, one article read.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshot.py [SEEDS_DIR]

Uses a temporary library and temporary settings; writes docs/screenshot.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def wait(app: QApplication, condition, seconds: float = 60) -> None:
    """Run the event loop until condition() holds (or time runs out)."""
    loop = QEventLoop()
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    timer.start()
    loop.exec()
    timer.stop()


def main() -> None:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    scratch = Path(tempfile.mkdtemp())
    app = QApplication([])
    QCoreApplication.setOrganizationName("KaidanScreenshot")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(scratch))
    QSettings().setValue("annotator/name", "Kaidan")
    from ui.main_window import MainWindow

    window = MainWindow(scratch / "library.db")
    window.resize(1280, 800)
    window.show()
    finished = []
    window.imports.finished.connect(finished.append)
    window.import_paths(sorted(seeds.glob("*.txt")))
    wait(app, lambda: finished)
    window.search.setText("会談")
    wait(app, lambda: window.model.rowCount() == len(list(seeds.glob("*.txt"))), 10)
    window.list_view.selectRow(1)
    wait(app, lambda: False, 1.5)
    window.grab().save(str(ROOT / "docs" / "screenshot.png"))
    window.close()
    QThreadPool.globalInstance().waitForDone()
    print(ROOT / "docs" / "screenshot.png")


if __name__ == "__main__":
    main()
