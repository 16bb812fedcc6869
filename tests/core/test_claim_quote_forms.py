"""Quotes written in other brackets or spread over several sentences (Japanese Wikinews, outside the gold)."""

from core.claims.quote_marks import as_corner_quotes, quotes
from tests.core.claim_helpers import candidates, holder_of, quoted as _quoted


def test_half_width_brackets_are_a_quote_over_its_sentences():
    text = ("東京新聞(中日新聞東京本社)･丹羽勇総務局次長は｢本社社員がこのような容疑で逮捕されたことに大変驚いている。\n"
            "新聞社の社員としてあるまじき行為で、事実関係を把握したうえで厳正に対処したい｣と話している。")
    [c] = candidates(text)
    assert c.attribution == "direct" and c.cue == "話している" and holder_of(c) == "丹羽勇"
    assert c.text == text[text.index("｢"):text.index("｣") + 1]  # as the article writes it, both sentences
    assert c.text.startswith("｢本社社員") and "\n新聞社の社員" in c.text


def test_half_width_brackets_with_the_speaker_as_topic():
    [c] = candidates("高橋容疑者は、｢港区内で売人から買った｣と容疑を認めている。")
    assert (c.text, c.attribution, holder_of(c)) == ("｢港区内で売人から買った｣", "direct", "高橋")


def test_a_double_bracket_followed_by_a_speech_verb_is_a_quote():
    # the sentence above with the brackets some writers use for a quote outside any other quote
    [c] = candidates("高橋容疑者は、『港区内で売人から買った』と容疑を認めている。")
    assert (c.text, c.attribution, holder_of(c)) == ("『港区内で売人から買った』", "direct", "高橋")


def test_a_double_bracket_title_or_a_name_is_no_quote():
    headline = "『覚せい剤所持の疑い、中日新聞社員を逮捕』。\n朝日新聞、2007年6月14日。"
    named = "同県警によれば、この追走の方法は、親子で列を作る姿が似ていることから『カルガモ走法』と呼ばれているという。"
    assert as_corner_quotes(headline) is headline
    assert as_corner_quotes(named) == named
    inside = "重野安正幹事長も「私(重野氏)からも『政権離脱後も選挙協力はしていただきたい』と話した」と語っている。"
    assert as_corner_quotes(inside) == inside  # a quote inside a quote keeps its brackets
    assert len(as_corner_quotes("｢遺憾だ｣と述べた。『x』")) == len("｢遺憾だ｣と述べた。『x』")


def test_a_quote_then_its_speaker_with_no_to():
    text = ("「私はプーチンを尊敬している。\n実際のところ私は多くの人を尊敬しているのだが、それは全ての人と仲良く付き合える"
            "ことを意味しない。\n」トランプ大統領は、そう強調した。")
    [c] = _quoted(text)
    assert (c.cue, holder_of(c)) == ("強調した", "トランプ")
    assert c.text.startswith("「私はプーチン") and c.text.endswith("意味しない。\n」")


def test_the_speaker_after_the_quote_not_a_clause_before_them():
    [c] = _quoted("「神はアメリカを呪っている。\n彼を見つけることは決してできないだろう。\n」"
                  "裁判官が判決文を読み上げる前にムサウィ被告は言った。")
    assert c.cue == "言った" and "ムサウィ" in holder_of(c)
    [c] = _quoted("「いろいろな道から彼らは集まってきたので、あてずっぽうでも何人の警官がいたのか言うことができない。\n」"
                  "別の男性、クライド・パウレスは言った。")
    assert holder_of(c) == "クライド・パウレス"


def test_a_quote_announced_by_the_sentence_before():
    text = "試合後にできた円陣でダリッチ監督はこういったという。\n「顔を上げるんだ。\n失望する必要はない。\n誇りを持とう」。"
    [c] = _quoted(text)
    assert c.text == "「顔を上げるんだ。\n失望する必要はない。\n誇りを持とう」" and holder_of(c) == "ダリッチ"


def test_a_statement_given_as_follows():
    text = ("警察の声明文は次のとおり。\n「私たちは2005年7月21日木曜日の事故と彼が関連しないことをいま確認します。\n"
            "このような状況で誰かが命を失うということは悲劇であり、首都警察は遺憾の意を表します」")
    [c] = _quoted(text)
    assert (c.cue, holder_of(c)) == ("声明文", "警察")
    assert c.text.endswith("遺憾の意を表します」") and "\nこのような状況" in c.text
    assert _quoted("この方針は次のとおり。") == []


