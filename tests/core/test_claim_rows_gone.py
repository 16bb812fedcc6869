"""A claim another window or a command deleted: changing or deleting it again is refused as gone (RowGone, naming
the claim), nothing written or logged; a claim still there changes and deletes as before."""

from __future__ import annotations

import pytest

from core.store.claims import add_claim, claims_for, delete_claim, update_claim
from core.store.errors import RowGone
from tests.core.elsewhere_library import library_of

TEXT = ("日中外相が会談\n\n日本の山川外相は10日、中国の王毅外相と北京で会談した。"
        "山川外相は会談後、「対話を続けたい」と記者団に述べた。\n")


@pytest.fixture
def library(tmp_path):
    yield from library_of(tmp_path, TEXT)


def test_a_claim_changed_then_deleted_gives_its_earlier_values_and_its_whole_row(library):
    db, _path, article_id = library
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    start = body.index("「対話")
    claim_id = add_claim(db, article_id, start, body.index("」") + 1, annotator="tester", stance="favor",
                         holder_via=[{"text": "記者団"}])
    assert update_claim(db, claim_id, stance="against", holder_via=[]) == {"stance": "favor",
                                                                         "holder_via": [{"text": "記者団"}]}
    gone = delete_claim(db, claim_id)
    assert (gone.id, gone.stance, gone.text) == (claim_id, "against", "「対話を続けたい」")
    assert all(c.id != claim_id for c in claims_for(db, article_id))


def test_a_claim_deleted_elsewhere_is_refused_as_gone_by_a_change_and_a_delete(library):
    db, _path, article_id = library
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    claim_id = add_claim(db, article_id, body.index("「対話"), body.index("」") + 1)
    db.execute("DELETE FROM claims WHERE id = ?", [claim_id])  # another window, another process
    logged = db.execute("SELECT count(*) FROM changes").fetchone()[0]
    for edit in (lambda: update_claim(db, claim_id, stance="favor"), lambda: delete_claim(db, claim_id)):
        with pytest.raises(RowGone) as refused:
            edit()
        assert (refused.value.what, refused.value.key, refused.value.recleaned) == ("claim", claim_id, False)
    assert db.execute("SELECT count(*) FROM changes").fetchone()[0] == logged
