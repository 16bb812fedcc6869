"""What the claims tests ask of a sentence: the claims Kaidan proposes, and who holds one."""

from core.claims.suggest import suggest
from core.nlp.entities import detect
from core.registry import bundled_registry


def candidates(text):
    return suggest(text, detect(text, bundled_registry(), None))


def holder_of(candidate):
    entity = bundled_registry().get(candidate.holder_entity_id)
    return entity.name if entity else candidate.holder_text