def test_a_quote_with_no_verb_is_still_no_claim():
    assert _quoted("「顔を上げるんだ。\n失望する必要はない。\n誇りを持とう」。") == []


def test_a_hedge_or_a_contrast_after_the_verb_keeps_the_quote():
    # …と説明している模様である: the writer hedges, the mayor still said it; …と述べる一方、: and, on the other hand
    [c] = _quoted("読売新聞によると、竹原市長は、「養護学校に勤めている人から聞いた情報をそのまま書いたもので、事実だと思う。\n"
                  "障害者を死なせろとかいう話ではない」と説明している模様である。")
    assert holder_of(c) == "竹原" and c.text.endswith("話ではない」")
    found = _quoted("試合後、伊調選手は「できなかった部分があった」「自分自身のレスリングを貫きたかったのだが、相手によって戦略が"
                    "変わってしまっていたのが悔しい」と述べる一方、3連覇を果たしたことには満足した。")
    assert [c.text[:6] for c in found] == ["「できなかっ", "「自分自身の"] and {holder_of(c) for c in found} == {"伊調"}
    assert _quoted("「評価する」と答えた割合は4割だった。") == []


def test_a_quote_told_as_the_content_of_a_statement_or_of_what_was_disclosed():
    # sentences of Japanese Wikinews articles outside the claims gold
    [c] = _quoted("長女は杉並区などに「母は次男と暮らしてると思う」という説明を行っていた。")
    assert (c.text, c.cue, holder_of(c)) == ("「母は次男と暮らしてると思う」", "説明を行っていた", "長女")
    [c] = _quoted("中央日報の報道では東亜大学は「現在は単位を取得してないので博士課程への志願はできない」ことを明らかにしている。")
    assert c.text == "「現在は単位を取得してないので博士課程への志願はできない」" and holder_of(c) == "東亜大学"
    said = ("しかし、日刊スポーツによるとヴェルディホールディングスの渡貫大志社長は、経営権の譲渡については「直接聞いていない。\n"
            "今の状態が大前提なのでそこまで考えてない」と、現状ではそれを否定する発言をしている。")
    [c] = _quoted(said)
    assert c.cue == "発言をしている" and holder_of(c) == "渡貫大志"
    # a remark told as a noun with its speaker before it is still the speaker's quote (the claims gold marks it)
    [c] = _quoted("石原知事の「フランス語は数を勘定できない言葉」という発言によって名誉を傷つけられた。")
    assert holder_of(c) == "石原"
    assert not _quoted("「フランス語は数を勘定できない言葉」という発言によって名誉を傷つけられた。")  # nobody named


def test_outermost_quotes_in_a_range_keep_nesting_and_skip_unbalanced_marks():
    text = "首相は「米国の「関与」を歓迎する」と述べ、」「未完"
    assert list(quotes(text, 0, len(text))) == [(3, 17)]  # the inner 「関与」 is inside; a stray 」 and an open 「 are no quote
    assert list(quotes(text, 8, len(text))) == []  # from inside the quote: its closing mark opened nothing here
    assert list(quotes(text, 7, 11)) == [(7, 11)]  # the range bounds the reading: 「関与」 alone


def test_curly_double_quotes_followed_by_a_speech_verb_are_a_quote():
    [claim] = candidates("岸田首相は“日本は対話の扉を閉ざさない”と述べた。")
    assert (claim.text, claim.attribution) == ("“日本は対話の扉を閉ざさない”", "direct")  # as the article writes it
    assert holder_of(claim).startswith("岸田")
    [claim] = candidates("外相は〝遺憾だ〟と語った。")
    assert claim.attribution == "direct"


def test_a_word_set_apart_in_curly_quotes_is_no_quote():
    assert all(c.attribution != "direct" for c in candidates("一方、平松氏に関しては“リーダー”と紹介した。"))
    assert candidates("彼は“控えめ”な性格だ。") == []


