"""An edit the window made on a row it read before the article was re-cleaned elsewhere (a line dropped in
another window, which moves the decided rows and leaves other words under the old offsets): the edit reaches
the row that moved with the words the user saw, and never writes into, marks or adds a claim over the other
words now at those offsets."""

import pytest

from core.edits import SaveClaim, SetLineLabel, TieMention, UpdateMention
from core.edits.journal import EditJournal
from core.store import open_db
from core.store.claims import claims_for
from core.store.meetings import create_meeting, meeting_mentions_for
from core.store.mentions import mentions_for
from tests.core.elsewhere_library import library_of

LEAD = "政府関係者によると、両国は先月から事務レベルで協議を続け、今回の会談に向けて調整を重ねてきた。"
TEXT = ("日中外相が会談\n\n" + LEAD + "\n\n日本の山川外相は10日、中国の王毅外相と北京で会談した。"
        "山川外相は会談後、「両国の協力を一層強化したい」と記者団に述べた。"
        "両氏は来月にも東京で改めて協議し、経済や安全保障の課題について意見を交わす見通しだ。\n")


@pytest.fixture
def library(tmp_path):
    yield from library_of(tmp_path, TEXT)


def _body(db, article_id):
    return db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]


def _reclean_elsewhere(path, article_id):
    """Another window drops the lead line: every row after it moves back by the line's length."""
    other = open_db(path)
    try:
        raw = other.execute("SELECT raw FROM articles WHERE id = ?", [article_id]).fetchone()[0].split("\n")
        line = next(number for number, text in enumerate(raw, 1) if text == LEAD)
        EditJournal().apply(other, SetLineLabel(article_id, line, "drop"), "someone else")
    finally:
        other.close()


def test_a_claim_edited_after_its_article_was_recleaned_elsewhere_is_the_claim_saved(library):
    db, path, article_id = library
    opened = next(c for c in claims_for(db, article_id, ("candidate",)) if "協力" in c.text)
    EditJournal().apply(db, SaveClaim(article_id, opened.id, opened.start, opened.end, {"state": "accepted"}, {},
                                      opened.text), "me")
    _reclean_elsewhere(path, article_id)
    assert _body(db, article_id)[opened.start:opened.end] != opened.text  # other words under the old offsets
    EditJournal().apply(db, SaveClaim(article_id, opened.id, opened.start, opened.end, {"stance": "favor"},
                                      {"stance": "favor", "state": "accepted"}, opened.text), "me")
    [saved] = claims_for(db, article_id, ("accepted",))
    assert (saved.id, saved.text, saved.stance) == (opened.id, opened.text, "favor")
    assert _body(db, article_id)[saved.start:saved.end] == opened.text


def test_a_claim_span_edited_after_recleaning_moves_with_the_claim_or_is_refused(library):
    db, path, article_id = library
    opened = next(c for c in claims_for(db, article_id, ("candidate",)) if "協力" in c.text)
    EditJournal().apply(db, SaveClaim(article_id, opened.id, opened.start, opened.end, {"state": "accepted"}, {},
                                      opened.text), "me")
    _reclean_elsewhere(path, article_id)
    shorter = {"start_char": opened.start + 1, "end_char": opened.end - 1, "text": opened.text[1:-1]}
    EditJournal().apply(db, SaveClaim(article_id, opened.id, opened.start, opened.end, shorter,
                                      {**shorter, "state": "accepted"}, opened.text), "me")
    [saved] = claims_for(db, article_id, ("accepted",))
    assert saved.text == opened.text[1:-1] == _body(db, article_id)[saved.start:saved.end]
    wrong = {**shorter, "text": "別の言葉"}  # the editor's words are not what the moved span reads: refused
    before = claims_for(db, article_id, ("accepted",))
    with pytest.raises(KeyError):
        SaveClaim(article_id, opened.id, saved.start + len(LEAD) + 1, saved.end + len(LEAD) + 1,
                  {"start_char": saved.start + len(LEAD) + 2, "end_char": saved.end + len(LEAD) + 1, **wrong},
                  wrong, saved.text).apply(db, "me")
    assert claims_for(db, article_id, ("accepted",)) == before


