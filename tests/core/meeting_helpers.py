"""What the meetings tests ask of a text: its meeting mentions and proposals, as the import reads and groups them,
and the sides each one names."""

from core.meetings.country_of import country_lookup
from core.meetings.detect import detect_meetings
from core.meetings.gate import word_not_a_meeting
from core.meetings.propose import group_mentions
from core.meetings.triggers import TRIGGER
from core.nlp.entities import detect
from core.registry import bundled_registry

REGISTRY = bundled_registry()
COUNTRY_OF = country_lookup(REGISTRY)


def meetings_in(text, reference=None):
    """The meeting mentions of text, before they are grouped into proposals."""
    return detect_meetings(text, detect(text, REGISTRY, reference), reference)


def proposals_in(text, reference=None):
    """The meeting proposals of text, its mentions grouped as the import groups them."""
    return group_mentions(meetings_in(text, reference), COUNTRY_OF, text)


def names(meeting):
    """The side names of a meeting mention or proposal, in its order."""
    return [p.name for p in meeting.participants]


def sorted_names(meeting):
    """The side names of a meeting mention or proposal, sorted."""
    return sorted(names(meeting))


def sides_in(text, reference=None):
    """Each proposal's side names, in the order of the proposals and of its sides."""
    return [names(p) for p in proposals_in(text, reference)]


def sorted_sides(text, reference=None):
    """Each proposal's side names, sorted, in the order of the proposals."""
    return [sorted_names(p) for p in proposals_in(text, reference)]


def told_in(text, reference=None):
    """(kind, sorted side names) of each proposal of text."""
    return [(p.kind, sorted_names(p)) for p in proposals_in(text, reference)]


def dropped_by_gate(text: str, word: str) -> bool:
    """Whether the gate drops the first match of word in text (one sentence, no entity read)."""
    match = next(m for m in TRIGGER.finditer(text) if m.group(0) == word)
    return word_not_a_meeting(text, match, 0, len(text), [])
