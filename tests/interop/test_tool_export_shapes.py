"""Shapes the real tools write (Label Studio's full and JSON_MIN exports, doccano's entity lists) come in."""

import json

from core.cli import main
from core.datasets import detect, import_datasets
from core.store import open_db

TEXT = "𠮷田外相と王毅外相が北京で会談した。"  # 𠮷 is two UTF-16 units: Label Studio's offsets are shifted


def ls_region(rid, start, end, text, label, from_name="label"):
    return {"value": {"start": start, "end": end, "text": text, "labels": [label]}, "id": rid,
            "from_name": from_name, "to_name": "text", "type": "labels", "origin": "manual"}


def ls_task(task_id, text, results, predictions=None, data_first=True):
    """A task as Label Studio 1.x exports it (JSON): annotation bookkeeping, prediction ids, counters."""
    annotation = {"id": task_id * 10, "completed_by": 1, "result": results, "was_cancelled": False,
                  "ground_truth": False, "created_at": "2026-11-02T08:00:00Z", "updated_at": "2026-11-02T08:05:00Z",
                  "lead_time": 42.5, "prediction": {}, "result_count": 0, "unique_id": f"u{task_id}",
                  "import_id": None, "last_action": None, "task": task_id, "project": 3, "updated_by": 1,
                  "parent_prediction": None, "parent_annotation": None, "last_created_by": None}
    rest = {"annotations": [annotation], "file_upload": "tasks.json", "drafts": [],
            "predictions": predictions if predictions is not None else [task_id], "meta": {},
            "created_at": "2026-11-01T00:00:00Z", "updated_at": "2026-11-02T08:05:00Z", "inner_id": task_id,
            "total_annotations": 1, "cancelled_annotations": 0, "total_predictions": 1, "comment_count": 0,
            "unresolved_comment_count": 0, "last_comment_updated_at": None, "project": 3, "updated_by": 1,
            "comment_authors": []}
    data = {"data": {"text": text, "title": "外相会談"}}
    return {"id": task_id, **data, **rest} if data_first else {"id": task_id, **rest, **data}


def mention_texts(db_path):
    return sorted(r[0] for r in open_db(db_path).execute("SELECT text FROM mentions"))


def test_label_studio_export_with_prediction_ids_imports(tmp_path):
    path = tmp_path / "project-3-at-2026-11-02.json"
    tasks = [ls_task(8, TEXT, [ls_region("a", 0, 3, "𠮷田", "PERSON"), ls_region("b", 6, 8, "王毅", "PERSON")]),
             ls_task(9, "韓国の大統領が訪日した。", [ls_region("c", 0, 2, "韓国", "GPE")])]
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    assert detect(path) == "labelstudio"
    summary = import_datasets([(path, "labelstudio")], tmp_path / "lib.db")
    assert not summary.failed and len(summary.imported) == 2
    assert summary.not_carried["Label Studio predictions given only by id or not as objects"] == 2
    assert mention_texts(tmp_path / "lib.db") == ["王毅", "韓国", "𠮷田"]


def test_detection_reads_a_first_task_longer_than_its_head(tmp_path):
    # the annotations come before "data", and they alone are longer than any fixed head
    results = [ls_region(f"r{i}", 6, 8, "王毅", "PERSON") for i in range(120)]
    task = ls_task(1, TEXT, results, data_first=False)
    path = tmp_path / "export.json"
    path.write_text(json.dumps([task], ensure_ascii=False, indent=2), encoding="utf-8")
    assert path.read_text(encoding="utf-8").index('"data"') > 20_000
    assert detect(path) == "labelstudio"
    assert main(["import", "--db", str(tmp_path / "lib.db"), "--quiet", str(path)]) == 0
    assert mention_texts(tmp_path / "lib.db") == ["王毅"]


