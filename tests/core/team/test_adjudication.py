"""Adjudication: taking a version or the majority into the gold layer, undoing it, and exporting the gold."""

import json
import shutil

import pytest

from core.export import export
from core.store import open_db
from core.team.adjudication import GoldEdit, decisions_for, gold_for, gold_history
from core.team.layers import export_layers


@pytest.fixture
def team(team_db_path, tmp_path):
    path = tmp_path / "team.db"
    shutil.copy(team_db_path, path)
    db = open_db(path)
    yield db
    db.close()


def _disagreeing(db):
    return [r[0] for r in db.execute("SELECT article_id FROM team_articles WHERE state = 'disagreeing' "
                                     "ORDER BY article_id")]


def _gold(db, article_id):
    gold = gold_for(db, article_id)
    return ({(m["start_char"], m["end_char"], m["type"]) for m in gold["entity"]},
            {(c["start_char"], c["end_char"], c["stance"]) for c in gold["claim"]})


def _version(db, article_id, name):
    rows = [d for d in decisions_for(db, article_id) if d["annotator"] == name]
    return ({(d["start_char"], d["end_char"], d["label"]) for d in rows if d["layer"] == "entity"},
            {(d["start_char"], d["end_char"], d["label"]) for d in rows if d["layer"] == "claim"})


def test_take_an_annotators_version_and_undo_it(team):
    first, second = _disagreeing(team)
    undo = GoldEdit(first, "take", annotator="baba").apply(team, "editor")
    assert _gold(team, first) == _version(team, first, "baba")
    assert first not in _disagreeing(team)
    redo = undo.apply(team, "editor")
    assert _gold(team, first) == (set(), set())
    assert _disagreeing(team) == [first, second]
    redo.apply(team, "editor")
    assert _gold(team, first) == _version(team, first, "baba")
    actions = [c["action"] for c in gold_history(team, first)]
    assert actions == ["gold_take", "gold_restore", "gold_restore"]
    assert all(c["annotator"] == "editor" for c in gold_history(team))


def test_majority_takes_what_two_of_three_decided(team):
    first, second = _disagreeing(team)
    GoldEdit(first, "majority").apply(team, "editor")
    GoldEdit(second, "majority").apply(team, "editor")
    # aoki and chiba decided alike
    assert _gold(team, first) == _version(team, first, "aoki") == _version(team, first, "chiba")
    assert _gold(team, second)[1] == _version(team, second, "chiba")[1]
    assert _disagreeing(team) == []


def test_toggle_one_decision_in_and_out(team):
    first, _ = _disagreeing(team)
    GoldEdit(first, "majority").apply(team, "editor")
    baba_only = [d for d in decisions_for(team, first) if d["annotator"] == "baba" and d["layer"] == "entity"
                 and (d["start_char"], d["end_char"], d["label"]) not in _gold(team, first)[0]][0]
    undo = GoldEdit(first, "toggle", decision_id=baba_only["id"]).apply(team, "editor")
    assert (baba_only["start_char"], baba_only["end_char"], baba_only["label"]) in _gold(team, first)[0]
    undo.apply(team, "editor")
    assert (baba_only["start_char"], baba_only["end_char"], baba_only["label"]) not in _gold(team, first)[0]


