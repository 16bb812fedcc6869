"""Opening a very long article in the window beside opening ordinary ones (prints figures, asserts nothing).

Run: QT_QPA_PLATFORM=offscreen python bench/bench_long_article.py [--chars 1000000] [--normal 30] [--rebuild]
The library holds --normal Wikinews articles, imported as a user imports them, and one text of --chars characters
(Wikinews paragraphs, none repeated) imported unanalysed, its whole text made its body and a detected mention stored
on every name, office, place and date a pattern finds (about 40,000 in a million characters: what a transcript
analysed whole would carry; a real analysis of its head takes minutes). It is cached in the temp directory between
runs. Each opening is timed from the action (a link: go_to_article) until the reader is laid out and painted, wall
and CPU (the CPU is steadier on a busy machine); then the turns of the event loop its highlights take to be painted
whole (the longest is the longest pause the window makes), and where the opening goes, each part called alone
(the least of three calls).
"""

from __future__ import annotations

import argparse
import re
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews" / "txt"


class PaintWatch(QObject):
    """Counts the paints of a widget."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Paint:
            self.paints += 1
        return False


def long_text(chars: int) -> str:
    """A title line, a date line and chars characters of Wikinews paragraphs, none repeated while the corpus
    lasts (a cleaner takes a text repeated whole for a page's furniture)."""
    paragraphs, length = [], 0
    for path in sorted(WIKINEWS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines()[2:]:
            if line.strip() and length < chars:
                paragraphs.append(line)
                length += len(line) + 1
    return "長い記録: 外交会談の全文\n2024-05-01\n\n" + "\n".join(paragraphs)[:chars]


# Names, offices, places and dates as a detector finds them, over the whole text: about 45,000 mentions in a
# million characters (a real import finds its mentions in the analysed head only, and takes minutes for it).
NAMES = re.compile(r"日本|中国|米国|アメリカ|韓国|ロシア|政府|首相|大統領|外相|会談|大臣|東京|北朝鮮|国連|フランス"
                   r"|イギリス|ドイツ|インド|[0-9０-９]+[年月日]|[^\s、。]{1,3}[県市省党社氏人]")


def build(path: Path, chars: int, normal: int) -> None:
    """The ordinary articles imported whole; the long one imported without analysis, its mentions stored after."""
    import core.analysis_limit
    from core.jobs import import_paths
    from core.model import Mention
    from core.store import open_db
    from core.store.mentions import replace_detected

    folder = Path(tempfile.mkdtemp(prefix="kaidan-long-"))
    for source in sorted(WIKINEWS.glob("*.txt"))[:normal]:
        (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    started = time.perf_counter()
    import_paths([folder], path)
    long_file = Path(tempfile.mkdtemp(prefix="kaidan-long-")) / "long.txt"
    long_file.write_text(long_text(chars), encoding="utf-8")
    core.analysis_limit.ANALYSIS_LIMIT = 2_000  # one file: analysed in this process
    import_paths([long_file], path)
    db = open_db(path)
    long_id, version = db.execute("SELECT id, entities_version FROM articles ORDER BY length(raw) DESC").fetchone()
    # the whole text as its body (a cleaner keeps one block of a page of many: a transcript is all body)
    body = long_text(chars).split("\n\n", 1)[1]
    with db.conn:
        db.execute("UPDATE articles SET body = ?, cleaning_check = NULL WHERE id = ?", [body, long_id])
    kinds = ("GPE", "PERSON", "ORG", "DATE")
    mentions = [Mention(m.start(), m.end(), m.group(), kinds[n % len(kinds)], source="bench")
                for n, m in enumerate(NAMES.finditer(body))]
    replace_detected(db, long_id, body, mentions, version or 0)
    db.close()
    print(f"library built in {time.perf_counter() - started:.1f} s")


def settle() -> None:
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def timed_open(window, watch: PaintWatch, article_id: int) -> tuple[float, float]:
    """Seconds (wall, CPU) from go_to_article to the reader showing it, laid out and painted."""
    painted = watch.paints
    started, cpu = time.perf_counter(), time.process_time()
    window.go_to_article(article_id)
    settle()
    while watch.paints == painted:  # the body's first paint with the article
        settle()
    return time.perf_counter() - started, time.process_time() - cpu


def timed(call, times: int = 3) -> tuple[float, float]:
    """Seconds (wall, CPU) of call(), the least of times calls each (one call is at the mercy of a busy
    machine; its least is what the call itself costs)."""
    walls, cpus = [], []
    for _ in range(times):
        started, cpu = time.perf_counter(), time.process_time()
        call()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
        settle()
    return min(walls), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chars", type=int, default=1_000_000, help="the long article's body")
    parser.add_argument("--normal", type=int, default=30, help="ordinary articles beside it")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    QCoreApplication.setOrganizationName("KaidanBench")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    app = QApplication([])
    from core.store import open_db
    from core.store.mentions import mentions_for
    from core.store.articles import get_article
    from ui.window.main_window import MainWindow

    path = Path(tempfile.gettempdir()) / f"kaidan_long_{args.chars}_{args.normal}.db"
    if args.rebuild and path.exists():
        path.unlink()
    if not path.exists():
        build(path, args.chars, args.normal)
    db = open_db(path)
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY length(body)")]
    long_id, normal_ids = ids[-1], ids[:-1]
    mentions = db.execute("SELECT count(*) FROM mentions WHERE article_id = ?", [long_id]).fetchone()[0]
    length = db.execute("SELECT length(body) FROM articles WHERE id = ?", [long_id]).fetchone()[0]
    print(f"long article: {length:,} characters, {mentions:,} mentions; {len(normal_ids)} ordinary articles")

    window = MainWindow(path)
    window.resize(1280, 800)
    window.show()
    while window.reader.article_id is None:
        settle()
    watch = PaintWatch()
    window.reader.reader.body.viewport().installEventFilter(watch)
    normal = [timed_open(window, watch, a) for a in normal_ids[1:] + normal_ids[:1]]
    walls, cpus = [w for w, _ in normal], [c for _, c in normal]
    print(f"open an ordinary article ({len(normal)}):   median {1000 * statistics.median(walls):6.1f} ms "
          f"({1000 * statistics.median(cpus):6.1f} ms CPU), max {1000 * max(walls):6.1f} ms")
    for attempt in (1, 2):
        window.go_to_article(normal_ids[0])
        settle()
        wall, cpu = timed_open(window, watch, long_id)
        print(f"open the long article ({attempt}):          {1000 * wall:8.1f} ms ({1000 * cpu:6.1f} ms CPU)")
        layer = window.entities.layer.highlighter
        started, turns, longest = time.perf_counter(), 0, 0.0
        while layer.unpainted:
            turn = time.process_time()
            settle()
            turns, longest = turns + 1, max(longest, time.process_time() - turn)
        print(f"    its highlights painted whole after {1000 * (time.perf_counter() - started):8.1f} ms more, "
              f"in {turns} turns of the event loop, the longest {1000 * longest:6.1f} ms CPU")

    print("the long article's opening, each part alone (the least of 3 calls):")
    for name, call in (
        ("the article's row (get_article)", lambda: get_article(db, long_id)),
        ("its mentions (mentions_for)", lambda: mentions_for(db, long_id)),
        ("the reader's text and header", lambda: window.reader.show_article(window.reader.row, {})),
        ("entities: highlights and panel", window.entities.refresh),
        ("entities panel's list alone", lambda: window.entities.panel.set_mentions(
            window.entities.mentions, window.entities.entities(), long_id)),
        ("claims: marks and panel", window.claims.refresh),
        ("meetings: marks", window.meetings.refresh),
        ("search hits", window.search_hits.refresh),
    ):
        wall, cpu = timed(call)
        print(f"    {name:<34} {1000 * wall:8.1f} ms ({1000 * cpu:6.1f} ms CPU)")
        settle()
    window.close()
    QThreadPool.globalInstance().waitForDone()
    del app


if __name__ == "__main__":
    main()
