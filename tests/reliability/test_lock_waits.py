"""A write waiting for another process's lock: it says whom it waits for once the wait is long, however late
the machine lets it run, and a short wait stays silent."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys

import pytest

from core.store import lock
from core.store.errors import LibraryBusy


class Overslept:
    """A clock on a loaded machine: every pause of the waiter lasts `late` seconds, not what it asked for."""

    def __init__(self, late: float) -> None:
        self.now, self.late, self.pauses = 1000.0, late, 0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, _seconds: float) -> None:
        self.pauses += 1
        self.now += self.late


@pytest.fixture
def held_elsewhere(tmp_path):
    """The library's write lock held by another open file (as another process holds it), naming its holder."""
    library = tmp_path / "lib.db"
    fd = os.open(library.with_name("lib.db-writer.lock"), os.O_RDWR | os.O_CREAT, 0o666)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.pwrite(fd, b"4242 kaidan import\n", 0)
    yield library
    os.close(fd)


def _wait(library, monkeypatch, clock: Overslept, wait: float) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(lock, "time", clock)
    monkeypatch.setitem(lock._settings, "notice", told.append)
    with pytest.raises(LibraryBusy, match=r"pid 4242 \(kaidan import\) is writing to it; gave up after"):
        with lock.WriteLock(library).held(wait=wait):
            pass
    return told


def test_a_waiter_kept_asleep_past_its_deadline_still_says_whom_it_waited_for(held_elsewhere, monkeypatch):
    clock = Overslept(late=2.0)  # its first pause already outlasts the notice's delay and the whole wait
    told = _wait(held_elsewhere, monkeypatch, clock, wait=1.5)
    assert clock.pauses == 1
    assert told == ["lib.db is busy: pid 4242 (kaidan import) is writing to it; waiting up to 1.5 s"]


def test_a_long_wait_says_whom_it_waits_for_once(held_elsewhere, monkeypatch):
    clock = Overslept(late=0.05)
    told = _wait(held_elsewhere, monkeypatch, clock, wait=3)
    assert clock.pauses > 20
    assert told == ["lib.db is busy: pid 4242 (kaidan import) is writing to it; waiting up to 3 s"]


def test_a_wait_no_longer_than_the_notices_delay_is_silent_even_when_overslept(held_elsewhere, monkeypatch):
    assert _wait(held_elsewhere, monkeypatch, Overslept(late=5.0), wait=lock.NOTICE_AFTER) == []
    assert _wait(held_elsewhere, monkeypatch, Overslept(late=5.0), wait=0.5) == []


def test_a_waiter_reading_while_a_new_holder_names_itself_finds_a_whole_name(tmp_path, monkeypatch):
    """The holder's name is rewritten by each writer that takes the lock; a waiter reading it at any step of
    that rewrite names a holder (this one or the last), never 'another process' for a file caught empty."""
    library = tmp_path / "lib.db"
    library.with_name("lib.db-writer.lock").write_bytes(b"4242 kaidan import, upgrading the library\n")
    waiter = lock.WriteLock(library)
    waiter._fd = os.open(library.with_name("lib.db-writer.lock"), os.O_RDWR)
    seen: list[str] = []
    monkeypatch.setitem(lock._settings, "label", "Kaidan")  # (a command run earlier in this process renames it)
    for step in ("pwrite", "ftruncate"):
        real = getattr(os, step)

        def then_read(*args, real=real):
            result = real(*args)
            seen.append(waiter.holder())  # the waiter reads between two steps of the rewrite
            return result

        monkeypatch.setattr(lock.os, step, then_read)
    with lock.WriteLock(library).held(wait=0):
        pass
    monkeypatch.undo()
    assert len(seen) == 2
    assert set(seen) <= {"pid 4242 (kaidan import, upgrading the library)", f"pid {os.getpid()} (Kaidan)"}, seen
    assert seen[-1] == f"pid {os.getpid()} (Kaidan)"
    assert waiter.holder() == f"pid {os.getpid()} (Kaidan)"
    os.close(waiter._fd)


class UpgradeEndsAfter(Overslept):
    """The clock of a waiter while another process upgrades: the holder lets go after `pauses_left` pauses."""

    def __init__(self, late: float, fd: int, pauses_left: int) -> None:
        super().__init__(late)
        self.fd, self.pauses_left = fd, pauses_left

    def sleep(self, seconds: float) -> None:
        super().sleep(seconds)
        if self.pauses == self.pauses_left:
            fcntl.flock(self.fd, fcntl.LOCK_UN)


