"""A confession by a suspect the article never names (無職の男, A少年) is the suspect's, not the police's or the
court's that heard it (core.claims.confessions)."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_confession_after_an_arrest_is_the_mans_not_the_polices():
    text = "警視庁は20日、無職の男を逮捕した。調べに対し、「金が欲しかった」と容疑を認めている。"
    [c] = candidates(text)
    assert holder_of(c) == "男"


def test_a_confession_to_officers_is_the_boys():
    text = ("通報を受けて駆けつけた桜井警察署員がA少年を事情聴取したところ「顔を見て刺した」と供述し容疑を認めたため、"
            "その場で現行犯逮捕をしたという。")
    [c] = [c for c in candidates(text) if c.text.startswith("「")]
    assert holder_of(c) == "少年"


def test_a_charge_denied_with_toshite_is_the_suspects():
    text = "府警は20日、会社員の女を逮捕した。府警によると、「健康器具だ」などとして、容疑を否認している。"
    [c] = [c for c in candidates(text) if c.text.startswith("「")]
    assert holder_of(c) == "女"


def test_a_victim_written_as_a_man_is_not_taken_for_the_suspect():
    text = "県警は男性を刺したとして無職の男を逮捕した。調べに対し「殺すつもりはなかった」と供述している。"
    [c] = candidates(text)
    assert holder_of(c) == "男"
