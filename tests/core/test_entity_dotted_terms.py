"""Katakana common words joined by ・ that the article also writes alone are a term, not an organisation."""

from tests.core.entity_helpers import spans


def test_a_kind_and_its_instance_joined_by_a_dot_is_no_organisation():
    text = ("まずひとつは、生理が終わってから排卵期に向けて多く分泌されるエストロゲン。\n"
            "妊娠準備を担当するホルモン・エストロゲンは体にいろんな影響を与えるわ。")
    assert not any(kind == "ORG" for _, kind in spans(text))
    text = ("特に独女にとっては、シミ・ソバカスといった年齢対策が気になる所。\n"
            "シミ等の原因になるメラニン色素の生成を抑える美白効果が含まれているのだ。")
    assert ("シミ・ソバカス", "ORG") not in spans(text)


def test_a_companys_name_of_common_words_stays_an_organisation():
    text = "オーシャン・スプレー・クランベリー社は、この収穫時期にスプレーを使わない。"
    assert ("オーシャン・スプレー・クランベリー", "ORG") in spans(text)
    assert ("パシフィック・リーグ", "ORG") in spans("パシフィック・リーグの試合はリーグ戦の後半に入った。")
