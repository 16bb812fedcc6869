"""An export file sealed without fsync and the export folder after its renames are each made durable by one fsync
of their own descriptor, closed again even when the disk refuses the fsync."""

from __future__ import annotations

import errno
import os

import pytest

import core.export.files as export_files
from core.export.files import ExportFile, sync_folder


@pytest.fixture
def opened(monkeypatch):
    """[(path, flags, fd)] opened, fds fsynced, fds closed; failing: fsync raises EIO."""
    seen = {"open": [], "fsync": [], "close": [], "failing": False}
    real_open, real_fsync, real_close = os.open, os.fsync, os.close

    def open_(path, flags, *args):
        fd = real_open(path, flags, *args)
        seen["open"].append((str(path), flags, fd))
        return fd

    def fsync(fd):
        seen["fsync"].append(fd)
        if seen["failing"]:
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    def close(fd):
        seen["close"].append(fd)
        real_close(fd)

    monkeypatch.setattr(export_files.os, "open", open_)
    monkeypatch.setattr(export_files.os, "fsync", fsync)
    monkeypatch.setattr(export_files.os, "close", close)
    return seen


def test_a_file_sealed_without_fsync_is_synced_through_a_descriptor_of_its_own(tmp_path, opened):
    part = ExportFile(tmp_path / "out" / "a.ann")
    part.write("T1\tPERSON 0 2\t石破\n")
    part.seal(durable=False)
    assert opened["fsync"] == []
    part.sync()
    [(path, flags, fd)] = opened["open"]
    assert path == str(part.partial) and flags == os.O_RDONLY and opened["fsync"] == [fd] == opened["close"]


def test_the_folder_is_synced_as_a_folder_and_closed_when_the_disk_refuses(tmp_path, opened, monkeypatch):
    monkeypatch.setattr(export_files.os, "O_DIRECTORY", getattr(os, "O_DIRECTORY", 0o200000), raising=False)
    sync_folder(tmp_path)
    [(path, flags, fd)] = opened["open"]
    assert path == str(tmp_path) and flags == os.O_RDONLY | os.O_DIRECTORY and opened["close"] == [fd]
    opened["failing"] = True
    with pytest.raises(OSError):
        sync_folder(tmp_path)
    assert len(opened["close"]) == 2 and opened["close"][1] == opened["open"][1][2]  # no descriptor left open
