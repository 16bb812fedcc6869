"""Words and colours of the meetings view: kinds, statuses, roles, relations, precisions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette

from ui.common.plain import cut, tooltip
from ui.common.theme import is_dark_palette

# A name read from an article can be a paragraph (a delegation with all its members, a cleaner's slip): where one
# name shares a line with others it is cut, and its tooltip holds it whole.
NAME_CHARS = 30  # a person among the timeline filter's choices
CELL_CHARS = 16  # a participant's name or office in the card's table, a place in the list of meetings
TITLE_CHARS = 90  # the card's title, which wraps


def short(text: str | None, limit: int = NAME_CHARS) -> tuple[str, str]:
    """text as shown (cut to limit with …) and its tooltip: the whole text when it was cut, else ''."""
    shown_text = cut(text, limit)
    return shown_text, tooltip(text) if shown_text != (text or "") else ""

# English as the keys' names; the window shows them through translate() (context MeetingLabels).
KIND_LABELS = {
    "talks": QT_TRANSLATE_NOOP("MeetingLabels", "Talks"),
    "phone_call": QT_TRANSLATE_NOOP("MeetingLabels", "Phone call"),
    "video_call": QT_TRANSLATE_NOOP("MeetingLabels", "Video call"),
    "visit": QT_TRANSLATE_NOOP("MeetingLabels", "Visit"),
    "multilateral": QT_TRANSLATE_NOOP("MeetingLabels", "Multilateral meeting"),
    "negotiation_round": QT_TRANSLATE_NOOP("MeetingLabels", "Negotiation round"),
    "signing": QT_TRANSLATE_NOOP("MeetingLabels", "Signing"),
    "trip": QT_TRANSLATE_NOOP("MeetingLabels", "Trip"),
}
STATUS_LABELS = {
    "held": QT_TRANSLATE_NOOP("MeetingLabels", "Held"),
    "scheduled": QT_TRANSLATE_NOOP("MeetingLabels", "Scheduled"),
    "proposed": QT_TRANSLATE_NOOP("MeetingLabels", "Proposed"),
    "cancelled": QT_TRANSLATE_NOOP("MeetingLabels", "Cancelled"),
    "none_planned": QT_TRANSLATE_NOOP("MeetingLabels", "None planned"),
}
ROLE_LABELS = {
    "host": QT_TRANSLATE_NOOP("MeetingLabels", "Host"),
    "visitor": QT_TRANSLATE_NOOP("MeetingLabels", "Visitor"),
    "participant": QT_TRANSLATE_NOOP("MeetingLabels", "Participant"),
    "head_of_delegation": QT_TRANSLATE_NOOP("MeetingLabels", "Head of delegation"),
    "delegation_member": QT_TRANSLATE_NOOP("MeetingLabels", "Delegation member"),
    "mediator": QT_TRANSLATE_NOOP("MeetingLabels", "Mediator"),
    "witness": QT_TRANSLATE_NOOP("MeetingLabels", "Witness"),
}
RELATION_LABELS = {
    "same_as": QT_TRANSLATE_NOOP("MeetingLabels", "same as"),
    "part_of": QT_TRANSLATE_NOOP("MeetingLabels", "part of"),
    "precedes": QT_TRANSLATE_NOOP("MeetingLabels", "precedes"),
    "prepares": QT_TRANSLATE_NOOP("MeetingLabels", "prepares"),
    "follow_up": QT_TRANSLATE_NOOP("MeetingLabels", "follow-up of"),
    "series": QT_TRANSLATE_NOOP("MeetingLabels", "same series as"),
}
PRECISION_LABELS = {
    "part_of_day": QT_TRANSLATE_NOOP("MeetingLabels", "part of a day"),
    "day": QT_TRANSLATE_NOOP("MeetingLabels", "day"),
    "days": QT_TRANSLATE_NOOP("MeetingLabels", "several days"),
    "week": QT_TRANSLATE_NOOP("MeetingLabels", "week"),
    "month": QT_TRANSLATE_NOOP("MeetingLabels", "month"),
    "half_year": QT_TRANSLATE_NOOP("MeetingLabels", "half year"),
    "year": QT_TRANSLATE_NOOP("MeetingLabels", "year"),
    "unknown": QT_TRANSLATE_NOOP("MeetingLabels", "unknown"),
}
LINK_STATE_LABELS = {
    "proposed": QT_TRANSLATE_NOOP("MeetingLabels", "proposed"),
    "accepted": QT_TRANSLATE_NOOP("MeetingLabels", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("MeetingLabels", "rejected"),
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


def shown(labels: dict[str, str], key: str | None) -> str:
    """The label of a stable key in the interface's language (an unknown key as it is)."""
    if key in labels:
        return QCoreApplication.translate("MeetingLabels", labels[key])
    return key or ""


def kind_label(kind: str | None) -> str:
    """A meeting kind as the window shows it."""
    return shown(KIND_LABELS, kind)


def status_label(status: str | None) -> str:
    """A meeting status as the window shows it."""
    return shown(STATUS_LABELS, status)
