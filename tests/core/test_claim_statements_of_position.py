"""A verb of position that qualifies a statement made (…を称える談話を発表した, …よう呼びかける声明を発表した,
…ことを認める発言をした) is the statement's claim, whatever the verb's stem; a joining word after a comma (、また)
is no part of what is held (Japanese Wikinews, CC BY 2.5)."""

from tests.core.claim_helpers import candidates, holder_of, wikinews_claims_body


def test_a_president_praising_firemen_in_a_statement():
    body = wikinews_claims_body("wn-02883")
    start = body.index("ジャック・シラク仏大統領は2人の家族")
    [c] = [c for c in candidates(body[start : body.index("。", start) + 1]) if c.cue == "を称え"]
    assert c.text == "2人の消防任務における勇敢さ" and "シラク" in holder_of(c)


def test_interpol_urging_in_a_statement():
    [c] = candidates("国際刑事警察機構(インターポール、ICPO)は5日、世界各国に対して警戒するよう呼びかける声明を発表した。")
    assert c.text.endswith("警戒するよう") and holder_of(c) == "国際刑事警察機構"


def test_the_joining_word_is_left_out():
    [c] = [c for c in candidates("神戸新聞によると、JR西日本と近鉄は乗車券の発売を9月15日で、また利用そのものも2009年春をメドに"
                                 "廃止することを発表した。") if c.cue == "を発表"]
    assert c.text == "利用そのものも2009年春をメドに廃止する"


def test_a_newspaper_asking_in_an_article_it_ran():
    body = wikinews_claims_body("wn-01366")
    start = body.index("ジンバブエからの難民申請者")
    [c] = [c for c in candidates(body[start : body.index("。", start) + 1]) if c.cue == "を求め"]
    assert c.text == "滞在許可"  # (the paper, named by no entity, is not yet read as its holder)