def test_a_claim_deleted_and_its_article_recleaned_elsewhere_is_not_added_over_other_words(library):
    db, path, article_id = library
    opened = next(c for c in claims_for(db, article_id, ("candidate",)) if "協力" in c.text)
    db.execute("DELETE FROM claims WHERE id = ?", [opened.id])
    db.conn.commit()
    _reclean_elsewhere(path, article_id)
    with pytest.raises(KeyError):
        SaveClaim(article_id, opened.id, opened.start, opened.end, {"stance": "favor"},
                  {"stance": "favor", "state": "accepted"}, opened.text).apply(db, "me")
    assert claims_for(db, article_id, ("accepted",)) == []


def test_a_decided_name_corrected_after_recleaning_elsewhere_is_that_name(library):
    db, path, article_id = library
    shown = next(m for m in mentions_for(db, article_id) if m.text == "北京")
    at = (shown.start, shown.end, shown.type, shown.text)
    EditJournal().apply(db, UpdateMention(article_id, shown.id, {"state": "accepted"}, at), "me")
    _reclean_elsewhere(path, article_id)
    others = {m.id: (m.text, m.type, m.state) for m in mentions_for(db, article_id) if m.id != shown.id}
    EditJournal().apply(db, UpdateMention(article_id, shown.id, {"type": "ORG"}, at), "me")
    now = {m.id: m for m in mentions_for(db, article_id)}
    assert (now[shown.id].text, now[shown.id].type) == ("北京", "ORG")
    assert {i: (m.text, m.type, m.state) for i, m in now.items() if i != shown.id} == others


def test_a_proposed_name_detected_again_on_a_recleaned_body_is_refused_not_another_name(library):
    db, path, article_id = library
    shown = next(m for m in mentions_for(db, article_id) if m.text == "北京")
    _reclean_elsewhere(path, article_id)
    before = [(m.id, m.text, m.type, m.state) for m in mentions_for(db, article_id, with_rejected=True)]
    assert ("東京", shown.start, shown.end) in {(m.text, m.start, m.end) for m in mentions_for(db, article_id)}
    with pytest.raises(KeyError):
        UpdateMention(article_id, shown.id, {"state": "rejected"},
                      (shown.start, shown.end, shown.type, shown.text)).apply(db, "me")
    assert [(m.id, m.text, m.type, m.state) for m in mentions_for(db, article_id, with_rejected=True)] == before


def test_a_meeting_mention_tied_after_recleaning_elsewhere_is_the_one_moved_or_none(library):
    db, path, article_id = library
    first = min(meeting_mentions_for(db, article_id), key=lambda m: m.start)
    meeting = create_meeting(db, "talks")
    words = first.text
    EditJournal().apply(db, TieMention(article_id, (first.start, first.end), first.id, meeting, words=words), "me")
    _reclean_elsewhere(path, article_id)
    body = _body(db, article_id)
    count = len(meeting_mentions_for(db, article_id))
    other = create_meeting(db, "phone_call")
    EditJournal().apply(db, TieMention(article_id, (first.start, first.end), first.id, other, words=words), "me")
    moved = {m.id: m for m in meeting_mentions_for(db, article_id)}[first.id]
    assert (moved.meeting_id, body[moved.start:moved.end]) == (other, words)
    assert len(meeting_mentions_for(db, article_id)) == count  # nothing marked over the old offsets
    with pytest.raises(KeyError):  # a span marked afresh that no longer reads its words is not marked
        TieMention(article_id, (first.start, first.end), None, other, words=words).apply(db, "me")
    assert len(meeting_mentions_for(db, article_id)) == count
