"""A person named in full and then by a one-letter surname before a title (孫正義 … 孫社長, 原辰徳 … 原監督): the person,
so the claims after the short form have a holder."""

from core.claims.suggest import suggest
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.entity_helpers import spans


def test_a_one_letter_surname_after_the_full_name_is_the_person():
    found = spans("ソフトバンクの孫正義社長は会見を開いた。同社の孫社長は「来年は黒字になる」と述べた。")
    assert ("孫正義", "PERSON") in found
    assert ("孫", "PERSON") in found


def test_a_managers_surname_read_as_a_prefix_is_the_person():
    found = spans("巨人の原辰徳監督は試合後、取材に応じた。原監督は「よく打った」と話した。")
    assert ("原", "PERSON") in found


def test_the_short_form_holds_the_quote_and_is_linked_to_the_full_name():
    text = "ソフトバンクの孫正義社長は会見を開いた。同社の孫社長は「来年は黒字になる」と述べた。"
    registry = bundled_registry()
    mentions = detect(text, registry, None)
    full = next(m for m in mentions if m.text == "孫正義")
    short = next(m for m in mentions if m.text == "孫")
    assert short.entity_id is not None and short.entity_id == full.entity_id
    claim = next(c for c in suggest(text, mentions, None, registry) if "黒字" in c.text)
    assert claim.holder_entity_id == full.entity_id


def test_a_body_run_on_into_the_surname_is_cut_before_it():
    found = spans("ソフトバンク孫正義社長が登壇した。ソフトバンク孫社長は「来年は黒字になる」と述べた。")
    assert ("ソフトバンク孫", "ORG") not in found
    assert ("孫", "PERSON") in found


def test_a_letter_without_a_full_name_in_the_article_is_no_one():
    # no one named in full begins with 孫 or 大: a grandchild's or a meeting's head, not a surname
    assert not any(kind == "PERSON" for _, kind in spans("祖父は孫社長の誕生を喜んだ。"))
    found = spans("大野智さんが出演した。会場で大会長は「盛況だ」と述べた。")
    assert ("大", "PERSON") not in found


def test_a_letter_inside_a_longer_word_is_not_the_surname():
    found = spans("原辰徳監督が指揮を執った。高原監督は「悔しい」と話した。")
    assert ("原", "PERSON") not in found
