"""A claim named as a party's position in a noun phrase (…べきだとする国民同盟の要求に対して, …との原告の主張についても)
is the party's; one's own view (自らの見解) and a noun the party is the target of (運営側への批判) are not read so."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_position_named_with_its_party_is_the_partys():
    [c] = [c for c in candidates("また、契約時に複雑なロイヤルティーの仕組みに関する説明が不足していたとの原告の主張についても"
                                 "「セブン-イレブン側が説明すべき義務を怠った」と認定した。") if c.cue == "主張"]
    assert c.text == "契約時に複雑なロイヤルティーの仕組みに関する説明が不足していた" and holder_of(c) == "原告"
    [d] = [c for c in candidates("改革案を可決するには、総裁が辞任すべきだとする連立与党の国民同盟の要求に対して、首相は論評を"
                                 "避けた。") if c.cue == "要求"]
    assert d.text == "総裁が辞任すべきだ" and "国民同盟" in holder_of(d)


def test_no_party_no_claim():
    assert [c for c in candidates("選手にも投票権が与えられるべきではないか、との自らの見解を示した。") if c.cue == "見解"] == []
    assert candidates("被災者をアイドルに仕立てようとする運営側への批判が相次いだ。") == []
