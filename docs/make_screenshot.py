"""Make the README's screenshots: the seeds imported through the window, 会談 searched, one article read;
then the link dialog (L), the claim editor with a typed target, the export dialog and a busy month
of meetings.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshot.py [SEEDS_DIR] [--lang ja]

Uses a temporary library and temporary settings; writes docs/screenshot.png, docs/link-dialog.png,
docs/claim-target.png, docs/export-dialog.png and docs/meetings-busy-month.png. With --lang ja the
window is in Japanese and the shots go to docs/screenshots/ja-<name>.png (ja-main.png for the window).
"""

from __future__ import annotations

import argparse
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


LANG = "en"


def main() -> None:
    global LANG
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seeds", nargs="?", type=Path, default=ROOT.parent / "shared" / "seeds",
                        help="the folder of seed articles (*.txt) imported into the shots")
    parser.add_argument("--lang", default="en", choices=("en", "ja"),
                        help="the window's language (ja: the shots go to docs/screenshots/)")
    args = parser.parse_args()  # before any window: --help writes no screenshot
    LANG, seeds = args.lang, args.seeds
    scratch = Path(tempfile.mkdtemp())
    app = QApplication([])
    from ui.common.i18n import install_translators

    install_translators(app, LANG)
    QCoreApplication.setOrganizationName("KaidanScreenshot")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(scratch))
    QSettings().setValue("annotator/name", "Kaidan")
    from ui.window.main_window import MainWindow

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
    window.reader.reader.body.setFocus()
    window.search_hits.step(1)  # F3: the first hit of 会談, selected
    wait(app, lambda: False, 0.5)
    save(window.grab(), "screenshot.png")
    link_dialog(app, window)
    claim_target(app, window)
    export_dialog(app, window)
    busy_month(app, window)
    window.close()
    QThreadPool.globalInstance().waitForDone()


def save(pixmap, name: str) -> None:
    """Write a shot under docs/ (docs/screenshots/<lang>-<name> when not in English)."""
    if LANG != "en":
        name = "screenshots/" + LANG + "-" + ("main.png" if name == "screenshot.png" else name.replace("-dialog", ""))
        (ROOT / "docs" / "screenshots").mkdir(exist_ok=True)
    pixmap.save(str(ROOT / "docs" / name))
    print(ROOT / "docs" / name)


def link_dialog(app, window) -> None:
    """L on a person's name: the candidates that share the name first, the library's names too."""
    layer = window.entities.layer
    person = next((m for m in layer.mentions if m.type == "PERSON"), None) if hasattr(layer, "mentions") \
        else None
    person = person or next(m for m in window.entities.mentions if m.type == "PERSON")
    layer.select_span(person.start, person.end)
    window.entities.link()
    chooser = window.entities.chooser
    wait(app, lambda: chooser.isVisible(), 2)
    wait(app, lambda: False, 0.5)
    save(chooser.grab(), "link-dialog.png")
    chooser.reject()


def claim_target(app, window) -> None:
    """C on a quote, then a target typed that the sentence does not name: completion proposes, text stays."""
    from PySide6.QtGui import QInputMethodEvent

    body = window.reader.reader.body_text()
    start = body.index("「")
    end = body.index("」", start) + 1
    window.entities.layer.select_span(start, end)
    window.claims.start_claim()
    editor = window.claims.editor
    editor.target.lineEdit().setFocus()
    event = QInputMethodEvent()
    event.setCommitString("英国")
    QApplication.sendEvent(editor.target.lineEdit(), event)
    editor.target_completer.popup().hide()
    wait(app, lambda: False, 0.5)
    reader = window.reader
    save(reader.grab(), "claim-target.png")
    window.claims.close_editor()


def export_dialog(app, window) -> None:
    dialog = window.show_export()
    dialog.format.setCurrentIndex(dialog.format.findData("conll"))
    dialog.folder.setText("~/Documents/Kaidan export")  # a user's folder, not this machine's
    dialog.resize(640, dialog.sizeHint().height())
    wait(app, lambda: False, 0.5)
    save(dialog.grab(), "export-dialog.png")
    dialog.reject()


def busy_month(app, window) -> None:
    """Eleven meetings of one month, several a day: the dots stack up and down on their day."""
    from core.store.meetings import create_meeting

    people = [("person:marco-rubio", "ルビオ"), ("person:wang-yi", "王毅"), ("person:sergey-lavrov", "ラブロフ"),
              ("person:donald-trump", "トランプ"), ("person:xi-jinping", "習近平")]
    for n, day in enumerate((3, 3, 3, 4, 4, 10, 10, 10, 10, 11, 18)):
        pair = [people[n % 5], people[(n + 1) % 5]]
        create_meeting(window.db, "talks" if n % 3 else "phone_call", "held",
                       [{"entity_id": e, "name": name, "role": "participant"} for e, name in pair],
                       start_date=f"2025-09-{day:02d}", precision="day")
    view = window.meetings.show_meetings()
    view.resize(1280, 760)
    view.reload() if hasattr(view, "reload") else None
    wait(app, lambda: False, 1.0)
    timeline = view.timeline
    ids = [i["id"] for i in view.all_items if (i["start"] or "").startswith("2025-09")]
    timeline.set_ppd(22.0)
    timeline.select_meeting(ids[0])
    from datetime import date

    timeline.centerOn(timeline.x_of(date(2025, 9, 12)), timeline.row_y(1))
    wait(app, lambda: False, 1.0)
    save(view.grab(), "meetings-busy-month.png")
    view.close()


if __name__ == "__main__":
    main()
