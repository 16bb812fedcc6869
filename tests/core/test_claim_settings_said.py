"""When or at what a quote was said is never who said it (core.claims.name_shape.SETTING): 試合序盤は「…」,
インタビューの冒頭では, 前半から「…」 — the speaker the sentence or the paragraph is about holds it."""

from tests.core.claim_helpers import holder_of_the


def test_a_time_as_the_topic_leaves_the_quote_to_the_speaker_before():
    body = ("サッカー解説者のセルジオ越後氏は、自身のツイッターで日本代表の試合を実況した。\n"
            "試合序盤は、「入り方はホームらしく、悪くないね」と呟いた。")
    assert holder_of_the(body, "「入り方はホームらしく、悪くないね」") == "セルジオ越後"


def test_a_time_a_quote_came_from_is_no_one():
    body = ("この試合中、自身の公式ツイッターを更新し続けたサッカー解説者・セルジオ越後氏（@sergio_echigo）は、前半から"
            "「ボランチにボールが収まらない。全くゲームを作れてないよね。」と苦言を呈していた。")
    assert holder_of_the(body, "「ボランチにボールが収まらない。全くゲームを作れてないよね。」") == "セルジオ越後"


def test_a_broadcaster_named_so_still_speaks():
    body = "朝日放送は「番組の内容に問題はなかった」とコメントした。"
    assert holder_of_the(body, "「番組の内容に問題はなかった」") == "朝日放送"
