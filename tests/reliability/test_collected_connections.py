"""A connection the program forgot is closed by garbage collection, which may run at any allocation: also in
the middle of closing another connection of the same library. That must not wait on itself forever."""

from __future__ import annotations

import fcntl
import gc
import os
import threading

import core.store.connection as store_connection
from core.store import open_db


def test_a_forgotten_connection_collected_while_another_one_closes_does_not_deadlock(tmp_path, monkeypatch):
    path = tmp_path / "lib.db"
    open_db(path).close()
    # Another process has the library open (its shared presence), so a close guards that process's log.
    other = os.open(tmp_path / "lib.db-open.lock", os.O_RDWR | os.O_CREAT, 0o666)
    fcntl.flock(other, fcntl.LOCK_SH)
    real = store_connection.read_connection

    def collecting(uri, where):  # the collector runs between two steps of a close
        gc.collect()
        return real(uri, where)

    monkeypatch.setattr(store_connection, "read_connection", collecting)
    failures: list[BaseException] = []

    def session() -> None:  # connections are used and closed in the thread that made them
        try:
            closing = open_db(path)
            cycle: list = [open_db(path)]
            cycle.append(cycle)  # forgotten, in a cycle only the collector frees
            del cycle
            closing.close()
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            failures.append(exc)

    thread = threading.Thread(target=session, daemon=True)
    gc.disable()  # the collection happens where the hook says, not before
    try:
        thread.start()
        thread.join(60)
    finally:
        gc.enable()
    hung = thread.is_alive()
    os.close(other)
    assert not hung, "closing a connection waited forever on the collected one's close"
    assert failures == []
    # both closed, each guarding the other process's log: the library reads as before
    again = open_db(path, readonly=True)
    assert "articles" in again.table_names()
    again.close()
