"""How much article a reader screen shows: body lines visible at the top of each seed article, and after
scrolling one screen (the header scrolls away with the body). Prints figures, asserts nothing.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_reader_lines.py [SEEDS_DIR] [--size 1280x800] [--zoom 0]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def wait(condition, seconds: float = 30) -> None:
    loop = QEventLoop()
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    timer.start()
    loop.exec()
    timer.stop()


def visible_lines(body) -> int:
    """Text lines of the body document wholly inside the viewport at the current scroll."""
    top, height = body.verticalScrollBar().value(), body.viewport().height()
    count, block = 0, body.document().firstBlock()
    while block.isValid():
        layout = block.layout()
        origin = layout.position().y()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            y = origin + line.y() - top
            if y >= 0 and y + line.height() <= height:
                count += 1
        block = block.next()
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("seeds", nargs="?", default=str(ROOT.parent / "shared" / "seeds"))
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--zoom", type=int, default=0)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    scratch = Path(tempfile.mkdtemp())
    app = QApplication([])
    app.setOrganizationName("KaidanBench")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(scratch))
    QSettings().setValue("annotator/name", "bench")
    from core.jobs import import_paths
    from ui.window.main_window import MainWindow

    paths = sorted(Path(args.seeds).glob("*.txt"))
    import_paths(paths, scratch / "library.db")
    window = MainWindow(scratch / "library.db")
    window.resize(width, height)
    window.show()
    wait(lambda: window.model.rowCount() == len(paths))
    window.reader.reader.set_zoom(args.zoom)
    first, scrolled = [], []
    for row in range(window.model.rowCount()):
        window.select_row(row)
        wait(lambda: window.reader.article_id == window.model.article_id(row), 5)
        wait(lambda: False, 0.2)
        body = window.reader.reader.body
        bar = body.verticalScrollBar()
        bar.setValue(0)
        first.append(visible_lines(body))
        bar.setValue(min(bar.maximum(), body.viewport().height()))
        scrolled.append(visible_lines(body))
    print(f"window {width}x{height}, zoom {args.zoom}, {len(first)} articles")
    print(f"body lines visible at the top:   median {statistics.median(first)}, min {min(first)}, max {max(first)}")
    print(f"after scrolling one screen:      median {statistics.median(scrolled)}, min {min(scrolled)}, "
          f"max {max(scrolled)}")
    window.close()
    QThreadPool.globalInstance().waitForDone()


if __name__ == "__main__":
    main()
