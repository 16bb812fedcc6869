"""Running Kaidan's command line in its own process, as a user in a terminal does."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import core.store.connection

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"

# five short articles the export tests write out
EXPORT_BODIES = ["日本と中国の外相が北京で会談した。", "韓国の大統領が来月訪日する予定だ。", "米国の国務長官が来日した。",
                 "ロシアの外相が訪中した。", "インドの首相が訪米した。"]


def export_library(path: Path) -> Path:
    """A library at `path` holding EXPORT_BODIES as text articles, for the tests of exports that fail."""
    from core.datasets.common import store_text
    from core.store import open_db

    db = open_db(path)
    for number, body in enumerate(EXPORT_BODIES):
        store_text(db, f"test#{number}", "txt", body, {"title": body[:6]})
    db.close()
    return path


def kaidan(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `python main.py ARGS` from the project root; returns the finished process."""
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)


def python(code: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run Python code in a fresh interpreter from the project root."""
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)


def drop_posix_locks(path: Path) -> None:
    """What a file dialog sniffing the library does: open and close it outside SQLite.

    On Linux this drops every POSIX lock the process holds on the file, SQLite's included.
    """
    os.close(os.open(path, os.O_RDONLY))


def statuses_seen_by_a_new_process(db: Path) -> dict[int, str]:
    """Each article's status, as another process reading the library now sees it."""
    done = python("import json, sqlite3\n"
                  f"c = sqlite3.connect({str(db)!r})\n"
                  "print(json.dumps(dict(c.execute('SELECT id, status FROM articles').fetchall())))")
    assert done.returncode == 0, done.stderr
    return {int(k): v for k, v in json.loads(done.stdout).items()}


def disk_full_after(monkeypatch, pages: int, room: int = 30) -> None:
    """Every library connection opened from now on may grow its file only to pages + room pages: SQLite's
    SQLITE_FULL, as from a full disk, made at will (monkeypatch.undo() gives the disk back)."""
    real_connect = core.store.connection.connect

    def small_disk(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.execute(f"PRAGMA max_page_count={pages + room}")
        return conn

    monkeypatch.setattr(core.store.connection, "connect", small_disk)


def disk_full_after_four_writes(monkeypatch) -> list[str]:
    """The disk is full after the fourth write of an export (brat has by then left per-article .part files); the
    names of the files written, in order."""
    import core.export.files as export_files

    writes = []

    def write_until_full(self, text):
        writes.append(self.path.name)
        if len(writes) > 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.handle.write(text)

    monkeypatch.setattr(export_files.ExportFile, "write", write_until_full)
    return writes


def folder_refuses_parts(monkeypatch) -> None:
    """Every export's part file (*.part) is refused as a folder without write permission refuses it (EACCES); other
    files open as usual (monkeypatch.undo() gives the permission back)."""
    real_open = Path.open

    def refuse_parts(self, *args, **kwargs):
        if self.name.endswith(".part"):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse_parts)


def entries_a_walk_cannot_read(folder: Path, monkeypatch) -> str:
    """Put in FOLDER what a folder walk cannot read: a broken link (broken.txt), a pipe named like an article
    (pipe.txt: an import that opened it would wait forever) and a subfolder without read permission (shut: root
    reads every folder, so the refusal is faked in the walk's os.scandir). Returns the subfolder's path."""
    shut = folder / "shut"
    shut.mkdir(parents=True)
    os.symlink("moved-away.txt", folder / "broken.txt")
    os.mkfifo(folder / "pipe.txt")
    scandir = os.scandir

    def refusing(path):
        if os.fspath(path) == str(shut):
            raise PermissionError(errno.EACCES, "Permission denied", str(shut))
        return scandir(path)

    monkeypatch.setattr("core.ingest.paths.os.scandir", refusing)
    return str(shut)
