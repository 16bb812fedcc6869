"""A doccano 1.8 project's export of Kaidan's doccano file comes back onto the articles it came from: the
shape doccano gives it (its own example and span ids, the metadata beside the text, Comments), a colleague's
new label on a proposal taken as a decision, a new label on a decision reported as a conflict."""

import json
import sqlite3

import pytest

from core.datasets import import_datasets
from core.export import export
from core.export.doccano import PROPOSED
from core.store import open_db
from tests.interop.test_merge_back import decisions


@pytest.fixture
def library(interop_library, tmp_path):
    copy = tmp_path / "lib.db"
    with sqlite3.connect(interop_library) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def as_doccano_export(lines: list[dict]) -> list[dict]:
    """Kaidan's dataset.jsonl as doccano 1.8 exports it after a "JSONL(Relation)" upload: the example's id
    first, the columns other than entities and relations kept as its metadata, every span and relation
    renumbered by doccano (ids are the server's, counted across the project), and a Comments list."""
    out, next_span, next_relation = [], 1, 1
    for number, line in enumerate(lines, 1):
        renumbered = {}
        entities = []
        for e in line["entities"]:
            renumbered[e["id"]] = next_span
            entities.append({"id": next_span, "label": e["label"], "start_offset": e["start_offset"],
                             "end_offset": e["end_offset"]})
            next_span += 1
        relations = []
        for r in line["relations"]:
            relations.append({"id": next_relation, "from_id": renumbered[r["from_id"]],
                              "to_id": renumbered[r["to_id"]], "type": r["type"]})
            next_relation += 1
        meta = {k: v for k, v in line.items() if k not in ("entities", "relations", "text")}
        out.append({"id": number, "text": line["text"], **meta, "entities": entities, "relations": relations,
                    "Comments": []})
    return out


def test_doccano_export_with_a_colleagues_edits_merges_back(library, tmp_path):
    export(open_db(library), "doccano", tmp_path / "dc")
    lines = [json.loads(x) for x in (tmp_path / "dc" / "dataset.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = as_doccano_export(lines)
    row = next(r for r in rows if r[PROPOSED] and any(not e["label"].startswith("CLAIM") and
                                                     [e["start_offset"], e["end_offset"], e["label"]] not in r[PROPOSED]
                                                     for e in r["entities"]))
    proposals = [list(p) for p in row[PROPOSED]]
    proposal = next(e for e in row["entities"] if [e["start_offset"], e["end_offset"], e["label"]] in proposals)
    decided = next(e for e in row["entities"] if not e["label"].startswith("CLAIM")
                   and [e["start_offset"], e["end_offset"], e["label"]] not in proposals)
    old_proposal, old_decided = proposal["label"], decided["label"]
    proposal["label"] = "ORG" if old_proposal != "ORG" else "GPE"
    decided["label"] = "ORG" if old_decided != "ORG" else "GPE"
    path = tmp_path / "admin.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    before = decisions(library)
    summary = import_datasets([(path, "doccano")], library)
    assert not summary.failed and not summary.imported and len(summary.merged) == before["articles"]
    after = decisions(library)
    article = row["kaidan_id"]
    span = (proposal["start_offset"], proposal["end_offset"])
    # the retyped proposal is now the library's decision with the colleague's label
    assert (article, *span, proposal["label"], "", "accepted") in after["mentions"]
    assert not [m for m in after["mentions"] if m[:3] == (article, *span) and m[3] == old_proposal]
    # the retyped decision is reported, and the library's decision stands
    [(where, what)] = summary.conflicts
    assert f"article {article} [{decided['start_offset']}, {decided['end_offset']}]" in where
    assert what.startswith(f"library: {old_decided} accepted") and f"import: {decided['label']} accepted" in what
    assert after["claims"] == before["claims"] and after["meeting_mentions"] == before["meeting_mentions"]
    assert len(after["mentions"]) == len(before["mentions"])