def test_export_of_gold_equals_the_adjudicated_decisions(team, tmp_path):
    first, second = _disagreeing(team)
    GoldEdit(first, "take", annotator="baba").apply(team, "editor")
    GoldEdit(second, "majority").apply(team, "editor")
    export(team, "jsonl", tmp_path / "out")
    exported = {}
    for line in (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        exported[record["id"]] = record
    for article_id in (first, second):
        record = exported[article_id]
        entities = {(m["start"], m["end"], m["type"]) for m in record["entities"]}
        assert entities == _gold(team, article_id)[0]
        assert {(c["start"], c["end"], c["stance"]) for c in record["claims"]} == _gold(team, article_id)[1]
    card = json.loads((tmp_path / "out" / "dataset.json").read_text(encoding="utf-8"))
    figures = {f["figure"]: f["value"] for f in card["agreement"]["figures"] if f["layer"] == "entities"}
    assert figures["f1_exact"] == pytest.approx(0.8333, abs=1e-4)
    assert card["agreement"]["articles_by_state"]["adjudicated"] == 2


def test_each_annotators_layer_is_exported(team, tmp_path):
    written = export_layers(team, tmp_path / "layers")
    assert set(written) == {"annotators/aoki.jsonl", "annotators/baba.jsonl", "annotators/chiba.jsonl",
                            "agreement.json"}
    baba = [json.loads(line) for line in (tmp_path / "layers/annotators/baba.jsonl").read_text("utf-8").splitlines()]
    labels = {(d["start"], d["end"], d["label"]) for r in baba for d in r["decisions"] if d["layer"] == "entity"}
    first = _disagreeing(team)[0]
    assert labels == _version(team, first, "baba")[0]
    assert all(r["annotator"] == "baba" and r["content_hash"] for r in baba)


def test_adopting_agreeing_articles_and_undoing_it(tmp_path):
    from core.team.adjudication import adopt_agreeing, agreeing_articles
    from core.team.merge import merge_libraries
    from tests.core.team.team_libraries import team_of_three

    aoki, _baba, chiba = team_of_three(tmp_path)
    merge_libraries([aoki, chiba], tmp_path / "pair.db")  # alike but for one link's relation
    db = open_db(tmp_path / "pair.db")
    try:
        articles = agreeing_articles(db)
        assert len(articles) == 1
        assert _version(db, articles[0], "aoki")[1]  # the claim they both marked
        inverses = adopt_agreeing(db, "editor")
        for article_id in articles:
            assert _gold(db, article_id) == _version(db, article_id, "aoki") == _version(db, article_id, "chiba")
        assert agreeing_articles(db) == []
        for inverse in reversed(inverses):
            inverse.apply(db, "editor")
        assert all(_gold(db, a) == (set(), set()) for a in articles)
        assert agreeing_articles(db) == articles
    finally:
        db.close()


@pytest.mark.parametrize("fmt", ["csv", "conll", "hf", "spacy", "brat", "labelstudio", "doccano", "w3c"])
def test_gold_goes_out_in_every_format_with_the_agreement_card(team, tmp_path, fmt):
    first, _ = _disagreeing(team)
    GoldEdit(first, "take", annotator="baba").apply(team, "editor")
    result = export(team, fmt, tmp_path / fmt)
    card = json.loads((tmp_path / fmt / "dataset.json").read_text(encoding="utf-8"))
    assert card["counts"]["entity_mentions"] == len(_gold(team, first)[0])
    assert card["agreement"]["annotators"] == ["aoki", "baba", "chiba"]
    assert result.articles == team.execute("SELECT count(*) FROM articles").fetchone()[0]


def _ties(db, article_id):
    """The article's gold ties as (start, end, meeting key) and the number of gold meetings they name."""
    rows = gold_for(db, article_id)["tie"]
    return {(t["start_char"], t["end_char"], t["label"]) for t in rows}, len({t["meeting_id"] for t in rows})


def _tie_version(db, article_id, name):
    return {(d["start_char"], d["end_char"], d["label"]) for d in decisions_for(db, article_id)
            if d["annotator"] == name and d["layer"] == "tie"}


def test_meeting_ties_and_links_go_into_the_gold_and_out_again(team):
    first, second = _disagreeing(team)
    undo = GoldEdit(first, "take", annotator="baba").apply(team, "editor")
    ties, meetings = _ties(team, first)
    assert ties == _tie_version(team, first, "baba") and meetings == 2  # baba saw two meetings
    link = gold_for(team, first)["link"]
    baba_link = [d for d in decisions_for(team, first) if d["annotator"] == "baba" and d["layer"] == "link"][0]
    assert [(x["label"], x["holder"], x["target"]) for x in link] == [
        (baba_link["label"], baba_link["holder"], baba_link["target"])]
    # the link's far meeting is made from what baba's tie says of it, before its article is adjudicated
    far = team.execute("SELECT m.kind, m.state FROM meetings m JOIN team_gold_meetings g ON g.meeting_id = m.id "
                       "WHERE g.anchor = ?", [baba_link["target"]]).fetchone()
    assert far == ("phone_call", "confirmed")
    GoldEdit(first, "take", annotator="aoki").apply(team, "editor")
    assert _ties(team, first) == (_tie_version(team, first, "aoki"), 1)  # aoki saw one
    # the second article's tie joins the meeting the link made: one gold meeting per key
    GoldEdit(second, "take", annotator="aoki").apply(team, "editor")
    keys = [k for (k,) in team.execute("SELECT anchor FROM team_gold_meetings")]
    assert len(keys) == len(set(keys)) == 2
    undo.apply(team, "editor")  # back to before any gold on the first article
    assert _ties(team, first) == (set(), 0) and gold_for(team, first)["link"] == []
    assert _ties(team, second)[1] == 1
    # no gold meeting is left that nothing names
    assert team.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1


def test_undo_brings_back_a_meeting_another_edit_removed(team):
    first, _ = _disagreeing(team)
    GoldEdit(first, "take", annotator="baba").apply(team, "editor")
    undo = GoldEdit(first, "take", annotator="aoki").apply(team, "editor")  # baba's second meeting goes
    before = team.execute("SELECT count(*) FROM meetings").fetchone()[0]
    undo.apply(team, "editor")
    assert _ties(team, first) == (_tie_version(team, first, "baba"), 2)
    assert team.execute("SELECT count(*) FROM meetings").fetchone()[0] == before + 1


def test_toggle_a_tie_and_a_link(team):
    first, _ = _disagreeing(team)
    tie = [d for d in decisions_for(team, first) if d["annotator"] == "chiba" and d["layer"] == "tie"][0]
    link = [d for d in decisions_for(team, first) if d["annotator"] == "chiba" and d["layer"] == "link"][0]
    GoldEdit(first, "toggle", decision_id=tie["id"]).apply(team, "editor")
    GoldEdit(first, "toggle", decision_id=link["id"]).apply(team, "editor")
    assert _ties(team, first)[0] == {(tie["start_char"], tie["end_char"], tie["label"])}
    assert [x["label"] for x in gold_for(team, first)["link"]] == [link["label"]]
    GoldEdit(first, "toggle", decision_id=link["id"]).apply(team, "editor")
    GoldEdit(first, "toggle", decision_id=tie["id"]).apply(team, "editor")
    assert _ties(team, first) == (set(), 0) and gold_for(team, first)["link"] == []
    assert team.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0


def test_gold_meetings_are_exported(team, tmp_path):
    first, second = _disagreeing(team)
    GoldEdit(first, "majority").apply(team, "editor")
    GoldEdit(second, "majority").apply(team, "editor")
    export(team, "jsonl", tmp_path / "out")
    meetings = [json.loads(line) for line in (tmp_path / "out" / "meetings.jsonl").read_text("utf-8").splitlines()]
    links = [json.loads(line) for line in
             (tmp_path / "out" / "meeting_links.jsonl").read_text("utf-8").splitlines()]
    # aoki and chiba: one meeting told twice in the first article, a call in the second;
    # aoki and baba linked them with 'precedes' (chiba 'prepares')
    assert sorted(len(m["mentions"]) for m in meetings) == [1, 2]
    assert [(x["relation"], x["state"]) for x in links] == [("precedes", "accepted")]
