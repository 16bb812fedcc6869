"""Detection run again elsewhere (the command line's `analyze`, another window) leaves a change log row on the
article: an undo of an edit of that article's mentions, claims or meeting mentions made before it is refused;
an undo of another kind of edit, or after the writer's own re-detection, still works."""

from pathlib import Path

import pytest

from core.analysis import analyze_library
from core.edits import SetStatus, UpdateClaim, UpdateMention
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


def test_an_undo_of_a_mention_edit_is_refused_after_analyze_rewrote_the_article(library):
    path, db, journal, article_id = library
    mention, undo, span = accept_first_mention(db, journal, article_id)
    analyze_library(path, [article_id])  # as `main.py analyze` does, on its own connection
    with pytest.raises(ChangedElsewhere) as refusal:
        journal.apply(db, undo, "a", undoes=span)
    assert one(db, "SELECT state FROM mentions WHERE id = ?", mention) == "accepted"  # nothing written
    actions = {(c.target, c.target_id, c.action) for c in refusal.value.changes}
    assert ("articles", str(article_id), "detect_mentions") in actions


def test_a_rewrite_is_logged_once_per_article_with_no_annotator(library):
    path, db, _journal, article_id = library
    assert one(db, "SELECT count(*) FROM changes") == 0  # an import's new article is no rewrite
    summary = analyze_library(path, [article_id])
    rows = db.execute("SELECT action, target, target_id, annotator FROM changes ORDER BY id").fetchall()
    assert rows == [("detect_mentions", "articles", str(article_id), None),
                    ("suggest_claims", "articles", str(article_id), None)]
    assert summary.logged == [(0, 2)]  # the run hands back the rows it wrote


def test_claims_suggested_again_stop_the_undo_of_a_claim_edit_but_not_of_a_status(library):
    path, db, journal, article_id = library
    claim = one(db, "SELECT id FROM claims WHERE article_id = ? AND state = 'candidate' ORDER BY id", article_id)
    undo_claim, claim_span = journal.apply(db, UpdateClaim(article_id, claim, {"state": "accepted"}), "a")
    undo_status, status_span = journal.apply(db, SetStatus.marking([article_id], "done"), "a")
    analyze_library(path, [article_id], claims_only=True)
    journal.apply(db, undo_status, "a", undoes=status_span)  # the status is no detected annotation
    assert one(db, "SELECT status FROM articles WHERE id = ?", article_id) == "new"
    with pytest.raises(ChangedElsewhere):
        journal.apply(db, undo_claim, "a", undoes=claim_span)
    assert one(db, "SELECT state FROM claims WHERE id = ?", claim) == "accepted"


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


def test_meeting_mentions_detected_again_stop_the_undo_of_a_meeting_mention_edit(library):
    path, db, journal, article_id = library
    found = one(db, "SELECT id FROM meeting_mentions WHERE article_id = ? ORDER BY id", article_id)
    assert found is not None, "the seed tells a meeting"
    undo, span = journal.apply(db, SetMentionState(article_id, found, "confirmed"), "a")
    suggest_meetings(path, [article_id])  # `main.py meetings` proposing again
    assert one(db, "SELECT count(*) FROM changes WHERE action = 'detect_meetings'") == 1
    with pytest.raises(ChangedElsewhere):
        journal.apply(db, undo, "a", undoes=span)
    assert one(db, "SELECT state FROM meeting_mentions WHERE id = ?", found) == "confirmed"


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
