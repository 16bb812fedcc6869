"""Meetings as the view needs them: date ranges, countries, filters, and a table model."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from core.store.meetings import meeting_records
from ui.meetings.style import CELL_CHARS, ROLE_LABELS, kind_label, short, shown, status_label
from ui.common.plain import tooltip
from ui.common.roles import DISPLAY, TOOLTIP, USER

ID_ROLE = USER + 1
_ROLES = frozenset((DISPLAY, TOOLTIP, ID_ROLE))
COLUMNS = (QT_TRANSLATE_NOOP("MeetingsModel", "Date"), QT_TRANSLATE_NOOP("MeetingsModel", "Kind"),
           QT_TRANSLATE_NOOP("MeetingsModel", "Participants"), QT_TRANSLATE_NOOP("MeetingsModel", "Status"),
           QT_TRANSLATE_NOOP("MeetingsModel", "Place"))


def parse_day(text: str | None, last: bool = False) -> date | None:
    """The first (or last) day an ISO date, month (YYYY-MM) or year (YYYY) covers."""
    if not text:
        return None
    parts = text[:10].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 12, 31) if last else date(year, 1, 1)
        month = int(parts[1])
        if len(parts) == 2:
            return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
        return date(year, month, int(parts[2]))
    except (ValueError, IndexError):
        return None


def date_range(start: str | None, end: str | None, precision: str | None) -> tuple[date, date] | None:
    """First and last day a meeting may fall on, widened by its precision."""
    first = parse_day(start)
    if first is None:
        return None
    last = parse_day(end, last=True) if end else None
    if last is None:
        if precision == "week":
            last = date.fromordinal(min(date.max.toordinal(), first.toordinal() + 6))  # (9999-12-31 at most)
        elif precision == "month":
            last = date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
        elif precision == "half_year":
            last = date(first.year, 6, 30) if first.month <= 6 else date(first.year, 12, 31)
        elif precision == "year":
            last = date(first.year, 12, 31)
        else:
            last = parse_day(start, last=True)
    return first, max(first, last)


def countries_of(participants: list[dict], entities: dict) -> list[str]:
    """ISO codes of the participants' countries (a country participant counts as itself)."""
    out: list[str] = []
    for p in participants:
        entity_id = p.get("entity_id") or ""
        if entity_id.startswith("country:"):
            code = entity_id.split(":", 1)[1]
        else:
            entity = entities.get(entity_id)
            code = entity.attributes.get("country") if entity is not None else None
        if code and code not in out:
            out.append(code)
    return out


def person_key(participant: dict) -> str:
    """A participant's row key: the entity id, or the name when it is not in the registry."""
    return participant.get("entity_id") or f"name:{participant['name']}"


def meeting_title(item: dict) -> str:
    """The meeting's title, else its participants joined by dashes."""
    if item.get("title"):
        return item["title"]
    names = [p["name"] for p in item["participants"]]
    return "–".join(names) if names else QCoreApplication.translate("MeetingLabels", "(no participants)")


def enrich(record: dict, entities: dict) -> dict:
    """A meeting record with its date range, countries and a display title."""
    item = dict(record)
    span = date_range(record["start"], record["end"], record["precision"])
    item["first"], item["last"] = span if span else (None, None)
    item["countries"] = countries_of(record["participants"], entities)
    item["people"] = [person_key(p) for p in record["participants"]]
    item["label"] = meeting_title(item)
    return item


def load_meetings(db, entities: dict) -> list[dict]:
    """Every meeting that is not rejected, enriched for the view, with when it was made ("created": the edits
    name the meeting by it too, as a freed id may be another meeting's once meetings are proposed again)."""
    made = dict(db.execute("SELECT id, created FROM meetings").fetchall())
    return [{**enrich(r, entities), "created": made.get(r["id"], "")} for r in meeting_records(db)]


@dataclass
class MeetingFilter:
    """What the meetings window shows."""

    countries: set[str] = field(default_factory=set)  # any of these ISO codes
    person: str | None = None  # an entity id (or name: key)
    kinds: set[str] = field(default_factory=set)  # empty: all kinds
    date_from: date | None = None
    date_to: date | None = None
    show_proposals: bool = True
    min_confidence: float = 0.0  # proposals Kaidan is less sure of are hidden (the user's own never)

    def matches(self, item: dict) -> bool:
        if not self.show_proposals and item["state"] == "proposed":
            return False
        confidence = item.get("confidence")
        if item["state"] == "proposed" and confidence is not None and confidence < self.min_confidence:
            return False
        if self.countries and not self.countries & set(item["countries"]):
            return False
        if self.person and self.person not in item["people"]:
            return False
        if self.kinds and item["kind"] not in self.kinds:
            return False
        if (self.date_from or self.date_to) and item["first"] is None:
            return False
        if self.date_from and item["last"] < self.date_from:
            return False
        if self.date_to and item["first"] > self.date_to:
            return False
        return True


def date_text(item: dict) -> str:
    """The date as the list shows it: start, the end when there is one."""
    start, end = item.get("start") or "", item.get("end") or ""
    if not start:
        return QCoreApplication.translate("MeetingLabels", "undated")
    return f"{start} – {end}" if end and end != start else start


def choice_line(item: dict) -> str:
    """A meeting as a dialog's list of choices shows it: name, date, kind and status."""
    return f"{item['label']} · {date_text(item)} · {kind_label(item['kind'])} · {status_label(item['status'])}"


def _place(item: dict) -> str:
    return item["place"].get("text") or item["place"].get("entity_id") or ""


class MeetingsModel(QAbstractTableModel):
    """The filtered meetings, one row each, in date order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[dict] = []

    def set_items(self, items: list[dict]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section])
        return None

    def data(self, index, role=DISPLAY):
        if role not in _ROLES:  # most of what a paint asks: decided before anything else is read
            return None
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == ID_ROLE:
            return item["id"]
        if role == DISPLAY:
            column = index.column()
            if column == 0:
                return date_text(item)
            if column == 1:
                return kind_label(item["kind"])
            if column == 2:
                return item["label"]
            if column == 3:
                state = self.tr(" (proposal)") if item["state"] == "proposed" else ""
                return status_label(item["status"]) + state
            if column == 4:
                return short(_place(item), CELL_CHARS)[0]
        if role == TOOLTIP and index.column() == 4:
            return short(_place(item), CELL_CHARS)[1] or None
        if role == TOOLTIP and index.column() == 2:
            return tooltip("、".join(f"{p['name']} ({shown(ROLE_LABELS, p['role'])})" for p in item["participants"]))
        return None

    def row_of(self, meeting_id: int) -> int | None:
        return next((i for i, item in enumerate(self.items) if item["id"] == meeting_id), None)

    def meeting_id(self, row: int) -> int | None:
        return self.items[row]["id"] if 0 <= row < len(self.items) else None
