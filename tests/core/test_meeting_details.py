"""What a meeting card lists besides the record, read from a library of two bundled samples."""

from __future__ import annotations

import pytest

from core.jobs import import_paths
from core.meetings.details import claims_about, link_rows, mention_at, mention_rows
from core.paths import resource
from core.store import open_db
from core.store.claims import add_claim
from core.store.meetings import add_link, add_meeting_mention, meeting_records
from core.store.registry import registry_entities


@pytest.fixture
def library(tmp_path):
    """The bundled samples of a foreign ministers' visit and of a phone call, imported and detected."""
    samples = resource("samples")
    import_paths([samples / "01_nichigou_gaisho_kaidan.txt", samples / "02_beikan_denwa_kaidan.txt"],
                 str(tmp_path / "library.db"))
    db = open_db(str(tmp_path / "library.db"))
    yield db
    db.close()


def body_of(db, article_id: int) -> str:
    return db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]


def test_each_mention_comes_with_its_article_and_a_short_excerpt_on_one_line(library):
    record = next(r for r in meeting_records(library) if len(r["mentions"]) >= 2)
    rows = mention_rows(library, record)
    assert len(rows) == len(record["mentions"])
    for row in rows:
        body = body_of(library, row["article_id"])
        assert row["text"] == body[row["start"]:row["end"]]
        assert body[:row["start"]].endswith(row["before"]) and body[row["end"]:].startswith(row["after"])
        assert "\n" not in row["before"] + row["after"] and len(row["before"]) <= 22 >= len(row["after"])
        assert row["title"] and row["published"][:4].isdigit()


def test_links_are_seen_from_the_meeting_with_their_direction(library):
    first, second, *_ = sorted(r["id"] for r in meeting_records(library))
    add_link(library, first, second, "precedes")
    labels = {second: "the next meeting"}
    ours = [r for r in link_rows(library, first, labels) if r["origin"] == "user"]  # beside suggested ones
    assert [(r["outgoing"], r["other"], r["other_label"]) for r in ours] == [(True, second, "the next meeting")]
    ours = [r for r in link_rows(library, second, {}) if r["origin"] == "user"]
    assert [(r["outgoing"], r["other"], r["other_label"]) for r in ours] == [(False, first, f"meeting {first}")]


def test_only_claims_whose_target_is_the_meeting_are_about_it(library):
    record = next(r for r in meeting_records(library) if r["kind"] == "phone_call")
    article_id = record["mentions"][0]["article_id"]
    body = body_of(library, article_id)
    start = body.index("「同盟")
    end = body.index("」", start) + 1
    about = add_claim(library, article_id, start, end, target_kind="meeting", target_ref=str(record["id"]))
    add_claim(library, article_id, start, end, target_kind="topic", target_ref=str(record["id"]))
    registry = {e.id: e for e in registry_entities(library)}
    rows = claims_about(library, registry, record["id"])
    assert [r["id"] for r in rows] == [about]


def test_the_shortest_mention_covering_an_offset_is_the_one_at_the_caret(library):
    record = next(r for r in meeting_records(library) if r["kind"] == "phone_call")
    detected = record["mentions"][0]
    article_id, start, end = detected["article_id"], detected["start"], detected["end"]
    wider = add_meeting_mention(library, article_id, start - 2, end)
    assert mention_at(library, article_id, start).start == start
    assert mention_at(library, article_id, start - 1).id == wider
    assert mention_at(library, article_id, end + 50) is None
