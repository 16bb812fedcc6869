"""An export to Label Studio, doccano or brat comes back onto the articles it came from: no duplicates,
every decision kept, new decisions taken, disagreements reported."""

import json
import sys
from pathlib import Path

import pytest

from tests.shared_data import require

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from export_library import SEEDS  # noqa: E402

from core.cli import main  # noqa: E402
from core.datasets import import_datasets  # noqa: E402
from core.export import export  # noqa: E402
from core.store import open_db  # noqa: E402


@pytest.fixture(autouse=True)
def _seeds():
    require(SEEDS, "the seed pages")


def decisions(db_path) -> dict:
    db = open_db(db_path)
    out = {
        "articles": db.execute("SELECT count(*) FROM articles").fetchone()[0],
        "mentions": sorted(db.execute("SELECT article_id, start_char, end_char, type, coalesce(entity_id, ''), "
                                      "state FROM mentions").fetchall()),
        "claims": sorted(db.execute("SELECT article_id, start_char, end_char, coalesce(stance, ''), state "
                                    "FROM claims").fetchall()),
        "meeting_mentions": sorted(db.execute("SELECT article_id, start_char, end_char, state "
                                              "FROM meeting_mentions").fetchall()),
    }
    db.close()
    return out


@pytest.mark.parametrize("fmt, name", [("labelstudio", "tasks.json"), ("doccano", "dataset.jsonl"), ("brat", "")])
def test_round_trip_lands_on_the_same_articles_and_keeps_every_decision(library, tmp_path, fmt, name):
    before = decisions(library)
    export(open_db(library), fmt, tmp_path / fmt)
    summary = import_datasets([(tmp_path / fmt / name, fmt)], library)
    assert not summary.failed and not summary.imported and not summary.duplicates
    assert len(summary.merged) == before["articles"]
    assert summary.conflicts == []
    assert decisions(library) == before


def test_label_studio_decisions_come_back_and_disagreements_are_reported(library, tmp_path, capsys):
    before = decisions(library)
    out = tmp_path / "ls"
    export(open_db(library), "labelstudio", out)
    tasks = json.loads((out / "tasks.json").read_text(encoding="utf-8"))
    # a task without characters outside the BMP, so its UTF-16 offsets are code points
    task = next(t for t in tasks if t.get("annotations") and t.get("predictions")
                and all(ord(ch) <= 0xFFFF for ch in t["data"]["text"]))
    text = task["data"]["text"]
    result = task["annotations"][0]["result"]
    # a colleague retypes a span the library has accepted...
    accepted = next(r for r in result if r["from_name"] == "entities" and r["value"]["labels"] != ["ORG"])
    accepted["value"]["labels"] = ["ORG"]
    # ...accepts one of Kaidan's proposals...
    proposal = next(r for r in task["predictions"][0]["result"] if r["type"] == "labels"
                    and not any(a.get("id") == r["id"] for a in result))
    result.append({**proposal, "id": "colleague-1"})
    # ...and marks a span nobody had
    taken = {(r["value"]["start"], r["value"]["end"]) for g in ("annotations", "predictions")
             for a in task[g] for r in a["result"] if "start" in r.get("value", {})}
    start = next(s for s in range(len(text) - 2)
                 if all(e <= s or b >= s + 2 for b, e in taken) and not any(ch.isspace() for ch in text[s:s + 2]))
    result.append({"id": "colleague-2", "from_name": "entities", "to_name": "text", "type": "labels",
                   "value": {"start": start, "end": start + 2, "text": text[start:start + 2], "labels": ["EVENT"]}})
    (out / "tasks.json").write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")

    assert main(["import", "--db", str(library), "--quiet", str(out / "tasks.json")]) == 0
    printed = capsys.readouterr().out
    assert "imported 0, duplicates 0, failed 0" in printed
    assert f"merged into articles already in the library: {before['articles']} (their decisions stand; conflicts: 1)" \
        in printed
    [conflict] = [line for line in printed.splitlines() if line.strip().startswith("conflict:")]
    assert f"article {task['data']['kaidan_id']} [" in conflict and "import: ORG accepted" in conflict
    after = decisions(library)
    assert after["articles"] == before["articles"] and after["claims"] == before["claims"]
    new = set(after["mentions"]) - set(before["mentions"])
    gone = set(before["mentions"]) - set(after["mentions"])
    # the proposal is now accepted; the retyped span kept the library's decision
    assert {m[-1] for m in gone} == {"proposed"} and len(gone) == 1
    assert {(m[3], m[-1]) for m in new} == {("EVENT", "accepted"), (next(iter(gone))[3], "accepted")}


