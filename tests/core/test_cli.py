"""The command line as users (and Kaidan's measurements) call it."""

import json
import os
import signal
import subprocess
from pathlib import Path

import pytest

from tests.core.bulk_import import bulk_import
from tests.reliability.helpers import entries_a_walk_cannot_read
from tests.shared_data import require

from core.cli import main
from core.store import open_db

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _shared_data():
    require(SEEDS)


def test_import_then_export_jsonl(tmp_path, capsys):
    db = tmp_path / "lib.db"
    assert main(["import", str(SEEDS), "--db", str(db)]) == 0
    assert "imported 5, duplicates 0, failed 0" in capsys.readouterr().out
    assert main(["import", str(SEEDS), "--db", str(db)]) == 0
    assert "imported 0, duplicates 5, failed 0" in capsys.readouterr().out
    assert main(["export", "--format", "jsonl", "--out", str(tmp_path / "out"), "--db", str(db)]) == 0
    lines = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 5
    for key in ("id", "source", "title", "published", "outlet", "source_agency", "authors",
                "dateline", "captions", "body"):
        assert all(key in r for r in records), key
    first = next(r for r in records if r["source"].endswith("000_55f3fb43f71b764a.txt"))
    assert first["authors"] == ["Daphne Psaledakis", "Rozanna Latiff"]
    assert first["source_agency"] == "ロイター"
    assert first["body"].split("\n")[0].startswith("[クアラルンプール 11日 ロイター]")


def test_failures_are_named_and_exit_one(tmp_path, capsys):
    bad = tmp_path / "broken.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    code = main(["import", str(SEEDS / "001_dc04b11b17a28cd4.txt"), str(bad), str(tmp_path / "missing.txt"),
                 "--db", str(tmp_path / "lib.db")])
    out = capsys.readouterr().out
    assert code == 1
    assert "imported 1" in out and "broken.jsonl" in out and "missing.txt" in out


def test_what_a_folder_walk_cannot_read_is_named_and_the_rest_imported(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "saved"
    shut = entries_a_walk_cannot_read(folder, monkeypatch)
    (folder / "article.txt").write_bytes((SEEDS / "001_dc04b11b17a28cd4.txt").read_bytes())
    code = main(["import", str(folder), "--db", str(tmp_path / "lib.db")])
    out = capsys.readouterr().out
    assert code == 1 and "imported 1, duplicates 0, failed 3" in out
    assert [line for line in out.splitlines() if "failed: " in line] == [
        f"  failed: {folder / 'broken.txt'}: a link to a file that is not there",
        f"  failed: {folder / 'pipe.txt'}: not a regular file",
        f"  failed: {shut}: cannot open the folder: Permission denied"]


def test_usage_errors_exit_two(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["import"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", "nope", "--out", str(tmp_path)])
    assert exit_info.value.code == 2
    not_a_db = tmp_path / "x.db"
    not_a_db.write_bytes(b"garbage" * 1000)
    assert main(["list", "--db", str(not_a_db)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_list_and_show(tmp_path, capsys):
    db = tmp_path / "lib.db"
    main(["import", str(SEEDS), "--db", str(db)])
    capsys.readouterr()
    assert main(["list", "--search", "会談", "--json", "--db", str(db)]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 5
    assert main(["show", str(found[0]["id"]), "--raw", "--db", str(db)]) == 0
    assert " body " in capsys.readouterr().out
    assert main(["show", "999", "--db", str(db)]) == 1


def test_a_list_row_is_one_line_however_long_or_odd_the_title(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    title = "日米首脳会談\u2028" + "長い題名" * 500
    rows.write_text(json.dumps({"title": title, "text": "日本と米国の首脳が会談した。", "outlet": "外\u2028信"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "lib.db"
    assert main(["import", str(rows), "--db", str(db), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(db)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    _, shown = line.split("外\\u2028信")
    assert shown.strip() == ("日米首脳会談\\u2028" + "長い題名" * 20)[:79] + "…"
    assert main(["list", "--json", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["title"] == title  # the data whole


def test_an_untitled_list_row_shows_its_first_words_on_one_line(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"title": "", "text": "日本\u2028と米国の首脳が会談した。"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    db = tmp_path / "lib.db"
    assert main(["import", str(rows), "--db", str(db), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(db)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.endswith("(日本\\u2028と米国の首脳が会談した。…)")


def test_db_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KAIDAN_DB", str(tmp_path / "env.db"))
    assert main(["import", str(SEEDS / "002_375588a7e3fcd12b.txt")]) == 0
    assert (tmp_path / "env.db").exists()


def test_kill_during_bulk_import_leaves_a_sound_library(tmp_path):
    db, command = bulk_import(tmp_path)
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    process.stderr.readline()  # 0/400
    process.stderr.readline()  # 40/400: the import is under way
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    library = open_db(db)
    assert library.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    partial = library.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 40 <= partial < 400
    library.close()
    rerun = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert rerun.returncode == 0
    assert f"imported {400 - partial}, duplicates {partial}, failed 0" in rerun.stdout
    library = open_db(db)
    assert library.execute("SELECT count(DISTINCT content_hash), count(*) FROM articles").fetchone() == (400, 400)
    library.close()
