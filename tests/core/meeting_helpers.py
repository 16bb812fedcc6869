"""What the meetings tests ask of a text: its meeting proposals, as the import groups them."""

from core.meetings.detect import detect_meetings
from core.meetings.propose import country_lookup, group_mentions
from core.nlp.entities import detect
from core.registry import bundled_registry

REGISTRY = bundled_registry()
COUNTRY_OF = country_lookup(REGISTRY)


def proposals_in(text, reference=None):
    found = detect_meetings(text, detect(text, REGISTRY, reference), reference)
    return group_mentions(found, COUNTRY_OF, text)


def sorted_sides(text, reference=None):
    """Each proposal's side names, sorted, in the order of the proposals."""
    return [sorted(q.name for q in p.participants) for p in proposals_in(text, reference)]
