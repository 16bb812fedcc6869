"""Claims on text no rule was written for: sentences of the livedoor news corpus (CC BY-ND 2.1 JP, NHN Japan)
outside every gold — men's and women's lifestyle, film and sports news — and of the claims gold's sixteenth
development draw, and Wikinews articles outside the golds. A sentence that only presents a person hands the
next one its subject; a quoted thought is a claim; the speaker a cleft sentence closes on, or the が-subject of
a quote's own relative clause, holds it; concessions, reputations, other words for a thing and names something
is known by are no claims."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_sentence_presenting_a_person_gives_the_next_its_subject():
    text = ("まずは今年6月に「社内公用語の英語化」を取り入れた楽天・三木谷浩史社長。2000人以上が勤務するオフィスにおいて"
            "社内公用語をすべて英語とすることを発表し、グローバル化に向けた方向性をどの企業よりも明確に示した。")
    found = [c for c in candidates(text) if "英語とする" in c.text]
    assert [holder_of(c) for c in found] == ["三木谷浩史"]
    # a caption listing people left to right, or two people joined by と, presents no one speaker
    for opening in ("ゴルフを愛する3人。左から、橋本玲奈さん、松藤あつこさん、佐藤すみれさん。", "出席したのは山田太郎氏と鈴木一郎氏。"):
        text = opening + "社内公用語をすべて英語とすることを発表した。"
        assert [holder_of(c) for c in candidates(text) if "英語とする" in c.text] == [None]


def test_a_quoted_thought_is_the_thinkers_claim():
    text = ("作品のテーマが“親子の絆”であること、そして主人公の息子マックスと陸くんが同い年という共通点もあり、二人に"
            "出演を依頼。陸くんも「父親と同じ世界に入りたい」と思っていた矢先の初の仕事依頼ということもあり、当日の"
            "ナレーション収録では少し緊張していた。")
    found = [c for c in candidates(text) if c.text.startswith("「父親と")]
    assert [holder_of(c) for c in found] == ["陸"]


def test_a_grown_up_called_chan_inside_quoted_words_is_not_the_next_speaker():
    text = ("タレントのラサール石井氏が自身のツイッター上で、「ちょっと暴言吐きます。浅田真央ちゃんは、そろそろ表現力を"
            "身に付けて欲しい」と呟き、大ひんしゅくを買うことになった。ラサール氏のツイッターが炎上したため、その二日後には、"
            "「全女性の皆様に心より謝罪いたします」と謝罪のコメントを掲載した。")
    found = [c for c in candidates(text) if c.text.startswith("「全女性")]
    assert [holder_of(c) for c in found] == ["ラサール石井"]
    text = "そして、それを受けたローズちゃんは「お兄ちゃんとお母さんと妹」と答えた。"
    assert [holder_of(c) for c in candidates(text)] == ["ローズ"]


def test_thoughts_that_describe_a_reader_or_a_moment_are_no_claims():
    assert candidates("「美しくなるにはお金がかかる」と思っているあなた。") == []
    assert candidates("「おいしい！」と思った瞬間には、とろけて消えてしまいます。") == []
    assert candidates("ホテルやショップに行った時に、「いい香りがする！」と思ったことがあるはず。") == []


def test_a_speech_verb_in_a_concession_reports_nothing():
    text = ("「ゆっくりと贅沢に」と一口に語ってみても、その「贅沢」とはやはり人それぞれの感性に委ねられるものだが、"
            "自分の場合は満身創痍の体躯に休息を与えるのは、やはり至高な酒と過ごす時間であろう。")
    assert [c.text for c in candidates(text)] == []
    assert candidates("美しさを追求するのは、女子の“永遠の課題”と言っても過言ではありません。") == []
    assert candidates("しかし、一言に転職と言っても簡単には行動できないものですよね。") == []


def test_a_reputation_and_other_words_for_a_thing_are_no_claims():
    assert candidates("本年度アカデミー賞最有力との呼び声も高い注目の作品だ。") == []
    assert candidates("これは「周囲の人を巻き込んで成果を出すための技術」と言い換えてもいい。") == []
    assert candidates("3つ目は、“魅力に抗えない力”とでも言いましょうか（笑）") == []


def test_a_name_something_is_known_by_is_no_claim():
    text = ("ムーヴはパンを水に落として、集まった熱帯魚を捕獲し食用にするという珍しい習性を持っており、"
            "「漁をするサル」として世界的に知られていた。")
    assert candidates(text) == []
    # as before, a quote followed by として and a verb of speech is still said
    found = candidates("野党は「民意に反する」として強く反発した。")
    assert [c.text for c in found] == ["「民意に反する」"]


def test_a_quote_in_a_relative_clause_with_its_own_subject_is_held_by_it():
    text = "もちろん、機能面も、プロのキャディが「至れり尽くせり」と絶賛する装備が満載。"
    assert [(c.text, holder_of(c)) for c in candidates(text)] == [("「至れり尽くせり」", "プロのキャディ")]
    # without a subject of its own, the verb still only describes the noun
    assert candidates("「評価する」と答えた割合は3割にとどまった。") == []
    assert candidates("それが「最高」と評価する理由だ。") == []


def test_the_speaker_a_cleft_sentence_closes_on_holds_the_quote():
    text = "ウッドコーンは「音楽作りの重要なツールに進化した」と話すのはビクタースタジオ長の高田 英男氏（写真左奥）。"
    assert [holder_of(c) for c in candidates(text)] == ["高田 英男"]
    # the verb made a noun with no one after it reports nothing
    assert candidates("「勝てる」と述べたのは問題だ。") == []


def test_a_speaker_after_to_mo_is_named_without_the_particle():
    text = "本当に継続した信頼関係など存在しないとも著者は語っています。"
    assert [holder_of(c) for c in candidates(text)] == ["著者"]


def test_a_request_made_of_the_subject_is_not_their_position():
    text = "試合後、コメントを求められた内藤は、「う〜ん、いい試合でしたね。」と語った。"
    assert [c.text for c in candidates(text)] == ["「う〜ん、いい試合でしたね。」"]


def test_a_ga_subject_right_before_a_quote_speaks_unless_a_topic_holds_the_sentence():
    text = ("ちなみに、「女性の肌にゲンメツをしたことがある」という男性は、なんと39％もいるのだとか！　"
            "そして93％の男性が「肌の美しさが女性の魅力を左右する」と答えています。")
    found = [c for c in candidates(text) if c.text.startswith("「肌の")]
    assert [holder_of(c) for c in found] == ["男性"]  # the people the share counts, not the share (core.claims.shares)
    text = "毎日新聞によると、その後著作権団体側が「補償金とダビング10を切り離して考えたい」としている。"
    assert [holder_of(c) for c in candidates(text)] == ["著作権団体側"]
    # the topic set off by a comma, no clause of its own ended since: the body speaks through its people
    text = "松下は、11日、広報グループが「当社の主張が一部認められた部分もあり評価できる」としている。"
    assert [holder_of(c) for c in candidates(text)] == ["松下"]
    # a share of things is told of, it says nothing
    text = "その他にも、削除依頼の大半が「民間団体からのメールだった」としている。"
    assert [holder_of(c) for c in candidates(text)] == [None]
    # a conjunction's が is no subject: 恋愛は“自由”だったが、「…」 stays the speaker's
    text = "芹那は笑った。これまで恋愛は“自由”だったが、「彼氏を作ることができなかった」と振り返った。"
    assert [holder_of(c) for c in candidates(text)] == ["芹那"]


def test_a_transcript_line_is_its_labelled_speakers():
    text = ("インタビュー：公認会計士・平林亮子「駄目ならしょうがないよねっていう潔さも必要」\n"
            "——学業とダブルスクールは大変ではなかったですか？\n"
            "平林：勉強はかなりしたので大変でしたよ。\n"
            "——料理で大切にしていることは？\n"
            "影山：子どもが喜ぶ料理を作りたい。\n"
            "平林：問題に応じて、どのような解決手段があるかを経営者さん達と一緒に考えていく事をしています。\n"
            "影山：私は常に子どもが喜ぶ料理を作りたいと考えていて、栄養の面も大事ですね。\n")
    found = {c.text: holder_of(c) for c in candidates(text)}
    assert found["私は常に子どもが喜ぶ料理を作りたい"] == "影山"  # the claim begins after the label
    assert [h for t, h in found.items() if t.startswith("問題に応じて")] == ["平林亮子"]
    # a label written once is no transcript (a form's field, a caption): it holds nothing
    text = "内容：子どもが喜ぶ料理を作りたいと考えている。"
    assert [holder_of(c) for c in candidates(text)] == [None]


def test_a_hedged_passive_is_the_judgement_of_the_source_that_tells_it():
    text = ("茨城新聞によると、有希ちゃんが1人になったところを、勝又容疑者が乗っていた白いセダン車に有希ちゃんを連れ去って"
            "殺害、遺棄したものと見られている。")
    assert [holder_of(c) for c in candidates(text)] == ["茨城新聞"]
    text = "毎日新聞によれば、2人はインターネットのプロフを通じて知り合ったとみられている。"
    assert [holder_of(c) for c in candidates(text)] == ["毎日新聞"]


def test_sides_listed_and_summed_up_are_held_by_the_first_named():
    text = "日本と中国の両政府は、協力を強化する考えを示した。"
    assert [holder_of(c) for c in candidates(text)] == ["日本"]
    text = "麻生首相と温家宝首相の両首脳は、協力を強化する考えを示した。"
    assert [holder_of(c) for c in candidates(text)] == ["麻生太郎"]


def test_words_the_subject_was_told_are_not_theirs():
    text = ("鴨田：お客様同士が会話してらっしゃるので、邪魔しないように無言で調理していたら、それが逆に「無愛想だね」と"
            "言われてしまって、場を乱してしまったことですね。\n鴨田：接客は難しいです。\n")
    assert [c.text for c in candidates(text) if c.text == "「無愛想だね」"] == []
    text = "その颯爽たる走りは「高橋尚子の再来」と言われ、高校卒業後は高橋を育てた小出義雄に師事した。"
    assert candidates(text) == []
