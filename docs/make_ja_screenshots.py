"""Make the Japanese screenshots: the claim editor over an article and the meetings view, in Japanese.

    QT_QPA_PLATFORM=offscreen python docs/make_ja_screenshots.py [SEEDS_DIR]

The Japanese translation is the shipped resources/i18n/kaidan_ja.qm when it is built, else the
.ts sources under resources/i18n/ja/ compiled with pyside6-lrelease into a temporary folder.
Uses a temporary library and temporary settings; writes docs/screenshots/ja-claims.png and
docs/screenshots/ja-meetings.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from make_screenshot import wait  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
QUOTE_START = "「われわれは2つの大国であり"


def japanese_translator(scratch: Path) -> QTranslator:
    """The Japanese translation, installed before any window is built."""
    qm = ROOT / "resources" / "i18n" / "kaidan_ja.qm"
    if not qm.exists():
        tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
        qm = scratch / "kaidan_ja.qm"
        sources = sorted(str(p) for p in (ROOT / "resources" / "i18n" / "ja").glob("*.ts"))
        subprocess.run([tool, *sources, "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    if not translator.load(str(qm)):
        raise SystemExit(f"cannot load {qm.name}")
    QCoreApplication.installTranslator(translator)
    return translator


def save(pixmap, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    pixmap.save(str(OUT / name))
    print(OUT / name)


def claim_editor(app, window) -> None:
    """C on a quote, F for its stance, the holder proposed: the editor as it opens over the reader."""
    body = window.reader.reader.body_text()
    start = body.index(QUOTE_START) if QUOTE_START in body else body.index("「")
    end = body.index("」", start) + 1
    window.entities.layer.select_span(start, end)
    window.claims.start_claim()
    editor = window.claims.editor
    editor.stance.set_stance("favor")
    editor.stance.set_intensity("medium")
    wait(app, lambda: False, 0.5)
    save(window.grab(), "ja-claims.png")
    window.claims.close_editor()


def meetings_view(app, window) -> None:
    """The meetings window with the meeting most articles mention chosen: timeline, list and card."""
    view = window.meetings.show_meetings()
    view.resize(1360, 820)
    wait(app, lambda: False, 1.0)
    dated = [i for i in view.all_items if i["start"]] or view.all_items
    chosen = max(dated, key=lambda i: (len(i["mentions"]), len(i["participants"])))
    view.select(chosen["id"])
    wait(app, lambda: False, 1.0)
    save(view.grab(), "ja-meetings.png")
    view.close()


def main() -> None:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    scratch = Path(tempfile.mkdtemp())
    app = QApplication([])
    QCoreApplication.setOrganizationName("KaidanScreenshot")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(scratch))
    QSettings().setValue("annotator/name", "Kaidan")
    translator = japanese_translator(scratch)  # noqa: F841 (kept alive while the windows live)
    from ui.window.main_window import MainWindow

    window = MainWindow(scratch / "library.db")
    window.resize(1360, 820)
    window.show()
    finished = []
    window.imports.finished.connect(finished.append)
    paths = sorted(seeds.glob("*.txt"))
    window.import_paths(paths)
    wait(app, lambda: finished)
    wait(app, lambda: window.model.rowCount() == len(paths), 10)
    window.list_view.selectRow(0)
    wait(app, lambda: False, 1.5)
    claim_editor(app, window)
    meetings_view(app, window)
    window.close()
    QThreadPool.globalInstance().waitForDone()


if __name__ == "__main__":
    main()
