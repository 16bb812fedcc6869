"""An empty path on the command line (`--out "$DIR"` with DIR not set) is a usage error in one line: never read
as the current folder, which import would read whole and export, merge or a batch run would write into."""

import pytest

from core.cli import main

ARTICLE = "日本の外相は北京で中国の外相と会談した。両氏は協力を確認した。\n"


@pytest.fixture
def here(tmp_path, monkeypatch):
    """The current folder, holding one article and a library."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["--db", str(tmp_path / "lib.db"), "import", "-q", str(tmp_path / "page.txt")]) == 0
    return tmp_path


@pytest.mark.parametrize("command", [
    ["import", ""], ["export", "--format", "jsonl", "--out", ""], ["--db", "", "list"], ["review", ""],
    ["evaluate", ""], ["merge", "LIB", "--out", ""], ["agreement", ""], ["batch", "", "--out", "run"],
    ["batch", "*.txt", "--out", ""], ["query", "stances", ""],
])
def test_an_empty_path_is_a_usage_error_and_nothing_is_written_here(here, capsys, command):
    command = [str(here / "lib.db") if part == "LIB" else part for part in command]
    before = sorted(p.name for p in here.iterdir())
    with pytest.raises(SystemExit) as stopped:
        main(command if "--db" in command else ["--db", str(here / "lib.db"), *command])
    assert stopped.value.code == 2
    [line] = capsys.readouterr().err.strip().splitlines()[-1:]
    assert "an empty path" in line
    assert sorted(p.name for p in here.iterdir()) == before
