"""Kaidan's proposals stay proposals through Label Studio (JSON and JSON_MIN exports), and an annotator's
change to a proposal comes back as a decision (a conflict when the library decided otherwise)."""

import json
import sqlite3
from copy import deepcopy

import pytest

from core.datasets import import_datasets
from core.datasets.labelstudio import MIN_DECIDED, MIN_PROPOSED, MIN_UNLISTED
from core.export import export
from core.export.labelstudio import PROPOSED_MARK, PROPOSED_REGIONS
from core.store import open_db
from core.store.mentions import update_mention
from tests.interop.test_merge_back import as_label_studio_exports, decisions

OUTPUT_TAGS = ("entities", "claims", "meetings", "stance")


@pytest.fixture
def library(interop_library, tmp_path):
    """A copy of the annotated library (SQLite's backup API: the WAL's content included)."""
    copy = tmp_path / "lib.db"
    with sqlite3.connect(interop_library) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def json_min(exported: list) -> list:
    """Label Studio's JSON export turned into its JSON_MIN export the way Label Studio's converter does it:
    the task's data, each control's region values (no id, meta or relation), the annotation's bookkeeping;
    a task without an annotation is its data alone. Predictions are not exported."""
    records = []
    for task in exported:
        annotations = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
        if not annotations:
            records.append({**deepcopy(task["data"]), "id": task["id"], "annotator": None, "annotation_id": None,
                            "created_at": None, "updated_at": None, "lead_time": None})
            continue
        for annotation in sorted(annotations, key=lambda a: a.get("created_at") or "", reverse=True):
            outputs: dict[str, list] = {}
            for r in annotation["result"]:
                if r.get("from_name") in OUTPUT_TAGS:
                    outputs.setdefault(r["from_name"], []).append(deepcopy(r["value"]))
            record = {**deepcopy(task["data"]), "id": task["id"]}
            for name, values in outputs.items():
                choices = [v["choices"][0] for v in values if len(v.get("choices", [])) == 1]
                record[name] = (choices[0] if len(choices) == 1 else choices) if name == "stance" else values
            record.update(annotator=annotation.get("completed_by"), annotation_id=annotation["id"],
                          created_at=annotation.get("created_at"), updated_at=annotation.get("updated_at"),
                          lead_time=annotation.get("lead_time"))
            records.append(record)
    return records


def ls_export(library, tmp_path) -> list:
    """The library's tasks as Label Studio's JSON export gives them back (server ids, predictions by id)."""
    export(open_db(library), "labelstudio", tmp_path / "ls")
    tasks = json.loads((tmp_path / "ls" / "tasks.json").read_text(encoding="utf-8"))
    return as_label_studio_exports(tasks)


def joined_regions(exported: list) -> list[tuple[dict, dict]]:
    """(task, region) for each proposal Kaidan put into a task's annotation (a claim's holder or target)."""
    return [(t, r) for t in exported for a in t["annotations"] for r in a["result"]
            if any(line.startswith(PROPOSED_MARK) for line in r.get("meta", {}).get("text", []))]


def write(path, value):
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


def test_json_min_keeps_kaidans_proposals_proposals(library, tmp_path):
    exported = ls_export(library, tmp_path)
    assert joined_regions(exported), "the library has a claim whose holder or target is only a proposal"
    before = decisions(library)
    summary = import_datasets([(write(tmp_path / "min.json", json_min(exported)), "labelstudio")], library)
    assert not summary.failed and not summary.imported and not summary.conflicts
    assert len(summary.merged) == before["articles"]
    assert decisions(library) == before
    # the summary says what the JSON_MIN export's spans were read as
    spans = sum(r["type"] == "labels" for t in exported for a in t["annotations"] for r in a["result"])
    joined = len(joined_regions(exported))
    assert summary.read_as == {MIN_DECIDED: spans - joined, MIN_PROPOSED: joined}
    assert f"{MIN_DECIDED}: {spans - joined}" in summary.messages()


def test_json_min_into_a_new_library_keeps_decisions_and_proposals_apart(library, tmp_path):
    exported = ls_export(library, tmp_path)
    summary = import_datasets([(write(tmp_path / "min.json", json_min(exported)), "labelstudio")],
                              tmp_path / "new.db")
    assert not summary.failed and len(summary.imported) == decisions(library)["articles"]
    new = open_db(tmp_path / "new.db")
    proposed = {(r[0], r[1]) for r in new.execute("SELECT text, type FROM mentions WHERE state = 'proposed'")}
    accepted = new.execute("SELECT count(*) FROM mentions WHERE state = 'accepted'").fetchone()[0]
    old = open_db(library)
    kept = old.execute("SELECT count(*) FROM mentions WHERE state = 'accepted' AND detached = 0").fetchone()[0]
    # every accepted mention comes back accepted; the joined holders come back as the proposals they were
    assert accepted == kept
    assert {(r["value"]["text"], r["value"]["labels"][0]) for _, r in joined_regions(exported)} <= proposed


