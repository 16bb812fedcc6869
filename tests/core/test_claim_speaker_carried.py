"""Quotes whose speaker stands outside their own sentence: the sentence before named them (with their own quote, or
with what they stated), or a line of its own holds only their name (Xは、\\n「…」)."""

from tests.core.claim_helpers import claims_held, holder_of_the, quoted


def test_a_quote_standing_alone_after_its_speakers_quote_is_theirs():
    body = ("エンドンさんはあるインタビューで「夫の仕事を助け、理解しなければならなかったのです」と語っていた。\n"
            "「私はいつも夫を褒めています。\n離れているときには夫はいつも電話をくれ、私たちはお互いに向かって"
            "愛していると始終口にしています」。\nエンドンさんは乳がん検診プログラムにも深くかかわっていた。")
    assert holder_of_the(body, "「私はいつも夫を褒めています。\n離れているときには夫はいつも電話をくれ、私たちはお互いに"
                               "向かって愛していると始終口にしています」") == "エンドン"


def test_a_connective_may_open_the_quote_that_goes_on():
    body = ("ラブロフ外相は、日本の対応について「非友好的な行動だ」と批判した。さらに、「ロシアは対抗措置をとる」。")
    assert holder_of_the(body, "「ロシアは対抗措置をとる」") == "ラブロフ"


def test_nothing_carries_past_someone_named_after_the_quote_or_past_readers_voices():
    body = "岸田首相は「中国の行動は容認できない」と述べたが、立憲民主党は反発した。「対応が遅すぎる」。"
    assert [c.text for c in quoted(body)] == ["「中国の行動は容認できない」"]
    body = ("高橋が所属する派生グループ“ノースリーブス”名義のブログ・コメント欄にも、「お母さん、大丈夫か？！」"
            "「一人じゃない、味方だよ！」など、彼女を心配する書き込みが殺到している。\n"
            "「AKB48とは高橋みなみのことである」。秋元康にこう言わしめ、グループ全体を取りまとめる彼女の責任感の強さを"
            "考えると、今後の活動に大きな影響を及ぼすことは必至か。")
    assert "「AKB48とは高橋みなみのことである」" not in [c.text for c in quoted(body)]


def test_a_cited_headline_after_the_last_sentence_is_no_ones_words():
    body = "岸田首相は記者会見で「中国の行動は容認できない」と述べた。\n「首相、中国の行動を批判」。\n読売新聞、2023年5月10日。"
    assert [c.text for c in quoted(body)] == ["「中国の行動は容認できない」"]


def test_a_sentence_naming_the_speaker_and_what_they_stated_introduces_the_quotes_after_it():
    body = ("ブリンケン国務長官は9日、声明を発表した。\n「ロシアの侵略は国際法違反であり、決して認められない」\n"
            "「米国は同盟国と共にウクライナを支え続ける」")
    assert [(text, holder) for text, holder in claims_held(body)] == [
        ("「ロシアの侵略は国際法違反であり、決して認められない」", "ブリンケン"),
        ("「米国は同盟国と共にウクライナを支え続ける」", "ブリンケン")]
    body = "岸田首相は10日、記者会見を開き、中国の対応を批判した。「力による現状変更は認められない」「国際社会と連携して対応する」。"
    assert holder_of_the(body, "「力による現状変更は認められない」") == "岸田文雄"
    assert holder_of_the(body, "「国際社会と連携して対応する」") == "岸田文雄"


def test_a_holder_carried_from_further_back_does_not_go_on():
    # the sentence before names its speaker in a form not read (ある男性): its claim's holder came from further back,
    # so the quote after it is not given to that earlier speaker; Ｓさん, an initial, is read and goes on
    body = ("美香子さんは「もう、社内恋愛はしたくありません」と話す。\n男性陣からヒントをもらおう。\n"
            "「焼きもちなんてとにかく重いだけ」とは会社員の{}。\n"
            "「たいてい、焼きもちには“怒り”が含まれている。元カノのことで責められると、うっとうしくなるんですよね」")
    said = [holder for text, holder in claims_held(body.format("ある男性（33歳）")) if text.startswith("「たいてい")]
    assert "美香子" not in said
    said = [holder for text, holder in claims_held(body.format("Ｓさん（33歳）")) if text.startswith("「たいてい")]
    assert said == ["Ｓ"]


def test_a_quote_goes_on_from_reported_speech_but_not_from_an_outlets_report():
    body = "ラブロフ外相は9日、日本の制裁は非友好的な行動だと述べた。「ロシアは必ず対抗措置をとる。日本は責任を負うことになる」。"
    assert holder_of_the(body, "「ロシアは必ず対抗措置をとる。日本は責任を負うことになる」") == "ラブロフ"
    body = "金正恩総書記は、米国との対話に応じる用意があるとの考えを示した。\n「我々は対話にも対決にも準備ができている」"
    assert holder_of_the(body, "「我々は対話にも対決にも準備ができている」") == "金正恩"
    body = "朝日新聞は、政府が新たな制裁を検討していると報じた。「制裁の対象を拡大する方向で調整している」。"
    assert [c.text for c in quoted(body)] == []


def test_quotes_on_lines_of_their_own_go_on_one_after_another():
    body = ("ゼレンスキー大統領は10日、ビデオ演説で「ロシアの攻撃は戦争犯罪だ」と述べた。\n「我々は決して屈しない。最後まで戦う」\n"
            "「世界はウクライナと共にある。支援に感謝したい」")
    assert holder_of_the(body, "「世界はウクライナと共にある。支援に感謝したい」") == "ゼレンスキー"


def test_the_talks_a_sentence_is_set_in_are_no_speaker():
    body = "岸田首相はバイデン大統領と会談した。会談では「日米同盟は揺るぎない」と述べた。"
    assert holder_of_the(body, "「日米同盟は揺るぎない」") == "岸田文雄"
