"""Soak: the window edits while a command-line import and analysis run on the same library.

A scripted window (offscreen) makes edits through its real undo stack: article
statuses, entity marks, and undos, a few per second. Beside it, in their own
processes, `main.py import` brings in a few thousand articles, `main.py
analyze` runs over the library again and again, and `main.py list` reads it.
Every few seconds the window process also opens and closes the library file
outside SQLite, as a file dialog sniffing it would, which drops its POSIX
locks. When time is up the window quits, the commands finish, and a fresh
process reads the library: every edit the window showed as saved must be
there, and no process may have crashed. Figures are printed; nothing asserts
a time.

    QT_QPA_PLATFORM=offscreen python bench/soak.py --minutes 3 --articles 3000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.jobs import import_paths  # noqa: E402
from core.store.articles import get_article  # noqa: E402
from core.store.lock import configure  # noqa: E402
from ui.window.app import EDIT_WAIT_SECONDS  # noqa: E402
from core.edits import AddMention  # noqa: E402
from ui.window.main_window import MainWindow  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "txt"
STATUSES = ("new", "in progress", "done")
EDITED_ARTICLES = 30
READ_BACK = """
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(json.dumps({
    "status": dict(c.execute("SELECT id, status FROM articles")),
    "marks": c.execute("SELECT article_id, start_char, end_char, type FROM mentions "
                       "WHERE origin = 'user' AND state = 'accepted'").fetchall(),
    "articles": c.execute("SELECT count(*) FROM articles").fetchone()[0],
    "integrity": c.execute("PRAGMA integrity_check").fetchone()[0],
}))
"""


def corpus_files(corpus: Path) -> list[Path]:
    """Article texts under corpus (README and licence files skipped), in a stable order."""
    skip = {"README.md", "README.txt", "LICENSE.txt", "CHANGES.txt"}
    return sorted(p for p in corpus.rglob("*.txt") if p.name not in skip)


class Soak:
    """The scripted window and the bookkeeping of what it showed as saved."""

    def __init__(self, window: MainWindow, ids: list[int], rng: random.Random) -> None:
        self.window, self.ids, self.rng = window, ids, rng
        self.stack = window.undo_stack
        self.status = {aid: "new" for aid in ids}  # what the window shows as saved
        self.marks: set[tuple[int, int, int, str]] = set()
        self.next_offset = {aid: 0 for aid in ids}
        self.bodies = {aid: get_article(window.db, aid).body for aid in ids}
        self.done: list[tuple] = []  # kept edits, in stack order: how to take each back
        self.figures = {"edits": 0, "saved": 0, "refused": 0, "undos": 0, "undone": 0, "undo_refused": 0}
        self.latency: list[float] = []
        self.messages: list[str] = []
        self.stack.failed.connect(self.messages.append)

    def step(self) -> None:
        """One user action: mostly an edit, sometimes an undo."""
        if self.done and self.rng.random() < 0.2:
            self._undo()
        elif self.rng.random() < 0.5:
            self._status()
        else:
            self._mark()

    def _push(self, command) -> bool:
        before = self.stack.index()
        started = time.perf_counter()
        self.stack.push(command)
        self.latency.append(time.perf_counter() - started)
        self.figures["edits"] += 1
        saved = self.stack.index() == before + 1
        self.figures["saved" if saved else "refused"] += 1
        return saved

    def _status(self) -> None:
        aid = self.rng.choice(self.ids)
        status = self.rng.choice([s for s in STATUSES if s != self.status[aid]])
        previous = self.status[aid]
        self.window.statuses.set_status(status, [aid])
        self.figures["edits"] += 1
        if self.stack.index() == len(self.done) + 1:
            self.figures["saved"] += 1
            self.status[aid] = status
            self.done.append(("status", aid, previous))
        else:
            self.figures["refused"] += 1

    def _mark(self) -> None:
        aid = self.rng.choice(self.ids)
        start = self.next_offset[aid]
        end = start + 2
        if end > len(self.bodies[aid]):
            return
        self.next_offset[aid] = end + 1  # marks never overlap, so none displaces another
        kind = self.rng.choice(("PERSON", "GPE", "ORG"))
        if self._push(AddMention(aid, start, end, kind, text=f"Mark as {kind}")):
            self.marks.add((aid, start, end, kind))
            self.done.append(("mark", (aid, start, end, kind)))

    def _undo(self) -> None:
        count = self.stack.count()
        self.stack.undo()
        self.figures["undos"] += 1
        edit = self.done.pop()
        if self.stack.count() < count:  # refused: dropped from the stack, still saved
            self.figures["undo_refused"] += 1
            return
        self.figures["undone"] += 1
        if edit[0] == "status":
            self.status[edit[1]] = edit[2]
        else:
            self.marks.discard(edit[1])


def _last_line(log: Path) -> str:
    lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return lines[-1] if lines else "(no output)"


def start(args: list[str], log: Path) -> subprocess.Popen:
    """A command-line Kaidan in its own process, its output in log."""
    out = open(log, "a", encoding="utf-8")  # noqa: SIM115 - closed when the soak ends
    return subprocess.Popen([sys.executable, "main.py", *args], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="how long the window edits")
    parser.add_argument("--articles", type=int, default=3000, help="articles the command line imports")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of article .txt files")
    parser.add_argument("--interval", type=int, default=150, help="milliseconds between window actions")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--stop-import", action="store_true",
                        help="interrupt the import when the editing ends (default: wait for it)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    opts = parser.parse_args()

    files = corpus_files(opts.corpus)
    if len(files) < EDITED_ARTICLES + 10:
        sys.exit(f"too few article texts under {opts.corpus}")
    work = Path(tempfile.mkdtemp(prefix="kaidan-soak-"))
    library = work / "soak.db"
    logs = work / "logs"
    logs.mkdir()
    seeded = import_paths(files[:EDITED_ARTICLES], library)
    ids = [aid for _source, aid in seeded.imported]

    app = QApplication.instance() or QApplication(sys.argv)
    QCoreApplication.setOrganizationName("KaidanSoak")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(work / "settings"))
    QSettings().setValue("annotator/name", "soak")
    configure(wait=EDIT_WAIT_SECONDS, label="the Kaidan window")  # as ui.window.app.run does
    window = MainWindow(library)
    window.show()
    soak = Soak(window, ids, random.Random(opts.seed))

    to_import = [str(p) for p in files[EDITED_ARTICLES:EDITED_ARTICLES + opts.articles]]
    started = time.monotonic()
    importer = start(["import", *to_import, "--db", str(library), "-q"], logs / "import.log")
    runs: dict[str, list[tuple[int, Path]]] = {"analyze": [], "list": []}
    current: dict[str, subprocess.Popen | None] = {"analyze": None, "list": None}
    drops = [0]
    import_ended: list[float] = []

    def tend() -> None:
        """Keep one analyze and one list running; note how each ended."""
        if not import_ended and importer.poll() is not None:
            import_ended.append(time.monotonic() - started)
        for name in current:
            proc = current[name]
            if proc is not None and proc.poll() is None:
                continue
            if proc is not None:
                runs[name].append((proc.returncode, Path(proc.log)))
            log = logs / f"{name}-{len(runs[name]) + 1}.log"
            current[name] = start([name, "--db", str(library), *(["-q"] if name == "analyze" else [])], log)
            current[name].log = log
        os.close(os.open(library, os.O_RDONLY))  # what a type-sniffing file dialog does
        drops[0] += 1

    actions, tender = QTimer(interval=opts.interval), QTimer(interval=2000)
    actions.timeout.connect(soak.step)
    tender.timeout.connect(tend)
    actions.start()
    tender.start()

    def finish() -> None:
        actions.stop()
        tender.stop()
        app.quit()

    QTimer.singleShot(int(opts.minutes * 60_000), finish)
    app.exec()
    edit_seconds = time.monotonic() - started
    import_done = importer.poll() is not None
    window.close()

    for name, proc in current.items():
        if proc is not None:
            runs[name].append((proc.wait(), Path(proc.log)))
    if not import_done and opts.stop_import:
        importer.send_signal(signal.SIGINT)  # a user pressing Ctrl+C: the article in hand is not half-stored
    import_code = importer.wait()
    import_seconds = import_ended[0] if import_ended else time.monotonic() - started

    read = subprocess.run([sys.executable, "-c", READ_BACK, str(library)], capture_output=True, text=True)
    state = json.loads(read.stdout)
    status = {int(k): v for k, v in state["status"].items()}
    marks = {tuple(m) for m in state["marks"]}
    lost_status = [aid for aid in ids if status.get(aid) != soak.status[aid]]
    lost_marks = soak.marks - marks
    ghost_marks = marks - soak.marks
    crashed = [f"{name} exited {code}: {_last_line(log)}" for name, done in runs.items()
               for code, log in done if code != 0]
    if import_code not in (0, 130):
        crashed.append(f"import exited {import_code}: {_last_line(logs / 'import.log')}")

    f, lat = soak.figures, sorted(soak.latency) or [0.0]
    print(f"window: {edit_seconds:.0f} s of editing, {f['edits']} edits: {f['saved']} saved, {f['refused']} "
          f"refused with a message; {f['undos']} undos: {f['undone']} done, {f['undo_refused']} refused")
    print(f"window: edit latency median {statistics.median(lat) * 1000:.1f} ms, "
          f"95th {lat[int(len(lat) * 0.95) - 1] * 1000:.1f} ms, max {lat[-1] * 1000:.0f} ms "
          f"(lock wait limit {EDIT_WAIT_SECONDS:g} s); {drops[0]} times its POSIX locks were dropped")
    print(f"import: exit {import_code} after {import_seconds:.0f} s "
          f"({'finished while the window edited' if import_done else 'stopped with Ctrl+C' if opts.stop_import else 'finished after the window quit'}): "
          f"{_last_line(logs / 'import.log')}")
    print(f"analyze: {len(runs['analyze'])} runs over the whole library; list: {len(runs['list'])} runs")
    print(f"library after restart: {state['articles']} articles, integrity {state['integrity']}")
    print(f"edits shown as saved and missing: {len(lost_status)} statuses, {len(lost_marks)} entity marks; "
          f"marks in the library the window did not show: {len(ghost_marks)}")
    print(f"processes that failed: {len(crashed)}")
    for line in crashed[:5]:
        print(f"  {line}")
    for message in soak.messages[:3]:
        print(f"  message shown: {message}")
    if opts.keep:
        print(f"kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    ok = not lost_status and not lost_marks and not ghost_marks and not crashed
    print("RESULT: " + ("nothing lost, nothing crashed" if ok else "EDITS LOST OR A PROCESS CRASHED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
