"""An article id no SQLite integer holds (a pasted hash, a slip of the keyboard) is a usage error naming it,
exit 2, before the library is opened: not an OverflowError deep in the query."""

from __future__ import annotations

import pytest

from core.cli import main
from core.store import open_db

HUGE = "99999999999999999999999"


@pytest.mark.parametrize("command", [["show", HUGE], ["analyze", HUGE], ["claims", "suggest", "1", HUGE],
                                     ["meetings", "suggest", HUGE], ["export", "--format", "jsonl", "--ids", f"1,{HUGE}"]])
def test_an_id_past_sqlites_integers_is_a_usage_error(command, tmp_path, capsys):
    if command[0] == "export":
        command = [*command, "--out", str(tmp_path / "out")]
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(tmp_path / "library.db"), *command])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and "Traceback" not in err
    assert f"not an article id: '{HUGE}'" in err or f"not a list of article ids: '1,{HUGE}'" in err
    assert not (tmp_path / "library.db").exists() and not (tmp_path / "out").exists()


def test_the_largest_id_sqlite_holds_is_still_an_id(tmp_path, capsys):
    open_db(tmp_path / "library.db").close()
    assert main(["--db", str(tmp_path / "library.db"), "show", str(2**63 - 1)]) == 1
    assert capsys.readouterr().err.strip() == f"kaidan: no article {2**63 - 1}"
