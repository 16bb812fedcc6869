"""Two speakers' words told by one verb (core.claims.paired_turns): Xは「A。」Yは「B」と語った — A is X's."""

from tests.core.claim_helpers import claims_held


def test_the_quote_before_the_next_speakers_topic_is_its_own_topics():
    body = ("染谷は、「今までとは全く違う思考を若者が持ち始めていることを実感しています。」二階堂は、"
            "「何も知らなかったというショックを受けました」と自分の思いを語った。")
    assert claims_held(body) == [
        ("「今までとは全く違う思考を若者が持ち始めていることを実感しています。」", "染谷"),
        ("「何も知らなかったというショックを受けました」", "二階堂")]


def test_words_that_do_not_end_as_a_sentence_are_left():
    body = "松山ケンイチは「時刻表」瑛太も「すごーい。こんなことできるんですか？」と感激。"
    assert [text for text, _ in claims_held(body)] == ["「すごーい。こんなことできるんですか？」"]
