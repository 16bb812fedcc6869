"""Two writers on one library: an undo never overwrites what the other changed later, and still works otherwise."""

from pathlib import Path

import pytest

from core.edits import AddClaim, SaveEntity, SetStatus, UpdateClaim, UpdateMeeting
from core.edits.journal import ChangedElsewhere, EditJournal
from core.jobs import import_paths
from core.registry import Entity
from core.store import open_db
from core.store.meetings import create_meeting

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_55f3fb43f71b764a.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared seeds are not next to the project")


@pytest.fixture
def two(tmp_path):
    """Two connections (two windows) on one library file, each with its own journal, and an article."""
    path = tmp_path / "lib.db"
    article_id = import_paths([SEED], path).imported[0][1]
    a, b = open_db(path), open_db(path)
    yield (a, EditJournal()), (b, EditJournal()), article_id
    a.close()
    b.close()


def one(db, sql, *args):
    return db.execute(sql, list(args)).fetchone()[0]


def a_claim(writer, article_id) -> int:
    db, journal = writer
    start = one(db, "SELECT body FROM articles WHERE id = ?", article_id).index("ルビオ")
    inverse, _ = journal.apply(db, AddClaim(article_id, start, start + 10, {"stance": "neutral"}), "a")
    return inverse.claim_id


def test_an_undo_is_refused_when_another_window_changed_the_claim_later(two):
    (a, ja), (b, jb), article_id = two
    claim = a_claim((a, ja), article_id)
    undo, span = ja.apply(a, UpdateClaim(article_id, claim, {"stance": "support"}), "a")
    jb.apply(b, UpdateClaim(article_id, claim, {"stance": "against"}), "b")
    logged = one(a, "SELECT count(*) FROM changes")
    with pytest.raises(ChangedElsewhere) as refusal:
        ja.apply(a, undo, "a", undoes=span)
    assert one(a, "SELECT stance FROM claims WHERE id = ?", claim) == "against"  # B's value kept
    assert one(a, "SELECT count(*) FROM changes") == logged  # nothing written
    [change] = refusal.value.changes
    assert (change.target, change.target_id, change.annotator) == ("claims", str(claim), "b")


def test_an_undo_works_when_the_other_window_changed_something_else(two):
    (a, ja), (b, jb), article_id = two
    claim, other = a_claim((a, ja), article_id), a_claim((b, jb), article_id)
    undo, span = ja.apply(a, UpdateClaim(article_id, claim, {"stance": "support"}), "a")
    jb.apply(b, UpdateClaim(article_id, other, {"stance": "against"}), "b")  # a claim of the same article
    jb.apply(b, SetStatus.marking([article_id], "done"), "b")
    ja.apply(a, undo, "a", undoes=span)
    assert one(a, "SELECT stance FROM claims WHERE id = ?", claim) == "neutral"
    assert one(a, "SELECT stance FROM claims WHERE id = ?", other) == "against"


def test_the_same_windows_later_edits_are_not_elsewhere(two):
    (a, ja), _, article_id = two
    claim = a_claim((a, ja), article_id)
    first, first_span = ja.apply(a, UpdateClaim(article_id, claim, {"stance": "support"}), "a")
    second, second_span = ja.apply(a, UpdateClaim(article_id, claim, {"stance": "against"}), "a")
    ja.apply(a, second, "a", undoes=second_span)
    ja.apply(a, first, "a", undoes=first_span)
    assert one(a, "SELECT stance FROM claims WHERE id = ?", claim) == "neutral"


def test_a_meeting_an_article_status_and_an_entity_changed_elsewhere_are_kept(two):
    (a, ja), (b, jb), article_id = two
    meeting = create_meeting(a, "talks", "held", [], origin="user")
    entity = Entity("user:test-entity", "PERSON", "試験太郎", "Taro Test", origin="user")
    pairs = [
        (UpdateMeeting(meeting, {"status": "scheduled"}), UpdateMeeting(meeting, {"status": "cancelled"}),
         lambda: one(a, "SELECT status FROM meetings WHERE id = ?", meeting), "cancelled"),
        (SetStatus.marking([article_id], "in progress"), SetStatus.marking([article_id], "done"),
         lambda: one(a, "SELECT status FROM articles WHERE id = ?", article_id), "done"),
        (SaveEntity(entity), SaveEntity(Entity(entity.id, "PERSON", "試験次郎", "Jiro Test", origin="user")),
         lambda: one(a, "SELECT name FROM entities WHERE id = ?", entity.id), "試験次郎"),
    ]
    for mine, theirs, value, kept in pairs:
        undo, span = ja.apply(a, mine, "a")
        jb.apply(b, theirs, "b")
        with pytest.raises(ChangedElsewhere):
            ja.apply(a, undo, "a", undoes=span)
        assert value() == kept


def test_a_redo_is_refused_when_another_window_changed_the_thing_after_the_undo(two):
    (a, ja), (b, jb), article_id = two
    claim = a_claim((a, ja), article_id)
    undo, span = ja.apply(a, UpdateClaim(article_id, claim, {"stance": "support"}), "a")
    redo, undo_span = ja.apply(a, undo, "a", undoes=span)
    jb.apply(b, UpdateClaim(article_id, claim, {"stance": "against"}), "b")
    with pytest.raises(ChangedElsewhere):
        ja.apply(a, redo, "a", undoes=undo_span)
    assert one(a, "SELECT stance FROM claims WHERE id = ?", claim) == "against"
