"""Control characters in a dataset's titles and outlets, or in a file's name, never reach the terminal raw:
they cannot clear it, ring it or overwrite a line, and each summary line stays one line."""

from __future__ import annotations

import json
import re

from core.cli import main

RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
TITLE = "見出し\x1b]0;owned\x07\x1b[2J\x9b31m赤\x7f"
OUTLET = "社名\x1b[0m"


def _library(tmp_path):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"title": TITLE, "outlet": OUTLET, "text": "日本の外相は北京で中国の外相と会談した。"
                                "両氏は協力を確認した。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "library.db"
    assert main(["--db", str(db), "import", str(rows)]) == 0
    return db


def test_list_and_show_write_control_characters_as_escapes(tmp_path, capsys):
    db = _library(tmp_path)
    capsys.readouterr()
    for command in (["list"], ["show", "1"], ["claims", "list"], ["stats"]):
        assert main(["--db", str(db), *command]) == 0
        out = capsys.readouterr()
        assert not RAW_CONTROLS.search(out.out + out.err), command
    assert main(["--db", str(db), "list"]) == 0
    assert "見出し\\u001b]0;owned\\u0007\\u001b[2J\\u009b31m赤\\u007f" in capsys.readouterr().out


def test_json_output_still_gives_back_the_very_text(tmp_path, capsys):
    db = _library(tmp_path)
    capsys.readouterr()
    assert main(["--db", str(db), "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert not RAW_CONTROLS.search(out)
    [row] = json.loads(out)
    assert row["title"] == TITLE and row["outlet"] == OUTLET


def test_a_file_name_with_a_line_break_is_one_summary_line(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "two\nlines.txt").write_text("", encoding="utf-8")
    assert main(["--db", str(tmp_path / "library.db"), "import", "--quiet", str(folder)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["imported 0, duplicates 0, failed 1", f"  failed: {folder}/two\\u000alines.txt: empty file"]


def test_a_right_to_left_override_in_a_title_or_a_file_name_is_written_as_an_escape(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "cod\u202eexe.txt").write_text("日本の外相は北京で中国の外相と会談した。両氏は協力を確認した。\n",
                                             encoding="utf-8")
    rows = folder / "rows.jsonl"
    rows.write_text(json.dumps({"title": "見出し\u202e\u2067逆", "text": "米国の国務長官は東京を訪れ、外相と会談した。"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "library.db")
    assert main(["--db", db, "import", str(folder)]) == 0
    assert main(["--db", db, "list"]) == 0
    out = capsys.readouterr().out
    assert "見出し\\u202e\\u2067逆" in out and not re.search("[\u202a-\u202e\u2066-\u2069]", out)
    (folder / "empty\u202e.txt").write_text("", encoding="utf-8")
    assert main(["--db", db, "import", str(folder)]) == 1
    out = capsys.readouterr()
    assert "empty\\u202e.txt" in out.out + out.err
    assert main(["--db", db, "list", "--json"]) == 0
    assert "見出し\u202e\u2067逆" in [row["title"] for row in json.loads(capsys.readouterr().out)]
