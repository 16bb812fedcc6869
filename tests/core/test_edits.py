"""Every user edit applies itself and returns its inverse: edit, undo, redo and undo again on a real library."""

from pathlib import Path

import pytest

from core.edits import (
    AddClaim, AddLink, AddMention, CreateMeeting, DeleteClaim, Group, MergeEntities, SaveEntity, SetLineLabel,
    RemoveLink, SetLinkState, SetParticipants, SetStatus, TieMention, UpdateClaim, UpdateMeeting, UpdateMention,
)
from core.jobs import import_paths
from core.registry import Entity
from core.store import open_db
from core.store.meetings import add_link, create_meeting, meeting_mentions_for
from core.store.mentions import mentions_for

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_55f3fb43f71b764a.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared seeds are not next to the project")

TABLES = ("articles", "mentions", "claims", "meetings", "meeting_participants", "meeting_mentions",
          "meeting_links", "entities", "cleaning_overrides")
# When a row was touched and by whom is the change log's business, not part of the state compared.
STAMPS = {"updated", "annotator", "created", "updated_at"}


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "lib.db"
    article_id = import_paths([SEED], path).imported[0][1]
    db = open_db(path)
    yield db, article_id
    db.close()


def state(db) -> dict:
    """Every row of the edited tables, without time stamps."""
    return {t: sorted(tuple(sorted((k, repr(v)) for k, v in row.items() if k not in STAMPS))
                      for row in db.query(f"SELECT * FROM {t}")) for t in TABLES}


def logged(db) -> int:
    return db.execute("SELECT count(*) FROM changes").fetchone()[0]


def round_trip(db, edit):
    """Apply, undo, redo, undo: the library goes back and forth between exactly two states."""
    before, log = state(db), logged(db)
    undo = edit.apply(db, "tester")
    after = state(db)
    assert after != before, "the edit changed nothing"
    assert logged(db) > log
    assert undo.text == edit.text
    redo = undo.apply(db, "tester")
    assert state(db) == before
    again = redo.apply(db, "tester")
    assert state(db) == after
    again.apply(db, "tester")
    assert state(db) == before
    return undo


def body(db, article_id: int) -> str:
    return db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]


def test_claim_edits_round_trip_and_keep_their_id(library):
    db, article_id = library
    start = body(db, article_id).index("ルビオ")
    add = AddClaim(article_id, start, start + 20, {"stance": "neutral", "holder_text": "ルビオ"}, text="Add claim")
    undo = round_trip(db, add)
    assert isinstance(undo, DeleteClaim)
    delete = add.apply(db, "tester")
    delete.apply(db, "tester").apply(db, "tester")  # undo, then redo: the same row, the same id
    assert db.execute("SELECT stance FROM claims WHERE id = ?", [delete.claim_id]).fetchone() == ("neutral",)
    round_trip(db, UpdateClaim(article_id, delete.claim_id, {"stance": "against", "note": "?"}))
    round_trip(db, DeleteClaim(article_id, delete.claim_id))
    annotators = {r[0] for r in db.execute("SELECT annotator FROM changes WHERE target = 'claims'")}
    assert annotators == {"tester"}


def test_a_claim_outside_the_body_is_refused_and_nothing_is_written(library):
    db, article_id = library
    before, log = state(db), logged(db)
    with pytest.raises(ValueError):
        AddClaim(article_id, 5, 10 ** 6, {}).apply(db, "tester")
    assert state(db) == before and logged(db) == log


def test_an_edit_of_something_gone_is_refused_by_name_and_writes_nothing(library):
    db, article_id = library
    before, log = state(db), logged(db)
    for edit in (SetLinkState(1, 10 ** 6, "accepted"), UpdateMeeting(10 ** 6, {"status": "held"}),
                 UpdateMention(article_id, 10 ** 6, {"type": "ORG"}), DeleteClaim(article_id, 10 ** 6)):
        with pytest.raises(KeyError):
            edit.apply(db, "tester")
    assert state(db) == before and logged(db) == log


def test_a_user_mention_comes_back_with_its_id_so_later_edits_still_find_it(library):
    db, article_id = library
    start = body(db, article_id).index("記者団")
    remove = AddMention(article_id, start, start + 3, "ORG").apply(db, "tester")
    first_id = remove.mention_id
    restore = remove.apply(db, "tester")
    restore.apply(db, "tester")  # redo of the addition
    assert any(m.id == first_id for m in mentions_for(db, article_id))
    # An edit made after the first addition names first_id: it still applies.
    round_trip(db, UpdateMention(article_id, first_id, {"type": "PERSON"}))
    round_trip(db, AddMention(article_id, start, start + 2, "ORG"))


def test_rejecting_and_retyping_a_detected_mention_round_trip(library):
    db, article_id = library
    mention = next(m for m in mentions_for(db, article_id) if m.text == "ロイター")
    round_trip(db, UpdateMention(article_id, mention.id, {"state": "rejected"}, text="Reject ロイター"))
    round_trip(db, UpdateMention(article_id, mention.id, {"type": "ORG", "entity_id": None}))


def test_registry_edits_round_trip(library):
    db, article_id = library
    new = Entity("user:test-entity", "PERSON", "試験太郎", "Taro Test", origin="user")
    edit = SaveEntity(new, text="New Entity 試験太郎")
    new.aliases.append("changed after")  # the edit keeps its own copy
    assert edit.entity.aliases == []
    round_trip(db, edit)
    edit.apply(db, "tester")
    linked = next(m for m in mentions_for(db, article_id) if m.entity_id == "person:marco-rubio")
    UpdateMention(article_id, linked.id, {"entity_id": new.id}).apply(db, "tester")
    round_trip(db, MergeEntities("person:marco-rubio", new.id))


