"""Words and colours of the meetings view: kinds, statuses, roles, relations, precisions."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from ui.common.theme import is_dark_palette

KIND_LABELS = {
    "talks": "Talks", "phone_call": "Phone call", "video_call": "Video call", "visit": "Visit",
    "multilateral": "Multilateral meeting", "negotiation_round": "Negotiation round",
    "signing": "Signing", "trip": "Trip",
}
STATUS_LABELS = {
    "held": "Held", "scheduled": "Scheduled", "proposed": "Proposed", "cancelled": "Cancelled",
    "none_planned": "None planned",
}
ROLE_LABELS = {
    "host": "Host", "visitor": "Visitor", "participant": "Participant",
    "head_of_delegation": "Head of delegation", "delegation_member": "Delegation member",
    "mediator": "Mediator", "witness": "Witness",
}
RELATION_LABELS = {
    "same_as": "same as", "part_of": "part of", "precedes": "precedes", "prepares": "prepares",
    "follow_up": "follow-up of", "series": "same series as",
}
PRECISION_LABELS = {
    "part_of_day": "part of a day", "day": "day", "days": "several days", "week": "week",
    "month": "month", "half_year": "half year", "year": "year", "unknown": "unknown",
}
# Statuses drawn as planned (outlined, dashed) and as not happening (grey, struck).
PLANNED = ("scheduled", "proposed")
NOT_HAPPENING = ("cancelled", "none_planned")

# Kind hues (light, dark), apart for common colour blindness and from the entity hues' roles.
KIND_HUES = {
    "talks": ("#1f6fb2", "#6cb4f0"),
    "phone_call": ("#c8500a", "#ff9866"),
    "video_call": ("#b0487f", "#ea9ac6"),
    "visit": ("#0f8a64", "#52cfa3"),
    "multilateral": ("#6b4fc4", "#ac98f5"),
    "negotiation_round": ("#8a6a12", "#ddb955"),
    "signing": ("#b22a2a", "#f08080"),
    "trip": ("#4d6b7a", "#9fbccb"),
}


def kind_colour(kind: str, palette: QPalette) -> QColor:
    """The solid colour of a meeting kind for this palette."""
    pair = KIND_HUES.get(kind, ("#666666", "#aaaaaa"))
    return QColor(pair[1] if is_dark_palette(palette) else pair[0])


def muted_colour(palette: QPalette) -> QColor:
    """Grey for meetings that did not or will not happen."""
    return QColor("#7d8188" if is_dark_palette(palette) else "#9a968f")


def kind_label(kind: str | None) -> str:
    return KIND_LABELS.get(kind or "", kind or "")


def status_label(status: str | None) -> str:
    return STATUS_LABELS.get(status or "", status or "")
