"""Window speed on a large library: first paint, opening, search, sort, memory (prints figures, asserts nothing).

Run: QT_QPA_PLATFORM=offscreen python bench/bench_window.py [--articles 1000000] [--rebuild] [--library PATH]
Opening an article is timed until it is laid out and painted, as a reader sees it (the articles of the
list's first, middle and last rows, then each way a user opens one); searches follow.
The library repeats a base of --base real imported articles (bench/scale_library.py); it is cached in the
temp directory between runs (or kept at --library). The first paint is timed twice: in a new process from
its launch (Python, Qt and the window's modules loaded, the library opened), and in this one from the
window's creation. The launches run with their bytecode cached, as an installed Kaidan's is (in a
temporary folder, written by one launch not timed): compiling Kaidan's modules at each start is not what a
user waits for. Each launch prints where its time went and the machine's load. Each search and sort
prints when its first page of rows is in the list and when the whole list (and so its count) is.
--json PATH also writes the figures to a file (bench/bench_scale.py reads it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, Qt, QThreadPool, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.scale_library import scale  # noqa: E402
from core.store import open_db  # noqa: E402
from core.store.articles import count_articles  # noqa: E402
from core.store.search_index import segments  # noqa: E402

class PaintWatch(QObject):
    """Records when a widget is first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None
        self.painted_cpu = 0.0  # the process's CPU seconds at that paint

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Paint and self.painted_at is None:
            self.painted_at, self.painted_cpu = time.perf_counter(), time.process_time()
        return False


def wait_until(condition, timeout_s: float = 60.0) -> None:
    """Run the event loop until condition() holds."""
    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    while not condition() and time.perf_counter() < deadline:
        QTimer.singleShot(1, loop.quit)
        loop.exec()


# CPU seconds of the whole process (every thread) from the start of the last timed_reload to its first paint:
# steadier than the wall clock on a busy machine.
first_page_cpu = [0.0]
# Seconds from the start of the last timed_reload to its count shown (model.counted, or the whole list).
count_seconds = [0.0]


