"""Readers' voices told as being there, in the present (core.claims.voices): 「A」「B」などの声がある, との声もあり、,
「A」「B」という意見まで様々だ are one claim held by the place named (ネット上, ファン), as 声が相次いだ is; a doubt
that is there (という疑問もある) is the writer's own, no voice."""

from tests.core.claim_helpers import candidates


def _quoted(text):
    return [c.text for c in candidates(text) if c.text.startswith("「")]


def test_voices_that_are_there_are_one_claim_of_the_place_named():
    listed = "ネット上では「量が多すぎて食べきれない」「盛り付けのセンスがなさ過ぎる」などの声がある。"
    assert _quoted(listed) == ["「量が多すぎて食べきれない」「盛り付けのセンスがなさ過ぎる」"]
    going_on = "ファンからは「いずれ値上げされるのではないか」との声もあり、今後の対応が注目される。"
    assert _quoted(going_on) == ["「いずれ値上げされるのではないか」"]
    ranging = "ネットでは「主演の力で数字が取れたわけではない」「大コケの予感」という意見まで様々だ。"
    assert _quoted(ranging) == ["「主演の力で数字が取れたわけではない」「大コケの予感」"]
    assert _quoted("「いずれ値上げされるのではないか」という疑問もある。") == []  # a doubt, no voice


def test_only_the_voices_themselves_are_there():
    told = "「既婚女性板」に書き込まれたファンからのコメントである。"
    posted = "彼はかつて「家でも君のことばかり考えてるよ」というメッセージを誤って投稿し、交際が発覚したこともあり、話題となった。"
    assert _quoted(told) == [] and _quoted(posted) == []
    assert _quoted("ネット上では「家でも君のことばかり考えてるよ」という声もあり、話題となった。") != []
