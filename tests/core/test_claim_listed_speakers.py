"""Views listed each under a line naming their speaker (・TBS「朝ズバッ！」みのもんた\n「…」): the words are that person's."""

from tests.core.claim_helpers import claims_held


def test_words_on_a_line_of_their_own_under_a_line_ending_on_a_person_are_theirs():
    body = ("各番組のコメンテーターの発言は以下のとおり。\n・ノンフィクション作家・小松成美（スポーツ関連書籍も多数出版）\n"
            "「まあ、色んなことがあると思うんですけど、恐喝にもし屈していたならば、やっぱりそれは社会的問題になると思う」\n"
            "・TBS「朝ズバッ！」みのもんた\n「よく不倫だ、不倫だっていうけど、付き合ってる時はお互いによかったんでしょ？」")
    assert [holder for _, holder in claims_held(body)] == ["小松成美", "みのもんた"]


def test_a_line_up_a_label_or_a_heading_above_the_words_names_no_speaker():
    body = "■福田正博氏の予想\nFW　森本貴幸\nGK　川島永嗣\n「大きくて185cmくらいあって、技術あって、身体も太いんですよ」"
    assert "川島永嗣" not in [holder for _, holder in claims_held(body)]
    body = "・秋田：本田\n「その具体例として、ポジションを書いてみたんです」"
    assert "本田" not in [holder for _, holder in claims_held(body)]
