"""Kaidan's records: the one shape of an article, mention, claim, meeting, meeting mention and link.

The store returns these, detection produces them, and claims, meetings, export,
datasets and team work read them by attribute. They are frozen: a change is a
new record (``dataclasses.replace``) or an edit through the store. Offsets are
code points into the article's body.
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields
from operator import attrgetter


class Record:
    """What every record can do: become a plain dict (JSON, CSV, Qt models)."""

    __slots__ = ()

    def to_dict(self) -> dict:
        """The record as a dict, one key per field."""
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """The names of the record's fields, in order."""
        return tuple(f.name for f in fields(cls))  # type: ignore[arg-type]


# A mention class's fields read in one call, for pickling (Mention.__reduce__).
_FIELD_VALUES: dict[type, attrgetter] = {}


def _quick_init(cls: type) -> type:
    """cls with an __init__ that sets each slot through its own descriptor, in under half the time of the
    frozen dataclass's own (object.__setattr__ looked up for every field): the same arguments, defaults and
    record. Detection makes a Mention for every candidate, some 85 for each article."""
    params, lines, names = [], [], {}
    for index, f in enumerate(fields(cls)):
        if f.default_factory is not MISSING or not f.init or f.kw_only:
            return cls  # the dataclass's own __init__ knows these
        slot = next(k.__dict__[f.name] for k in cls.__mro__ if f.name in k.__dict__)
        names[f"_set{index}"] = slot.__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            names[f"_default{index}"] = f.default
            params.append(f"{f.name}=_default{index}")
        lines.append(f"    _set{index}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        return cls
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(lines) + "\n", names)
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__, init.__annotations__ = cls.__init__.__doc__, cls.__init__.__annotations__
    cls.__init__ = init
    return cls


@_quick_init
@dataclass(frozen=True, slots=True)
class Mention(Record):
    """An entity mention: a span of the body with its type, entity, and the user's decision on it."""

    start: int
    end: int
    text: str
    type: str
    entity_id: str | None = None
    value: str | None = None  # a DATE's ISO value
    source: str | None = "gazetteer"  # which detector found it (None for the user's own)
    confidence: float | None = None  # the tagger's, for the spans it found
    id: int | None = None  # None until stored
    article_id: int | None = None
    origin: str = "detected"  # detected / user
    state: str = "proposed"  # proposed / accepted / rejected
    context: str | None = None
    detached: int = 0
    annotator: str | None = None
    created: str | None = None
    updated: str | None = None

    def __reduce__(self):
        """Pickled as the call that makes it again, its fields in order: detection workers send every
        article's mentions to the writer, and a frozen dataclass's own pickling (its fields looked up and
        set one by one for each mention) took twice as long to write and to read."""
        getter = _FIELD_VALUES.get(type(self))
        if getter is None:
            getter = _FIELD_VALUES[type(self)] = attrgetter(*self.field_names())
        return type(self), getter(self)


@_quick_init
@dataclass(frozen=True, slots=True)
class ShortForm(Mention):
    """A surname standing for a person named in full earlier (浦田 for 浦田和栄): never stored."""

    full_name: str | None = None


@dataclass(frozen=True, slots=True)
class Claim(Record):
    """Who takes what position toward whom, as a span of the body."""

    id: int | None
    article_id: int
    start: int
    end: int
    text: str
    holder_entity_id: str | None = None
    holder_text: str | None = None
    holder_via: list = field(default_factory=list)
    target_kind: str | None = None  # entity / meeting / topic / text
    target_ref: str | None = None
    target_text: str | None = None
    stance: str | None = None
    intensity: str | None = None
    attribution: str | None = None
    cue: str | None = None
    note: str | None = None
    origin: str = "user"  # suggested / user
    state: str = "accepted"  # candidate / accepted / dismissed
    context: str | None = None
    detached: int = 0
    annotator: str | None = None
    created: str | None = None
    updated: str | None = None
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Meeting(Record):
    """One meeting, however many articles mention it."""

    id: int
    kind: str
    status: str
    start_date: str | None = None
    end_date: str | None = None
    precision: str = "unknown"
    date_text: str | None = None
    place_entity_id: str | None = None
    place_text: str | None = None
    parent_id: int | None = None
    title: str | None = None
    note: str | None = None
    origin: str = "user"  # proposed / user
    state: str = "proposed"  # proposed / confirmed / rejected
    annotator: str | None = None
    created: str | None = None
    updated: str | None = None
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Participant(Record):
    """Someone (or a country) taking part in a meeting, in a role."""

    name: str
    entity_id: str | None = None
    role: str = "participant"
    office: str | None = None


@dataclass(frozen=True, slots=True)
class MeetingMention(Record):
    """A span of an article that speaks of a meeting (tied to one, or not yet)."""

    id: int
    article_id: int
    start: int
    end: int
    text: str
    meeting_id: int | None = None
    trigger: str | None = None
    sentence: str | None = None
    origin: str = "detected"  # detected / user
    state: str = "proposed"  # proposed / confirmed / rejected
    context: str | None = None
    detached: int = 0
    annotator: str | None = None
    created: str | None = None


@dataclass(frozen=True, slots=True)
class Link(Record):
    """A relation between two meetings (same as, part of, precedes, prepares, follow-up, series)."""

    id: int
    from_id: int
    to_id: int
    relation: str
    origin: str = "user"  # proposed / user
    state: str = "proposed"  # proposed / accepted / rejected
    evidence: str | None = None
    article_id: int | None = None
    annotator: str | None = None
    created: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Article(Record):
    """A stored article: its source, metadata, clean body and where the user stands with it.

    Fields are the library's columns (keyword-only: the table orders its columns for reading, the list's
    first and the large texts last; these follow the order they were added in).
    """

    id: int
    content_hash: str
    source: str
    source_format: str
    url: str | None = None
    imported_at: str
    raw: str
    title: str | None = None
    published: str | None = None
    published_precision: str | None = None
    published_text: str | None = None
    outlet: str | None = None
    source_agency: str | None = None
    authors: list = field(default_factory=list)
    dateline: str | None = None
    captions: list = field(default_factory=list)
    body: str
    body_lines: list = field(default_factory=list)
    line_labels: list = field(default_factory=list)
    cleaning_version: int
    import_note: str | None = None
    status: str = "new"
    notes: str | None = None
    entities_version: int | None = None
    cleaning_check: str | None = None
    cleaning_check_line: int | None = None
    published_inferred: str | None = None
    published_inferred_precision: str | None = None
