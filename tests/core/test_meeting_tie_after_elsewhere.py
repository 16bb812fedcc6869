"""G in the reader (TieMention) on a meeting mention after meetings were proposed again on its article elsewhere
(`main.py meetings suggest`, which writes the proposed mentions again under new ids): the mention over that span
is tied, not refused for its old id, never another span's mention given the freed id, and not marked twice."""

import pytest

from core.edits import TieMention
from core.edits.journal import EditJournal
from core.meetings.suggest import suggest_meetings
from core.store.meetings import create_meeting, meeting_mentions_for
from tests.core.elsewhere_library import library_of

TEXT = ("日中外相が会談\n\n日本の山川外相は10日、中国の王毅外相と北京で会談した。"
        "両氏は来月の首脳会談に向けて協議を続けることで一致した。\n")


@pytest.fixture
def library(tmp_path):
    yield from library_of(tmp_path, TEXT, TEXT.replace("北京", "上海"))  # its rows come after


def _spans(db, article_id):
    return {(m.start, m.end): m for m in meeting_mentions_for(db, article_id)}


def test_a_mention_tied_by_its_old_id_after_meetings_suggest_elsewhere_is_tied(library):
    db, path, article_id = library
    shown = min(_spans(db, article_id).values(), key=lambda m: m.start)
    meeting = create_meeting(db, "talks")
    suggest_meetings(path, [article_id])  # the mentions written again under new ids
    assert shown.id not in {m.id for m in meeting_mentions_for(db, article_id)}
    EditJournal().apply(db, TieMention(article_id, (shown.start, shown.end), shown.id, meeting), "me")
    spans = _spans(db, article_id)
    assert len(spans) == len(meeting_mentions_for(db, article_id))  # not marked a second time
    assert (spans[shown.start, shown.end].meeting_id, spans[shown.start, shown.end].state) == (meeting, "confirmed")


def test_a_freed_id_given_to_another_mention_is_not_tied(library):
    db, _, article_id = library
    [shown] = _spans(db, article_id).values()
    [other] = _spans(db, article_id + 1).values()  # the other article's mention holds the id the window read
    meeting = create_meeting(db, "talks")
    EditJournal().apply(db, TieMention(article_id, (shown.start, shown.end), other.id, meeting), "me")
    assert _spans(db, article_id)[shown.start, shown.end].meeting_id == meeting
    assert _spans(db, article_id + 1)[other.start, other.end].meeting_id == other.meeting_id


def test_a_mention_no_longer_proposed_is_marked_and_tied_as_the_user_asked(library):
    db, _, article_id = library
    meeting = create_meeting(db, "talks")
    EditJournal().apply(db, TieMention(article_id, (0, 4), 10 ** 6, meeting), "me")  # its id gone, its span bare
    tied = _spans(db, article_id)[0, 4]
    assert (tied.meeting_id, tied.origin) == (meeting, "user")
