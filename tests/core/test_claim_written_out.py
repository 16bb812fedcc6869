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


def test_a_post_before_the_line_that_answers_it_is_its_writers():
    text = ("12日、自民党の幹事長代理・世耕弘成氏が、政府が台湾にとった対応を非難するツイートを行った。\n\n"
            "世耕氏のツイッターによると、台湾の代表を2階に座らせていたことを告白。台湾に対して失礼な扱いだと非難したのだ。\n\n"
            "昨日の東日本大震災一周年追悼式。台湾代表が出席していたのに、主催者である政府は、台湾代表を２階席に座らせた。"
            "あれだけ一生懸命支援してくれた台湾に対してあまりにも失礼で、怒りに体が震えます。\n\n"
            "この世耕氏の意見に対して、ツイッター上では「中国様が怒るからな」など、政府への批判が殺到した。")
    [claim] = [c for c in candidates(text) if c.text.startswith("昨日の")]
    assert claim.attribution == "direct" and holder_of(claim) == "世耕弘成"


def test_the_article_telling_of_what_was_said_before_the_answer_is_no_post():
    text = ("面接において、当該男子学生が展望を語った際、「なめてんじゃないよ、あんた。」などと言い放ったという。\n\n"
            "この女性教授の発言に対し、ネット掲示板では「圧迫面接だ」などと批判が殺到。")
    assert not [c for c in candidates(text) if c.text.startswith("面接において")]
