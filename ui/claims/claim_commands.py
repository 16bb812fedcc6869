"""The undoable edits a claim's keys make (accept, dismiss, delete, save the editor) and the words the Edit
menu gives each: kept apart from the ClaimController, which only wires keys and widgets to them.

The words keep the ClaimController's translation context, so they read as before in every language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.claims.drafts import ClaimDraft
from core.edits import AddClaim, DeleteClaim, Edit, SaveClaim
from core.model import Claim

_BOUNDS = {"start_char": "start", "end_char": "end"}  # a stored field's name on the Claim record
# The fields of a candidate shown that a decision keeps, should it be saved over the candidate proposed since.
_SHOWN = ("holder_entity_id", "holder_text", "holder_via", "target_kind", "target_ref", "target_text", "stance",
          "intensity", "attribution", "cue", "note")


def _deciding(claim: Claim, state: str, text: str) -> SaveClaim:
    """A candidate accepted or dismissed as the window shows it: should claims have been proposed again elsewhere
    since, the decision goes to the candidate over the same words (an accepted one keeps the fields shown)."""
    shown = {k: v for k, v in claim.to_dict().items() if k in _SHOWN} if state == "accepted" else {}
    return SaveClaim(claim.article_id, claim.id, claim.start, claim.end, {"state": state}, {**shown, "state": state},
                     claim.text, text=text)


def accepting(claim: Claim, holder: str) -> SaveClaim:
    """Enter on a candidate: it becomes an accepted claim."""
    text = QCoreApplication.translate("ClaimController", "Accept claim by {holder}")
    return _deciding(claim, "accepted", text.format(holder=holder))


def removing(claim: Claim, holder: str) -> Edit:
    """Delete: a candidate is dismissed (it will not be proposed again), a claim is deleted."""
    if claim.state == "candidate":
        text = QCoreApplication.translate("ClaimController", "Dismiss candidate by {holder}")
        return _deciding(claim, "dismissed", text.format(holder=holder))
    text = QCoreApplication.translate("ClaimController", "Delete claim by {holder}")
    return DeleteClaim(claim.article_id, claim.id, (claim.start, claim.end), text=text.format(holder=holder))


def saving(draft: ClaimDraft, fields: dict, claim: Claim | None, holder: str,
           stance_labels: dict[str, str]) -> Edit | None:
    """The editor's Enter as one edit: a new claim is added; a candidate is accepted with the span and text
    as edited; a claim gets only the fields that changed, named by the menu (None when nothing changed)."""
    if draft.claim_id is None:
        text = QCoreApplication.translate("ClaimController", "Add claim by {holder}")
        return AddClaim(draft.article_id, draft.start, draft.end, fields, text=text.format(holder=holder))
    current = claim.to_dict() if claim else {}
    if current.get("state") == "candidate":
        fields = {**fields, "state": "accepted", "start_char": draft.start, "end_char": draft.end,
                  "text": draft.text}
    changed = {k: v for k, v in fields.items() if current.get(_BOUNDS.get(k, k)) != v}
    if not changed:
        return None
    if "state" in changed:
        words = (QCoreApplication.translate("ClaimController", "Add claim by {holder}") if draft.verb == "Add"
                 else QCoreApplication.translate("ClaimController", "Accept claim by {holder}"))
        text = words.format(holder=holder)
    elif set(changed) == {"stance"}:
        none = QCoreApplication.translate("ClaimController", "none")
        text = QCoreApplication.translate("ClaimController", "Set stance {stance}").format(
            stance=stance_labels.get(changed["stance"], none))
    else:
        text = QCoreApplication.translate("ClaimController", "Edit claim by {holder}").format(holder=holder)
    # Saved into the claim opened, or over its span should another process have replaced or deleted it since.
    start, end, words = (claim.start, claim.end, claim.text) if claim else (draft.start, draft.end, draft.text)
    return SaveClaim(draft.article_id, draft.claim_id, start, end, changed, fields, words, text=text)
