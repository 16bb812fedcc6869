"""A quote closed by と, an object of any length and a verb of telling or showing: 「…」と強気の姿勢を出していた
(Japanese Wikinews, outside the gold)."""

from tests.core.claim_helpers import candidates, holder_of
from tests.core.claim_helpers import quoted as _quoted


def test_a_quote_then_what_it_showed_and_the_verb():
    text = ("産経新聞によると、NHKの後藤高久チーフプロデューサーは視聴率が過去最低であったことについては触れず、"
            "「わたしたちスタッフは最後までぶれることなく、チャレンジを完遂できた」と強気の姿勢を出していた。")
    [c] = _quoted(text)
    assert c.text == "「わたしたちスタッフは最後までぶれることなく、チャレンジを完遂できた」"
    assert c.cue == "出していた" and "後藤高久" in holder_of(c)


def test_the_object_may_hold_a_clause_of_its_own():
    text = ("「ありあけ」の松元浩人船長(49)が尾鷲海上保安部で13日午後に記者会見し、"
            "「左舷辺りに約8メートルの巨大な三角波を受けた」と船が傾いた時の事を証言した。")
    [c] = _quoted(text)
    assert c.text == "「左舷辺りに約8メートルの巨大な三角波を受けた」" and c.cue == "証言した"


def test_the_quote_is_the_claim_not_the_object():
    [c] = candidates("村上氏は「そろそろ後継者を」と少しの心配を語りつつも、34回目の「綾競馬」もファンと同様に楽しんだ。")
    assert c.text == "「そろそろ後継者を」" and holder_of(c) == "村上"
    [c] = _quoted("西崎は「危ないところもあったのですが馬が助けてくれました」と相棒への感謝の念を表した。")
    assert holder_of(c) == "西崎" and c.cue == "表した"
    [c] = _quoted("熊谷氏は22日に選挙対策本部を発足させ「皆さんの強い支援を受けて頑張りたい」と意気込みを口にした。")
    assert c.cue == "口にした"


def test_a_label_a_name_or_a_likeness_is_no_claim():
    assert not _quoted("男が侵入し、支店長に「爆弾を持っている」と書いた紙を見せて脅し、現金を要求した。")
    assert not _quoted("そのビルが完成する間近で「うれしい」という表情を見せていたが、その後は息を引き取った。")
    assert not _quoted("同社は「ふなっしー」と呼ばれるキャラクターを見せた。")
    assert not _quoted("田中氏は「構造改革」と同じ考えを示した。")


def test_the_object_may_be_a_clause_closed_by_koto_after_a_comma():
    text = ("対する木佐は「このDNAが子供に行ってるので、子供もすごくのんびりした子です。」と、"
            "息子のマイペースさは父親譲りであることを述べた。")
    [c] = candidates(text)
    assert c.text.startswith("「このDNA") and c.cue == "述べた" and holder_of(c) == "木佐"


def test_a_manner_before_the_object():
    text = ("野球選手の妻である木佐に秘訣を聞くと「うちの場合は、私はもう本当に普通にしています。」"
            "と自然体ながらも、信頼や繋がりの大切さを語った。")
    assert [c.cue for c in _quoted(text)] == ["語った"]


def test_a_fact_told_with_iu_but_not_a_name_given():
    [c] = _quoted("浜田は「イジメ過ぎて鼻血が出やすくなった」という衝撃の事実を明かし、大毅も驚いた。")
    assert c.cue == "明かし" and holder_of(c) == "浜田"
    assert not _quoted("歌手の田中は「君がいた夏の日に」という曲名を明かした。")


def test_words_of_resolve_and_saying_written_in_kana():
    [c] = _quoted("テセは「もうちょっと自分の特徴を活かしたプレーで対戦したい」と意気込んだ。")
    assert (c.cue, holder_of(c)) == ("意気込んだ", "テセ")
    [c] = _quoted("公文は「乾いたマウンドで投げたい」といっていたこともあり、天候が回復した試合で好投した。")
    assert c.cue == "いっていた" and holder_of(c) == "公文"
    assert not _quoted("「自己責任」といっても、その意味は人によって違う。")


