"""A quote's speaker described by its verb and then spoken to or ending the sentence (「…」と語るユミさんに写真を見せて
もらった, 「…」と呟く浅田真央に、, 「…」と語っている長友。), and words posted in any form of 呟く (と呟くと、, と呟くや,
と呟きながらも): the words are the speaker's; and a quote closed by a view with no verb (角医師は「…」という見解だ) is the
topic's view."""

from tests.core.claim_helpers import holders_with as _held


def test_a_speaker_described_by_the_verb_and_then_spoken_to_said_the_words():
    text = "「本当にすごかったですよ。20代で一晩10万くらい使っていた」と語るユミさんに当時の写真をみせてもらった。"
    assert _held(text, "本当にすごかった") == ["ユミ"]
    text = "藤木直人が「今何をしているかご存知ですか？」と尋ねると、「分かんないです」と呟く浅田真央に、藤木は「働いている」と明かした。"
    assert _held(text, "分かんないです") == ["浅田真央"]
    assert _held(text, "働いている") == ["藤木直人"]


def test_a_speaker_named_bare_at_the_end_of_the_sentence_said_the_words():
    text = "ザッケローニ監督は練習を公開した。この日、「みんな元気してるかな。僕は合宿も無事終わりました」と語っている本田圭佑。"
    assert _held(text, "みんな元気") == ["本田圭佑"]  # not the last sentence's topic


def test_words_posted_with_any_form_of_tsubuyaku_are_the_posters():
    text = ("サッカー解説者の中西哲生氏は、自身のツイッターで「マン・オブ・ザ・マッチは、本田」と呟くと、"
            "「皆さん、本当にありがとうございました」と続けた。")
    assert _held(text, "マン・オブ・ザ・マッチ") == ["中西哲生"]
    text = "これを観ていた丸山桂里奈は「決めた。おーナイス」と呟くも、表情に笑顔はなかった。"
    assert _held(text, "決めた") == ["丸山桂里奈"]
    text = "しびれを切らした大泉洋は、「ここは王様同士、話し合いますか」とつぶやきながら、ライオンに向かって歩みよった。"
    assert _held(text, "王様同士") == ["大泉洋"]


def test_a_verb_describing_a_thing_or_someone_elses_kin_tells_no_speaker():
    assert _held("「やった」とつぶやく映像が公開された。", "やった") == []
    assert "山田" not in _held("「僕は行かない」と話す山田氏の妻は泣いた。", "僕は行かない")
    assert _held("「ゴジラ」という松井秀喜に、記者が集まった。", "ゴジラ") == []


def test_a_quote_closed_by_a_view_with_no_verb_is_the_topics_view():
    text = "本人はしびれを訴えておらず、角医師は「今後、悪化することはないと思う」という見解だ。"
    assert _held(text, "悪化する") == ["角医師"]
    text = "一瞬黙ってしまった野村克也氏だが、「監督のタイプが私とは正反対だから。チーム作りとなるとどうかな」という見解。"
    assert _held(text, "監督のタイプ") == ["野村克也"]
    # an opinion many gave, nobody named, and a message's content: no view of the sentence's own
    assert _held("意外と多かったのは「戻りたくない。今が一番！」という意見。", "戻りたくない") == []
    assert _held("ブログでは「今日も旦那さんを呼び続けた」という内容。", "旦那さん") == []
