"""Readers' voices listed one quote a line under a line naming where they were written (livedoor news, CC BY-ND 2.1 JP,
NHN Japan): one claim of the place, the quotes read one by one joined; a lone question put there is none."""

from tests.core.claim_helpers import candidates, holder_of


def test_quote_lines_under_a_place_are_one_claim_of_the_place():
    body = ("この話題に対して、ネット掲示板では\n「フジテレビ自らが燃料注入かよ」\n「結論としてフジテレビは悪くないって方向に持って"
            "行くだけの番組」\nと、フジテレビ批判一色の様相を呈している。\n")
    [c] = candidates(body)
    assert c.text == "「フジテレビ自らが燃料注入かよ」\n「結論としてフジテレビは悪くないって方向に持って行くだけの番組」"
    assert holder_of(c) == "ネット掲示板" and c.attribution == "direct"


def test_quotes_read_one_by_one_become_the_one_chain():
    body = "これを受け、ネット掲示板では\n「App Storeの民度の低さは異常」\n「低価格で提供するのも考えもんだな」\nと批判が相次いだ。\n"
    assert [(c.text.count("「"), holder_of(c)) for c in candidates(body)] == [(2, "ネット掲示板")]


def test_a_lone_question_put_on_a_network_is_none():
    body = ("以前、ツイッター上でも\n「嫌ならテレビ見なければいいというのなら、ネットをしなければよいのでは？」\n"
            "と問いかけられたことがある。\n")
    assert [c for c in candidates(body) if c.text.startswith("「嫌なら")] == []
