"""A finding of who or what something is (…であることを確認した) is its finder's claim, as …と特定した is; a death
confirmed or a resolve two sides confirm (…死亡を確認した, …協力していくことを確認した) is an act or an agreement
(Japanese Wikinews, CC BY 2.5)."""

from tests.core.claim_helpers import candidates, claims_held, holder_of


def test_an_outlet_confirming_who_someone_is_holds_the_finding():
    text = ("共同通信社は4月22日(UTC+9)、ボールの持ち主が陸前高田市在住の県立高校2年の男子生徒(16)であることを"
            "本人への取材で確認した。")
    [c] = candidates(text)
    assert c.text.startswith("ボールの持ち主が") and c.text.endswith("男子生徒(16)である") and holder_of(c) == "共同通信"


def test_the_police_confirming_a_bodys_identity_hold_the_finding():
    text = "兵庫県警察姫路警察署は1月5日、身体の服装や特徴などから行方不明の児童であることを確認した。"
    [c] = candidates(text)
    assert c.text.endswith("行方不明の児童である") and "姫路警察署" in holder_of(c)


def test_an_agreement_or_a_death_confirmed_is_no_claim():
    assert claims_held("両首脳は、経済分野で協力していくことを確認した。") == []
    assert claims_held("警察は男性の死亡を確認した。") == []
