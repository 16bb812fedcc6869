"""A position on a matter the article named before (この決定を歓迎している, この嫌疑を否定した, この方針に同意した) is
held like any other; a bare pronoun (これを否定した), a view named only as その方針 (its content not told) and a
position said not to have been taken (反対を示さなかった) are not (Japanese Wikinews, CC BY 2.5)."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_decision_welcomed_and_a_plan_agreed_to():
    [c] = candidates("読売新聞によれば、住民はこの決定を歓迎している。")
    assert c.text == "この決定" and c.cue == "を歓迎" and holder_of(c) == "住民"
    [c] = candidates("ポルシェ側も同日監査役会を開き、この方針に同意した。")
    assert c.text == "この方針" and c.cue == "に同意"


def test_a_suspicion_denied():
    [c] = [c for c in candidates("FRODEBUはこの嫌疑を否定したが、グループとの「政治的協力」は認めている。") if c.cue == "を否定"]
    assert c.text == "この嫌疑"


def test_a_pronoun_a_view_untold_and_a_position_not_taken_are_none():
    assert candidates("政府はこれを否定した。") == []
    assert candidates("すでにJリーグの準加盟になったクラブなど加盟に興味を持つクラブへのヒヤリングの際に、その方針を伝えているという。") == []
    assert [c for c in candidates("スウェーデン当局は、通常は普通でない名前を登録することを拒否するが、この名前については反対を示さなかった。")
            if c.cue == "に反対"] == []
