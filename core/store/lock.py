"""One writer per library across processes and threads, and a record of who has it open.

SQLite's own locks are POSIX record locks, which the kernel drops for the whole
process as soon as any code in it closes any descriptor of the library file (a
file dialog sniffing its type is enough). Kaidan therefore keeps two locks of
its own on sidecar files with flock(), which belongs to one open file
description and survives unrelated close() calls:

- NAME-writer.lock: held exclusively around every write transaction; it names
  the holder (pid and what it is) so a waiting process can say who it waits for.
- NAME-open.lock: held shared by every Kaidan process with the library open. A
  process closing its last connection that cannot take it exclusively knows
  another Kaidan process is still using the library, and must not let SQLite
  checkpoint and delete the write-ahead log that process still writes into.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from core.store.errors import LibraryBusy, LibraryReadOnly

WAIT_ENV = "KAIDAN_LOCK_WAIT"
NOTICE_AFTER = 1.0  # seconds of waiting before a process says whom it waits for
UPGRADING = "upgrading the library"  # what an upgrading holder writes; a waiter waits for it as long as it lives
_settings = {"wait": 30.0, "label": "Kaidan", "notice": None}
# Reentrant: garbage collection may close a forgotten connection (its __del__ asks for its Presence)
# while this thread is inside writer_for or presence_for.
_registry_lock = threading.RLock()
_writers: dict[str, "WriteLock"] = {}
_presences: dict[str, "Presence"] = {}


def configure(wait: float | None = None, label: str | None = None,
              notice: Callable[[str], None] | None = None) -> None:
    """Set this process's default wait for the write lock, how it names itself, and who hears of waits."""
    if wait is not None:
        _settings["wait"] = wait
    if label is not None:
        _settings["label"] = label
    if notice is not None:
        _settings["notice"] = notice


def default_wait() -> float:
    """Seconds a write waits for the lock: $KAIDAN_LOCK_WAIT if set, else the process default. A wait of inf
    (or past what a thread lock takes, some 292 years) waits as long as it takes; nan or a word is not a wait."""
    try:
        wait = float(os.environ[WAIT_ENV])
    except (KeyError, ValueError):
        return _settings["wait"]
    return _bounded(wait) if wait == wait else _settings["wait"]


def _bounded(wait: float) -> float:
    """A wait a thread lock accepts: 0 to threading.TIMEOUT_MAX (a larger one raises OverflowError)."""
    return min(max(wait, 0.0), threading.TIMEOUT_MAX)


def _up_to(wait: float) -> str:
    """How long a waiter says it waits: "up to 30 s", or, for a wait bounded from inf, "as long as it takes"
    (not "up to 9.22337e+09 s")."""
    return "as long as it takes" if wait >= threading.TIMEOUT_MAX else f"up to {wait:g} s"


def writer_for(library: Path) -> "WriteLock":
    """The one WriteLock of this process for the library file."""
    key = os.path.realpath(library)
    with _registry_lock:
        return _writers.setdefault(key, WriteLock(Path(key)))


def presence_for(library: Path) -> "Presence":
    """The one Presence of this process for the library file."""
    key = os.path.realpath(library)
    with _registry_lock:
        return _presences.setdefault(key, Presence(Path(key)))


def _sidecar(library: Path, suffix: str) -> int:
    path = library.with_name(f"{library.name}-{suffix}.lock")
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError as exc:
        raise LibraryReadOnly(f"{library} is read-only: cannot create {path.name} beside it ({exc.strerror})") from exc


