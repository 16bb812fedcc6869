"""A claim with no subject of its own is held by the subject of the sentences before it, however far back."""

from core.claims.suggest import suggest
from core.nlp.entities import detect
from core.registry import bundled_registry

REGISTRY = bundled_registry()


def _holders(text):
    return [(c.text, c.holder_entity_id) for c in suggest(text, detect(text, REGISTRY, None))]


def test_the_last_subject_named_holds_past_sentences_naming_none():
    text = "岸田首相は10日、ワシントンに到着した。会場は大勢の人で混雑していた。「緊密に連携していく」と述べた。"
    assert _holders(text) == [("「緊密に連携していく」", "person:fumio-kishida")]


def test_the_newest_subject_holds_and_a_pronoun_stands_for_the_last_person():
    arrived = "岸田首相は10日、ワシントンに到着した。日本政府は新しい方針を決めた。"
    assert _holders(arrived + "「緊密に連携していく」と述べた。") == [("「緊密に連携していく」", "country:JP")]
    assert _holders(arrived + "彼は「緊密に連携していく」と述べた。") == [("「緊密に連携していく」", "person:fumio-kishida")]


def test_subjects_after_a_claim_are_read_for_the_next_claim():
    text = ("茂木外相は「協力を続ける」と述べた。岸田首相は10日、ワシントンに到着した。会場は混雑していた。"
            "「緊密に連携していく」と語った。")
    assert _holders(text) == [("「協力を続ける」", "person:toshimitsu-motegi"),
                              ("「緊密に連携していく」", "person:fumio-kishida")]
