"""Praise and firm statements told without quotes are positions on their object (…の元首を讃辞した, …の続投を明言した,
スタンドの良さを称え); a look or a fullness (笑みをたたえた), praise that is a prize's reason or a purpose, and a
statement said not to have been made are none (Japanese Wikinews, CC BY 2.5)."""

from tests.core.claim_helpers import candidates, holder_of, wikinews_claims_body


def _sentence_with(body, words):
    start = body.rfind("\n", 0, body.index(words)) + 1
    return body[start : body.index("。", start) + 1]


def test_a_president_praising_heads_of_state():
    sentence = _sentence_with(wikinews_claims_body("wn-03401"), "元首を讃辞した")
    [c] = [c for c in candidates(sentence) if c.cue == "を讃辞し"]
    assert c.text == "国際的には未承認国家であるアブハジアと南オセチアの元首" and "大統領" in holder_of(c)


def test_a_president_stating_firmly_a_minister_stays():
    [c] = candidates("ブッシュ大統領は選挙前の今月1日、長官の政権終了までの続投を明言したばかりだった。")
    assert c.text == "長官の政権終了までの続投" and c.cue == "を明言し" and "ブッシュ" in holder_of(c)


def test_a_jockey_praising_a_new_stand():
    [c] = candidates("その際に日本騎手クラブの会長という立場で出席した武豊氏は、スタンドの良さを称えスタンドに見合うレースを"
                     "披露したいと意気込んだ。")
    assert c.text == "スタンドの良さ" and c.cue == "を称え"


def test_a_look_a_prizes_reason_and_a_purpose_are_no_praise():
    assert candidates("彼女は穏やかな笑みをたたえた。") == []
    assert candidates("沢村賞は、元巨人の沢村栄治投手の功績をたたえ、日本プロ野球でその年度の最も優れた先発完投型投手に"
                      "贈られる。") == []
    assert candidates("検索サイトグーグルの大ファンで、グーグルの名を息子につけることでその栄誉をたたえることができると"
                      "考えた。") == []