class WriteLock:
    """Exclusive flock on NAME-writer.lock for one write transaction; re-entrant in one thread."""

    def __init__(self, library: Path) -> None:
        self.library = library
        self._threads = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @contextmanager
    def held(self, wait: float | None = None, doing: str = "",
             upgrade_notice: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the lock for the block; LibraryBusy after waiting `wait` seconds. doing: what the block
        does, for a process waiting meanwhile (UPGRADING), beside this process's name. A holder upgrading
        the library is waited for as long as it lives and upgrades, told once to upgrade_notice (else to the
        process's notice)."""
        wait = default_wait() if wait is None else _bounded(wait)
        deadline = time.monotonic() + wait
        got = self._threads.acquire(timeout=wait) if wait > 0 else self._threads.acquire(blocking=False)
        if not got:
            raise LibraryBusy(f"{self.library.name} is busy: another task of this {self._label()} is "
                              f"writing to it; gave up after {wait:g} s", waited=wait)
        try:
            if self._depth == 0:
                self._take(deadline, wait, doing, upgrade_notice or _settings["notice"])
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            self._threads.release()

    def _forget(self) -> None:
        """In a forked child: let go of the parent's lock file (see _forget_in_child), never unlocking it."""
        self._threads, self._depth = threading.RLock(), 0
        self._fd = _closed(self._fd)

    def holder(self) -> str:
        """Who holds (or last held) the lock, as written in the sidecar: 'pid N (what)'."""
        pid, label = self._name()
        return f"pid {pid} ({label})" if pid else "another process"

    def _name(self) -> tuple[int, str]:
        """The holder's pid (0 if unknown) and label, from the first line of the sidecar."""
        if self._fd is None:
            return 0, ""
        text = os.pread(self._fd, 200, 0).decode("utf-8", "replace").partition("\n")[0].strip()
        pid, _, label = text.partition(" ")
        return (int(pid), label) if pid.isdigit() else (0, "")

    def _upgrading(self) -> bool:
        """Whether the holder named in the sidecar is upgrading the library and still alive. (A holder that
        died let go of its flock; its name can outlive it until the next holder writes its own.)"""
        pid, label = self._name()
        if pid <= 0 or not label.endswith(UPGRADING):
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            pass  # another user's process: alive
        return True

    def _label(self) -> str:
        return _settings["label"] or "process"

    def _take(self, deadline: float, wait: float, doing: str = "",
              upgrade_notice: Callable[[str], None] | None = None) -> None:
        if self._fd is None:
            self._fd = _sidecar(self.library, "writer")
        pause, told = 0.005, wait <= NOTICE_AFTER  # a wait this short passes in silence, however it ends
        noticed_at, upgrade_told = time.monotonic() + NOTICE_AFTER, False
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                now = time.monotonic()
                if wait > 0 and self._upgrading():
                    # An upgrade takes minutes on a large library: waited for while its holder lives, then
                    # the usual wait for whoever holds the lock next.
                    deadline = now + wait
                    if not upgrade_told:
                        upgrade_told = told = True
                        if upgrade_notice is not None:
                            upgrade_notice(f"{self.library.name} is being upgraded by {self.holder()}; "
                                           "waiting until the upgrade is done")
                # Told before the deadline is checked: a waiter the machine kept asleep past both still says
                # whom it waited for before it gives up.
                if not told and _settings["notice"] is not None and now > noticed_at:
                    told = True  # once a wait: short turns between writers pass in silence
                    _settings["notice"](f"{self.library.name} is busy: {self.holder()} is writing to it; "
                                        f"waiting {_up_to(wait)}")
                if now >= deadline:
                    holder = self.holder()
                    raise LibraryBusy(f"{self.library.name} is busy: {holder} is writing to it; "
                                      f"gave up after {wait:g} s", holder if self._name()[0] else "",
                                      wait) from None
                time.sleep(min(pause, max(deadline - now, 0)))
                pause = min(pause * 2, 0.05)
        name = f"{os.getpid()} {self._label()}{', ' + doing if doing else ''}\n".encode()
        try:
            # Written over the last holder's name, then cut to its length: a waiter reading meanwhile finds
            # a whole name on the first line, this one or the last one, never an empty file.
            os.pwrite(self._fd, name, 0)
            os.ftruncate(self._fd, len(name))
        except OSError:
            # The holder's name only words a busy message; a full disk refuses it but not the lock. The write
            # that follows meets the full disk itself and says so (DiskFull), instead of a raw OSError here.
            pass


class Presence:
    """Shared flock on NAME-open.lock while this process has connections to the library."""

    def __init__(self, library: Path) -> None:
        self.library = library
        # Reentrant: closing one connection may collect another forgotten one of the library (its __del__
        # closes it), in this thread, while the first close is still in leaving().
        self._guard = threading.RLock()
        self._count = 0
        self._fd: int | None = None

    def _forget(self) -> None:
        """In a forked child: let go of the parent's lock file (see _forget_in_child), never unlocking it."""
        self._guard, self._count = threading.RLock(), 0
        self._fd = _closed(self._fd)

    def enter(self) -> None:
        """Count one more connection of this process; the first takes the shared lock."""
        with self._guard:
            if self._count == 0:
                try:
                    self._fd = _sidecar(self.library, "open")
                except LibraryReadOnly:
                    self._fd = None  # a read-only folder: nobody can write the library anyway
                else:
                    fcntl.flock(self._fd, fcntl.LOCK_SH)  # waits only while a closer checks it is alone
            self._count += 1

    @contextmanager
    def leaving(self) -> Iterator[bool]:
        """One connection closes in the block; yields True when it is the last Kaidan user of the library."""
        with self._guard:
            self._count -= 1
            last = self._count == 0
            alone = False
            if last and self._fd is not None:
                try:
                    fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    alone = True
                except BlockingIOError:
                    alone = False
            try:
                yield alone
            finally:
                if last and self._fd is not None:
                    os.close(self._fd)  # drops our flock
                    self._fd = None


def _closed(fd: int | None) -> None:
    if fd is not None:
        try:
            os.close(fd)  # the parent's copy keeps the open file, and with it the lock
        except OSError:
            pass
    return None


def _forget_in_child() -> None:
    """A process forked from this one (a detection worker) shares its open lock files, and a flock belongs to
    the open file: a child outliving its parent (killed mid-import) would hold the parent's write lock and
    presence until it ends. The child closes its copies at once; it never writes to the library."""
    global _registry_lock
    _registry_lock = threading.RLock()  # (another thread of the parent may have held it at the fork)
    for lock in (*_writers.values(), *_presences.values()):
        lock._forget()


os.register_at_fork(after_in_child=_forget_in_child)
