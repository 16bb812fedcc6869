"""The window started as Kaidan starts it, until the article list's first paint (run by bench_window.py).

    python bench/first_paint.py LIBRARY    # prints one JSON line: the wall clock (time.time()) of that paint,
                                           # its rows, the process's CPU seconds, and the same clock and CPU
                                           # when this script began (Python up), when the window's modules
                                           # were imported and when the window was created

Settings go where XDG_CONFIG_HOME points (bench_window.py gives a temporary folder).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

BEGAN = time.time(), time.process_time()
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from ui.window import app as window_app

    marks = {"began": BEGAN, "imported": (time.time(), time.process_time())}
    qapp = QApplication(sys.argv[:1])
    window_app.name_application(qapp)
    QSettings().setValue("annotator/name", "bench")  # no first-run question

    class Timed(window_app.MainWindow):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            marks["created"] = time.time(), time.process_time()

    window_app.MainWindow = Timed

    class Watch(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Paint:
                for widget in qapp.topLevelWidgets():
                    view = getattr(widget, "list_view", None)
                    if view is not None and obj is view.viewport():
                        painted = time.time(), time.process_time()
                        print(json.dumps({"painted": painted[0], "rows": view.model().rowCount(), "cpu": painted[1],
                                          **{name: list(mark) for name, mark in marks.items()}}), flush=True)
                        os._exit(0)  # the whole list may still be loading: nothing more to see
            return False

    watch = Watch()
    qapp.installEventFilter(watch)
    window_app.run(sys.argv[1])


if __name__ == "__main__":
    main()
