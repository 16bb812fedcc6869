"""Hostile dataset rows: each bad row or span is skipped and named, the rest goes in, the summary matches the library."""

import json

import pytest

from core.cli import main
from core.datasets import import_datasets
from core.importer import import_any
from core.store import open_db

TEXT = "𠮷田外相と王毅外相が北京で会談した。"  # 𠮷: Label Studio's UTF-16 offsets differ from code points
OTHER = "韓国の大統領が来月訪日する予定だ。"


def library_counts(db_path):
    db = open_db(db_path)
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "mentions", "claims", "meeting_mentions")}
    db.close()
    return counts


def assert_summary_is_library(summary, db_path):
    counts = library_counts(db_path)
    assert len(summary.imported) == counts["articles"]
    assert summary.annotations.get("entity mentions", 0) == counts["mentions"]
    assert summary.annotations.get("claims", 0) == counts["claims"]


def reasons(summary):
    return [reason for _where, reason in summary.rejected]


def test_lone_surrogate_in_a_jsonl_row_does_not_stop_the_batch(tmp_path):
    bad = tmp_path / "rows.jsonl"
    bad.write_text('{"title": "壊れた\\ud800見出し", "text": "日本と中国の外相が会談した。\\udc00両氏は協力で一致した。"}\n'
                   f'{json.dumps({"text": OTHER}, ensure_ascii=False)}\n', encoding="utf-8")
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"text": "米国の国務長官が来日した。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    db_path = tmp_path / "lib.db"
    summary = import_any([bad, later], db_path)
    assert not summary.failed and len(summary.imported) == 3
    db = open_db(db_path)
    title, body = db.execute("SELECT title, body FROM articles WHERE title IS NOT NULL").fetchone()
    assert title == "壊れた\ufffd見出し" and "会談した。\ufffd両氏" in body


@pytest.mark.parametrize("name, codec", [
    ("rows.jsonl", "cp932"), ("rows.json", "euc_jp"), ("rows.json", "utf-16"), ("rows.jsonl", "utf-16"),
])
def test_japanese_encodings_of_json_named_on_the_command_line(tmp_path, capsys, name, codec):
    rows = [{"title": "外相会談", "text": "日本と中国の外相が北京で会談した。両氏は関係改善で一致した。"},
            {"title": "訪日", "text": OTHER}]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    data = ("\n".join(lines) if name.endswith("jsonl") else json.dumps(rows, ensure_ascii=False)).encode(codec)
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["import", "--db", str(tmp_path / "lib.db"), "--quiet", str(path)]) == 0
    assert "imported 2, duplicates 0, failed 0" in capsys.readouterr().out
    titles = {r[0] for r in open_db(tmp_path / "lib.db").execute("SELECT title FROM articles")}
    assert titles == {"外相会談", "訪日"}


@pytest.mark.parametrize("fmt, name, codec", [
    ("labelstudio", "tasks.json", "cp932"), ("doccano", "data.jsonl", "euc_jp"), ("doccano", "data.jsonl", "utf-16"),
])
def test_annotated_datasets_in_japanese_encodings_are_detected_and_read(tmp_path, fmt, name, codec):
    text = "日本と中国の外相が会談した。"
    if fmt == "labelstudio":
        content = json.dumps([{"id": 1, "data": {"text": text}, "annotations": [{"result": [
            {"id": "a", "type": "labels", "value": {"start": 0, "end": 2, "text": "日本", "labels": ["GPE"]}}]}]}],
            ensure_ascii=False)
    else:
        content = json.dumps({"text": text, "label": [[0, 2, "GPE"]]}, ensure_ascii=False) + "\n"
    path = tmp_path / name
    path.write_bytes(content.encode(codec))
    summary = import_any([path], tmp_path / "lib.db")
    assert not summary.failed and summary.annotations["entity mentions"] == 1
    assert open_db(tmp_path / "lib.db").execute("SELECT text FROM mentions").fetchone()[0] == "日本"


