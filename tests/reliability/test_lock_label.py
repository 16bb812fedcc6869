"""The write lock's holder label (who is writing, for a busy message) is a courtesy: a disk too full to take
it must not stop the lock, nor turn into a raw OSError; the full disk is met, and named, by the write itself."""

from __future__ import annotations

import errno
import os

from main import main
from tests.shared_data import require
from tests.reliability.test_library_errors import SEEDS

_pwrite = os.pwrite


def _full_for_labels(fd, data, offset):
    if data.startswith(f"{os.getpid()} ".encode()):  # the lock's label: "pid what"
        raise OSError(errno.ENOSPC, "No space left on device")
    return _pwrite(fd, data, offset)


def test_a_label_the_disk_refuses_does_not_stop_an_import(tmp_path, monkeypatch, capsys):
    require(SEEDS)
    monkeypatch.setattr("core.store.lock.os.pwrite", _full_for_labels)
    seed = sorted(SEEDS.glob("*.txt"))[0]
    assert main(["import", str(seed), "--db", str(tmp_path / "new.db")]) == 0
    assert "imported 1" in capsys.readouterr().out
