"""Detection run again elsewhere (the command line's `analyze`, another window) leaves a change log row on the
article saying which rows it removed and wrote: an undo of an edit made before it is refused only when the
rewrite changed the very row the undo puts back (removed it, or proposed again over its words); an undo of a
row it kept, of another kind of edit, or after the writer's own re-detection, still works."""

from pathlib import Path

import pytest

from core.analysis import analyze_library
from core.edits import AddClaim, DeleteClaim, SetStatus, UpdateClaim, UpdateMention
from core.edits.journal import ChangedElsewhere, EditJournal
from core.edits.meetings import SetMentionState
from core.jobs import import_paths
from core.meetings.suggest import suggest_meetings
from core.store import open_db
from core.store.changes import LoggedRows

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SEED = SEEDS / "000_55f3fb43f71b764a.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared seeds are not next to the project")


@pytest.fixture
def library(tmp_path):
    """A library of one seed, a window's connection and journal on it."""
    path = tmp_path / "lib.db"
    article_id = import_paths([SEED], path).imported[0][1]
    db = open_db(path)
    yield path, db, EditJournal(), article_id
    db.close()


def one(db, sql, *args):
    return db.execute(sql, list(args)).fetchone()[0]


def accept_first_mention(db, journal, article_id):
    mention = one(db, "SELECT id FROM mentions WHERE article_id = ? AND state = 'proposed' ORDER BY id", article_id)
    undo, span = journal.apply(db, UpdateMention(article_id, mention, {"state": "accepted"}), "a")
    return mention, undo, span


def test_an_undo_of_a_mention_the_re_detection_kept_goes_on(library):
    path, db, journal, article_id = library
    mention, undo, span = accept_first_mention(db, journal, article_id)
    analyze_library(path, [article_id])  # as `main.py analyze` does, on its own connection
    journal.apply(db, undo, "a", undoes=span)  # the accepted mention was kept: nothing of it changed
    assert one(db, "SELECT state FROM mentions WHERE id = ?", mention) == "proposed"


def test_an_undo_of_a_mention_the_re_detection_removed_is_refused(library):
    path, db, journal, article_id = library
    mention = one(db, "SELECT id FROM mentions WHERE article_id = ? AND state = 'proposed' ORDER BY id", article_id)
    # retyped but left a proposal: detection run again replaces it
    undo, span = journal.apply(db, UpdateMention(article_id, mention, {"type": "ORG", "state": "proposed"}), "a")
    analyze_library(path, [article_id])
    with pytest.raises(ChangedElsewhere) as refusal:
        journal.apply(db, undo, "a", undoes=span)
    actions = {(c.target, c.target_id, c.action) for c in refusal.value.changes}
    assert actions == {("articles", str(article_id), "detect_mentions")}


def test_a_rewrite_is_logged_once_per_article_with_no_annotator(library):
    path, db, _journal, article_id = library
    assert one(db, "SELECT count(*) FROM changes") == 0  # an import's new article is no rewrite
    summary = analyze_library(path, [article_id])
    rows = db.execute("SELECT action, target, target_id, annotator FROM changes ORDER BY id").fetchall()
    assert rows == [("detect_mentions", "articles", str(article_id), None),
                    ("suggest_claims", "articles", str(article_id), None)]
    assert summary.logged == [(0, 2)]  # the run hands back the rows it wrote


def candidates(db, article_id) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM claims WHERE article_id = ? AND state = 'candidate' "
                                     "ORDER BY start_char", [article_id])]


