"""A person who opens a sentence as its topic (Xは、) holds a claim whose reported clause names a country as its own
subject; the country is what the claim is about (core.claims.outer_topic)."""

from tests.core.claim_helpers import claim_with, holder_of


def _holder(text, piece):
    return holder_of(claim_with(text, piece))


def test_a_delegation_head_judging_a_country_holds_the_judgement():
    text = "協議に参加した米国代表団のヒル団長は、21日朝、中国は協議で重要な役割を果たしていると評価した。"
    assert _holder(text, "重要な役割") == "ヒル団長"


def test_the_two_leaders_asking_something_of_a_country_hold_the_request():
    text = "両首脳は、北朝鮮がミサイル発射をやめ、さらなる挑発を控えるよう強く求めた。"
    assert _holder(text, "挑発を控える") == "両首脳"


def test_a_country_that_answers_after_a_closed_clause_holds_its_own_answer():
    text = "スミス団長は、米国の立場を伝え、中国は対話を続ける用意があると応じた。"
    assert _holder(text, "対話を続ける") != "スミス団長"
