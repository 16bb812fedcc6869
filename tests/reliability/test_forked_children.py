"""A process forked from Kaidan (a detection worker) that outlives its parent, killed in the middle of a write,
does not keep the library's write lock nor its presence: the next writer goes on at once."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from core.store import open_db
from core.store.lock import WriteLock
from tests.reliability.helpers import ROOT

HOLD_AND_FORK = ("import os, sys\n"
                 "from core.store import open_db\n"
                 "db = open_db(sys.argv[1])\n"
                 "with db.writer.held():\n"
                 "    r, w = os.pipe()\n"
                 "    up_r, up_w = os.pipe()\n"
                 "    child = os.fork()\n"
                 "    if child == 0:\n"  # a worker: it lives on until the test ends it
                 "        os.write(up_w, b'1')\n"  # running: what a fork does in the child is done
                 "        os.read(r, 1)\n"
                 "        os._exit(0)\n"
                 "    os.read(up_r, 1)\n"
                 "    print(child, flush=True)\n"
                 "    sys.stdin.read()\n")  # writing until killed (or until the test is gone)


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def test_a_forked_child_of_a_killed_writer_holds_none_of_its_locks(tmp_path):
    path = tmp_path / "lib.db"
    open_db(path).close()
    parent = subprocess.Popen([sys.executable, "-c", HOLD_AND_FORK, str(path)], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = parent.stdout.readline()
    assert line.strip().isdigit(), parent.stderr.read()
    child = int(line)
    try:
        parent.kill()  # killed while writing; its forked child lives on
        parent.wait()
        assert not _gone(child)
        with WriteLock(path).held(wait=0):  # taken at once: nobody writes any more
            pass
        presence = os.open(tmp_path / "lib.db-open.lock", os.O_RDWR)
        try:
            fcntl.flock(presence, fcntl.LOCK_EX | fcntl.LOCK_NB)  # nobody has the library open either
        finally:
            os.close(presence)
    finally:
        os.kill(child, signal.SIGKILL)
        deadline = time.monotonic() + 60
        while not _gone(child) and time.monotonic() < deadline:
            time.sleep(0.1)