def settle() -> None:
    """Run the events already posted (the layout and paint of what just changed), as a user's reading would."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def timed_reload(window, start) -> tuple[float, float, int]:
    """Seconds from start() (a search or a sort) to its first rows painted, and to its whole list; its rows."""
    landed, first = [], []
    cpu = time.process_time()

    def painted() -> None:
        if not first:
            window.list_view.viewport().repaint()
            first.append(time.perf_counter())
            first_page_cpu[0] = time.process_time() - cpu

    counted = []

    def count_shown(_shown, _total) -> None:
        counted.append(time.perf_counter())

    window.model.refreshed.connect(lambda shown, total: landed.append(shown))
    window.model.modelReset.connect(painted)
    window.model.counted.connect(count_shown)
    started = time.perf_counter()
    start()
    wait_until(lambda: landed)
    window.list_view.viewport().repaint()
    elapsed = time.perf_counter() - started
    window.model.counted.disconnect(count_shown)
    count_seconds[0] = (counted[0] - started) if counted else elapsed
    window.model.refreshed.disconnect()
    window.model.refreshed.connect(window._refreshed)
    window.model.modelReset.disconnect(painted)
    return (first[0] - started) if first else elapsed, elapsed, landed[-1]


def timed_search(window, text: str) -> tuple[float, float, int]:
    """timed_reload of a query submitted (the debounce skipped)."""
    def start() -> None:
        window.search.setText(text)
        window._search_now()
    return timed_reload(window, start)


def timed_opening(window, way: str, row: int) -> tuple[float, float]:
    """Seconds (wall, CPU) from a user's action to the article of row laid out and painted, its panels and the
    list's selection with it. way: link (a meeting, a claim or an entity's article list: go_to_article), click
    (on the row, already in sight), key (Down, from the row above)."""
    model, view = window.model, window.list_view
    article_id = model.article_id(row)
    before = row - 1 if way == "key" else min(row + 2, model.rowCount() - 1) if way == "click" else max(0, row - 5000)
    window.go_to_article(model.article_id(before))
    settle()
    wait_until(lambda: not window._select_timer.isActive())  # a user's next action comes later than that
    if way == "key":
        view.setFocus()
        settle()
    started, cpu = time.perf_counter(), time.process_time()
    if way == "link":
        window.go_to_article(article_id)
    elif way == "click":
        QTest.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(model.index(row, 0)).center())
    else:
        QTest.keyClick(view, Qt.Key_Down)
    settle()
    if window.reader.article_id != article_id:  # a selection that waits for a timer before its article opens
        wait_until(lambda: window.reader.article_id == article_id, timeout_s=10)
        settle()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    if window.reader.article_id != article_id:
        raise RuntimeError(f"{way} on row {row} did not open its article")
    return wall, cpu


def load() -> str:
    """The machine's load average over the last minute, and its cores (wall times swing with it)."""
    return f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def launch_to_first_paint(path: Path, bytecode: Path) -> dict:
    """Kaidan's window started in a new process until the article list's first paint (bench/first_paint.py):
    seconds from the launch to each step (began: Python up; imported: the window's modules; created: the
    window; painted), the CPU seconds of each, the rows painted."""
    env = {**os.environ, "XDG_CONFIG_HOME": tempfile.mkdtemp(), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPYCACHEPREFIX": str(bytecode)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    script = Path(__file__).with_name("first_paint.py")
    started = time.time()
    out = json.loads(subprocess.run([sys.executable, str(script), str(path)], env=env, capture_output=True,
                                    text=True, check=True).stdout.splitlines()[-1])
    steps = {name: (out[name][0] - started, out[name][1]) for name in ("began", "imported", "created")}
    return {**steps, "painted": (out["painted"] - started, out["cpu"]), "rows": out["rows"]}


def print_launch(number: int, launch: dict) -> None:
    wall, cpu = launch["painted"]
    print(f"launch -> first list paint ({number}): {1000 * wall:7.1f} ms ({1000 * cpu:6.1f} ms CPU), "
          f"{launch['rows']:,} rows; {load()}")
    before = (0.0, 0.0)
    parts = []
    for name, what in (("began", "Python up"), ("imported", "modules (command line, Qt, window)"), ("created", "window"), ("painted", "paint")):
        parts.append(f"{what} {1000 * (launch[name][0] - before[0]):.0f} ms ({1000 * (launch[name][1] - before[1]):.0f} CPU)")
        before = launch[name]
    print("    " + ", ".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--library", type=Path, help="the library to build or reuse")
    parser.add_argument("--base", type=int, default=1000, help="real articles the library repeats")
    parser.add_argument("--launches", type=int, default=3, help="new processes timed from launch to first paint")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    figures: dict = {"articles": args.articles}

    path = args.library or Path(tempfile.gettempdir()) / f"kaidan_bench_{args.articles}.db"
    if args.rebuild or not path.exists():
        scale(path, args.articles, args.base)
    db = open_db(path)
    print(f"library: {count_articles(db):,} articles, {path.stat().st_size / 1e6:.0f} MB, "
          f"search index in {segments(db)} segment(s)")
    db.close()
    bytecode = Path(tempfile.mkdtemp(prefix="kaidan-bytecode-"))
    launch_to_first_paint(path, bytecode)  # writes the bytecode; not timed
    print("launches: a new process each (Python, Qt, the window's modules, the library), bytecode cached")
    figures["launches"] = []
    for number in range(1, args.launches + 1):
        launch = launch_to_first_paint(path, bytecode)
        launch["load"] = os.getloadavg()[0]
        figures["launches"].append(launch)
        print_launch(number, launch)

    QCoreApplication.setOrganizationName("KaidanBench")
    QCoreApplication.setApplicationName("KaidanBench")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv)
    imported, imported_cpu = time.perf_counter(), time.process_time()
    from ui.window.main_window import MainWindow  # after QApplication: fonts and styles exist
    imported, imported_cpu = time.perf_counter() - imported, time.process_time() - imported_cpu

    watch = PaintWatch()
    started, started_cpu = time.perf_counter(), time.process_time()
    window = MainWindow(path)
    created, created_cpu = time.perf_counter(), time.process_time()
    window.list_view.viewport().installEventFilter(watch)
    window.resize(1280, 800)
    window.show()
    wait_until(lambda: watch.painted_at is not None and window.reader.article_id is not None)
    # the window's modules are loaded before it is created: a user waits for both
    print(f"window's modules imported:       {1000 * imported:7.1f} ms ({1000 * imported_cpu:6.1f} ms CPU)")
    print(f"window created (ids loaded):     {1000 * (created - started):7.1f} ms "
          f"({1000 * (created_cpu - started_cpu):6.1f} ms CPU)")
    print(f"create -> first list paint:      {1000 * (watch.painted_at - started):7.1f} ms "
          f"({1000 * (watch.painted_cpu - started_cpu):6.1f} ms CPU)")
    print(f"import + create -> first paint:  {1000 * (imported + watch.painted_at - started):7.1f} ms "
          f"({1000 * (imported_cpu + watch.painted_cpu - started_cpu):6.1f} ms CPU)")
    print(f"create -> first article shown:   {1000 * (time.perf_counter() - started):7.1f} ms")
    figures["create_to_paint"] = (watch.painted_at - started, watch.painted_cpu - started_cpu)
    print(f"rows in list: {window.model.rowCount():,}, rows cached: {len(window.model._rows):,}")

    wait_until(lambda: not window.model._workers)  # the whole list is in
    print(f"create -> whole list:            {1000 * (time.perf_counter() - started):7.1f} ms")
    rows = (0, window.model.rowCount() // 2, window.model.rowCount() - 1, window.model.rowCount() // 3)
    for row in rows[:3]:
        if window.reader.article_id == window.model.article_id(row):  # the first row's article, shown at the start
            window.go_to_article(window.model.article_id(row + 1))
            settle()
        opened, opened_cpu = time.perf_counter(), time.process_time()
        window.go_to_article(window.model.article_id(row))
        loaded_cpu = time.process_time()
        settle()
        figures.setdefault("open", []).append((time.perf_counter() - opened, time.process_time() - opened_cpu, row))
        print(f"open article in row {row:>9,}:  {1000 * (time.perf_counter() - opened):7.1f} ms "
              f"({1000 * (time.process_time() - opened_cpu):6.1f} ms CPU; its panels loaded in "
              f"{1000 * (loaded_cpu - opened_cpu):5.1f} ms CPU, then laid out and painted)")

    # each way a user opens an article, near the top of the list and far down, three articles each (none opened before)
    for number, way in enumerate(("link", "click", "key")):
        for where, first in (("top", 10 + 100 * number), ("far", window.model.rowCount() - 400 + 100 * number)):
            times = [timed_opening(window, way, first + 7 * k) for k in range(3)]
            figures.setdefault("open_ways", []).append((way, where, times))
            print(f"open by {way:<5} {where:<3} (3 articles): " + ", ".join(
                f"{1000 * wall:5.1f} ms ({1000 * cpu:4.1f} CPU)" for wall, cpu in times))

    # a rare word of the repeated news (0.3 % of articles), common ones (44 %, 6 %), none, one letter; the
    # first again, warm
    for query in ("会談", "日本", "中国", "首脳会談", "王", "存在しない語", "会談", ""):
        first, elapsed, shown = timed_search(window, query)
        figures.setdefault("search", []).append((query, first, first_page_cpu[0], elapsed, shown, count_seconds[0]))
        print(f"search {query or '(cleared)':<10} -> first page {1000 * first:7.1f} ms "
              f"({1000 * first_page_cpu[0]:5.1f} ms CPU), count in {1000 * count_seconds[0]:7.1f} ms, "
              f"{shown:>9,} rows in {1000 * elapsed:7.1f} ms")

    # a search submitted in the same turn as an opening: its first page lands after the opened article's
    # first layout and paint, posted before it (what the article's reader waits for anyway)
    window.go_to_article(window.model.article_id(rows[3]))
    first, elapsed, shown = timed_search(window, "外交")
    print(f"open + search 外交 at once -> first page {1000 * first:7.1f} ms "
          f"({1000 * first_page_cpu[0]:5.1f} ms CPU), {shown:>9,} rows in {1000 * elapsed:7.1f} ms")
    timed_search(window, "")

    started = time.perf_counter()
    window.list_view.scrollToBottom()
    window.list_view.viewport().repaint()
    print(f"scroll to bottom + paint:        {1000 * (time.perf_counter() - started):7.1f} ms")
    for column, name in ((0, "title"), (1, "outlet"), (2, "date")):
        for order in (Qt.AscendingOrder, Qt.DescendingOrder):
            first, elapsed, _shown = timed_reload(window, lambda: window.list_view.sortByColumn(column, order))
            figures.setdefault("sort", []).append((name, order == Qt.DescendingOrder, first, first_page_cpu[0], elapsed))
            print(f"sort by {name:<6} {'up' if order == Qt.AscendingOrder else 'down':<4}  -> first page "
                  f"{1000 * first:7.1f} ms ({1000 * first_page_cpu[0]:5.1f} ms CPU), whole list in {1000 * elapsed:7.1f} ms")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB; {load()}")
    figures["peak_rss_mb"] = rss
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    window.close()
    QThreadPool.globalInstance().waitForDone()
    del app


if __name__ == "__main__":
    main()
