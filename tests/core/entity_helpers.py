"""What the entity tests ask of a text: the mentions Kaidan detects in it, as (text, type)."""

from core.nlp.entities import detect
from core.registry import bundled_registry


def spans(text, tagger=None, day=None):
    """(text, type) of each mention detected in text with the bundled registry, read as of day (a date, or None)
    and with tagger (the bundled one when None)."""
    return [(m.text, m.type) for m in detect(text, bundled_registry(), day, tagger=tagger)]
