"""The window started as Kaidan starts it, until the article list's first paint (run by bench_window.py).

    python bench/first_paint.py LIBRARY    # prints the wall clock (time.time()) of that paint, its rows, the process's CPU seconds

Settings go where XDG_CONFIG_HOME points (bench_window.py gives a temporary folder).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from ui.window import app as window_app

    qapp = QApplication(sys.argv[:1])
    window_app.name_application(qapp)
    QSettings().setValue("annotator/name", "bench")  # no first-run question

    class Watch(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Paint:
                for widget in qapp.topLevelWidgets():
                    view = getattr(widget, "list_view", None)
                    if view is not None and obj is view.viewport():
                        painted = time.time()
                        print(painted, view.model().rowCount(), time.process_time(), flush=True)
                        os._exit(0)  # the whole list may still be loading: nothing more to see
            return False

    watch = Watch()
    qapp.installEventFilter(watch)
    window_app.run(sys.argv[1])


if __name__ == "__main__":
    main()
