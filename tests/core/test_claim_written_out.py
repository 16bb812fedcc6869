"""Posts and columns written out on lines of their own without brackets, closed by a line opening with と and a verb
of writing (livedoor news, CC BY-ND 2.1 JP: passages as written, one from a development article of the claims
gold)."""

from core.claims.written_out import written_out_claims
from tests.core.claim_helpers import candidates, holder_of

COLUMN = ("11日、日本経済新聞の朝刊一面に掲載された“春秋”が、ネット掲示板を中心に話題になっている。\n"
          "問題となったのは記事冒頭、\n"
          "「そんなの関税ねえ、そんなの関税ねえ、はい、ＴＰＰ」。インターネットの中でそんな駄じゃれが出回っている。\n"
          "元は数年前に流行したお笑い芸人のネタ。「そんなの関係ねえ」を繰り返し「おっぱっぴー」と掛け声が続く、あれだ。\n"
          "（以下略）\n\n"
          "と、書かれた部分。")
POST = ("さらに田村淳がTwitterで、\n"
        "フジテレビとくダネ！に出ているＴＰＰ反対を訴えているコメンテーターの態度が目に余る…\n"
        "せっかくテレビに出て多くの人に自分の意見が言えるのに何だ⁉この態度⁉\n"
        "知識を持っていて伝える能力が無い人は残念で仕方ない…気分が悪い\n"
        "と書き込み、騒動はさらに拡大した。")


def test_a_column_written_out_before_its_と_line_is_one_claim_without_the_writers_cut():
    [claim] = [c for c in candidates(COLUMN) if c.text.startswith("「そんなの関税ねえ")]
    assert claim.attribution == "direct" and claim.text.endswith("あれだ。")


def test_a_post_written_out_is_held_by_the_one_its_introducing_line_names():
    [claim] = [c for c in candidates(POST) if c.text.startswith("フジテレビ")]
    assert claim.text.endswith("気分が悪い") and holder_of(claim) == "田村淳"


def test_quotes_in_brackets_before_a_と_line_are_left_to_the_sentence_reader():
    text = "ネット掲示板では\n「これはひろゆきに同意 」\n「正論すぎワロタ 」\nと支持するコメントが見られる一方で、批判もあった。"
    assert written_out_claims(text, [], []) == []


def test_lines_after_the_articles_opening_with_no_introduction_are_no_block():
    text = "女子校出身者に違和感を感じる！？\n私は小中高大とずっと共学でした。\nという書き込みをネット上で見かけた。"
    assert written_out_claims(text, [], []) == []
