"""A written holder names an entity through the article's linked mentions, unless that is ambiguous."""

from core.model import Mention
from core.store.holders import holder_entity

MENTIONS = [
    Mention(0, 0, "グラント", "PERSON", "user:grant", state="proposed"),
    Mention(0, 0, "英国", "GPE", "country:GB", state="proposed"),
    Mention(0, 0, "11日", "DATE", "x", state="proposed"),
    Mention(0, 0, "高橋", "PERSON", "person:a", state="rejected"),
]


def test_holder_text_follows_the_one_entity_it_names():
    assert holder_entity("グラント外相", MENTIONS) == "user:grant"
    assert holder_entity("高橋経産相", MENTIONS) is None  # its mention was rejected
    assert holder_entity("英国のグラント外相", MENTIONS) == "user:grant"  # the person, not the country
    assert holder_entity("英国政府", MENTIONS) == "country:GB"
    two = MENTIONS + [Mention(0, 0, "ベネット", "PERSON", "user:b", state="proposed")]
    assert holder_entity("グラント、ベネット両氏", two) is None  # two people: no guess
    assert holder_entity(None, MENTIONS) is None and holder_entity("政府", MENTIONS) is None
