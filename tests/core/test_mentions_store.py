"""Mentions and the user's registry in the library: decisions survive re-detection."""

import json
from pathlib import Path

import pytest

from tests.shared_data import require

from core.analysis import analyze_article, analyze_library
from core.cli import main
from core.jobs import import_paths
from core.registry import Entity
from core.store import open_db
from core.store.article_list import article_ids
from core.store.mentions import (
    READ_BY_CLAIMS, add_user_mention, claim_keys, mentions_for, remove_user_mention, update_mention,
)
from core.store.registry import load_registry, merge_entities, new_entity_id, restore_entity, save_entity, unmerge_entities

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_55f3fb43f71b764a.txt"


@pytest.fixture(autouse=True)
def _shared_data():
    require(SEED)


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "lib.db"
    article_id = import_paths([SEED], path).imported[0][1]
    db = open_db(path)
    yield db, path, article_id
    db.close()


def find(mentions, text, type_=None):
    return next(m for m in mentions if m.text == text and (type_ is None or m.type == type_))


def test_import_detects_entities(library):
    db, _, article_id = library
    mentions = mentions_for(db, article_id)
    assert find(mentions, "ルビオ").entity_id == "person:marco-rubio"
    assert find(mentions, "前日", "DATE").value == "2025-07-10"
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    assert all(body[m.start : m.end] == m.text for m in mentions)


def test_user_decisions_survive_rerunning_detection(library):
    db, _, article_id = library
    mentions = mentions_for(db, article_id)
    rejected = find(mentions, "ロイター")
    update_mention(db, rejected.id, state="rejected")
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    start = body.index("記者団")
    added, displaced = add_user_mention(db, article_id, start, start + 3, "ORG", annotator="tester")
    relinked = find(mentions, "王毅")
    update_mention(db, relinked.id, entity_id="person:wang-wentao")
    analyze_article(db, article_id, load_registry(db))
    after = mentions_for(db, article_id, with_rejected=True)
    assert [m.state for m in after if m.id == rejected.id] == ["rejected"]
    assert not [m for m in mentions_for(db, article_id) if m.text == "ロイター" and m.start == rejected.start]
    assert find(after, "記者団").origin == "user"
    assert [m.entity_id for m in after if m.id == relinked.id] == ["person:wang-wentao"]
    remove_user_mention(db, added, displaced)
    assert not [m for m in mentions_for(db, article_id) if m.text == "記者団"]


def test_undo_values_come_back(library):
    db, _, article_id = library
    mention = find(mentions_for(db, article_id), "ルビオ")
    before = update_mention(db, mention.id, type="ORG")
    assert before == {"type": "PERSON", "state": "proposed"}
    update_mention(db, mention.id, **before)
    assert find(mentions_for(db, article_id), "ルビオ").type == "PERSON"


def test_user_registry_wins_over_the_gazetteer(library):
    db, path, article_id = library
    registry = load_registry(db)
    rubio = registry.get("person:marco-rubio")
    edited = Entity(rubio.id, rubio.type, "マルコ・ルビオ", "Marco Antonio Rubio", rubio.reading,
                    [*rubio.aliases, "ルビオ"], rubio.attributes)
    previous = save_entity(db, edited)
    assert load_registry(open_db(path)).get(rubio.id).en == "Marco Antonio Rubio"
    restore_entity(db, rubio.id, previous)
    assert load_registry(db).get(rubio.id).en == "Marco Rubio"


def test_a_new_entity_is_detected_and_merges_relink(library):
    db, path, article_id = library
    new_id = new_entity_id("Murray Hiebert")
    save_entity(db, Entity(new_id, "PERSON", "マレー・ヒーバート", "Murray Hiebert", None, ["ヒーバート"]))
    analyze_library(path, [article_id])
    assert find(mentions_for(db, article_id), "マレー・ヒーバート").entity_id == new_id
    other = new_entity_id("Hiebert")
    save_entity(db, Entity(other, "PERSON", "ヒーバート氏本人", None, None, []))
    relinked = merge_entities(db, new_id, other)
    assert other not in load_registry(db).entities
    unmerge_entities(db, other, relinked)
    assert other in load_registry(db).entities