def test_a_quote_without_its_verb_continued_by_the_next_sentences_quote_and_verb():
    text = "岸田首相は記者団に対し「日本は対話の扉を閉ざさない。」\n「対話を続ける」と述べた。"
    claims = candidates(text)
    assert [c.text for c in claims] == ["「日本は対話の扉を閉ざさない。」", "「対話を続ける」"]
    assert all(holder_of(c).startswith("岸田") for c in claims)  # not 日本, named inside the quote


def test_quotes_alone_on_their_lines_then_who_said_them():
    text = "「日本は対話の扉を閉ざさない」\n「対話を続けることが大切だ」\n岸田首相は10日、記者団にこう語った。"
    claims = candidates(text)
    assert len(claims) == 2 and all(c.cue == "語った" and holder_of(c).startswith("岸田") for c in claims)


def test_a_quote_then_its_speaker_who_says_so_and_goes_on():
    # こう述べ、…: the sentence after the quote goes on past the verb, as it may in the quote's own sentence
    text = "「制裁は逆効果だ」。ラブロフ外相は10日、記者会見でこう述べ、米国に再考を求めた。"
    quote = [c for c in candidates(text) if c.attribution == "direct"]
    assert [(c.text, c.cue, holder_of(c)) for c in quote] == [("「制裁は逆効果だ」", "述べ", "ラブロフ")]
    # no こう: the next sentence's deed tells nothing of the quote
    assert not [c for c in candidates("「制裁は逆効果だ」。ラブロフ外相は10日、記者会見を開き、米国に再考を求めた。")
                if c.attribution == "direct"]


def test_a_quote_told_as_the_content_of_a_noun_the_speaker_states():
    # Wikinews (CC BY 2.5), articles outside every gold: 「…」とする判決理由を述べた, 「…」との提言を出している
    text = "中日新聞によると、古川博裁判長は「障害の影響を考慮しても1審は軽すぎて不当」とする判決理由を述べた。"
    [c] = candidates(text)
    assert c.text == "「障害の影響を考慮しても1審は軽すぎて不当」" and c.attribution == "direct"
    assert holder_of(c).startswith("古川")
    text = "一方、内閣府の消費者委員会は2010年7月に、「広範囲に対応可能な法整備を検討する必要がある」との提言を出している。"
    [c] = candidates(text)
    assert c.attribution == "direct" and c.cue.startswith("提言を出")
    # a name in brackets is not the words of the body named after it
    text = "読売新聞は、地元インドのテレビ局がカシミール地方の「インクラブ」という組織が犯行声明を発表したと報じている。"
    assert [holder_of(c) for c in candidates(text)] == ["読売新聞"]


def test_an_accusation_is_a_position_and_a_cited_headline_it_runs_into_is_not():
    [c] = candidates("リトビネンコ氏は1998年にFSBの要人殺害を告発し、2000年にロンドンに亡命した。")
    assert "FSBの要人殺害" in c.text and c.cue.startswith("を告発")
    assert candidates("YOMIURIONLINE『堀江被告らを告発、ライブドアなどの上場廃止も決定』。") == []


def test_the_day_alone_between_to_and_the_verb():
    for after in ("と2日コメントした。", "と1日述べた。", "と同日語った。"):
        text = "山田太郎外相は「対話は続けるが、制裁を緩めることはない」" + after
        assert [(c.text, holder_of(c)) for c in _quoted(text)] == [("「対話は続けるが、制裁を緩めることはない」", "山田太郎")], after


def test_spaces_left_between_a_quote_and_its_to_are_read_past():
    # livedoor topic and sports news, outside the gold: a half-width or an ideographic space before と
    [c] = _quoted("メインパーソナリティの吉田照美氏は番組内で「この金額、何を根拠に弾いたんだよ。子どもの小遣いでも怒るよ」"
                  "　と苛立ちを露わにした。")
    assert holder_of(c) == "吉田照美" and c.text.startswith("「この金額")
    [c] = _quoted("吉田沙保里は、「負けも経験しましたし、ロンドン五輪の前にも負けてます。」 と、その理由を語った。")
    assert (holder_of(c), c.cue) == ("吉田沙保里", "語った")
    assert not _quoted("吉田沙保里は、「負けも経験しましたし、ロンドン五輪の前にも負けてます。」 その理由は明らかだ。")
