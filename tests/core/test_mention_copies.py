"""The hand-written copies of a mention on detection's hot path carry every field, as dataclasses.replace does."""

from __future__ import annotations

from dataclasses import fields, replace

from core.model import Mention, ShortForm
from core.nlp.entities import _with_text
from core.nlp.linking import _with_entity


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


def test_with_text_is_replace():
    mention = every_field_set()
    assert _with_text(mention, "ルビオ") == replace(mention, text="ルビオ")
