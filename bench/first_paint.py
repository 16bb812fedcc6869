"""The window started as Kaidan starts it (main.py with --db), until the article list's first paint (run by bench_window.py).

    python bench/first_paint.py LIBRARY    # prints one JSON line: the wall clock (time.time()) of that paint,
                                           # its rows, the process's CPU seconds, and the same clock and CPU
                                           # when this script began (Python up), when the window's modules
                                           # were imported and when the window was created
    python bench/first_paint.py LIBRARY --whole    # the same, printed once the window is whole: its side
                                                   # panels in place and its first article shown ("whole")

Settings go where XDG_CONFIG_HOME points (bench_window.py gives a temporary folder).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

BEGAN = time.time(), time.process_time()
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", help="the library file the window opens")
    parser.add_argument("--whole", action="store_true",
                        help="report once the window is whole, not at the list's first paint")
    args = parser.parse_args()  # before the window's modules: --help answers at once
    import main as kaidan  # Kaidan's entry point: its command line's modules load first, as for a user

    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from ui.window import library_choice  # where kaidan.main()'s window is made (the library tried first)

    whole = args.whole
    marks = {"began": BEGAN, "imported": (time.time(), time.process_time())}
    first: dict = {}  # the list's first paint: its clock, CPU and rows

    def report() -> None:
        print(json.dumps({**first, **{name: list(mark) for name, mark in marks.items()}}), flush=True)
        os._exit(0)  # the whole list may still be loading: nothing more to see

    class Watch(QObject):
        def __init__(self, viewport) -> None:
            super().__init__(viewport)
            self.viewport = viewport

        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Paint and obj is self.viewport and not first:
                first.update(painted=time.time(), cpu=time.process_time(), rows=obj.parent().model().rowCount())
                if not whole:
                    report()
            return False

    def article_shown(_article_id) -> None:  # the panels are in place before the first article opens
        if whole and first:
            marks["whole"] = time.time(), time.process_time()
            report()

    class Timed(library_choice.MainWindow):
        def __init__(self, *args, **kwargs) -> None:
            QSettings().setValue("annotator/name", "bench")  # no first-run question
            super().__init__(*args, **kwargs)
            marks["created"] = time.time(), time.process_time()
            self.list_view.viewport().installEventFilter(Watch(self.list_view.viewport()))
            self.article_shown.connect(article_shown)

    library_choice.MainWindow = Timed
    assert QApplication.instance() is None  # kaidan.main() makes it, as for a user
    kaidan.main(["--db", args.library])


if __name__ == "__main__":
    main()
