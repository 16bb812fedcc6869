"""A magazine or an information site named in brackets after its kind (週刊誌「FLASH」, 情報サイト「ITMedia」): an outlet,
so the reports it tells have an entity for a holder."""

from core.claims.suggest import suggest
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.entity_helpers import spans


def test_a_weekly_named_after_its_kind_is_a_body_and_holds_its_report():
    text = "29日発売の週刊誌「FLASH」は、河本の親族が生活保護を受給していたと報じた。"
    assert ("FLASH", "ORG") in spans(text)
    registry = bundled_registry()
    mentions = detect(text, registry, None)
    flash = next(m for m in mentions if m.text == "FLASH")
    claim = next(c for c in suggest(text, mentions, None, registry))
    assert claim.holder_entity_id == flash.entity_id is not None


def test_a_photo_weekly_and_an_information_site_are_bodies():
    assert ("フライデー", "ORG") in spans("写真週刊誌「フライデー」は、二人が交際していると報じた。")
    assert ("ITMedia", "ORG") in spans("IT系情報サイト「ITMedia」が伝えたところによれば、新製品が出る。")
    assert ("Popteen", "ORG") in spans("8月1日発売の雑誌「Popteen」9月号は、夏休みの特集を組んだ。")


def test_a_magazines_issue_in_the_brackets_is_no_body():
    found = spans("女性向けのウェディング雑誌「ゼクシィ9月号」の付録が話題になっている。")
    assert not any(kind == "ORG" for _, kind in found)


def test_a_headline_after_a_magazine_is_no_body():
    found = spans("週刊誌「疑惑の真相を追う」が話題になった。")
    assert not any(kind == "ORG" for _, kind in found)