def test_doccano_brings_kaidans_proposals_back_as_proposals(library, tmp_path):
    export(open_db(library), "doccano", tmp_path / "doccano")
    summary = import_datasets([(tmp_path / "doccano" / "dataset.jsonl", "doccano")], tmp_path / "new.db")
    assert not summary.failed and len(summary.imported) == decisions(library)["articles"]
    states = lambda path: sorted(m[-1] for m in decisions(path)["mentions"] if m[-1] != "rejected")  # noqa: E731
    assert states(tmp_path / "new.db") == states(library)
    assert "proposed" in states(library) and "accepted" in states(library)


def test_the_window_says_how_many_articles_the_import_merged(library, tmp_path):
    from ui.jobs.import_controller import summary_text

    export(open_db(library), "labelstudio", tmp_path / "ls")
    summary = import_datasets([(tmp_path / "ls" / "tasks.json", "labelstudio")], library)
    assert summary_text(summary) == (f"Import finished: 0 imported, {len(summary.merged)} merged into articles "
                                     "already there")


def as_label_studio_exports(tasks: list) -> list:
    """tasks.json as Label Studio 1.23's JSON export gives it back: server ids and bookkeeping on tasks and
    annotations, the regions as imported, the predictions by id only."""
    out = []
    for number, task in enumerate(tasks, 1):
        annotations = [{"id": number * 10 + n, "completed_by": 1, "result": a["result"], "was_cancelled": False,
                        "ground_truth": False, "created_at": "2026-12-03T08:00:51.627096Z",
                        "updated_at": "2026-12-03T08:00:51.739474Z", "draft_created_at": None, "lead_time": None,
                        "prediction": {}, "result_count": len(a["result"]), "unique_id": f"u-{number}-{n}",
                        "import_id": None, "last_action": None, "bulk_created": False, "task": number,
                        "project": 1, "updated_by": 1, "parent_prediction": None, "parent_annotation": None,
                        "last_created_by": None} for n, a in enumerate(task.get("annotations", []))]
        out.append({"id": number, "annotations": annotations, "drafts": [],
                    "predictions": [number * 100 + n for n, _ in enumerate(task.get("predictions", []))],
                    "data": task["data"], "meta": {}, "created_at": "2026-12-03T08:00:51Z",
                    "updated_at": "2026-12-03T08:00:51Z", "allow_skip": True, "inner_id": number,
                    "total_annotations": len(annotations), "cancelled_annotations": 0,
                    "total_predictions": len(task.get("predictions", [])), "comment_count": 0,
                    "unresolved_comment_count": 0, "last_comment_updated_at": None, "project": 1,
                    "updated_by": 1, "comment_authors": []})
    return out


def test_label_studio_export_without_predictions_keeps_proposed_holders_proposed(library, tmp_path):
    from core.export.labelstudio import PROPOSED_MARK

    export(open_db(library), "labelstudio", tmp_path / "ls")
    tasks = json.loads((tmp_path / "ls" / "tasks.json").read_text(encoding="utf-8"))
    joined = [r for t in tasks for a in t.get("annotations", []) for r in a["result"]
              if any(line.startswith(PROPOSED_MARK) for line in r.get("meta", {}).get("text", []))]
    assert joined, "the library has a claim whose holder or target is only a proposal"
    path = tmp_path / "project-1-at-2026-12-03.json"
    path.write_text(json.dumps(as_label_studio_exports(tasks), ensure_ascii=False), encoding="utf-8")
    before = decisions(library)
    summary = import_datasets([(path, "labelstudio")], library)
    assert not summary.failed and not summary.conflicts
    assert decisions(library) == before
    # the joined proposals' entity ids still arrive as ids, without the mark
    db = open_db(library)
    ids = {r[0] for r in db.execute("SELECT entity_id FROM mentions WHERE entity_id IS NOT NULL")}
    assert PROPOSED_MARK not in " ".join(ids)
