"""An import killed mid-way (kill -9) leaves no detection worker process behind, holding memory."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIVEDOOR = ROOT.parent / "shared" / "corpus" / "livedoor" / "text"


def _running(pid: int) -> bool:
    """True while the process exists and is not a zombie (an orphan's exit may wait for init to reap it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b"resource_tracker"  # gone: not a worker to wait for


def test_workers_end_with_a_killed_import(tmp_path):
    files = sorted(str(p) for p in LIVEDOOR.rglob("*-*.txt"))[:3000]
    assert len(files) == 3000
    process = subprocess.Popen([sys.executable, "main.py", "import", "--db", str(tmp_path / "lib.db"), *files],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.monotonic() + 600  # bounds against a hang only: each loop ends on what it waits for
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        workers = [p for p in _children(process.pid) if b"resource_tracker" not in _cmdline(p)]
    assert len(workers) >= 2, "the import started its detection workers"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 120
    while any(_running(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    alive = [p for p in workers if _running(p)]
    for p in alive:  # never leave them behind, even when the test fails
        os.kill(p, signal.SIGKILL)
    assert not alive
