"""Quotes as film and entertainment news tell them, on sentences of the livedoor news corpus's movie-enter
category (CC BY-ND 2.1 JP, NHN Japan) outside every gold: after 「…」と the writer tells the look the words came
with or what they did (と太鼓判を押していた, と笑いを誘った), the manner of saying (と照れながらコメント), or closes
on a noun of the speaker's manner or words with no verb (と満足の様子, と一言). Only after a quote: the same words
after a plain clause report nothing."""

from tests.core.claim_helpers import candidates, holder_of, wikinews_claims_body as _gold_body


def test_the_look_or_effect_of_the_words_after_a_quote_reports_them():
    text = "本作を鑑賞したモデルの菜々緒は「友達以上になりたい方と一緒に行くと接近できると思う。キッカケには絶対なるはず」と太鼓判を押していた。"
    [found] = candidates(text)
    assert found.text.startswith("「友達以上に") and holder_of(found) == "菜々緒"
    text = "ローズちゃんの守る対象から外れた父親・ボビーは「これ終わったら、家族会議だぞ」と笑いを誘った。"
    assert [c.text for c in candidates(text)] == ["「これ終わったら、家族会議だぞ」"]


def test_the_manner_of_saying_between_to_and_the_verb():
    text = "天海の印象について、ダコタは日本語で「きれい！」と照れながらコメント。"
    [found] = candidates(text)
    assert found.text == "「きれい！」" and holder_of(found) == "ダコタ"
    text = "山田監督は「僕が日本を救います」と力強く語った。"
    assert [c.text for c in candidates(text)] == ["「僕が日本を救います」"]


def test_a_quote_closed_by_a_noun_of_manner_or_of_words():
    text = "蜷川監督は「一緒に戦えたのがエリカで良かった」と作品の仕上がりに満足の様子。"
    [found] = candidates(text)
    assert found.text == "「一緒に戦えたのがエリカで良かった」" and holder_of(found) == "蜷川"
    text = "初めてライトセーバーを手にした信長は、その光る刀に驚いた様子だったが、「これが銀河にとどろく名刀か！」と一言。"
    assert [c.text for c in candidates(text)] == ["「これが銀河にとどろく名刀か！」"]
    text = "彼は「使用人」という発言で会場を驚かせた。"  # という: the words named, not told with a manner
    assert [c.cue for c in candidates(text)] != ["発言"]


def test_the_same_words_after_a_clause_with_no_quote_report_nothing():
    text = ("各国の自動車メーカーがエコカーの新型モデルを発表する中、日本を代表するトヨタとホンダが2台の高級スポーツカー"
            "「NSXコンセプト」と「レクサスLF-LC」を初披露し、喝采とともに会場を沸かせた。")
    assert candidates(text) == []
    text = ("クラスメートには恐竜や折り紙のクマ、風船やロボットがいて…と、ハチャメチャな設定のキャラクターたちが架空の街を舞台に、"
            "次から次へと笑いを振りまく！！")
    assert candidates(text) == []


def test_the_one_a_sentence_describes_before_datta_ga_says_the_quote():
    # the sentence before names someone else as its subject: the one described right before the quote speaks
    text = ("『24 -TWENTYFOUR-』でジャック・バウワーの日本語吹き替えを担当した小山力也が主人公マーティンの日本語吹き替えを務める。"
            "テレビドラマ出演を控えていたキーファーだったが、「とにかく脚本が見事で、これは断れない」と、本シリーズの出演を決めた理由を明かしている。")
    [found] = candidates(text)  # the quote is the reason disclosed: one claim, not the reason as an object besides
    assert found.text == "「とにかく脚本が見事で、これは断れない」" and holder_of(found).startswith("キーファー")
    text = "ノースリーブのウエディングドレス姿の花嫁2人だったが、「夢に描いていた最高の結婚式です」と笑顔を見せていた。"  # Wikinews
    assert [holder_of(c) for c in candidates(text)] == ["花嫁2人"]
    text = "鈴木は4年前までは体操選手だったが、「今は違う」と語った。"  # what the topic was, not who speaks
    assert [holder_of(c) for c in candidates(text)] == ["鈴木"]


def test_a_quote_with_no_speaker_goes_on_with_the_last_person_quoted_not_a_body_described_since():
    # the claims gold's fifteenth development draw (movie-enter-6201570): her quotes, a sentence on her group (SDN48は…
    # 卒業が決まっている), then a matter described and closed (恋愛は“自由”だったが、) before her next words
    body = _gold_body("movie-enter-6201570")
    quoted = [c for c in candidates(body) if c.attribution == "direct"]
    assert [holder_of(c) for c in quoted][-2:] == ["芹那", "芹那"]
    text = "芹那は映画が好きだ。これまでも、恋愛は“自由”だったが、「彼氏を作ることができなかった」と振り返った。"
    assert [holder_of(c) for c in candidates(text)] == ["芹那"]  # not 恋愛
    text = "芹那は「楽しかった」と語った。佐藤首相は来月、訪米する。「また来たい」と述べた。"  # a person named since: theirs
    assert [holder_of(c) for c in candidates(text)][-1] != "芹那"


def test_who_is_named_in_the_matter_before_a_quote_does_not_say_it():
    # livedoor sports-watch-4875349 (outside every gold): the brother named in the matter (…については) is not the speaker
    text = ("元横綱・花田勝氏が、テレビ朝日系情報番組「ワイド！スクランブル」に生出演（7日放送）、渦中の相撲協会、そして、"
            "弟・貴乃花親方についてコメントを出した。\n「お互い連絡先はわからない」と語る花田氏。"
            "貴乃花親方が提出したという退職届については「ビックリした」と驚きの様子。")
    [found] = [c for c in candidates(text) if c.text == "「ビックリした」"]
    assert holder_of(found) == "花田勝"
    # the topic or the subject of the words, not a relative clause's, still speaks of the matter
    text = "トリニータは2010年の運営規模について「経営のスリム化を図るため、10-12億円程度になるのは仕方がない」としている。"
    assert [holder_of(c) for c in candidates(text)] == ["トリニータ"]
    text = "先日の写真集発売イベントでは、早乙女が交際について「順調」と宣言している。"
    assert [holder_of(c) for c in candidates(text)] == ["早乙女"]


def test_the_person_a_cleft_sentence_ends_on_is_whom_a_pronoun_next_stands_for():
    # livedoor movie-enter-6396441 (outside every gold): 監督を務めるのは、…スタントン。…彼は「…」と語る
    text = ("監督を務めるのは、本作が初の実写映画となるアンドリュー・スタントン。"
            "『ファインディング・ニモ』『ウォーリー』で全世界を沸かせた彼は「背景全てをCGにすることは全く考えなかった」と語る。")
    assert [holder_of(c) for c in candidates(text)] == ["アンドリュー・スタントン"]
    text = "注目されているのは、新しい制度だ。彼は「背景全てをCGにすることは全く考えなかった」と語る。"  # no person in focus
    assert [holder_of(c) for c in candidates(text)] == [None]
