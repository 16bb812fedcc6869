"""The store's reads for detection, learning and meeting suggestion (they ran SQL of their own before)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.article import Article
from core.store import open_db
from core.store.articles import (
    all_ids, body_of, detection_input, insert_article, overrides_for, set_override, sources,
)
from core.store.connection import library_file
from core.store.meeting_lookup import (
    dated_meetings_of_all, drop_unmentioned_proposals, forget_detected_mentions, has_link, meeting_row,
    meetings_sharing, named_summits,
)
from core.store.meetings import add_link, add_meeting_mention, create_meeting

WIKINEWS = Path(__file__).resolve().parents[1] / "fixtures" / "wikinews_gold" / "claims.jsonl"


@pytest.fixture
def library(tmp_path):
    items = [json.loads(line) for line in WIKINEWS.read_text(encoding="utf-8").splitlines()[:3]]
    db = open_db(tmp_path / "lib.db")
    ids = []
    for number, item in enumerate(items):
        article = Article(source=f"{item['id']}.txt", source_format="text", raw=item["body"], title=item["title"],
                          published=item["reference_date"], dateline="[東京 3日]" if number == 0 else None,
                          paragraphs=item["body"].split("\n"))
        ids.append(insert_article(db, article)[0])
    yield db, ids, items
    db.close()


def test_what_detection_reads_of_an_article(library, tmp_path):
    db, ids, items = library
    assert detection_input(db, ids[0]) == (items[0]["body"], items[0]["reference_date"], "[東京 3日]")
    assert body_of(db, ids[1]) == items[1]["body"]
    with pytest.raises(KeyError):
        detection_input(db, max(ids) + 1)
    assert all_ids(db) == sorted(ids)
    assert all_ids(db, by_date=True) == [i for _, i in sorted(zip((it["reference_date"] for it in items), ids))]
    assert sources(db)[ids[2]] == f"{items[2]['id']}.txt"
    assert library_file(db) == tmp_path / "lib.db"
    assert library_file(open_db(":memory:")) is None


def test_a_line_label_is_kept_and_forgotten(library):
    db, ids, _ = library
    digest = db.execute("SELECT content_hash FROM articles WHERE id = ?", [ids[0]]).fetchone()[0]
    set_override(db, digest, 2, "drop", "tester")
    assert overrides_for(db, digest) == {2: "drop"}
    set_override(db, digest, 2, None)
    assert overrides_for(db, digest) == {}


def test_meeting_look_ups(library):
    db, ids, items = library
    rubio = {"entity_id": "person:marco-rubio", "name": "ルビオ", "role": "participant"}
    wang = {"entity_id": "person:wang-yi", "name": "王毅", "role": "participant"}
    first = create_meeting(db, "talks", participants=[rubio, wang], origin="proposed", start_date="2025-07-11")
    later = create_meeting(db, "talks", participants=[rubio, wang], origin="proposed", start_date="2025-09-02")
    summit = create_meeting(db, "multilateral", participants=[rubio], origin="proposed", start_date="2025-07",
                            title="ASEAN外相会議")
    assert {r["id"] for r in meetings_sharing(db, ["person:wang-yi"], [], "2025-07-11")} == {first}
    assert {r["id"] for r in meetings_sharing(db, [], ["王毅"], None)} == set()  # 王毅 is known by entity
    assert [r["id"] for r in named_summits(db)] == [summit]
    assert [r["id"] for r in dated_meetings_of_all(db, first, ["person:marco-rubio", "person:wang-yi"])] == [later]
    assert meeting_row(db, later)["start_date"] == "2025-09-02"
    assert not has_link(db, first, later, "series")
    add_link(db, first, later, "series", "proposed")
    assert has_link(db, first, later, "series") and not has_link(db, later, first, "series")
    add_meeting_mention(db, ids[0], 0, 2, first, origin="detected")
    kept = add_meeting_mention(db, ids[0], 3, 5, first, origin="user")
    db.execute("UPDATE meeting_mentions SET state = 'confirmed' WHERE id = ?", [kept])
    decided, dropped = forget_detected_mentions(db, ids[0])
    assert decided == [(3, 5)] and len(dropped) == 1  # the user's span kept, the detected one dropped
    drop_unmentioned_proposals(db)
    assert {r[0] for r in db.execute("SELECT id FROM meetings")} == {first}
