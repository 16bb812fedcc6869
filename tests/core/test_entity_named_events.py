"""Events named with their place or year (…選手権・沖縄大会, 2007年フランス大統領選挙) are one EVENT."""

from tests.core.entity_helpers import spans


def test_a_championship_with_its_regional_round_is_one_event():
    assert spans("第91回全国高等学校野球選手権・沖縄大会の決勝が行われ")[0] == (
        "第91回全国高等学校野球選手権・沖縄大会", "EVENT")
    assert ("世界陸上競技選手権・ヘルシンキ大会", "EVENT") in spans("世界陸上競技選手権・ヘルシンキ大会4日目(現地8月9日)")
    assert ("静岡県", "LOC") not in spans("夏の全国高校野球選手権・静岡県大会に出場していた")


def test_the_games_named_by_their_number_or_with_their_place_are_one_event():
    assert spans("第30回夏季オリンピック・ロンドン大会は8月12日に閉幕した。")[0] == (
        "第30回夏季オリンピック・ロンドン大会", "EVENT")
    assert ("2014ワールドカップ(W杯)サッカー選手権・ブラジル大会", "EVENT") in spans(
        "2014ワールドカップ(W杯)サッカー選手権・ブラジル大会1次予選リーグD組")
    assert ("98年W杯フランス大会", "EVENT") in spans("1997年に行われた98年W杯フランス大会予選の途中で")


def test_an_election_named_by_its_year_is_one_event():
    assert spans("2007年フランス大統領選挙で当選した。")[0] == ("2007年フランス大統領選挙", "EVENT")
    assert ("2016年東京都知事選挙", "EVENT") in spans("ウィキペディアに2016年東京都知事選挙に関する記事がある。")
    assert ("2010年参院選", "EVENT") in spans("17日間の舌戦始まる2010年参院選、7月11日投開票")


def test_a_year_before_anything_but_an_election_stays_a_date():
    assert spans("2005年に憲法が改正され再選が可能になった。")[0] == ("2005年", "DATE")
    assert spans("2009年再選された。")[0] == ("2009年", "DATE")
    assert ("ポーランド", "GPE") in spans("ポーランド大統領選で当選した。")  # named by its country alone


def test_a_national_tournament_named_by_what_is_played_is_an_event():
    assert ("第92回全国高校野球大会", "EVENT") in spans("第92回全国高校野球大会で沖縄県勢として初優勝した")
    assert spans("全国大会で優勝した。") == []  # a kind of tournament, not one


def test_an_outlet_and_a_glossed_body_keep_their_own_edges():
    assert ("テレビ朝日", "ORG") in spans("テレビ朝日によると、選手団は本社を訪問した。")
    assert ("アメリカ中央情報局", "ORG") in spans("後任は元アメリカ中央情報局(CIA)長官のゲイツ氏。")
