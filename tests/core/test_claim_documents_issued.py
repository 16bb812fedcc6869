"""A quote a document says (論評は「…」, 社説は「…」, 声明で「…」) is held by whoever issued the document, named in
the sentence that tells of it, never by the document word (core.claims.issued)."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_commentary_told_in_the_line_before_is_the_agencys():
    text = ("朝鮮中央通信は18日、日本の制裁を非難する論評を配信した。\n"
            "論評は、日本は「朝鮮半島の情勢悪化を軍事大国化の口実に利用してきた」と主張した。")
    [c] = [c for c in candidates(text) if c.attribution == "direct"]
    assert holder_of(c) == "朝鮮中央通信"


def test_the_issuer_is_the_topic_not_a_subject_inside_the_documents_description():
    text = ("朝鮮中央通信は11日、韓国国会が挑発を続けていると非難する論評を配信した。"
            "韓国国会は先月30日、北朝鮮を糾弾する決議案を可決した。"
            "論評はこれに対して、「南北関係をさらに破局へ追い込む許しがたい犯罪である」と指摘した。")
    [c] = [c for c in candidates(text) if c.text.startswith("「南北")]
    assert holder_of(c) == "朝鮮中央通信"


def test_an_editorial_is_the_papers():
    text = "朝日新聞は22日付の社説を掲載した。社説は「政府の説明は不十分だ」と主張した。"
    [c] = candidates(text)
    assert holder_of(c) == "朝日新聞"


def test_a_judgment_is_the_courts_whose_judge_passed_it():
    # the claims gold's twenty-fifth draw (wn-00934): 判決では、…を指摘 is the court's finding, its judge named with の
    text = ("東京地方裁判所の裁判官は、被告に対して懲役2年の実刑判決を言い渡した。"
            "判決では、反省の無い態度と深刻な常習性を指摘。")
    [c] = [c for c in candidates(text) if c.text.startswith("反省")]
    assert holder_of(c) == "東京地方裁判所"