def test_label_studio_bad_values_are_skipped_and_named(tmp_path):
    good = {"id": "g", "type": "labels", "value": {"start": 6, "end": 8, "text": "王毅", "labels": ["PERSON"]}}
    tasks = [
        {"id": 1, "data": {"text": TEXT}, "predictions": [8], "annotations": [{"id": 1, "result": [
            good,
            {"id": "t", "type": "labels", "value": {"start": "5", "end": 7, "labels": ["PERSON"]}},
            {"id": "r", "type": "labels", "value": {"start": 9, "end": 5, "labels": ["PERSON"]}},
            {"id": "o", "type": "labels", "value": {"start": 0, "end": 500, "labels": ["PERSON"]}},
            {"id": "l", "type": "labels", "value": {"start": 0, "end": 3, "labels": ["PER\tSON\n"]}},
            {"id": "c", "type": "labels", "value": {"start": 11, "end": 13, "labels": ["Claim"]}},
            {"id": "c", "type": "choices", "value": {"start": 11, "end": 13, "choices": ["not-a-stance"]}},
            {"id": "v", "type": "labels", "value": None}, 5, "text",
        ]}]},
        {"id": 2, "data": "no object"},
        {"id": 3, "data": {"text": "王毅外相が訪日した。"}, "annotations": "broken"},
        17,
        {"id": 4, "data": {"text": OTHER}, "annotations": [{"result": [
            {"id": "k", "type": "labels", "value": {"start": 0, "end": 2, "text": "韓国", "labels": ["GPE"]}}]}]},
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    db_path = tmp_path / "lib.db"
    summary = import_datasets([(path, "labelstudio")], db_path)
    assert len(summary.imported) == 3  # tasks 1, 3 and 4; task 2 has no text, the fifth is no task
    assert {where.split(" task ")[1] for where, _ in summary.failed} == {"2", "4"}
    assert sorted(reasons(summary)) == sorted([
        "offsets that are not whole numbers", "spans whose end is before their start", "offsets outside the text",
        "labels with control characters or line breaks",
        "claim stances outside the library's scheme (claim kept without it)"])
    assert any("result r [9, 5]" in where for where, _ in summary.rejected)
    assert_summary_is_library(summary, db_path)
    db = open_db(db_path)
    assert {r[0] for r in db.execute("SELECT text FROM mentions")} == {"王毅", "韓国"}
    assert db.execute("SELECT text, stance FROM claims").fetchall() == [("北京", None)]


def test_doccano_bad_values_are_skipped_and_named(tmp_path):
    rows = [
        {"text": "日本と中国の外相が会談した。", "label": [[0, 2, "GPE"], [5, 2, "GPE"], ["a", 3, "GPE"], [0, 99, "GPE"],
                                                 [3, 5, 7], [3, 5, "GPE"], [9, 11, "CLAIM:zzz"]]},
        {"text": 12, "label": [[0, 1, "GPE"]]},
        {"text": "米国の国務長官が来日した。", "label": "not spans", "relations": [3, {"from_id": 1}]},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(1, "{not json")
    lines.append(json.dumps({"text": OTHER, "entities": [{"id": 1, "start_offset": 0, "label": "GPE"}]},
                            ensure_ascii=False))
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db_path = tmp_path / "lib.db"
    summary = import_datasets([(path, "doccano")], db_path)
    assert [where.rsplit(" ", 1)[1] for where, _ in summary.failed] == ["2", "3"]
    assert len(summary.imported) == 3
    assert sorted(reasons(summary)) == sorted([
        "spans whose end is before their start", "offsets that are not whole numbers", "offsets outside the text",
        "labels that are not text", "offsets that are not whole numbers",
        "claim stances outside the library's scheme (claim kept without it)"])
    assert_summary_is_library(summary, db_path)
    assert {r[0] for r in open_db(db_path).execute("SELECT text FROM mentions")} == {"日本", "中国"}


def test_brat_bad_lines_are_skipped_and_named(tmp_path):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text("日本と中国の外相が会談した。", encoding="utf-8")
    (folder / "a.ann").write_text(
        "T1\tGPE 0 2\t日本\nT2\tGPE 5 2\tx\nT3\tGPE abc def\tx\nT4\nA1\nR1\tHolder\nT5\tGPE 3 5\t中国\n"
        "T6\tGPE 0 200\tx\nT7\tGPE 0 1;x\tx\n#1\tAnnotatorNotes\n", encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    (folder / "b.ann").write_text("T1\tGPE 0 2\t韓国\n", encoding="utf-8")
    (folder / "c.txt").write_text("米国の国務長官が来日した。", encoding="utf-8")
    (folder / "c.ann").write_text("", encoding="utf-8")
    db_path = tmp_path / "lib.db"
    summary = import_datasets([(folder, "brat")], db_path)
    assert not summary.failed and len(summary.imported) == 3
    assert sorted(reasons(summary)) == sorted([
        "spans whose end is before their start", "offsets that are not whole numbers", "offsets outside the text",
        "offsets that are not whole numbers", *["brat lines without the fields their kind needs"] * 3])
    assert any(where.endswith("a.ann line 2 [5, 2]") for where, _ in summary.rejected)
    assert_summary_is_library(summary, db_path)


def kaidan_export(folder, articles, meetings=()):
    folder.mkdir()
    (folder / "entities.jsonl").write_text("", encoding="utf-8")
    (folder / "meetings.jsonl").write_text("".join(json.dumps(m) + "\n" for m in meetings), encoding="utf-8")
    lines = [a if isinstance(a, str) else json.dumps(a, ensure_ascii=False) for a in articles]
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_kaidan_export_bad_rows_and_spans_are_skipped_and_named(tmp_path):
    mention = {"start": 0, "end": 2, "text": "日本", "type": "GPE", "origin": "user", "state": "accepted"}
    articles = [
        {"id": 1, "body": "日本と中国の外相が会談した。", "entities": [
            mention, {**mention, "start": "0"}, {**mention, "type": ["GPE"]}, {**mention, "state": "maybe"}, 7],
         "claims": [{"start": 3, "end": 5, "text": "中国", "attribution": "loud", "stance": "favor"}],
         "meeting_mentions": [{"start": 9, "end": 11, "text": "会談", "meeting_id": 1, "state": "sure"}]},
        "{not json",
        {"id": 3, "body": 5},
        {"id": 4, "body": OTHER, "entities": [{**mention, "text": "韓国"}], "status": "finished",
         "kaidan": ["not", "an", "object"], "claims": [{"start": 0, "end": 2, "text": "韓国", "holder": True}]},
    ]
    meetings = [{"id": 1, "kind": "party", "status": "held", "origin": "user", "state": "confirmed"},
                {"id": 2, "kind": "talks", "status": "held", "origin": "user", "state": "confirmed",
                 "participants": [{"name": "王毅", "role": "guest"}]}]
    folder = kaidan_export(tmp_path / "export", articles, meetings)
    db_path = tmp_path / "lib.db"
    summary = import_datasets([(folder, "kaidan")], db_path)
    assert [where.rsplit(" ", 1)[1] for where, _ in summary.failed] == ["2", "3"]
    assert len(summary.imported) == 2
    assert sorted(reasons(summary)) == sorted([
        "offsets that are not whole numbers", "labels that are not text", "entity mentions with bad values (IntegrityError)",
        "spans that are not objects", "claim attributions outside the library's scheme (claim kept without it)",
        "meeting mentions with bad values (IntegrityError)", "meetings whose kind is outside the scheme",
        "article statuses outside the scheme (left new)"])
    assert_summary_is_library(summary, db_path)
    db = open_db(db_path)
    assert sorted(db.execute("SELECT text, stance, attribution FROM claims").fetchall()) == [
        ("中国", "favor", None), ("韓国", None, None)]
    assert {r[0] for r in db.execute("SELECT status FROM articles")} == {"new"}
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1


def test_summary_counts_only_what_was_committed(tmp_path):
    # An article whose row trips on a value after it was stored is rolled back: not reported as imported.
    articles = [{"id": 1, "body": OTHER, "kaidan": {"cleaning_version": 10 ** 30}},  # no SQLite integer
                {"id": 2, "body": "日本と中国の外相が会談した。"}]
    folder = kaidan_export(tmp_path / "export", articles)
    db_path = tmp_path / "lib.db"
    summary = import_datasets([(folder, "kaidan")], db_path)
    assert len(summary.failed) == 1 and summary.failed[0][0].endswith("line 1")
    assert_summary_is_library(summary, db_path)
    assert len(summary.imported) == 1


def test_a_broken_card_does_not_stop_a_kaidan_import(tmp_path):
    folder = kaidan_export(tmp_path / "export", [{"id": 1, "body": OTHER}])
    (folder / "dataset.json").write_text('{"labels": {"stances": [', encoding="utf-8")
    summary = import_datasets([(folder, "kaidan")], tmp_path / "lib.db")
    assert not summary.failed and len(summary.imported) == 1
    assert any("dataset.json" in where and "dataset cards" in reason for where, reason in summary.rejected)
