"""Talks told only by what one office holder did to another face to face: asked, protested, told, handed over,
presented or proposed (a sentence of a Japanese Wikinews article, CC BY 2.5, and sentences written for the test)."""

from datetime import date

from tests.core.meeting_helpers import proposals_in

REPORTED = date(2023, 5, 20)


def _talks(text):
    return [(p.kind, [x.name for x in p.participants], p.start) for p in proposals_in(text, REPORTED)]


def test_a_request_made_to_a_named_office_holder_is_their_talks():
    text = "またモスクワタイムズによると同30日、モスクワではラブロフ外相が、「ロシア領海」内での密漁をしないよう監視することを日本の金田外務副大臣に求めた。"
    assert _talks(text) == [("talks", ["ラブロフ", "金田"], "2023-04-30")]


def test_a_protest_a_message_or_a_proposal_put_to_an_office_holder_is_their_talks():
    assert _talks("林芳正外相は15日、中国の孔鉉佑大使に抗議した。") == [("talks", ["林芳正", "孔鉉佑"], "2023-05-15")]
    assert _talks("町村外相は8日、中国の王毅大使に遺憾の意を伝えた。") == [("talks", ["町村", "王毅"], "2023-05-08")]
    assert _talks("麻生首相は8日、韓国の李明博大統領に対し、拉致問題での協力を要請した。") == [
        ("talks", ["麻生", "李明博"], "2023-05-08")]
    assert _talks("プーチン大統領は10日、安倍首相に平和条約の締結を提案した。") == [
        ("talks", ["プーチン", "安倍"], "2023-05-10")]


def test_an_act_by_other_means_or_not_yet_done_is_no_talks():
    # a letter, a statement, the press: no meeting of the two
    assert _talks("町村外相は8日、書簡で中国の王毅大使に遺憾の意を伝えた。") == []
    assert _talks("林芳正外相は15日、記者会見で中国の孔鉉佑大使に抗議したと明らかにした。") == []
    # a standing demand and an act to come tell no occasion
    assert _talks("中国政府は日本の首相に靖国神社への参拝中止を求めている。") == []
    assert _talks("林芳正外相は中国の孔鉉佑大使に抗議する方針だ。") == []
    # told by telephone: a call, not talks face to face
    assert [k for k, _, _ in _talks("町村外相は8日、電話で中国の王毅大使に遺憾の意を伝えた。")] == ["phone_call"]
