"""An edit refused because its article was cleaned again elsewhere (a line dropped in another window, so the
words it marked moved or went) says so, in core's words and in the window's: it never blames a deletion that
did not happen. An edit of a claim simply deleted elsewhere still says it is no longer in the library."""

from __future__ import annotations

import pytest

from core.edits import SaveClaim, TieMention
from core.store.claims import claims_for
from core.store.errors import RowGone
from core.store.meetings import create_meeting, meeting_mentions_for
from tests.core import test_edits_after_recleaning_elsewhere as recleaning

library = recleaning.library  # its fixture: one article whose lead line another window drops


def opened_claim(db, article_id):
    return next(c for c in claims_for(db, article_id, ("candidate",)) if "協力" in c.text)


def test_a_claim_deleted_and_its_article_recleaned_is_refused_as_recleaned(library):
    db, path, article_id = library
    opened = opened_claim(db, article_id)
    db.execute("DELETE FROM claims WHERE id = ?", [opened.id])
    db.conn.commit()
    recleaning._reclean_elsewhere(path, article_id)
    with pytest.raises(RowGone) as refused:
        SaveClaim(article_id, opened.id, opened.start, opened.end, {"stance": "favor"},
                  {"stance": "favor", "state": "accepted"}, opened.text).apply(db, "me")
    assert refused.value.recleaned
    assert "cleaned again" in str(refused.value) and "no longer in the library" not in str(refused.value)


def test_a_claim_only_deleted_elsewhere_is_refused_as_gone(library):
    db, _path, article_id = library
    opened = opened_claim(db, article_id)
    db.execute("DELETE FROM claims WHERE id = ?", [opened.id])
    db.conn.commit()
    with pytest.raises(RowGone) as refused:
        SaveClaim(article_id, opened.id, opened.start, opened.end, {"state": "dismissed"},
                  {"state": "dismissed"}, opened.text).apply(db, "me")
    assert not refused.value.recleaned and "no longer in the library" in str(refused.value)


def test_a_span_tied_to_a_meeting_afresh_after_recleaning_is_refused_as_recleaned(library):
    db, path, article_id = library
    first = min(meeting_mentions_for(db, article_id), key=lambda m: m.start)
    meeting = create_meeting(db, "talks")
    recleaning._reclean_elsewhere(path, article_id)  # other words now under the span the window read
    with pytest.raises(RowGone) as refused:
        TieMention(article_id, (first.start, first.end), None, meeting, words=first.text).apply(db, "me")
    assert refused.value.what == "meeting_mention" and refused.value.recleaned