def test_json_min_export_is_recognised_with_its_spans(tmp_path):
    rows = [{"text": TEXT, "title": "外相会談", "id": 8, "label": [
                {"start": 0, "end": 3, "text": "𠮷田", "labels": ["PERSON"]},
                {"start": 11, "end": 13, "text": "北京", "labels": ["GPE"]}],
             "annotator": 1, "annotation_id": 80, "created_at": "2026-11-02T08:00:00Z",
             "updated_at": "2026-11-02T08:05:00Z", "lead_time": 12.0},
            {"text": "韓国の大統領が訪日した。", "id": 9, "annotator": 1, "annotation_id": 90, "lead_time": 3.0}]
    path = tmp_path / "project-3-JSON_MIN.json"
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    assert detect(path) == "labelstudio"
    summary = import_datasets([(path, "labelstudio")], tmp_path / "lib.db")
    assert not summary.failed and len(summary.imported) == 2
    assert mention_texts(tmp_path / "lib.db") == ["北京", "𠮷田"]
    db = open_db(tmp_path / "lib.db")
    assert {r[0] for r in db.execute("SELECT title FROM articles")} == {"外相会談", None}
    # the spans are the annotator's, and no detection was run over them
    assert {r[0] for r in db.execute("SELECT origin FROM mentions")} == {"user"}


def doccano_rows(tmp_path):
    rows = [{"id": 1, "text": "日本と中国の外相が会談した。", "entities": [[0, 2, "LOC"], [3, 5, "LOC"]],
             "cats": ["diplomacy"]},
            {"id": 2, "text": "韓国の大統領が訪日した。", "entities": [[0, 2, "LOC"]], "cats": []}]
    path = tmp_path / "admin.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_doccano_entity_lists_and_cats_are_recognised(tmp_path):
    path = doccano_rows(tmp_path)
    assert detect(path) == "doccano"
    summary = import_datasets([(path, "doccano")], tmp_path / "lib.db")
    assert not summary.failed and len(summary.imported) == 2
    assert summary.not_carried["doccano document categories (cats)"] == 1
    assert mention_texts(tmp_path / "lib.db") == ["中国", "日本", "韓国"]


def test_doccano_format_named_on_the_command_line(tmp_path, capsys):
    path = doccano_rows(tmp_path)
    assert main(["import", "--format", "doccano", "--db", str(tmp_path / "lib.db"), "--quiet", str(path)]) == 0
    out = capsys.readouterr().out
    assert "imported 2, duplicates 0, failed 0" in out and "entity mentions 3" in out


def test_brat_standoff_with_every_kind_of_line_imports(tmp_path):
    """The line kinds of brat's standoff documentation: events, binary attributes, modifiers, equivalences,
    normalizations, notes and discontinuous spans (a document of our own in their shapes)."""
    folder = tmp_path / "brat"
    folder.mkdir()
    text = "日本と中国の外相が北京で会談した。\n両国は協力を確認した。"
    (folder / "doc-1.txt").write_text(text, encoding="utf-8")
    (folder / "doc-1.ann").write_text("\n".join([
        "T1\tGPE 0 2\t日本", "T2\tGPE 3 5\t中国", "T3\tMeeting_event 12 14\t会談", "T4\tLOC 9 11\t北京",
        "E1\tMeeting_event:T3 Participant:T1 Participant2:T2 Place:T4",
        "A1\tNegation E1", "M1\tSpeculation E1", "A2\tConfidence E1 High",
        "R1\tLocated Arg1:T3 Arg2:T4", "*\tEquiv T1 T2",
        "N1\tReference T1 Wikipedia:15573\t日本", "#1\tAnnotatorNotes T1\tcountry",
        "T5\tORG 0 2;3 5\t日本 中国",
    ]) + "\n", encoding="utf-8")
    summary = import_datasets([(folder, "brat")], tmp_path / "lib.db")
    assert not summary.failed and len(summary.imported) == 1
    assert summary.not_carried["brat events"] == 1 and summary.not_carried["brat equivalences"] == 1
    assert summary.not_carried["brat normalizations"] == 1
    assert [reason for _, reason in summary.rejected] == ["discontinuous spans"]
    assert mention_texts(tmp_path / "lib.db") == ["中国", "会談", "北京", "日本"]