def test_claims_suggested_again_stop_only_the_undo_of_the_claim_they_replaced(library):
    path, db, journal, article_id = library
    accepted, edited = candidates(db, article_id)[:2]
    undo_accept, accept_span = journal.apply(db, UpdateClaim(article_id, accepted, {"state": "accepted"}), "a")
    # a stance given to a candidate left a candidate: suggestion run again replaces that row
    undo_stance, stance_span = journal.apply(db, UpdateClaim(article_id, edited, {"stance": "favor"}), "a")
    undo_status, status_span = journal.apply(db, SetStatus.marking([article_id], "done"), "a")
    analyze_library(path, [article_id], claims_only=True)
    journal.apply(db, undo_status, "a", undoes=status_span)  # the status is no detected annotation
    assert one(db, "SELECT status FROM articles WHERE id = ?", article_id) == "new"
    with pytest.raises(ChangedElsewhere) as refusal:
        journal.apply(db, undo_stance, "a", undoes=stance_span)
    assert [c.action for c in refusal.value.changes] == ["suggest_claims"]
    # the accepted claim was kept as it was: its undo goes on, though other claims of the article were replaced
    journal.apply(db, undo_accept, "a", undoes=accept_span)
    assert one(db, "SELECT state FROM claims WHERE id = ?", accepted) == "candidate"


def test_a_deleted_candidate_suggested_again_is_not_put_back_twice(library):
    path, db, journal, article_id = library
    claim = candidates(db, article_id)[0]
    where = db.execute("SELECT start_char, end_char FROM claims WHERE id = ?", [claim]).fetchone()
    undo, span = journal.apply(db, DeleteClaim(article_id, claim), "a")
    analyze_library(path, [article_id], claims_only=True)
    assert db.execute("SELECT count(*) FROM claims WHERE article_id = ? AND start_char = ? AND end_char = ?",
                      [article_id, *where]).fetchone()[0] == 1  # proposed again over the same words
    with pytest.raises(ChangedElsewhere):
        journal.apply(db, undo, "a", undoes=span)
    assert db.execute("SELECT count(*) FROM claims WHERE article_id = ? AND start_char = ? AND end_char = ?",
                      [article_id, *where]).fetchone()[0] == 1  # nothing written


def test_the_users_own_claim_deleted_before_suggestion_ran_comes_back(library):
    path, db, journal, article_id = library
    body = one(db, "SELECT body FROM articles WHERE id = ?", article_id)
    start = body.index("。") + 1  # wherever it is: suggestion proposes nothing over the user's own claim
    undo_add, add_span = journal.apply(db, AddClaim(article_id, start, start + 5, {"stance": "favor"}), "a")
    analyze_library(path, [article_id], claims_only=True)
    journal.apply(db, undo_add, "a", undoes=add_span)  # the user's claim was kept: it may go
    assert not db.execute("SELECT 1 FROM claims WHERE article_id = ? AND origin = 'user'", [article_id]).fetchone()


def test_a_rewrite_that_does_not_say_what_it_wrote_stops_the_undo_as_before(library):
    from core.store.changes import log_rewrite

    path, db, journal, article_id = library
    accepted = candidates(db, article_id)[0]
    undo, span = journal.apply(db, UpdateClaim(article_id, accepted, {"state": "accepted"}), "a")
    other = open_db(path)
    log_rewrite(other, "suggest_claims", article_id, 3)  # an older Kaidan's row: a count alone
    other.close()
    with pytest.raises(ChangedElsewhere):
        journal.apply(db, undo, "a", undoes=span)


def test_a_rewrite_of_another_article_does_not_stop_the_undo(tmp_path):
    path = tmp_path / "lib.db"
    first, second = (article_id for _source, article_id in
                     import_paths(sorted(SEEDS.glob("*.txt"))[:2], path).imported)
    db, journal = open_db(path), EditJournal()
    mention, undo, span = accept_first_mention(db, journal, first)
    analyze_library(path, [second])
    journal.apply(db, undo, "a", undoes=span)
    assert one(db, "SELECT state FROM mentions WHERE id = ?", mention) == "proposed"
    db.close()


def test_the_writers_own_re_detection_is_adopted_and_does_not_stop_its_undo(library):
    path, db, journal, article_id = library
    mention, undo, span = accept_first_mention(db, journal, article_id)
    journal.adopt(analyze_library(path, [article_id]).logged)  # the window ran it (Ctrl+F5)
    journal.apply(db, undo, "a", undoes=span)
    assert one(db, "SELECT state FROM mentions WHERE id = ?", mention) == "proposed"


