"""The claim editor's save (SaveClaim) when another window or process replaced or deleted the claim it was opened
on meanwhile: what the editor holds is saved all the same, and undoes cleanly."""

from types import SimpleNamespace

import pytest

from core.analysis import analyze_library
from core.edits import DeleteClaim, SaveClaim
from core.edits.journal import EditJournal
from core.store import open_db
from core.store.claims import claims_for, replace_candidates
from tests.core.elsewhere_library import library_of

TEXT = ("日中外相が会談\n\n日本の山川外相は10日、中国の王毅外相と北京で会談した。"
        "山川外相は会談後、「両国の協力を一層強化したい」と記者団に述べた。\n")
FIELDS = {"stance": "favor", "holder_text": "山川外相", "note": "会談後の発言"}


@pytest.fixture
def library(tmp_path):
    yield from library_of(tmp_path, TEXT)


def _candidate(db, article_id):
    return next(c for c in claims_for(db, article_id, ("candidate",)) if "協力" in c.text)


def test_a_candidate_replaced_by_claims_suggested_elsewhere_is_saved_into_the_new_one(library):
    db, path, article_id = library
    opened = _candidate(db, article_id)
    analyze_library(path, [article_id], claims_only=True)  # `main.py claims suggest` meanwhile
    again = _candidate(db, article_id)  # (its id may be the one opened: SQLite gives the freed id again)
    edit = SaveClaim(article_id, opened.id, opened.start, opened.end, {**FIELDS, "state": "accepted"}, FIELDS)
    inverse, _ = EditJournal().apply(db, edit, "me")
    [saved] = claims_for(db, article_id, ("accepted",))
    assert (saved.id, saved.stance, saved.holder_text, saved.note) == (again.id, "favor", "山川外相", "会談後の発言")
    assert "協力" not in "".join(c.text for c in claims_for(db, article_id, ("candidate",)))
    EditJournal().apply(db, inverse, "me")
    assert _candidate(db, article_id).id == again.id  # undone: the candidate again


def test_a_claim_deleted_elsewhere_while_edited_is_added_over_its_span(library):
    db, path, article_id = library
    opened = _candidate(db, article_id)
    journal = EditJournal()
    accepted = SaveClaim(article_id, opened.id, opened.start, opened.end, {"state": "accepted"}, {})
    journal.apply(db, accepted, "me")
    other = open_db(path)  # another window deletes it
    try:
        journal.apply(other, DeleteClaim(article_id, opened.id), "someone else")
    finally:
        other.close()
    edit = SaveClaim(article_id, opened.id, opened.start, opened.end, {"stance": "favor"}, FIELDS)
    inverse, _ = journal.apply(db, edit, "me")
    [saved] = claims_for(db, article_id, ("accepted",))
    assert (saved.start, saved.end, saved.stance, saved.origin) == (opened.start, opened.end, "favor", "user")
    assert isinstance(inverse, DeleteClaim) and inverse.claim_id == saved.id
    journal.apply(db, inverse, "me")
    assert claims_for(db, article_id, ("accepted",)) == []


def test_a_candidate_whose_id_went_to_another_candidate_is_not_written_over_it(library):
    db, path, article_id = library
    opened = _candidate(db, article_id)
    # The id the window holds now names another span (a suggestion run renumbered the candidates).
    edit = SaveClaim(article_id, opened.id, opened.start + 1, opened.end, {"state": "accepted"}, FIELDS)
    EditJournal().apply(db, edit, "me")
    assert _candidate(db, article_id).id == opened.id  # the other claim untouched
    [saved] = claims_for(db, article_id, ("accepted",))
    assert (saved.start, saved.stance, saved.origin) == (opened.start + 1, "favor", "user")


def test_a_claim_still_there_gets_only_the_changed_fields(library):
    db, _, article_id = library
    opened = _candidate(db, article_id)
    EditJournal().apply(db, SaveClaim(article_id, opened.id, opened.start, opened.end, {"state": "accepted"}, {}), "me")
    EditJournal().apply(db, SaveClaim(article_id, opened.id, opened.start, opened.end, {"stance": "against"},
                                      FIELDS), "me")
    [saved] = claims_for(db, article_id, ("accepted",))
    assert (saved.id, saved.stance, saved.holder_text) == (opened.id, "against", opened.holder_text)


def test_a_candidate_accepted_after_a_run_that_gave_its_id_to_another_holder_keeps_the_holder_shown(library):
    db, path, article_id = library
    opened = _candidate(db, article_id)
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    # Claims proposed again elsewhere (another holder read for the same words, after a registry change): the
    # article's candidates held the last ids, so the one over the same words takes the very id the window holds.
    again = [SimpleNamespace(start=c.start, end=c.end, text=c.text, holder_entity_id=None,
                             holder_text="王毅外相" if c.id == opened.id else c.holder_text, via=[],
                             attribution=c.attribution, cue=c.cue, confidence=None)
             for c in claims_for(db, article_id, ("candidate",))]
    replace_candidates(db, article_id, body, again)
    assert (_candidate(db, article_id).id, _candidate(db, article_id).holder_text) == (opened.id, "王毅外相")
    shown = {"holder_entity_id": opened.holder_entity_id, "holder_text": opened.holder_text,
             "holder_via": opened.holder_via, "state": "accepted"}
    EditJournal().apply(db, SaveClaim(article_id, opened.id, opened.start, opened.end, {"state": "accepted"}, shown,
                                      opened.text), "me")
    [saved] = claims_for(db, article_id, ("accepted",))
    assert (saved.holder_text, saved.holder_entity_id) == (opened.holder_text, opened.holder_entity_id)
