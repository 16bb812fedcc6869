"""The meeting card says why Kaidan proposed a meeting: the words it read and how sure it is."""

from __future__ import annotations

from ui.meetings.card import MeetingCard


def _item(state, confidence):
    return {"id": 1, "label": "ルビオ・王毅", "kind": "talks", "status": "held", "state": state, "precision": "day",
            "start": "2025-07-11", "end": "2025-07-11", "date_text": "11日", "confidence": confidence,
            "place": {"entity_id": None, "text": "クアラルンプール"},
            "participants": [{"name": "ルビオ", "entity_id": "person:marco-rubio", "role": "participant"}]}


MENTION = {"article_id": 3, "start": 40, "end": 42, "title": "米中外相会談", "outlet": "", "published": "2025-07-11",
           "before": "初めて対面で", "text": "会談", "after": "した。"}


def test_a_proposal_names_its_cue_and_confidence(qtbot):
    card = MeetingCard()
    qtbot.addWidget(card)
    card.show_meeting(_item("proposed", 0.8), {"mentions": [MENTION]})
    assert not card.proposal.isHidden()
    assert "「会談」" in card.proposal_label.text() and "0.80" in card.proposal_label.text()
    card.show_meeting(_item("proposed", None), {"mentions": []})
    assert card.proposal_label.text() == "Proposed by Kaidan: check it, then choose Confirm or Reject."
    card.show_meeting(_item("confirmed", 0.8), {"mentions": [MENTION]})
    assert card.proposal.isHidden()


def test_the_proposal_says_what_to_do_with_the_buttons_beside_it_in_japanese(qtbot, qapp):
    """A new user reads what to do next: the sentence names the two buttons, in the window's language."""
    from tests.ui.i18n_walk import english_only, language

    with language(qapp, "ja"):
        card = MeetingCard()
        qtbot.addWidget(card)
        card.show_meeting(_item("proposed", 0.8), {"mentions": [MENTION]})
        with_cue = card.proposal_label.text()
        card.show_meeting(_item("proposed", None), {"mentions": []})
        without = card.proposal_label.text()
    for text in (with_cue, without):
        assert "「承認」" in text and "「却下」" in text, text
        assert card.confirm_button.text() == "承認" and card.reject_button.text() == "却下"
        assert not english_only([text])
    assert "「会談」" in with_cue and "0.80" in with_cue
