"""Window speed on a large library: first paint, search, scrolling (prints figures, asserts nothing).

Run: QT_QPA_PLATFORM=offscreen python bench/bench_window.py [--articles 1000000] [--rebuild] [--library PATH]
The synthetic library is cached in the temp directory between runs (or kept at --library).
Each search and sort prints when its first page of rows is in the list and when the whole list is.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, Qt, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.article import Article  # noqa: E402
from core.store import atomic, open_db  # noqa: E402
from core.store.articles import count_articles, insert_article  # noqa: E402
from core.store.search_index import merge_index, segments  # noqa: E402

PEOPLE = ["佐伯外相", "ハリス外相", "ウェラー大統領", "朴大統領", "劉局長", "王外相", "クーパー国務長官",
          "グラント外相", "高橋経産相", "森川局長"]
PLACES = ["東京", "北京", "ワシントン", "ソウル", "ジャカルタ", "ロンドン", "キャンベラ", "ニューデリー"]
TOPICS = ["重要鉱物の供給網", "海洋安全保障", "輸出管理", "気候変動", "通商協議", "人的交流", "防衛協力"]
KINDS = ["会談", "電話会談", "協議", "首脳会談", "外相会談", "意見交換"]
OUTLETS = ["架空新聞", "テスト通信", "サンプル日報", "模擬ニュース"]


def synthetic_article(n: int, rng: random.Random) -> Article:
    a, b = rng.sample(PEOPLE, 2)
    place, topic, kind = rng.choice(PLACES), rng.choice(TOPICS), rng.choice(KINDS)
    paragraphs = [
        f"{a}は{rng.randint(1, 28)}日、{place}で{b}と{kind}を行った。{topic}について意見を交わした。",
        f"両氏は{topic}をめぐる協力を強化することで一致し、次回の{kind}に向けて調整を進める方針を確認した。",
        f"関係者によると、{kind}は約{rng.randint(30, 120)}分間続いた。記事番号{n}。",
    ]
    return Article(
        source=f"synthetic/{n}.txt", source_format="txt", raw="\n".join(paragraphs) + f"\n{n}",
        title=f"{a}と{b}が{place}で{kind} {topic}で一致", paragraphs=paragraphs,
        published=f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        outlet=rng.choice(OUTLETS),
    )


# Articles per transaction while building: one transaction of a million articles grows the write-ahead log
# to gigabytes, and the build then waits on writing it (9 % of a core after 14 minutes, on a busy machine).
BUILD_BATCH = 25_000


def build_library(path: Path, count: int) -> None:
    """Insert count synthetic articles through core, BUILD_BATCH to a transaction."""
    if path.exists():
        path.unlink()
    db = open_db(path)
    rng = random.Random(7)
    started = time.perf_counter()
    for batch in range(0, count, BUILD_BATCH):
        with atomic(db):
            for n in range(batch, min(count, batch + BUILD_BATCH)):
                insert_article(db, synthetic_article(n, rng))
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    merge_index(db)  # as an import of that many articles leaves it (core.jobs)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print(f"built {count:,} articles in {time.perf_counter() - started:.1f} s -> {path}")


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


def timed_reload(window, start) -> tuple[float, float, int]:
    """Seconds from start() (a search or a sort) to its first rows painted, and to its whole list; its rows."""
    landed, first = [], []
    cpu = time.process_time()

    def painted() -> None:
        if not first:
            window.list_view.viewport().repaint()
            first.append(time.perf_counter())
            first_page_cpu[0] = time.process_time() - cpu

    window.model.refreshed.connect(lambda shown, total: landed.append(shown))
    window.model.modelReset.connect(painted)
    started = time.perf_counter()
    start()
    wait_until(lambda: landed)
    window.list_view.viewport().repaint()
    elapsed = time.perf_counter() - started
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--library", type=Path, help="the library to build or reuse")
    args = parser.parse_args()

    path = args.library or Path(tempfile.gettempdir()) / f"kaidan_bench_{args.articles}.db"
    if args.rebuild or not path.exists():
        build_library(path, args.articles)
    db = open_db(path)
    print(f"library: {count_articles(db):,} articles, {path.stat().st_size / 1e6:.0f} MB, "
          f"search index in {segments(db)} segment(s)")
    db.close()

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
    print(f"rows in list: {window.model.rowCount():,}, rows cached: {len(window.model._rows):,}")

    wait_until(lambda: not window.model._workers)  # the whole list is in
    print(f"create -> whole list:            {1000 * (time.perf_counter() - started):7.1f} ms")
    for row in (window.model.rowCount() // 2, window.model.rowCount() - 1):
        article_id = window.model.article_id(row)
        opened, opened_cpu = time.perf_counter(), time.process_time()
        window.go_to_article(article_id)
        window.reader.viewport().repaint() if hasattr(window.reader, "viewport") else None
        print(f"open article in row {row:>9,}:  {1000 * (time.perf_counter() - opened):7.1f} ms "
              f"({1000 * (time.process_time() - opened_cpu):6.1f} ms CPU)")

    for query in ("会談", "外相会", "首脳会談", "王", "存在しない語", ""):
        first, elapsed, shown = timed_search(window, query)
        print(f"search {query or '(cleared)':<10} -> first page {1000 * first:7.1f} ms "
              f"({1000 * first_page_cpu[0]:5.1f} ms CPU), {shown:>9,} rows in {1000 * elapsed:7.1f} ms")

    started = time.perf_counter()
    window.list_view.scrollToBottom()
    window.list_view.viewport().repaint()
    print(f"scroll to bottom + paint:        {1000 * (time.perf_counter() - started):7.1f} ms")
    for column, name in ((0, "title"), (1, "outlet"), (2, "date")):
        for order in (Qt.AscendingOrder, Qt.DescendingOrder):
            first, elapsed, _shown = timed_reload(window, lambda: window.list_view.sortByColumn(column, order))
            print(f"sort by {name:<6} {'up' if order == Qt.AscendingOrder else 'down':<4}  -> first page "
                  f"{1000 * first:7.1f} ms ({1000 * first_page_cpu[0]:5.1f} ms CPU), whole list in {1000 * elapsed:7.1f} ms")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")
    window.close()
    QThreadPool.globalInstance().waitForDone()
    del app


if __name__ == "__main__":
    main()
