"""The hand-written copies of a mention on detection's hot path carry every field, as dataclasses.replace does."""

from __future__ import annotations

from dataclasses import fields, replace

from core.model import Mention, ShortForm
from core.nlp.linking import _final, _with_entity, link_new_names


def every_field_set() -> Mention:
    """A mention whose every field differs from its default, so a field a copy forgets shows."""
    values = {f.name: f"v-{f.name}" for f in fields(Mention)}
    values.update(start=3, end=7, detached=1, confidence=0.5, id=9, article_id=4)
    return Mention(**values)


def test_with_entity_is_replace():
    mention = every_field_set()
    assert _with_entity(mention, "found:PERSON:李明博") == replace(mention, entity_id="found:PERSON:李明博")


def test_with_entity_keeps_a_short_form_a_short_form():
    short = ShortForm(0, 2, "", "PERSON", None, source="title", full_name="李明博")
    assert _with_entity(short, "found:PERSON:李明博") == replace(short, entity_id="found:PERSON:李明博")


def test_the_final_copy_is_replace_with_its_entity_and_its_text():
    mention = every_field_set()
    body = "米国のマルコ長官"
    assert _final(mention, "person:rubio", body) == replace(mention, entity_id="person:rubio", text="マルコ長")


def test_linked_mentions_come_out_plain_with_their_text_and_entity():
    body = "李明博大統領は…李氏は"
    short = ShortForm(8, 9, "", "PERSON", None, source="title", full_name="李明博")
    full = Mention(0, 3, "", "PERSON", None, source="unidic")
    out = link_new_names(body, [full, short], body)
    assert [type(m) for m in out] == [Mention, Mention]
    assert [(m.text, m.entity_id) for m in out] == [("李明博", "found:PERSON:李明博"), ("李", "found:PERSON:李明博")]
