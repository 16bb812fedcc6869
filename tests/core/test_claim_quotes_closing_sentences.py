"""Quotes that close their sentence with no verb of speech after them, and quotes whose statement went through
someone (Japanese Wikinews, CC BY 2.5, articles outside every gold, and sentences written for the project)."""

from tests.core.claim_helpers import holder_of, proposed_as, quoted


def _quote(text, quote):
    [c] = proposed_as(text, quote)
    return c


def test_a_source_then_only_its_words_is_the_source_s_statement():
    text = ("オランダ国内交通局(ANWB)によると、"
            "「爆弾は振動に弱く、固定した場所におかれておらず、おそらくはまだ爆発する可能性がある」。")
    c = _quote(text, "「爆弾は振動に弱く、固定した場所におかれておらず、おそらくはまだ爆発する可能性がある」")
    assert c.attribution == "direct" and holder_of(c) == "オランダ国内交通局"


def test_the_source_holds_its_words_not_the_person_named_before():
    text = ("東京高裁の大谷正治裁判長は違憲と判断した。"
            "日本経済新聞によると、「同種訴訟の高裁では初の違憲判断を示した」。")
    assert holder_of(_quote(text, "「同種訴訟の高裁では初の違憲判断を示した」")) == "日本経済新聞"


def test_a_body_s_statement_as_the_source_of_its_words():
    text = "ロシア外務省の声明によると、「日本の対応は容認できない行為だ」。"
    assert holder_of(_quote(text, "「日本の対応は容認できない行為だ」")) == "ロシア外務省"


def test_the_topic_s_own_clause_before_its_words_ending_the_sentence():
    text = "ロシアのラブロフ外相は10日、記者会見を開き、日本の対応について「容認できない行為であり、強く抗議する」。"
    c = _quote(text, "「容認できない行為であり、強く抗議する」")
    assert holder_of(c).endswith("ラブロフ")


def test_a_clause_of_a_topic_no_one_names_holds_no_quote():
    assert not quoted("学校は授業を再開し、「みんなでがんばろう」。")


def test_a_statement_issued_through_a_lawyer():
    text = ("これに対し、FIFAのブラッター会長は「辞任はFIFAの利益にもならず、改革を進めるわけでもない」と"
            "弁護士を通じて声明を発表しているが、スポンサーとFIFAとの対立は続いている。")
    c = _quote(text, "「辞任はFIFAの利益にもならず、改革を進めるわけでもない」")
    assert "ブラッター" in holder_of(c)


def test_a_message_passed_on_through_an_envoy():
    text = "ドイツのメルケル首相は3日、安倍首相に対し、「両国の友好をさらに深めたい」とのメッセージを駐日大使を通じて伝えた。"
    c = _quote(text, "「両国の友好をさらに深めたい」")
    assert holder_of(c).endswith("メルケル")
    sent = "メルケル首相は3日、「両国の友好をさらに深めたい」とのメッセージを送った。"
    assert holder_of(_quote(sent, "「両国の友好をさらに深めたい」")).endswith("メルケル")


def test_the_words_a_statement_closed_with():
    text = ("朝鮮中央通信は日本政府を非難した。また、日朝平壌宣言の精神に反するものと非難した上で、"
            "「日本の挑発的で卑劣な態度を座視しない、必要な対抗処置を取り続ける」と結んでいる。")
    c = _quote(text, "「日本の挑発的で卑劣な態度を座視しない、必要な対抗処置を取り続ける」")
    assert c.cue.startswith("結ん") and holder_of(c) == "朝鮮中央通信"


def test_a_tie_made_with_a_name_in_brackets_is_no_statement():
    text = "横浜市は同スタジアムの命名権の契約を、バネのメーカー「日本発条株式会社」と結んだと発表した。"
    assert not [c for c in quoted(text) if "日本発条" in c.text]


def test_quotes_listed_then_a_clause_of_their_speaker_going_on():
    text = ("2月24日配信の記事で、ビートたけしが「大卒就職率の低下はバカ大学が増えたから」など、"
            "独自の“大学論”を展開し、ネット掲示板で反響を呼んでいる。")
    c = _quote(text, "「大卒就職率の低下はバカ大学が増えたから」")
    assert holder_of(c) == "ビートたけし"


def test_a_quote_then_its_speaker_criticising_so():
    text = "「日本の対応は容認できない」ロシアのラブロフ外相は10日、日本の対応をこう批判した。"
    assert holder_of(_quote(text, "「日本の対応は容認できない」")).endswith("ラブロフ")


def test_a_quote_alone_then_its_speaker_in_the_next_sentence_so_to_whom():
    text = "「日本との対話を続ける用意がある」。ロシアのラブロフ外相は10日、こう記者団に語った。"
    assert holder_of(_quote(text, "「日本との対話を続ける用意がある」")).endswith("ラブロフ")
    criticised = "「日本の対応は容認できない」。ロシアのラブロフ外相は10日の記者会見で、こう日本を批判した。"
    assert holder_of(_quote(criticised, "「日本の対応は容認できない」")).endswith("ラブロフ")


def test_the_topic_named_right_after_to_holds_what_it_criticised():
    text = "「日本の対応は容認できない」とラブロフ外相は記者会見で日本を批判した。"
    assert holder_of(_quote(text, "「日本の対応は容認できない」")).endswith("ラブロフ")


def test_a_clause_s_own_subject_after_to_is_not_the_speaker():
    text = ("ブログによると、下河原氏は「朋美は芸能界復帰に向けて様々なことを楽しんでいます」と、"
            "華原が芸能界復帰を目指していることを明らかにした。")
    assert "華原" not in holder_of(_quote(text, "「朋美は芸能界復帰に向けて様々なことを楽しんでいます」"))


def test_a_quote_then_its_writer_posting_it_so():
    posted = "「北朝鮮の完全な非核化を目指す」。トランプ大統領はツイッターにこう投稿した。"
    written = "「北朝鮮の完全な非核化を目指す」トランプ大統領は10日、ツイッターにこう書き込んだ。"
    for text in (posted, written):
        assert holder_of(_quote(text, "「北朝鮮の完全な非核化を目指す」")).endswith("トランプ")


def test_the_gist_of_what_was_said_told_with_mune():
    said = "ロシアのラブロフ外相は「日本の対応は容認できない」旨述べた。"
    assert holder_of(_quote(said, "「日本の対応は容認できない」")).endswith("ラブロフ")
    mailed = ("同チェーン店の本部スタッフが9月25日の段階で「10月1日に賞味期限が切れる」旨をメールで連絡したが、"
              "店側がそれを見落としていた。")
    assert holder_of(_quote(mailed, "「10月1日に賞味期限が切れる」")) == "本部スタッフ"
    lodged = "日本政府は10日、「日本の立場は変わらない」旨を中国側に申し入れた。"
    assert holder_of(_quote(lodged, "「日本の立場は変わらない」")) == "日本"
