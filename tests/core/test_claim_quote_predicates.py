"""Quotes whose named speaker Kaidan read no verb for: a verb no list holds after と, a setting between the speaker
and a quote that ends the sentence, the speaker right after the quote, a second quote closing the sentence."""

from tests.core.claim_helpers import candidates, holder_of, quoted


def _said(text):
    return [(c.text, holder_of(c)) for c in quoted(text)]


def test_any_predicate_after_to_is_the_topic_speakers():
    # Wikinews and livedoor news, outside the gold: verbs no list of speech verbs holds
    text = ("CNNによれば、オルテガ氏は、「意見が違えども、お互いに話し合って合意し、調和の中でニカラグアを成長させる機会と"
            "なったことを、神に感謝したい」と勝利宣言をした。")
    [c] = quoted(text)
    assert holder_of(c) == "オルテガ" and c.cue == "勝利宣言をした"
    [c] = quoted("今回の疑惑に関して、参考人として事情聴取を受けたプラティニ氏は「自分のイメージと評判が損なわれるかもしれない"
                 "のは承知している」と自ら認めているが、UEFAに加盟する各国のサッカー協会に送った書簡の中で検討した。")
    assert holder_of(c) == "プラティニ" and c.text.startswith("「自分のイメージ")
    assert [h for _, h in _said("当の峯岸は「本当に知らない。やだ帰りたい。本当に知らない」と大慌て。")] == ["峯岸"]


def test_a_question_a_rumour_or_words_made_anothers_are_no_statement():
    assert not quoted("自民党の山本一太議員が「買えない場合、どうするのか」と追及したところ、議論が続いた。")
    assert not quoted("AKB前田が「またイジメられている」とネットで話題を呼んでいる。")
    assert not quoted("高橋みなみは、プロデューサーの秋元康氏に「AKB48とは高橋みなみのことである」と言わしめるほどの、象徴的なメンバー。")


def test_a_clause_told_with_the_quote_stays_one_mixed_claim():
    text = ("毎日新聞によると、同地裁の橋詰均裁判長は、「上下関係などを利用した性的暴行であり、その後も上司らが露骨に"
            "退職に追い込もうとした」と、組織的な不法行為であると認定した。")
    assert not quoted(text)  # read as reported speech with its quote, as before


def test_a_setting_between_the_speaker_and_a_quote_ending_the_sentence():
    assert _said("オバマ大統領は15日、ホワイトハウスで記者団に対し「同盟は揺るがない。日本を守る」。") == [
        ("「同盟は揺るがない。日本を守る」", "オバマ")]
    assert _said("菅義偉官房長官は記者会見で、北朝鮮について「断じて容認できない」。") == [("「断じて容認できない」", "菅義偉")]
    assert not quoted("田中氏が出演した番組で「同盟は揺るがない」。")  # a clause of its own, not where anyone spoke


def test_the_speaker_right_after_the_quote_with_a_setting_before_the_verb():
    [c] = quoted("「対話の扉は開いている」安倍晋三首相は15日、記者団にこう述べ、北朝鮮との対話に意欲を示した。")
    assert (holder_of(c), c.cue) == ("安倍晋三", "述べ")
    [c] = quoted("「日本の立場は変わらない」——岸田文雄外相は15日の記者会見で強調した。")
    assert (holder_of(c), c.cue) == ("岸田文雄", "強調した")


def test_a_second_quote_closing_the_sentence_goes_on_with_the_first_ones_speaker():
    text = "安倍晋三首相は「対話の扉は開いている」と述べた上で、「北朝鮮は具体的な行動を示すべきだ」。"
    assert [(h, c.cue) for c, (_, h) in zip(quoted(text), _said(text))] == [("安倍晋三", "述べた"), ("安倍晋三", "述べた")]
    other = "安倍晋三首相は「対話の扉は開いている」と述べたが、民主党の岡田克也代表は、「圧力が足りない」。"
    assert _said(other)[0][1] == "安倍晋三" and all(h != "安倍晋三" for t, h in _said(other) if "圧力" in t)


def test_a_quote_on_its_matter_goes_on_with_the_speaker_before():
    text = "安倍晋三首相は15日の記者会見で、「対話の扉は開いている」と語った。北朝鮮については「圧力を維持する」。"
    assert _said(text) == [("「対話の扉は開いている」", "安倍晋三"), ("「圧力を維持する」", "安倍晋三")]


def test_a_related_articles_headline_in_a_list_is_no_statement():
    # livedoor film news, the links under an article (outside the gold)
    assert not quoted("・上島竜兵が「出川には負けない！」と極秘実験でイケメンマッチョに変身")


def test_the_topic_goes_on_through_a_clause_of_its_own_into_the_quote():
    # Wikinews, outside the gold: the title after a middle dot, the press conference the topic held
    text = ("気象庁の伊藤秀美・地震火山部長は同日午前に記者会見し、「国民の皆様に大変なご迷惑をおかけしたことを"
            "おわびする」と陳謝した。")
    assert [h for _, h in _said(text)] == ["伊藤秀美"]
    # another topic: not his, the opposition's (people by what they are, core.claims.described_people)
    assert [holder_of(c) for c in quoted("菅義偉官房長官は記者会見を開き、野党は「断じて容認できない」と憤った。")] == ["野党"]


def test_the_speaker_named_right_after_to_holds_the_quote():
    # livedoor topic news (a development article of the claims gold)
    text = ("時事通信の報道によると、同日の記者会見開始前に産経新聞の記者が出席していることに気づき、"
            "「会見が始められない」と前原誠司氏が会見を拒否したという。")
    assert _said(text) == [("「会見が始められない」", "前原誠司")]


