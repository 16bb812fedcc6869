"""Label Studio regions are known by their ids: two regions over the same words are two, and a region an
annotation took from a prediction (Label Studio keeps its id) is stored once."""

import json

from core.datasets import import_datasets
from core.store import open_db

TEXT = "王毅外相は「対話を続ける」と述べた。林官房長官は「対話を続ける」と応じた。"
QUOTE = TEXT.index("「対話を続ける」"), TEXT.index("「対話を続ける」") + len("「対話を続ける」")
WANG = 0, 2


def region(rid, start, end, label, name="entities", kind="labels") -> dict:
    value = {"start": start, "end": end, "text": TEXT[start:end], kind: [label]}
    out = {"from_name": name, "to_name": "text", "type": kind, "value": value}
    return {**out, "id": rid} if rid is not None else out


def imported(tmp_path, annotation: list, prediction: list):
    task = {"id": 1, "data": {"text": TEXT}, "annotations": [{"id": 1, "result": annotation}],
            "predictions": [{"model_version": "a model", "result": prediction}]}
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    summary = import_datasets([(path, "labelstudio")], tmp_path / "lib.db")
    assert not summary.failed and not summary.rejected
    db = open_db(tmp_path / "lib.db", readonly=True)
    try:
        return (sorted(db.execute("SELECT start_char, end_char, stance, state FROM claims").fetchall()),
                sorted(db.execute("SELECT start_char, end_char, type, state FROM mentions").fetchall()))
    finally:
        db.close()


def test_two_claims_over_the_same_words_come_back_as_two(tmp_path):
    claims, _names = imported(tmp_path, [
        region("a", *QUOTE, "Claim", "claims"), region("a", *QUOTE, "favor", "stance", "choices"),
        region("b", *QUOTE, "Claim", "claims"), region("b", *QUOTE, "against", "stance", "choices")], [])
    assert claims == [(*QUOTE, "against", "accepted"), (*QUOTE, "favor", "accepted")]  # before: the first alone


def test_a_candidate_beside_an_accepted_claim_over_the_same_words_stays_a_candidate(tmp_path):
    claims, _names = imported(tmp_path, [region("a", *QUOTE, "Claim", "claims")],
                              [region("p", *QUOTE, "Claim", "claims")])
    assert claims == [(*QUOTE, None, "accepted"), (*QUOTE, None, "candidate")]  # before: the candidate was lost


def test_a_region_the_annotation_took_from_the_prediction_is_stored_once(tmp_path):
    taken = region("p1", *WANG, "PERSON")  # left as predicted: still a proposal, once
    _claims, names = imported(tmp_path, [taken], [taken, region("p2", *QUOTE, "PERSON")])
    assert names == [(*WANG, "PERSON", "proposed"), (*QUOTE, "PERSON", "proposed")]


def test_a_region_without_an_id_is_known_by_its_words(tmp_path):
    _claims, names = imported(tmp_path, [region("x", *WANG, "PERSON")], [region(None, *WANG, "PERSON")])
    assert names == [(*WANG, "PERSON", "accepted")]


def test_a_prediction_the_annotator_relabelled_is_the_annotators_label_alone(tmp_path):
    """Label Studio keeps the region's id when its label is changed: the proposal it was is not stored beside the
    decision (before: a proposed PERSON lay under the accepted ORG)."""
    _claims, names = imported(tmp_path, [region("p2", *QUOTE, "ORG")], [region("p2", *QUOTE, "PERSON")])
    assert names == [(*QUOTE, "ORG", "accepted")]