def test_article_list_filters_by_entity(library):
    db, _, article_id = library
    assert article_ids(db, entity_id="person:marco-rubio") == [article_id]
    assert article_ids(db, entity_id="person:xi-jinping") == []


def test_export_carries_entities_and_the_registry(library, tmp_path):
    _, path, _ = library
    assert main(["export", "--out", str(tmp_path / "out"), "--db", str(path)]) == 0
    article = json.loads((tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    entity = next(e for e in article["entities"] if e["text"] == "王")
    # the export adds keys over time (state, annotator...), never renames these
    assert entity.items() >= {"start": entity["start"], "end": entity["end"], "text": "王", "type": "PERSON",
                              "canonical": "王毅", "entity_id": "person:wang-yi", "value": None,
                              "origin": "detected"}.items()
    registry = [json.loads(line) for line in (tmp_path / "out" / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {"id", "type", "name", "en", "aliases"} <= set(registry[0])
    assert any(r["id"] == "country:US" and "アメリカ" in r["aliases"] for r in registry)


def test_mentions_follow_a_recleaned_body_and_come_back_with_their_line(library):
    from core.corrections import set_line_label

    db, _, article_id = library
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    start = body.index("ラブロフ")
    mention_id, _ = add_user_mention(db, article_id, start, start + 4, "PERSON", "person:sergey-lavrov")
    first_line = db.execute("SELECT body_lines FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    first = json.loads(first_line)[0]
    set_line_label(db, article_id, first, "drop")  # the first paragraph leaves the body
    new_body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    moved = next(m for m in mentions_for(db, article_id) if m.id == mention_id)
    assert new_body[moved.start : moved.end] == "ラブロフ"
    assert all(new_body[m.start : m.end] == m.text for m in mentions_for(db, article_id))
    lavrov_line = next(n for n, line in zip(json.loads(first_line), body.split("\n")) if "ラブロフ外相と会談し" in line)
    set_line_label(db, article_id, lavrov_line, "drop")
    assert mention_id not in [m.id for m in mentions_for(db, article_id)]
    set_line_label(db, article_id, lavrov_line, None)
    back = next(m for m in mentions_for(db, article_id) if m.id == mention_id)
    final = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    assert final[back.start : back.end] == "ラブロフ"


def test_a_date_the_user_marks_gets_its_value(library):
    db, _, article_id = library
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    start = body.index("前日")
    update_mention(db, find(mentions_for(db, article_id), "前日").id, state="rejected")
    mention_id, _ = add_user_mention(db, article_id, start, start + 2, "DATE")
    assert next(m for m in mentions_for(db, article_id) if m.id == mention_id).value == "2025-07-10"


def test_merging_a_bundled_entity_and_undoing_leaves_no_trace(library):
    db, _, _ = library
    relinked = merge_entities(db, "person:marco-rubio", "person:wang-yi")
    registry = load_registry(db)
    assert "王毅" in registry.get("person:marco-rubio").aliases
    unmerge_entities(db, "person:wang-yi", relinked)
    assert db.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
    assert "王毅" not in load_registry(db).get("person:marco-rubio").aliases


def test_claim_keys_read_what_mentions_for_gives_claims(library):
    """A re-analysis compares plain tuples with what its workers detected: the same values as the records."""
    db, _, article_id = library
    mentions = mentions_for(db, article_id)
    update_mention(db, find(mentions, "ロイター").id, state="rejected")
    update_mention(db, find(mentions, "王毅").id, entity_id="person:wang-wentao")
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    start = body.index("記者団")
    add_user_mention(db, article_id, start, start + 3, "ORG", annotator="tester")
    records = mentions_for(db, article_id)
    keys = claim_keys(db, article_id)
    assert keys == [tuple(getattr(m, name) for name in READ_BY_CLAIMS) for m in records]
    assert ("ロイター" not in [k[2] for k in keys]) and any(k[2] == "記者団" and k[8] == "user" for k in keys)
