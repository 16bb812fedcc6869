"""kaidan merge and kaidan agreement from the command line."""

import json

from core.cli import main
from tests.core.team.team_libraries import team_of_three


def test_merge_then_agreement(tmp_path, capsys):
    paths = team_of_three(tmp_path)
    out = tmp_path / "team.db"
    assert main(["merge", *map(str, paths), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "chiba: added 9" in text and "lacks 1 article" in text
    assert main(["merge", *map(str, paths), "--out", str(out)]) == 0
    assert "aoki: added 0, updated 0, removed 0" in capsys.readouterr().out
    assert main(["agreement", str(out)]) == 0
    table = capsys.readouterr().out
    assert "f1_exact" in table and "aoki | baba" in table and "0.833" in table
    assert [line.split()[2] for line in table.splitlines() if line.startswith("article ")] == ["disagreeing"] * 2
    assert main(["agreement", str(out), "--json", "--layers", str(tmp_path / "layers")]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["annotators"] == ["aoki", "baba", "chiba"]
    assert (tmp_path / "layers" / "annotators" / "aoki.jsonl").exists()


def test_named_annotators_and_refusals(tmp_path, capsys):
    paths = team_of_three(tmp_path)
    out = tmp_path / "team.db"
    assert main(["merge", str(paths[0]), str(paths[1]), "--out", str(out), "--names", "A,B"]) == 0
    capsys.readouterr()
    assert main(["agreement", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["annotators"] == ["A", "B"]
    assert main(["agreement", str(tmp_path / "missing.db")]) == 2
    assert main(["agreement", str(paths[2])]) == 2  # a one-person library
    assert "no annotators merged" in capsys.readouterr().err
