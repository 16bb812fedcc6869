"""Words told in brackets on a transcript speaker's line (野村：…「そりゃいいな」って言って…) are the speaker's (livedoor
news, CC BY-ND 2.1 JP, NHN Japan: a talk between a coach and a pitcher, sports news; a round-table, men's news)."""

from core.claims.transcripts import labelled_quotes
from tests.core.claim_helpers import claims_with as _told, holder_of

_TALK = ("野村：ダルビッシュから影響を受けていることは何かある？\n"
         "田中：全てにあそこまで考えている人は他にいないんじゃないかっていうくらい。\n"
         "野村：覚えているかどうか知らんけど、2年目、外野で二人で話している時に「今年はどうする？」って聞いたら、"
         "「ストレートで空振りの三振獲りたい」って言ったじゃん。「そりゃいいな」って言って賛同して失敗したな。\n"
         "田中：そうですね。無理ですね。\n")

_ROUND_TABLE = ("アヤコ：2人で約束をして、ご飯食べに行ったらデートって思うかな。\n"
                "カナ：あと、ご飯だけじゃなくて、2人で行動したら「デートだな」って思うかもなぁ。たとえば夜景を見に行くとか。\n"
                "アヤコ：「ありがとう」って言って受け取っちゃうかな（笑）\n"
                "リコ：当時は友人だった男の子と話をしていて、ある景品の話になったんです。"
                "で「もうどこ探してもないんだよね」って話をしたんです。そうして、次に会ったとき、「はい」って私にプレゼントしてくれたんですよ！\n"
                "リコ：絶対にかなり探し回ってくれたはずだろう、って思って。\n")


def test_words_the_speaker_tells_on_their_line_are_theirs():
    found = _told(_TALK, "そりゃいいな")
    assert [(holder_of(c), c.attribution) for c in found] == [("野村", "direct")]
    found = _told(_ROUND_TABLE, "もうどこ探しても")
    assert [holder_of(c) for c in found] == ["リコ"]


def test_words_another_said_a_question_or_a_supposed_thought_are_not_the_speakers():
    # 「ストレートで…」って言ったじゃん: the pitcher's words, told after the coach's question on the same line
    assert all(holder_of(c) != "野村" for c in _told(_TALK, "ストレートで空振り"))
    quotes = {_ROUND_TABLE[start:end] for start, end, *_ in labelled_quotes(_ROUND_TABLE, [], [])}
    assert quotes == {"「もうどこ探してもないんだよね」"}  # not かも, かな, a question, nor 「はい」 handed over


def test_a_label_that_is_no_speaker_holds_nothing():
    body = "Q：「このままでいい」と思いますか。\nA：「そう思う」と答えました。\nQ：「本当に？」\nA：「きっとそうだ」と話した。\n"
    assert labelled_quotes(body, [], []) == []


# A transcript that quotes each answer whole on its speaker's line (a talk show's guests; entertainment news)
_QUOTED_ANSWERS = ("番組の収録後、出演者に話を聞いた。\n"
                   "小島：「女は面白さを求められていない！」\n"
                   "大井：「アジアの経済ニュースを発信しているシンガポールなら可能性があります。」\n"
                   "小島：「負け美女」という本を番組で取り上げました。\n"
                   "大井：「本当に？」\n")


def test_a_speakers_line_that_is_their_words_in_brackets_is_their_claim():
    quotes = {(_QUOTED_ANSWERS[start:end], name) for start, end, name, *_ in labelled_quotes(_QUOTED_ANSWERS, [], [])}
    assert quotes == {("「女は面白さを求められていない！」", "小島"),
                      ("「アジアの経済ニュースを発信しているシンガポールなら可能性があります。」", "大井")}
    # not a title the line goes on to talk of (「負け美女」という本), nor a question
    assert [holder_of(c) for c in _told(_QUOTED_ANSWERS, "女は面白さ")] == ["小島"]
