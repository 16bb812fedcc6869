"""A quote closed by と, an object of any length and a verb of telling or showing: 「…」と強気の姿勢を出していた
(Japanese Wikinews, outside the gold)."""

from tests.core.claim_helpers import candidates, holder_of


def _quoted(text):
    return [c for c in candidates(text) if c.attribution == "direct"]


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