def test_a_sentence_of_a_quote_and_its_predicate_goes_on_with_the_speaker_before():
    # livedoor sports news, outside the gold: the speaker named in the sentence before
    text = ("スノーボードの今井メロが、自身のブログで第2子の出産を報告した。"
            "「まだ産後間もないので、回復次第また雪上に立つ予定です」と、選手の継続も宣言している。")
    assert [h for _, h in _said(text)] == ["今井メロ"]
    # a thought anyone may have, or a caption naming someone else, is not carried
    assert not quoted("水野美紀さんがヨガに挑戦した。「骨盤を意識して、積み上げるように」と思ったら押してください。")


def test_the_topic_of_a_second_quotes_own_clause_holds_it():
    # livedoor sports news, outside the gold: a quote and its verb earlier in the sentence, then another speaker's
    # clause opening after a comma or after that quote's verb
    text = ("「確か、1986年でした。25年も前です」と振り返ると、ペレは「君のお父さんとも会ったよね」と返し、"
            "再びガッチリ握手を交わす。")
    assert ("「君のお父さんとも会ったよね」", "ペレ") in _said(text)
    # the topic of a later clause is read only after the earlier quote: a name inside it is nobody's topic
    assert not quoted("記者の「野村は限界だ」という声に、「勝負はこれからだ」と大慌て。")


def test_a_sentence_closing_on_the_one_its_predicate_describes():
    # livedoor sports news, outside the gold: the speaker named last, the sentence's predicate describing them
    assert _said("「ありがとうございます。本当にありがとう。ご苦労さん」と満面の笑みを浮かべる具志堅用高氏。") == [
        ("「ありがとうございます。本当にありがとう。ご苦労さん」", "具志堅用高")]
    [c] = quoted("「さっき、一瞬だけ目が合ったんで、大丈夫です」と照れまくる内田篤人。")
    assert (holder_of(c), c.cue) == ("内田篤人", "照れまくる")
    assert _said("「高校、大学と変化球が投げれない状態。ストレートしか投げられなかった」という星野仙一。") == [
        ("「高校、大学と変化球が投げれない状態。ストレートしか投げられなかった」", "星野仙一")]
    # words that came to the one named (a passive), or a name one of two, are not theirs
    assert not quoted("「よく頑張ったね」と褒められた浅田真央。")
    assert not quoted("「球宴ではダルビッシュが斎藤と話す場面はほとんど見ない」と語るダルビッシュ有と斎藤佑樹。")


def test_the_topic_after_a_comma_holds_the_quote_of_its_clause():
    # livedoor topic news, outside the gold: a long clause of its own before the topic that speaks
    text = ("25日にAKB48前田敦子が卒業を表明し、大きな話題になっている中、漫画家・小林よしのり氏が、自身のブログで"
            "「わしはあっちゃんに甘えていたのかもしれない」と、赤裸々に告白。")
    assert _said(text) == [("「わしはあっちゃんに甘えていたのかもしれない」", "小林よしのり")]


def test_words_agreed_with_are_the_speakers():
    # livedoor sports news, outside the gold: と同調した is a stance, not a likeness (と同じ)
    assert _said("同じくゲスト解説のラモス瑠偉氏も「4-0になってもおかしくはなかった」と同調した。") == [
        ("「4-0になってもおかしくはなかった」", "ラモス瑠偉")]


def test_a_second_quote_after_the_first_ones_verb_goes_on_with_its_speaker():
    # 「A」と述べ、(さらに、)「B」と + any predicate: the one who said A says B
    text = "ラブロフ外相は「制裁は逆効果だ」と述べ、「対話の扉は閉ざさない」と交渉継続に含みを残した。"
    assert [(c.text, holder_of(c)) for c in candidates(text) if c.attribution == "direct"] == [
        ("「制裁は逆効果だ」", "ラブロフ"), ("「対話の扉は閉ざさない」", "ラブロフ")]
    text = ("ラブロフ外相は、取材に対して「何もやっていない」と話し、さらに、北朝鮮については「間もなく協議に戻れるだろう」と"
            "制裁が解除されるという感触を示した。")
    assert [holder_of(c) for c in candidates(text) if c.attribution == "direct"] == ["ラブロフ", "ラブロフ"]


def test_a_second_quote_after_words_received_or_a_deed_is_not_carried():
    # the first words came to the topic (言われ), or their verb is a deed (走り出し): the second is no one's named
    assert not any(c.text == "「もう無理だ」" for c in candidates("ラブロフ外相は監督に「もっと笑え」と言われ、「もう無理だ」と音を上げた。"))
    assert not any(c.text == "「もう無理だ」"
                   for c in candidates("ラブロフ外相は「制裁は逆効果だ」と叫んで走り出し、「もう無理だ」と大慌てした。"))


def test_a_closing_quote_after_the_connectives_a_second_quote_takes_goes_on_too():
    # (one reading of what leads from a quote's verb to the same speaker's next words: 続けて, 加えて as さらに)
    for text in ("ラブロフ外相は「制裁は逆効果だ」と述べ、続けて「対話の扉は閉ざさない」。",
                 "ラブロフ外相は「制裁は逆効果だ」と述べ、加えて、「対話の扉は閉ざさない」。"):
        assert [(c.text, c.cue, holder_of(c)) for c in candidates(text) if c.attribution == "direct"] == [
            ("「制裁は逆効果だ」", "述べ", "ラブロフ"), ("「対話の扉は閉ざさない」", "述べ", "ラブロフ")], text