def test_meeting_edits_round_trip(library):
    db, article_id = library
    meeting = create_meeting(db, "talks", "held", [{"name": "ルビオ", "role": "participant"}], origin="user")
    other = create_meeting(db, "phone_call", "held", [], origin="proposed")
    link = add_link(db, meeting, other, "precedes", origin="proposed")
    round_trip(db, UpdateMeeting(meeting, {"status": "scheduled", "place_text": "東京"}))
    round_trip(db, SetParticipants(meeting, ({"name": "王毅", "role": "host"},)))
    round_trip(db, SetLinkState(meeting, link, "accepted"))
    undo = round_trip(db, CreateMeeting("visit", "proposed", ({"name": "王毅"},), {"place_text": "北京"}))
    assert undo.changes() == [("meetings", (undo.meeting_id,))]


def test_tying_a_mention_to_a_new_meeting_is_one_edit_and_undone_whole(library):
    db, article_id = library
    mention = meeting_mentions_for(db, article_id)[0]
    tie = TieMention(article_id, (mention.start, mention.end), mention.id,
                     new_meeting=CreateMeeting("talks"), text="New Meeting from Mention")
    round_trip(db, tie)
    assert {kind for kind, _ids in tie.changes()} == {"meeting_mentions", "meetings"}


def test_a_span_tied_and_untied_is_hidden_and_comes_back_as_the_same_mention(library):
    db, article_id = library
    start = body(db, article_id).index("ルビオ")
    meeting = create_meeting(db, "talks", "held", [], origin="user")
    shown = {m.id for m in meeting_mentions_for(db, article_id)}
    undo = TieMention(article_id, (start, start + 3), meeting_id=meeting).apply(db, "tester")
    added = {m.id for m in meeting_mentions_for(db, article_id)} - shown
    assert len(added) == 1
    redo = undo.apply(db, "tester")
    assert {m.id for m in meeting_mentions_for(db, article_id)} == shown  # rejected: hidden everywhere
    redo.apply(db, "tester")
    tied = next(m for m in meeting_mentions_for(db, article_id) if m.id in added)
    assert (tied.meeting_id, tied.state) == (meeting, "confirmed")


def test_status_of_several_articles_round_trips_each_to_its_own(library, tmp_path):
    db, article_id = library
    SetStatus.marking([article_id], "in progress").apply(db, "tester")
    edit = SetStatus.marking([article_id, article_id], "done")
    assert edit.ids == (article_id,) and edit.text == "Mark Article as Done"
    undo = round_trip(db, edit)
    assert undo.statuses == ((article_id, "in progress"),)
    with pytest.raises(ValueError):
        SetStatus.marking([article_id], "finished")


def test_a_line_label_round_trips_the_clean_body(library):
    db, article_id = library
    before = body(db, article_id)
    edit = SetLineLabel(article_id, 36, "body")
    assert edit.text == "Mark Line 36 as Body"
    undo = edit.apply(db, "tester")
    assert body(db, article_id).endswith("\nロイター")
    redo = undo.apply(db, "tester")
    assert body(db, article_id) == before
    redo.apply(db, "tester")
    assert body(db, article_id).endswith("\nロイター")


def test_a_group_is_all_or_nothing(library):
    db, article_id = library
    start = body(db, article_id).index("ルビオ")
    before, log = state(db), logged(db)
    broken = Group((AddClaim(article_id, start, start + 5, {}), UpdateClaim(article_id, 10 ** 6, {"note": "x"})))
    with pytest.raises(KeyError):
        broken.apply(db, "tester")
    assert state(db) == before and logged(db) == log
    group = Group((AddClaim(article_id, start, start + 5, {}), SetStatus.marking([article_id], "done")), text="Both")
    undo = round_trip(db, group)
    assert [type(e).__name__ for e in undo.edits] == ["SetStatus", "DeleteClaim"]
    assert group.changes() == [("claims", (article_id,)), ("status", (article_id,))]


def test_a_new_topic_joins_the_list_with_its_claim_and_stays_when_the_claim_is_undone(library):
    from core.store.scheme import topics
    from core.edits import AddTopic

    db, article_id = library
    start = body(db, article_id).index("ルビオ")
    edit = Group((AddTopic("海底ケーブル"), AddClaim(article_id, start, start + 5, {
        "target_kind": "topic", "target_ref": "海底ケーブル", "target_text": "海底ケーブル"})), text="Add claim")
    undo = edit.apply(db, "tester")
    assert "海底ケーブル" in topics(db)
    undo.apply(db, "tester")
    assert "海底ケーブル" in topics(db)
    assert db.execute("SELECT count(*) FROM claims WHERE target_ref = '海底ケーブル'").fetchone()[0] == 0


def test_a_link_the_user_makes_between_meetings_round_trips_and_is_made_once(library):
    db, _article_id = library
    first = create_meeting(db, "talks", "held", [], start_date="2025-07-10", precision="day")
    second = create_meeting(db, "talks", "held", [], start_date="2025-07-11", precision="day")
    undo = round_trip(db, AddLink(first, second, "precedes", text="Link Meetings"))
    assert isinstance(undo, RemoveLink)
    remove = AddLink(first, second, "precedes").apply(db, "tester")
    row = db.execute("SELECT from_id, to_id, relation, origin, state, annotator FROM meeting_links WHERE id = ?",
                     [remove.link_id]).fetchall()
    assert row == [(first, second, "precedes", "user", "accepted", "tester")]
    before, log = state(db), logged(db)
    with pytest.raises(ValueError):  # the same link again is no second link
        AddLink(first, second, "precedes").apply(db, "tester")
    assert state(db) == before and logged(db) == log
    round_trip(db, remove)
