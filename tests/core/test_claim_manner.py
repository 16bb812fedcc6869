"""Quotes as sports and entertainment news tell them, on sentences of the livedoor news corpus's
sports-watch category (CC BY-ND 2.1 JP, NHN Japan): articles outside every gold and the claims gold's
fourteenth development draw. The verb tells the manner of saying (と苦笑い, と持論を展開する, など興奮
気味に言い放つ); the sentence may close on the speaker its verb describes (…と語る駒田氏だった); a name
inside an earlier quote of the sentence is nobody's subject outside it."""

from tests.core.claim_helpers import candidates, holder_of, wikinews_claims_body as _gold_body


def test_a_verb_of_manner_after_a_quote_reports_it():
    text = ("また、浅田がもうすぐ二十歳になることに話題が及ぶと、「恋人とか？」とストレートに質問する宮根に対し、"
            "浅田は「いいですね。二十歳になったら（恋）してもいいかな。でも相手がいないので」と苦笑い。")
    found = [c for c in candidates(text) if c.text.startswith("「いいですね")]
    assert [holder_of(c) for c in found] == ["浅田"]
    text = ("「また、幼児虐待の事件が。」というタイトルでブログ綴った駒田氏は、「それなのに、なぜ虐待が減らないのか。"
            "全く理解出来ない」と持論を展開する。")
    assert [c.text[:8] for c in candidates(text)] == ["「それなのに、な"]


def test_quotes_listed_with_nado_and_a_manner_share_its_verb():
    text = "解説にも関わらず、魔裟斗は立って拍手を送ると、「1ラウンド、すげー頭にきてたもん」、「K-1舐めんな」など興奮気味に言い放つ。"
    found = candidates(text)
    assert [c.text for c in found] == ["「1ラウンド、すげー頭にきてたもん」", "「K-1舐めんな」"]
    assert {holder_of(c) for c in found} == {"魔裟斗"}
    text = "彼は「勝てる」などと興奮気味に語った。"
    assert [c.text for c in candidates(text)] == ["「勝てる」"]


def test_a_sentence_closing_on_its_speaker_is_theirs():
    text = ("また、ブログの最後では「原因は何であれ、甘やかされた子供が大人になって虐待事件を起こしているのは間違いない」"
            "と語る駒田氏だった。")
    [c] = candidates(text)
    assert holder_of(c) == "駒田"
    text = ("だが、野村氏は「監督の立場からすると中心選手ですから、鏡になる打者、これが4番だと思う」と持論を述べ、"
            "以下の通りに挙げると、「他の選手に“王を見習え”、“落合を見習え”って言えるじゃないですか」と、その理由を述べる野村氏だった。")
    assert [holder_of(c) for c in candidates(text)] == ["野村", "野村"]
    text = "「本番始まったらオーナーの席で見させて貰った」と嬉しそうに語るアッコだった。"
    assert [holder_of(c) for c in candidates(text)] == ["アッコ"]
    text = "「本番始まったらオーナーの席で見させて貰った」と語るのだった。"  # no one named after the verb
    assert [holder_of(c) for c in candidates(text)] == [None]


def test_a_name_inside_an_earlier_quote_is_no_subject_outside_it():
    body = _gold_body("sports-watch-5052025")  # 「…（ガッツポーズが）クセになっちゃった」と苦笑い。…と明かしつつ、「…」と語った
    assert [holder_of(c) for c in candidates(body)] == ["石川遼"] * 3
    text = body[body.index("さらには") :]  # the speaker is named in no sentence of this paragraph
    assert [holder_of(c) for c in candidates(text)] == [None, None]
    text = "「ネパール会議派」の議員は、国王の権限を縮小すべきだと述べた。"  # a name in brackets still speaks
    assert [holder_of(c)[:7] for c in candidates(text)] == ["ネパール会議派"]


def test_a_speaker_closing_a_clause_with_datta_ga_and_names_in_brackets():
    text = "この質問に「アメリカ合衆国ですね」と苦笑いを浮かべたアナウンサーだったが、質問が続くと今度は長野が意外な答えを返した。"
    assert [holder_of(c) for c in candidates(text)] == ["アナウンサー"]
    text = "フジテレビ「すぽると！」（30日放送分）では、チュートリアル・徳井が「ボクシングは見るのも好きです」と語った。"
    assert [holder_of(c) for c in candidates(text)] == ["徳井"]
    text = "フジテレビ「すぽると！」（30日放送分）では、「スポーツを楽しむ！金曜日」として、「ボクシングは見るのも好きです」と語った。"
    assert [holder_of(c) for c in candidates(text)][-1] == "すぽると！"  # a programme's name in brackets, read as written


def test_the_one_who_asks_never_holds_the_answer():
    text = ("日本時間29日、競泳男子400m個人メドレーで高校生・萩野公介が銅メダルを獲得した。\n"
            "テレビ朝日の五輪特設スタジオを訪れた荻野。五輪キャスターを務める松岡修造氏から「なんでいきなり出てきた？」と訊かれるや、"
            "「なんでですかね。若いからですかね？」と苦笑い。")
    assert [holder_of(c) for c in candidates(text)] == ["萩野公介"]
    text = "川島は、記者から「彼女いないんですか？」と食い下がられると、「いません」と苦笑い。"
    assert [holder_of(c) for c in candidates(text)] == ["川島"]
    text = "桜庭選手側から「反則だ」と抗議があった。"  # a から-phrase that is no question: the quote came from them
    assert [holder_of(c) for c in candidates(text)] == ["桜庭"]


def test_people_named_by_the_trade_they_speak_from_hold_their_words():
    text = ("中国の嫌がらせについて、同誌にコメントするスポーツライターは、「まずは、8月28日の現地到着早々に、撮影禁止ゾーンに"
            "地元中国紙記者が乱入し、専用バスでくつろぐ日本選手たちを激写して問題になった」と語る。")
    assert [holder_of(c) for c in candidates(text)] == ["スポーツライター"]
    text = ("ダルビッシュは「フォローさせて頂きました」と返した。\n"
            "同誌にコメントを寄せるアイドルライターは、「平野はコアなファンから“処女視”され、『死ね』『嫌いになった』と"
            "ブログに書き込まれるほど。今回の騒動になった」と語り、平野ファン激怒の背景を説明した。")
    assert [holder_of(c) for c in candidates(text)][-1] == "アイドルライター"


def test_how_often_or_when_is_no_one():
    text = ("準々決勝では、韓国の宋大男に大外刈りを決め、一度は一本となったが、副審二人が技有りを主張、逆転とはならなかった。")
    assert [holder_of(c) for c in candidates(text)] == ["副審二人"]


def test_a_trade_written_before_a_name_is_not_the_speaker():
    text = "また、その一方、スポーツジャーナリスト・中西哲生氏は「0−1なら、上出来」と短く感想を述べた。"
    assert [holder_of(c) for c in candidates(text)] == ["中西哲生"]


def test_a_quote_told_with_the_feeling_or_admission_it_came_with():
    found = candidates("球場の関係者は「一度測定しているはずなのに記録が残っていない」と首をかしげていた。")
    assert [(c.text, c.cue) for c in found] == [("「一度測定しているはずなのに記録が残っていない」", "首をかしげていた")]
    [c] = candidates("容疑者は「要望が改善されていないので困惑させてやろうと思った」と容疑を大筋認めている。")
    assert c.attribution == "direct" and holder_of(c) == "容疑者"
    [d] = candidates("堂林投手は「本当に最後は苦しかった」と涙を詰まらせた。")
    assert d.text == "「本当に最後は苦しかった」" and "堂林" in holder_of(d)
