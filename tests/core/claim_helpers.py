"""What the claims tests ask of a sentence: the claims Kaidan proposes, and who holds one."""

import datetime as dt
import json
from pathlib import Path

from core.claims.suggest import suggest
from core.model import Mention
from core.nlp.entities import detect
from core.registry import bundled_registry


def candidates(text):
    return suggest(text, detect(text, bundled_registry(), None))


def candidates_on(text, day=None):
    """The claims of text read as an article of day (an ISO date, or None) with the bundled registry: a title alone
    is read as whoever held the office that day."""
    registry = bundled_registry()
    return suggest(text, detect(text, registry, dt.date.fromisoformat(day) if day else None), day, registry)


def wikinews_claims_body(ident):
    """The body of one article of the Wikinews claims gold, by its id (tests read development articles only)."""
    path = Path(__file__).resolve().parents[1] / "fixtures" / "wikinews_gold" / "claims.jsonl"
    return next(item["body"] for item in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if item["id"] == ident)


def quoted(text):
    """The claims of text proposed as quotes."""
    return [c for c in candidates(text) if c.attribution == "direct"]


def holder_of(candidate):
    entity = bundled_registry().get(candidate.holder_entity_id)
    return entity.name if entity else candidate.holder_text


def claims_held(text):
    """(words, holder) of each claim of text, in order."""
    return [(c.text, holder_of(c)) for c in candidates(text)]


def claims_with(text, words):
    """The claims of text whose words hold words anywhere."""
    return [c for c in candidates(text) if words in c.text]


def claims_opening(text, words):
    """The claims of text whose words begin with words."""
    return [c for c in candidates(text) if c.text.startswith(words)]


def claim_with(text, words):
    """The one claim of text whose words hold words: a second one fails the test."""
    [claim] = claims_with(text, words)
    return claim


def claim_opening(text, words):
    """The one claim of text whose words begin with words: a second one fails the test."""
    [claim] = claims_opening(text, words)
    return claim


def claim_cued(text, cue):
    """The one claim of text told by cue."""
    [claim] = [c for c in candidates(text) if c.cue == cue]
    return claim


def holders_with(text, words):
    """The holder of each claim of text whose words hold words, in order."""
    return [holder_of(c) for c in claims_with(text, words)]


def holders_opening(text, words):
    """The holder of each claim of text whose words begin with words, in order."""
    return [holder_of(c) for c in claims_opening(text, words)]


def proposed_as(body, text):
    """The claims of body whose words are text."""
    return [c for c in candidates(body) if c.text == text]


def holder_of_the(body, text):
    """The holder of the one claim of body whose words are text."""
    [claim] = proposed_as(body, text)
    return holder_of(claim)


def named_mentions(body, *named):
    """Mentions of (text, kind, entity id) found in body in the order given."""
    out, at = [], 0
    for text, kind, entity in named:
        start = body.index(text, at)
        out.append(Mention(start, start + len(text), text, kind, entity))
        at = start + len(text)
    return out


def people_named(body, *names):
    """A PERSON mention of each of names at its first place in body, known to no entity."""
    return [Mention(body.index(n), body.index(n) + len(n), n, "PERSON", None) for n in names]


def held_quotes(text, *named):
    """(quote, holder) of each quote proposed in text, with the mentions named (text, kind, entity id) or, with none
    named, the ones Kaidan detects."""
    found = suggest(text, named_mentions(text, *named)) if named else quoted(text)
    return [(c.text, holder_of(c)) for c in found if c.attribution == "direct"]