def test_speech_acts_after_a_quote():
    [c] = _quoted("岡村は以前から「芸能人と付き合ったことがある人はいや」と公言していた。")
    assert c.cue == "公言していた" and holder_of(c) == "岡村"
    [c] = _quoted("日本映画の総評について柏原寛司審査員は「今年は独りよがりの作品が多かった。」と厳しく一喝した。")
    assert c.cue == "一喝した" and "柏原寛司" in holder_of(c)
    [c] = _quoted("ゲストの中尾彬も「全てアニキが悪いんだな」と頷いた。")
    assert holder_of(c) == "中尾彬"


def test_the_speaker_the_verb_describes():
    [c] = _quoted("「あの場面では代打しかなかった」と持論を展開した落合監督は、さらに続けた。")
    assert holder_of(c) == "落合" and c.cue == "持論を展開した"
    [c] = _quoted("少し笑いながら「問題は私の中にある」というユミさんは、まだ独身だ。")
    assert holder_of(c) == "ユミ"
    [c] = _quoted("「結婚は早い方がいい」という紀子さん（35歳）。")
    assert holder_of(c) == "紀子"


def test_a_thing_or_a_noun_of_speech_described_has_no_speaker():
    assert not _quoted("日本のエース、鶴見虹子も「いつも感動して見ています」と絶賛する演技は見事だ。")
    assert not _quoted("「前向きに検討する」という言葉が印象的だった。")
    assert not _quoted("「自分らしく生きる」というテーマの作品が選ばれた。")


def test_a_manner_between_the_object_and_the_verb():
    text = ("橋下知事は、「節電を強調することで原発の必要性を訴えようとの意図を感じる」と、"
            "不快感を露わにコメントした。")
    [c] = _quoted(text)
    assert c.cue == "コメントした" and holder_of(c) == "橋下"
    [c] = _quoted("阿部武臣騎手は「最後まで頑張ってくれた。ありがとうと言いたい」と同馬の健闘を褒めた。")
    assert c.cue == "褒めた" and holder_of(c) == "阿部武臣"


def test_the_words_as_what_was_told():
    [c] = _quoted("小川容疑者は「好奇心から吸う為に覚せい剤を所持した」ことを供述している。")
    assert c.cue == "供述している" and holder_of(c) == "小川"
    [c] = _quoted("池谷友良監督が「皆さんのおかげで次のステージにすすむことが出来ました」とスピーチした。")
    assert holder_of(c) == "池谷友良"
    assert not _quoted("「輝く光が、未来をイメージさせる」ことが選定の決め手となった。")


def test_a_term_in_a_clause_told_is_no_quote_of_its_own():
    text = "東京第五検察審査会は、東京電力の元幹部3人を「起訴相当」と議決したことを明らかにした。"
    assert all(c.text != "「起訴相当」" for c in candidates(text))
    text = "鳥栖市は福岡県の食品卸し会社「ベストアメニティー」と契約を結んだことを明らかにした。"
    assert all(c.text != "「ベストアメニティー」" for c in candidates(text))


def test_words_that_look_back_on_what_the_object_names_are_the_speakers():
    text = "池江泰郎調教師は「このポイントを落としていたら今日は負けています」と興奮気味に試合を振り返った。"
    assert [holder_of(c) for c in candidates(text) if "ポイント" in c.text] == ["池江泰郎"]
    text = "前田健太は「当時はまだ10人ちょっとでした」と同社の歩みを振り返る。"
    assert [holder_of(c) for c in candidates(text) if "10人" in c.text] == ["前田健太"]
    # a thing looked back on with no words quoted is no quote of anyone's
    assert not [c for c in candidates("前田健太は「カープ」の歩みを振り返った。") if c.text == "「カープ」"]


def test_words_declared_promised_or_disclosed_as_a_koto_object():
    # Wikinews, outside the gold: the quote made a noun by こと, then a verb of declaring, promising or disclosing
    [c] = _quoted("メンバーの1人・山崎静代は「今大会でグランプリを獲得したら結婚する」ことを宣言した。")
    assert (holder_of(c), c.cue) == ("山崎静代", "宣言した")
    [c] = _quoted("都内の球団事務所で会見した清原和博は「オリックスからのオファーもあった」ことを披露した。")
    assert holder_of(c) == "清原和博"
    assert not _quoted("鈴木昌チェアマンは「スタジアムの整備に問題があったものの、愛媛県が補正予算を組んだ」ことを評価した。")
