"""A written holder names an entity through the article's linked mentions, unless that is ambiguous."""

from core.store.holders import holder_entity

MENTIONS = [
    {"text": "グラント", "type": "PERSON", "entity_id": "user:grant", "state": "proposed"},
    {"text": "英国", "type": "GPE", "entity_id": "country:GB", "state": "proposed"},
    {"text": "11日", "type": "DATE", "entity_id": "x", "state": "proposed"},
    {"text": "高橋", "type": "PERSON", "entity_id": "person:a", "state": "rejected"},
]


def test_holder_text_follows_the_one_entity_it_names():
    assert holder_entity("グラント外相", MENTIONS) == "user:grant"
    assert holder_entity("高橋経産相", MENTIONS) is None  # its mention was rejected
    assert holder_entity("英国のグラント外相", MENTIONS) == "user:grant"  # the person, not the country
    assert holder_entity("英国政府", MENTIONS) == "country:GB"
    two = MENTIONS + [{"text": "ベネット", "type": "PERSON", "entity_id": "user:b", "state": "proposed"}]
    assert holder_entity("グラント、ベネット両氏", two) is None  # two people: no guess
    assert holder_entity(None, MENTIONS) is None and holder_entity("政府", MENTIONS) is None
