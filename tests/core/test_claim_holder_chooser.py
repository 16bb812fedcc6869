"""The learned holder chooser: which people, bodies and countries a claim's options are, what each option's
features say of its role (topic, source, inside the claim, the sentence before), how a policy keeps or replaces
the rules' pick, and that a model of another feature set is refused."""

import pytest

from core.claims import holder_chooser as hc
from tests.core.claim_helpers import candidates
from core.nlp.entities import detect
from core.registry import bundled_registry

TEXT = ("北朝鮮は5日、ミサイルを発射した。"
        "朝日新聞によれば、ルイス・マキャベロ在日ペルー大使は、フジモリ氏の出馬表明を「嘘だ」と述べた。")


def _described(text):
    mentions = detect(text, bundled_registry(), None)
    claims = sorted(candidates(text), key=lambda c: c.start)
    return claims, hc.described(text, mentions, claims)


def _row(rows, options, text):
    [row] = [r for o, r in zip(options, rows) if o.text == text]
    return dict(zip(hc.FEATURES, row))


def test_each_entity_near_the_claim_is_one_option_with_its_role():
    claims, described = _described(TEXT)
    [claim] = [c for c in claims if c.text.startswith("「嘘")]
    options, rows = described[claims.index(claim)]
    names = [o.text for o in options]
    assert len(names) == len(set(names))
    assert {"朝日新聞", "ルイス・マキャベロ", "北朝鮮"} <= set(names)
    ambassador = _row(rows, options, "ルイス・マキャベロ")
    assert ambassador["wa_before"] == 1 and ambassador["words_before_particle"] == 1 and ambassador["comma"] == 1
    paper = _row(rows, options, "朝日新聞")
    assert paper["source_before"] == 1 and paper["wa_before"] == 0 and paper["media"] == 1
    country = _row(rows, options, "北朝鮮")
    assert country["previous_sentence"] == 1 and country["before_in_sentence"] == 0
    assert sum(_row(rows, options, n)["rules_pick"] for n in names) == 1


def _only(feature, weight=5.0):
    return hc.Chooser(list(hc.FEATURES), [0.0] * len(hc.FEATURES), [1.0] * len(hc.FEATURES),
                      [weight if name == feature else 0.0 for name in hc.FEATURES])


def test_a_policy_keeps_the_rules_or_takes_the_choosers_best():
    claims, described = _described(TEXT)
    [claim] = [c for c in claims if c.text.startswith("「嘘")]
    options, rows = described[claims.index(claim)]
    source = _only("source_before")
    assert hc.choose(claim, options, rows, source, "rules") is claim
    assert hc.choose(claim, options, rows, source, "learned").holder_text == "朝日新聞"
    sure = claim if claim.confidence >= hc.WEAK else None
    assert sure is not None and hc.choose(claim, options, rows, source, "tiebreak") is claim  # named at the quote
    assert hc.choose(claim, options, rows, _only("wa_before"), "learned") is claim  # its own pick: unchanged


def test_off_by_default_the_suggester_keeps_the_rules_holders():
    assert hc.POLICY == "rules"
    mentions = detect(TEXT, bundled_registry(), None)
    claims = candidates(TEXT)
    assert hc.chosen(TEXT, mentions, claims) is claims


def test_a_model_of_another_feature_set_is_refused():
    with pytest.raises(ValueError):
        hc.Chooser(["person"], [0.0], [1.0], [1.0])
    model = _only("wa_before")
    assert hc.Chooser(**{k if k != "features" else "names": v for k, v in model.as_json().items()}).weights == model.weights


def test_text_without_entities_or_claims_reads_without_error():
    for text in ("", "「」と述べた。", "。。「「」」", "彼は「はい」と言った。\n\n"):
        mentions = detect(text, bundled_registry(), None)
        claims = candidates(text)
        assert len(hc.described(text, mentions, claims)) == len(claims)
        assert hc.chosen(text, mentions, claims, "learned", _only("ga_before")) is not None


def test_the_roles_of_options_topic_speaker_owner_and_the_topic_carried():
    text = ("中国外務省の秦剛報道官は5日の会見で「日本は歴史を直視すべきだ」と述べた。"
            "北朝鮮は5日、ミサイルを発射した。\n米国のトランプ大統領は記者団に会った。\n会場は混雑した。\n「関税は撤廃すべきだ」と強調した。")
    claims, described = _described(text)
    [first] = [c for c in claims if c.text.startswith("「日本")]
    options, rows = described[claims.index(first)]
    spokesman, ministry, quoted = (_row(rows, options, n) for n in ("秦剛", "中国外務省", "日本"))
    assert spokesman["sentence_topic"] == spokesman["speech_subject"] == spokesman["person_of_owner"] == 1
    assert ministry["owner_of_person"] == 1 and ministry["sentence_topic"] == 0
    assert quoted["speech_subject"] == quoted["sentence_topic"] == 0  # a topic inside the quote is the quote's
    [last] = [c for c in claims if c.text.startswith("「関税")]
    options, rows = described[claims.index(last)]
    president = _row(rows, options, "トランプ")  # two sentences back: carried on as the last topic
    assert president["carried_topic"] == 1 and president["sentences_back"] > 0
