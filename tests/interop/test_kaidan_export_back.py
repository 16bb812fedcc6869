"""A Kaidan export imported again: into its own library nothing is doubled; into a new one its labels come whole."""

from __future__ import annotations

from core.datasets import import_datasets
from core.store import open_db

COUNTED = ("articles", "meetings", "meeting_participants", "meeting_links", "meeting_mentions", "claims", "mentions")


def counts(path) -> dict[str, int]:
    db = open_db(path, readonly=True)
    try:
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED}
    finally:
        db.close()


def test_the_export_imported_into_its_own_library_doubles_no_meeting_or_link(exports, library):
    folder, result = exports("jsonl")
    before = counts(library)
    assert before["meetings"] >= 2 and before["meeting_links"] >= 1  # the library has meetings and a link
    summary = import_datasets([(folder, "kaidan")], library)
    assert not summary.failed and not summary.imported
    assert counts(library) == before
    assert summary.annotations.get("meetings", 0) == 0 and summary.annotations.get("links", 0) == 0
    said = "\n".join(summary.messages())
    assert f"meetings already in the library (kept as they are) ({before['meetings']})" in said
    assert "meeting links already in the library" in said


def test_the_export_into_a_new_library_brings_every_topic_with_its_english_label(exports, library, tmp_path):
    folder, _ = exports("jsonl")
    fresh = tmp_path / "fresh.db"
    summary = import_datasets([(folder, "kaidan")], fresh)
    assert not summary.failed
    assert "topics that are not names" not in "\n".join(summary.messages())
    source, copy = open_db(library, readonly=True), open_db(fresh, readonly=True)
    topics = "SELECT name, label_en FROM topics ORDER BY name"
    assert copy.execute(topics).fetchall() == source.execute(topics).fetchall()
    assert counts(fresh)["meetings"] == counts(library)["meetings"]  # a new library gets every meeting
    source.close()
    copy.close()


def test_meetings_without_their_creation_time_are_never_taken_for_others(tmp_path):
    import json

    folder = tmp_path / "export"
    folder.mkdir()
    meeting = {"id": 1, "kind": "talks", "status": "held", "origin": "user", "state": "confirmed",
               "participants": [], "start": "2025-07-11", "precision": "day"}
    (folder / "meetings.jsonl").write_text(json.dumps(meeting) + "\n", encoding="utf-8")
    (folder / "articles.jsonl").write_text(json.dumps({"id": 1, "body": "外相は11日、会談した。", "entities": []},
                                                      ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "dataset.json").write_text("{}", encoding="utf-8")
    target = tmp_path / "lib.db"
    import_datasets([(folder, "kaidan")], target)
    import_datasets([(folder, "kaidan")], target)
    assert counts(target)["meetings"] == 2  # no creation time: the same fields may be two meetings