def test_json_min_spans_an_annotator_added_are_decisions(library, tmp_path):
    exported = ls_export(library, tmp_path)
    task = next(t for t in exported if t["annotations"] and all(ord(ch) <= 0xFFFF for ch in t["data"]["text"]))
    text = task["data"]["text"]
    taken = {(r["value"]["start"], r["value"]["end"]) for r in task["annotations"][0]["result"]
             if "start" in r.get("value", {})}
    start = next(s for s in range(len(text) - 2) if all(e <= s or b >= s + 2 for b, e in taken)
                 and not any(ch.isspace() for ch in text[s:s + 2]))
    task["annotations"][0]["result"].append({
        "id": "colleague-1", "from_name": "entities", "to_name": "text", "type": "labels",
        "value": {"start": start, "end": start + 2, "text": text[start:start + 2], "labels": ["EVENT"]}})
    before = decisions(library)
    summary = import_datasets([(write(tmp_path / "min.json", json_min(exported)), "labelstudio")], library)
    assert not summary.failed and not summary.conflicts
    after = decisions(library)
    assert set(after["mentions"]) - set(before["mentions"]) == {
        (task["data"]["kaidan_id"], start, start + 2, "EVENT", "", "accepted")}
    spans = sum(r["type"] == "labels" for t in exported for a in t["annotations"] for r in a["result"])
    assert summary.read_as[MIN_DECIDED] == spans - len(joined_regions(exported))


@pytest.mark.parametrize("shape", ["JSON", "JSON_MIN"])
def test_a_proposal_an_annotator_retyped_comes_back_as_a_decision(library, tmp_path, shape):
    exported = ls_export(library, tmp_path)
    task, joined = joined_regions(exported)[0]
    old = joined["value"]["labels"][0]
    new_label = "ORG" if old != "ORG" else "GPE"
    joined["value"]["labels"] = [new_label]  # Label Studio keeps the region's id and meta when its label changes
    data = exported if shape == "JSON" else json_min(exported)
    before = decisions(library)
    summary = import_datasets([(write(tmp_path / f"{shape}.json", data), "labelstudio")], library)
    assert not summary.failed and not summary.conflicts
    after = decisions(library)
    gone, new = set(before["mentions"]) - set(after["mentions"]), set(after["mentions"]) - set(before["mentions"])
    article = task["data"]["kaidan_id"]
    [(g_article, start, end, g_type, _, g_state)] = gone
    assert (g_article, g_type, g_state) == (article, old, "proposed")
    # the annotator's label is now the library's decision, on the same span; the old type's entity link is dropped
    assert new == {(article, start, end, new_label, "", "accepted")}
    assert summary.annotations["decisions on proposals"] == 1


@pytest.mark.parametrize("shape", ["JSON", "JSON_MIN"])
def test_a_retyped_proposal_the_library_decided_otherwise_is_a_conflict(library, tmp_path, shape):
    exported = ls_export(library, tmp_path)
    task, joined = joined_regions(exported)[0]
    old = joined["value"]["labels"][0]
    joined["value"]["labels"] = ["ORG" if old != "ORG" else "GPE"]
    # meanwhile the user accepted the proposal in Kaidan, as it was
    db = open_db(library)
    mention_id = db.execute("SELECT id FROM mentions WHERE article_id = ? AND text = ? AND type = ? "
                            "AND state = 'proposed'", [task["data"]["kaidan_id"], joined["value"]["text"], old]
                            ).fetchone()[0]
    update_mention(db, mention_id, state="accepted", annotator="tester")
    db.close()
    before = decisions(library)
    data = exported if shape == "JSON" else json_min(exported)
    summary = import_datasets([(write(tmp_path / f"{shape}.json", data), "labelstudio")], library)
    assert not summary.failed
    assert decisions(library) == before
    [(where, what)] = summary.conflicts
    assert f"article {task['data']['kaidan_id']} " in where
    assert what.startswith(f"library: {old} accepted") and f"import: {joined['value']['labels'][0]} accepted" in what


def test_kaidan_lists_the_proposals_it_put_into_the_annotation_in_the_task_data(library, tmp_path):
    exported = ls_export(library, tmp_path)
    for task, r in joined_regions(exported):
        value = r["value"]
        assert [value["start"], value["end"], value["labels"][0]] in task["data"][PROPOSED_REGIONS]
    assert all(not t["data"].get(PROPOSED_REGIONS) for t in exported
               if not any(tr is t for tr, _ in joined_regions(exported)))


def test_json_min_without_kaidans_list_keeps_spans_as_the_library_proposed_them(library, tmp_path):
    exported = ls_export(library, tmp_path)
    for task in exported:  # an export written before Kaidan listed its proposals in the task's data
        del task["data"][PROPOSED_REGIONS]
    before = decisions(library)
    summary = import_datasets([(write(tmp_path / "min.json", json_min(exported)), "labelstudio")], library)
    assert not summary.failed and not summary.conflicts
    assert decisions(library) == before
    assert summary.read_as[MIN_UNLISTED] == sum(r["type"] == "labels" for t in exported for a in t["annotations"]
                                                for r in a["result"])
