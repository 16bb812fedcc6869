"""The edits a claim's keys make, built without a window: a candidate saved from the editor is accepted with
the span as edited, a claim gets only its changed fields, an editor closed on nothing changed makes no edit,
and the Edit menu's words read in the window's language."""

from __future__ import annotations

from core.claims.drafts import ClaimDraft
from core.edits import AddClaim, DeleteClaim, SaveClaim
from core.model import Claim
from tests.ui.i18n_walk import language
from ui.claims.claim_commands import accepting, removing, saving

LABELS = {"against": "against", "favor": "favor"}


def _claim(state: str = "accepted", stance: str | None = "favor") -> Claim:
    return Claim(id=7, article_id=3, start=10, end=20, text="合意できない問題", holder_entity_id="person:wang_yi",
                 stance=stance, state=state)


def _fields(stance: str | None = "favor") -> dict:
    return {"holder_entity_id": "person:wang_yi", "holder_text": None, "stance": stance}


def _draft(claim_id: int | None = 7, start: int = 10, end: int = 20) -> ClaimDraft:
    return ClaimDraft(article_id=3, start=start, end=end, text="合意できない問題"[: end - start], claim_id=claim_id)


def test_a_new_claim_is_added_with_the_holder_in_its_words():
    edit = saving(_draft(claim_id=None), _fields(), None, "王毅", LABELS)
    assert isinstance(edit, AddClaim)
    assert edit.text == "Add claim by 王毅"


def test_a_candidate_saved_is_accepted_with_the_span_as_edited():
    edit = saving(_draft(end=15), _fields(), _claim(state="candidate"), "王毅", LABELS)
    assert isinstance(edit, SaveClaim)
    assert edit.text == "Accept claim by 王毅"
    assert edit.fields == {"state": "accepted", "end_char": 15, "text": "合意できな"}  # the start did not move


def test_only_a_changed_stance_is_named_by_its_label():
    edit = saving(_draft(), _fields("against"), _claim(), "王毅", LABELS)
    assert edit.text == "Set stance against"
    assert edit.fields == {"stance": "against"}


def test_nothing_changed_makes_no_edit():
    assert saving(_draft(), _fields(), _claim(), "王毅", LABELS) is None


def test_delete_dismisses_a_candidate_and_deletes_a_claim():
    assert isinstance(removing(_claim(state="candidate"), "王毅"), SaveClaim)
    assert isinstance(removing(_claim(), "王毅"), DeleteClaim)
    assert accepting(_claim(state="candidate"), "王毅").text == "Accept claim by 王毅"


def test_the_words_keep_the_claims_translations(qapp):
    with language(qapp, "ja"):
        assert removing(_claim(state="candidate"), "王毅").text == "王毅の主張候補を却下"
        assert saving(_draft(), _fields("against"), _claim(), "王毅", LABELS).text == "立場を「against」に設定"


def test_a_save_or_a_decision_carries_the_words_the_window_read_at_the_claim():
    """So that a body re-cleaned elsewhere since is seen, and nothing is saved over the other words there."""
    assert saving(_draft(end=15), _fields(), _claim(state="candidate"), "王毅", LABELS).words == "合意できない問題"
    assert saving(_draft(), _fields("against"), None, "王毅", LABELS).words == "合意できない問題"
    assert accepting(_claim(state="candidate"), "王毅").words == "合意できない問題"
    assert removing(_claim(state="candidate"), "王毅").words == "合意できない問題"
