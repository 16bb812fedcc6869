"""A quote is held by the topic written right before it in its sentence (core.claims.topic_speakers): not a topic
farther back, not words no one is, not the speaker of a sentence before; a nearer speaker, the person over their
country or body, and who a quote came from keep it."""

from tests.core.claim_helpers import holder_of_the


def test_the_nearest_topic_speaks_not_one_farther_back():
    body = ("しかし、篤姫の型破りな接客は、店のナンバー1ホステスのアミの侮辱を受け、耐えかねた篤姫は"
            "「勝負じゃ！　私がお主に代わってナンバー1になってやる！」と宣言。")
    assert holder_of_the(body, "「勝負じゃ！　私がお主に代わってナンバー1になってやる！」") == "篤姫"
    body = ("ニック役を演じたサム・ワーシントンは、実は高所恐怖症であることが明らかになったが、対するエリザバス・バンクスは"
            "「高い所は怖くないからわくわくした」と笑顔を覗かせている。")
    assert holder_of_the(body, "「高い所は怖くないからわくわくした」") == "エリザバス・バンクス"


def test_words_after_the_quote_that_name_no_one_do_not_speak():
    body = "アカデミー賞に17回ノミネートされているメリルに対して、中村は「女優として大変尊敬している」と何度もコメント。"
    assert holder_of_the(body, "「女優として大変尊敬している」") == "中村"


def test_a_topic_with_an_honorific_speaks_rather_than_the_speaker_before():
    body = ("番組のカメラに、「引退も考えました」と話した財前は、「やっぱりサッカーが好き」と語った。\n"
            "将来はバルセロナ入団という夢を持つ熊倉海渡君は、「スポーツはスポーツだけど、個人個人の戦いって感じ」と語った。")
    assert holder_of_the(body, "「スポーツはスポーツだけど、個人個人の戦いって感じ」") == "熊倉海渡"


def test_the_person_keeps_the_quote_over_a_country_or_body_as_topic():
    assert holder_of_the("王毅外相は、日本は「歴史を直視すべきだ」と述べた。", "「歴史を直視すべきだ」") == "王毅"
    body = "一方、ハワード・ディーン民主党全国委員長は同じ日、「宗派間抗争が激化することを懸念する」と語った。"
    assert holder_of_the(body, "「宗派間抗争が激化することを懸念する」") == "ハワード・ディーン"


def test_who_a_quote_came_from_keeps_it():
    body = "真野は、美咲を演じる際に監督から「演じる時に僕をキュンキュンさせてください。」とアドバイスされたそうだ。"
    assert holder_of_the(body, "「演じる時に僕をキュンキュンさせてください。」") == "監督"



def test_a_name_set_in_brackets_is_a_topic_too():
    body = ("日本では、東京・秋葉原のアキバシアターに、抽選で選ばれた80名を招いて行われた。\n"
            "上映後のトークイベントに登場したアメキャラ系ライターの「杉山すぴ豊」氏は、これまでのスパイダーマンとの違いを"
            "「前のピーター・パーカーは単なるイジメられっ子だったんですけど」と分析。")
    assert holder_of_the(body, "「前のピーター・パーカーは単なるイジメられっ子だったんですけど」") == "杉山すぴ豊"
