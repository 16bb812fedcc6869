"""Quotes closed by what the speaker did with the words rather than a bare verb of speech: a clause made a noun by
こと as the verb's object (「…」と久々の勝利を飾れたことを喜んだ), a feeling or a manner as the predicate (と驚いていた,
とキッパリ。), and answers to words a が-subject said first (小宮アナが「…」と続けると、「…」と述べ). Sentences of Wikinews
(CC BY 2.5) and of the livedoor news corpus (CC BY-ND 2.1 JP, NHN Japan) outside every gold."""

from tests.core.claim_helpers import candidates, holder_of


def _read(text):
    return [(c.text[:8], holder_of(c)) for c in candidates(text) if c.attribution == "direct"]


def test_a_clause_made_a_noun_by_koto_is_what_the_quote_told():
    text = ("いずれも2着と惜敗を繰り返してきており、今回ワンダーアキュートに騎乗した武豊騎手は"
            "「本当に何度も悔しい思いをしてきたので、格別にうれしい」と久々の勝利を飾れたことを喜んだ。")
    assert _read(text) == [("「本当に何度も悔", "武豊")]
    text = "また作者・水島新司氏も「あぶさんの人生はこれからです」と今後も連載を続けることを宣言している。"
    assert _read(text) == [("「あぶさんの人生", "水島新司")]
    text = "田中社長は「売れ残り商品の再利用は習慣的に行われた」と組織的な不正を行っていたことを認めた。"
    assert _read(text) == [("「売れ残り商品の", "田中")]


def test_a_name_before_a_koto_clause_is_no_words_told():
    # と is "with" here: a name has no kana of words said
    assert _read("彼女は「AKB48」と共演したことを明かした。") == []


def test_a_feeling_or_a_manner_closing_the_quote_tells_it():
    assert _read("捜索に当たった松田署員は、「10日間も水だけでよく生きていた」と驚いていたという。") \
        == [("「10日間も水だ", "松田署員")]
    assert _read("このエピソードには、隣の席の槙原寛己も「なかなかのハプニングですね」と感心した。") \
        == [("「なかなかのハプ", "槙原寛己")]
    assert _read("すかさず田中は「チームメイトだったり」とキッパリ。") == [("「チームメイトだ", "田中")]


def test_the_writers_own_surprise_is_no_ones_words():
    assert _read("その結果に「まさか」と驚かされた。") == []
    assert _read("こういった最先端の技術が実用化されたことに「ついにきたか！」と驚いてしまう。") == []


def test_a_look_described_after_the_feeling_keeps_its_reading():
    # と驚いた表情: the look closes the quote (read as before), the feeling does not describe a noun away
    assert _read("竹内アナの強い視線を感じた俊輔は「やれと？」と驚いた表情。") == [("「やれと？」", "俊輔")]
    assert _read("その結果に、誰もが「まさか」と驚きながら見守った。") == []


def test_the_answer_to_a_ga_subjects_words_is_someone_elses():
    text = ("「長谷部と一緒にプレーして、18歳の時から知っているんですが」と語る福田氏。"
            "これに、小宮アナが「コメントも堂々としてきたような気がする」と続けると、"
            "「あんなコメントをするような選手じゃなかったんですけど」と述べ、後輩の活躍を喜ぶ福田氏であった。")
    found = dict(_read(text))
    assert found["「コメントも堂々"] == "小宮"  # the person, the trade アナ cut off
    assert found["「あんなコメント"] == "福田"


def test_a_ga_subject_that_speaks_on_keeps_the_quote():
    # no clause of time or condition after the first words: the same subject says both
    text = "小宮アナが「コメントも堂々としてきた」と続け、「頼もしいですね」と述べた。"
    assert [h for _, h in _read(text)] == ["小宮", "小宮"]