def _held_by(library, name: bytes) -> int:
    fd = os.open(library.with_name(f"{library.name}-writer.lock"), os.O_RDWR | os.O_CREAT, 0o666)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.pwrite(fd, name, 0)
    return fd


def test_an_upgrade_is_waited_for_as_long_as_its_holder_lives_and_said_once(tmp_path, monkeypatch):
    library = tmp_path / "lib.db"
    holder = os.getppid()  # a process alive all through the test, as the upgrading holder is
    fd = _held_by(library, f"{holder} the Kaidan window, upgrading the library\n".encode())
    clock = UpgradeEndsAfter(late=1.0, fd=fd, pauses_left=120)  # two minutes of upgrade, waited with 3 s
    told: list[str] = []
    monkeypatch.setattr(lock, "time", clock)
    monkeypatch.setitem(lock._settings, "notice", told.append)
    try:
        with lock.WriteLock(library).held(wait=3):
            taken_after = clock.pauses
    finally:
        os.close(fd)
    assert taken_after == 120
    assert told == [f"lib.db is being upgraded by pid {holder} (the Kaidan window, upgrading the library); "
                    "waiting until the upgrade is done"]


def test_the_upgrade_notice_goes_where_the_caller_asks(tmp_path, monkeypatch):
    library = tmp_path / "lib.db"
    fd = _held_by(library, f"{os.getppid()} kaidan import, upgrading the library\n".encode())
    heard: list[str] = []
    monkeypatch.setattr(lock, "time", UpgradeEndsAfter(late=1.0, fd=fd, pauses_left=5))
    monkeypatch.setitem(lock._settings, "notice", lambda text: pytest.fail(text))
    try:
        with lock.WriteLock(library).held(wait=3, upgrade_notice=heard.append):
            pass
    finally:
        os.close(fd)
    assert len(heard) == 1 and "is being upgraded by pid" in heard[0]


def test_a_dead_upgrader_named_in_the_lock_file_is_not_waited_for(tmp_path, monkeypatch):
    """The lock held by a process that has not named itself yet, over the name of an upgrader that died:
    the usual wait, then busy."""
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    library = tmp_path / "lib.db"
    fd = _held_by(library, f"{gone} kaidan import, upgrading the library\n".encode())
    told: list[str] = []
    clock = Overslept(late=0.5)
    monkeypatch.setattr(lock, "time", clock)
    monkeypatch.setitem(lock._settings, "notice", told.append)
    try:
        with pytest.raises(LibraryBusy, match="gave up after 3 s"):
            with lock.WriteLock(library).held(wait=3):
                pass
    finally:
        os.close(fd)
    assert clock.pauses <= 7
    assert told == [f"lib.db is busy: pid {gone} (kaidan import, upgrading the library) is writing to it; "
                    "waiting up to 3 s"]


@pytest.mark.parametrize("value", ["inf", "1e12", "1e400"])
def test_a_wait_of_inf_or_centuries_takes_a_free_lock_instead_of_overflowing(tmp_path, monkeypatch, value):
    monkeypatch.setenv(lock.WAIT_ENV, value)
    assert lock.default_wait() == lock.threading.TIMEOUT_MAX  # waits as long as it takes
    with lock.WriteLock(tmp_path / "lib.db").held():
        pass
    with lock.WriteLock(tmp_path / "lib.db").held(wait=float("inf")):
        pass


@pytest.mark.parametrize("value", ["nan", "-nan", "soon"])
def test_a_wait_that_is_no_number_is_the_default(monkeypatch, value):
    monkeypatch.setenv(lock.WAIT_ENV, value)
    assert lock.default_wait() == lock._settings["wait"]


def test_a_wait_of_inf_says_it_waits_as_long_as_it_takes(held_elsewhere, monkeypatch):
    monkeypatch.setenv(lock.WAIT_ENV, "inf")
    clock = Overslept(late=5e9)  # two pauses outlast what a thread lock waits: the waiter gives up at last
    told: list[str] = []
    monkeypatch.setattr(lock, "time", clock)
    monkeypatch.setitem(lock._settings, "notice", told.append)
    with pytest.raises(LibraryBusy):
        with lock.WriteLock(held_elsewhere).held():
            pass
    assert told == ["lib.db is busy: pid 4242 (kaidan import) is writing to it; waiting as long as it takes"]
