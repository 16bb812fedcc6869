"""Label schemes with both names: stances, topics and meeting kinds in a new and in an upgraded library,
and the dataset card listing each stable key with its English and Japanese label."""

from __future__ import annotations

import json

import sqlite_utils

from core.export import export
from core.store import meetings
from core.store.db import open_db
from core.store.migrate import schema_version
from core.store.migrations import MIGRATIONS
from core.store.scheme import add_topic, meeting_kinds, save_stance, stances, topic_labels

JAPANESE = {"favor": "賛成", "against": "反対", "neutral": "中立", "mixed": "混在"}


def _has_japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def test_a_new_library_carries_both_names(tmp_path):
    db = open_db(tmp_path / "new.db")
    assert {s["key"]: s["label_ja"] for s in stances(db)} == JAPANESE
    kinds = meeting_kinds(db)
    assert [k["key"] for k in kinds] == list(meetings.KINDS)
    assert all(k["label"].isascii() and _has_japanese(k["label_ja"]) for k in kinds)
    assert {k["key"]: k["label_ja"] for k in kinds}["phone_call"] == "電話会談"
    topics = topic_labels(db)
    assert len(topics) > 20
    assert all(_has_japanese(t["name"]) and t["label_en"] and t["label_en"].isascii() for t in topics)


def test_user_labels_keep_what_the_user_gave(tmp_path):
    db = open_db(tmp_path / "user.db")
    add_topic(db, "捕鯨")
    save_stance(db, "sceptical", "Sceptical", "#123456", "S")
    assert {"name": "捕鯨", "label_en": None} in topic_labels(db)
    assert stances(db)[-1]["label_ja"] is None


def _library_before_label_names(path) -> None:
    """A library as Kaidan left it before labels had both names, with one label the user changed."""
    old = sqlite_utils.Database(str(path))
    for migrate in MIGRATIONS[:10]:
        migrate(old)
    old.execute("PRAGMA user_version=10")
    # what the bundled scheme used to say, and a user's own wording of 'against'
    old.execute("UPDATE stance_labels SET label_ja = '賛成・支持' WHERE key = 'favor'")
    old.execute("UPDATE stance_labels SET label_ja = '反対（強い批判）' WHERE key = 'against'")
    old.execute("UPDATE stance_labels SET label_ja = NULL WHERE key = 'neutral'")
    old.execute("INSERT INTO topics (name, created) VALUES ('捕鯨', '2025-01-01T00:00:00')")
    old.conn.commit()
    old.close()


def test_an_older_library_is_upgraded_with_both_names(tmp_path):
    path = tmp_path / "old.db"
    _library_before_label_names(path)
    db = open_db(path)
    assert schema_version(db) == len(MIGRATIONS)
    labels = {s["key"]: s["label_ja"] for s in stances(db)}
    assert labels["favor"] == "賛成"  # the old default takes the new word
    assert labels["against"] == "反対（強い批判）"  # the user's wording stays
    assert labels["neutral"] == "中立"  # an empty one is filled
    assert labels["mixed"] == "混在"
    assert [k["key"] for k in meeting_kinds(db)] == list(meetings.KINDS)
    named = {t["name"]: t["label_en"] for t in topic_labels(db)}
    assert named["関税"] == "Tariffs" and named["捕鯨"] is None
    assert list(tmp_path.glob("old.db.v10.bak"))  # upgraded after a backup


def test_the_dataset_card_lists_keys_with_both_labels(tmp_path):
    db = open_db(tmp_path / "card.db")
    out = tmp_path / "out"
    export(db, "jsonl", out)
    card = json.loads((out / "dataset.json").read_text(encoding="utf-8"))
    labels = card["labels"]
    assert {s["key"]: (s["label"], s["label_ja"]) for s in labels["stances"]}["favor"] == ("Favor", "賛成")
    assert {k["key"]: (k["label"], k["label_ja"]) for k in labels["meeting_kinds"]}["visit"] == ("Visit", "訪問")
    assert {"name": "関税", "label_en": "Tariffs"} in labels["topics"]
