"""--db naming a folder or a device (a slip of the shell's completion) is refused in one line that says what to
name instead; nothing is created in it and no SQLite I/O error comes out as a traceback."""

from __future__ import annotations

import os

import pytest

from main import main
from tests.reliability.test_library_errors import SEEDS
from tests.shared_data import require


@pytest.mark.parametrize("command", [["import", "SEED"], ["stats"], ["list"]])
def test_a_folder_as_the_library_is_refused_in_one_line(tmp_path, capsys, command):
    require(SEEDS)
    seed = str(sorted(SEEDS.glob("*.txt"))[0])
    args = [seed if a == "SEED" else a for a in command]
    assert main([*args, "--db", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"kaidan: {tmp_path} is a folder: name a library file in it (for example {tmp_path / 'library.db'})"]
    assert os.listdir(tmp_path) == []


def test_a_device_as_the_library_is_refused_in_one_line(capsys):
    require(SEEDS)
    seed = str(sorted(SEEDS.glob("*.txt"))[0])
    assert main(["import", seed, "--db", os.devnull]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"kaidan: {os.devnull} is not a regular file")
