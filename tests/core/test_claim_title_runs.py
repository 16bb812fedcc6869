"""A person's title of several words no office list holds whole (専務理事, 代表取締役, 次席検事, 船長(49)): the person
named with it right before the quote holds it, not a speaker carried from an earlier sentence (Japanese Wikinews,
CC BY 2.5; core.claims.title_runs)."""

from tests.core.claim_helpers import candidates, holder_of


def _quote_holders(text):
    return [holder_of(c) for c in candidates(text) if c.attribution == "direct"]


def test_a_prosecutor_with_a_two_word_post_holds_his_quote():
    text = ("富山地検の小林勉検事正は、再審請求する方針を発表した。\n"
            "同地検の佐野仁志次席検事は、「基本に忠実な捜査を怠り、客観的な証拠への問題意識が足りなかった」と話している。")
    assert _quote_holders(text)[-1] == "佐野仁志"


def test_a_director_with_his_body_and_post_holds_his_quote_not_the_body():
    text = ("全国高校体育連盟は、過剰行為の自主規制を求めた。\n"
            "会見した梅村和伸高体連専務理事は「スポーツで優れている生徒も個性なので、それを伸ばしたいという考えは変わらない」"
            "としている。")
    assert _quote_holders(text)[-1] == "梅村和伸"


def test_a_captain_with_his_age_as_subject_of_the_quote_holds_it():
    text = ("海上保安庁は、乗組員を救助した。\n"
            "「ありあけ」の松元浩人船長(49)が三重県尾鷲市の尾鷲海上保安部で記者会見し、"
            "「左舷辺りに約8メートルの巨大な三角波を受けた」と証言した。")
    assert _quote_holders(text)[-1] == "松元浩人"


def test_a_coach_with_two_posts_joined_by_ken_holds_his_quote():
    text = ("アジア連盟の決定に日本協会は困惑した。\n"
            "また蒲生晴明強化本部長兼日本代表総監督は「理事会を本当に行ったのか」と激怒した。")
    assert _quote_holders(text)[-1] == "蒲生晴明"


def test_a_suspect_with_ga_in_a_reported_clause_is_the_matter_not_the_holder():
    text = "捜査本部では菊村受刑者が日本赤軍を通じ、偽造旅券を入手していた疑いが強いとみている。"
    assert all("菊村" not in (holder_of(c) or "") for c in candidates(text))


def test_a_person_with_ga_and_an_unlisted_post_in_a_reported_clause_is_what_the_body_tells():
    # the run is read past a が only when a quote follows: the player's move is the club's announcement
    text = "球団は22日、鈴木一朗外野手がヤンキースに移籍したと発表した。"
    assert [holder_of(c) for c in candidates(text)] == ["球団"]


def test_an_official_of_a_leaders_administration_is_not_the_leader():
    # 政権高官 ends on a post (官) but names a body of theirs: the official speaks, not the president
    text = ("オバマ大統領は演説した。\n"
            "オバマ政権高官は「撤退はない」と述べた。")
    assert _quote_holders(text) == ["オバマ政権高官"]