def test_meeting_mentions_detected_again_stop_only_the_undo_of_a_mention_they_replaced(library):
    path, db, journal, article_id = library
    found = one(db, "SELECT id FROM meeting_mentions WHERE article_id = ? ORDER BY id", article_id)
    assert found is not None, "the seed tells a meeting"
    undo_confirm, confirm_span = journal.apply(db, SetMentionState(article_id, found, "confirmed"), "a")
    # left a proposal again: detection run again replaces it
    undo_back, back_span = journal.apply(db, SetMentionState(article_id, found, "proposed"), "a")
    suggest_meetings(path, [article_id])  # `main.py meetings` proposing again
    assert one(db, "SELECT count(*) FROM changes WHERE action = 'detect_meetings'") == 1
    with pytest.raises(ChangedElsewhere):
        journal.apply(db, undo_back, "a", undoes=back_span)
    assert one(db, "SELECT state FROM meeting_mentions WHERE id = ?", found) == "proposed"  # nothing written


def test_a_confirmed_meeting_mention_kept_by_the_detection_can_be_undone(library):
    path, db, journal, article_id = library
    found = one(db, "SELECT id FROM meeting_mentions WHERE article_id = ? ORDER BY id", article_id)
    undo, span = journal.apply(db, SetMentionState(article_id, found, "confirmed"), "a")
    suggest_meetings(path, [article_id])
    journal.apply(db, undo, "a", undoes=span)
    assert one(db, "SELECT state FROM meeting_mentions WHERE id = ?", found) == "proposed"


def test_a_tie_undone_is_refused_when_the_meeting_it_went_back_to_was_dropped(library):
    from core.edits.meetings import AttachMention
    from core.store.meetings import create_meeting

    path, db, journal, article_id = library
    # a mention alone in telling its proposed meeting: tied elsewhere, that meeting is told by no one
    mention, meeting = db.execute(
        "SELECT id, meeting_id FROM meeting_mentions WHERE meeting_id IN (SELECT meeting_id FROM meeting_mentions "
        "GROUP BY meeting_id HAVING count(*) = 1) ORDER BY id").fetchone()
    mine = create_meeting(db, "talks", annotator="a", title="the user's own")
    undo, span = journal.apply(db, AttachMention(article_id, mention, mine), "a")
    suggest_meetings(path, [article_id])  # the mention is decided and kept; its old meeting is dropped
    assert one(db, "SELECT count(*) FROM meetings WHERE id = ?", meeting) == 0
    with pytest.raises(ChangedElsewhere):
        journal.apply(db, undo, "a", undoes=span)
    assert one(db, "SELECT meeting_id FROM meeting_mentions WHERE id = ?", mention) == mine


def test_logged_rows_keep_spans_joined():
    rows = LoggedRows([(10, 12)])
    for row_id in (3, 4, 13):
        rows.add(row_id)
    rows.add_span(4, 10)
    assert rows.spans == [(2, 13)]
    assert 3 in rows and 13 in rows and 2 not in rows and 14 not in rows


def test_an_import_hands_back_the_rows_it_logged_and_its_importer_adopts_them(tmp_path):
    from core.edits import UpdateMeeting

    seeds = sorted(SEEDS.glob("*.txt"))[:4]
    path = tmp_path / "lib.db"
    import_paths(seeds[:3], path)
    db, journal = open_db(path), EditJournal()
    meetings = [r[0] for r in db.execute("SELECT id FROM meetings ORDER BY id")]
    undos = [journal.apply(db, UpdateMeeting(m, {"status": "scheduled"}), "a") for m in meetings]
    summary = import_paths(seeds[3:], path)  # the fourth seed tells a meeting the library holds
    logged = db.execute("SELECT id, target, action FROM changes WHERE id > ? ORDER BY id", [undos[-1][1][1]]).fetchall()
    assert ("meetings", "update_meeting") in {(target, action) for _id, target, action in logged}
    assert summary.logged == [(logged[0][0] - 1, logged[-1][0])]
    journal.adopt(summary.logged)  # the window ran the import itself: its undo goes on
    for undo, span in reversed(undos):
        journal.apply(db, undo, "a", undoes=span)
    db.close()
