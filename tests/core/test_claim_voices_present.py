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


def test_voices_keep_their_words_whatever_passive_describes_them_and_however_written_in_is_spelt():
    # the passive belongs to what the voices point out (疑われかねない点), not to a source that passed the words on
    doubted = ("ネット上では選手への批判が続いた。しかし、一方で「これは絶対に八百長だった！」「あの不自然な連続サーブミスとか"
               "説明できないよ」と、八百長と疑われかねない不審な点があったことを指摘する書き込みも目立つ。")
    assert _quoted(doubted) == ["「これは絶対に八百長だった！」「あの不自然な連続サーブミスとか説明できないよ」"]
    kana = "ファンは怒った。「協会まじでふざけるな」「練習試合を一切やらずにシーズン突入かよ」など、怒りの声が書きこまれている。"
    assert _quoted(kana) == ["「協会まじでふざけるな」「練習試合を一切やらずにシーズン突入かよ」"]


def test_words_someone_else_said_to_the_one_the_voices_criticise_are_no_voice():
    text = ("番組中もキム・テヒはタモリに「どうぞ」と言われる前に着席してしまったりするなど、やや配慮が足りない場面があり、"
            "ネットでは批判の声が続出した。")
    assert _quoted(text) == []
