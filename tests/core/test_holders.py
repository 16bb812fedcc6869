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


def test_an_article_of_many_names_finds_the_holders_by_lookup_as_a_scan_would():
    from core.store.holders import _Names

    people = [Mention(start=0, end=3, text=f"人物{i:03d}", type="PERSON", entity_id=f"user:p{i}", state="accepted")
              for i in range(300)]
    many = MENTIONS + people
    names = _Names(many)
    assert len(names.by_text) > len("英国のグラント外相") * names.longest  # the lookup path, not the scan
    assert holder_entity("英国のグラント外相", names) == "user:grant"
    assert holder_entity("英国政府", names) == "country:GB"
    assert holder_entity("人物007報道官", names) == "user:p7"
    assert holder_entity("人物007と人物008", names) is None  # two people: no guess
    for text in ("英国のグラント外相", "人物123", "政府", "英国政府の人物299"):
        scanned = {(m.type, m.entity_id) for m in many
                   if m.entity_id and m.type != "DATE" and m.state != "rejected" and m.text in text}
        assert names.inside(text) == scanned
