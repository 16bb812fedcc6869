"""A country's official named by office after の, with nobody named, stands for the country at a meeting (ロシアの外相と):
a minister of any portfolio as Japanese news writes one with 相, officials by rank (補佐官, 高官, 閣僚), and a state's
people by what they are (政治家, 指導者, 特使) — not a word that ends in 相 (様相, 真相). Sentences in the style of
Japanese news."""

from datetime import date

import pytest

from tests.core.meeting_helpers import proposals_in

DAY = date(2019, 5, 10)


def sides(text, day=DAY):
    return [sorted(x.entity_id or x.name for x in p.participants) for p in proposals_in(text, day)]


@pytest.mark.parametrize("official", ["経済発展相", "経済相", "エネルギー相", "大統領補佐官", "高官", "閣僚ら"])
def test_an_official_of_a_country_by_portfolio_or_rank_stands_for_the_country(official):
    text = f"茂木外相は10日、ロシアの{official}と会談した。これに先立ち、茂木氏はモスクワ入りした。"
    assert sides(text) == [["country:RU", "person:toshimitsu-motegi"]]


def test_a_minister_of_another_portfolio_met_as_well_is_his_countrys_side():
    text = "茂木外相は10日、モスクワでラブロフ外相と会談した。これに先立ち、茂木氏はロシアの経済発展相とも会談した。"
    assert sides(text) == [["person:sergey-lavrov", "person:toshimitsu-motegi"],
                           ["country:RU", "person:toshimitsu-motegi"]]


def test_a_word_ending_in_the_ministers_character_is_no_official():
    # 日本の様相が: the look of Japan is the subject of 変わる, no side of the talks
    text = "茂木外相は10日、ラブロフ外相と会談し、日本の様相が変わったと述べた。"
    assert sides(text) == [["person:sergey-lavrov", "person:toshimitsu-motegi"]]


@pytest.mark.parametrize("text", ["日本と中国の外相による会談が10日、北京で行われた。",
                                  "日本と中国の外相の会談が10日、北京で行われた。",
                                  "日本と中国の首脳による会談が10日、北京で行われた。"])
def test_the_officials_a_meeting_is_of_stand_for_both_their_countries(text):
    assert sides(text) == [["country:CN", "country:JP"]]


def test_an_official_whose_words_are_spoken_of_is_no_side():
    # 中国の外相による発言: what the minister said, no meeting
    assert sides("茂木外相は10日、中国の外相による発言を批判した。") == []


def test_talks_of_two_countries_ministers_after_the_ministers_met_are_those_talks():
    # 日米の閣僚の会談: the cabinet rank names any portfolio, so the Iwaya–Rubio talks told again, not a second meeting
    text = ("訪米中の岩屋毅外相は21日午後、米国務省でルビオ国務長官と30分間ほど会談した。トランプ新政権の発足後、"
            "日米の閣僚の会談は初めて。日米同盟を新たな高みに引き上げると一致した。")
    talks = [p for p in proposals_in(text, date(2025, 1, 22)) if p.kind == "talks"]
    assert [sorted(x.entity_id for x in p.participants) for p in talks] == [
        ["person:marco-rubio", "person:takeshi-iwaya"]]
    assert len(talks[0].mentions) == 2


def test_talks_of_two_countries_leaders_after_their_ministers_met_stay_another_meeting():
    # 日米の首脳の会談: heads, not the foreign ministers told before
    text = "岩屋毅外相は21日、ルビオ国務長官と会談した。日米の首脳の会談は来月の予定だ。"
    assert len(sides(text, date(2025, 1, 22))) == 2


@pytest.mark.parametrize("text, office", [("日本と中国の外相による会談が10日、北京で行われた。", "外相"),
                                          ("日本と中国の外相の会談が10日、北京で行われた。", "外相"),
                                          ("茂木外相は10日、ロシアの閣僚らと会談した。", "閣僚")])
def test_an_official_of_a_country_is_read_with_his_office_alone(text, office):
    country = next(p for p in proposals_in(text, DAY)[0].participants if p.entity_id in ("country:CN", "country:RU"))
    assert country.office == office


def test_an_office_of_the_country_referred_back_to_is_the_person_named_with_it_before():
    # 同国の外相: the minister named before of the country 同国 refers to (Indonesia, never the 日 of 来日)
    text = "インドネシアのルトノ外相は9日、来日した。\n茂木外相は10日、同国の外相と会談した。"
    talks = [p for p in proposals_in(text) if p.kind == "talks"]
    assert [sorted(x.entity_id or x.name for x in p.participants) for p in talks] == \
        [["person:retno-marsudi", "person:toshimitsu-motegi"]]
    text = "茂木外相は9日、インドネシアを訪問し、ルトノ外相の歓迎を受けた。\n茂木外相は10日、同国外相と会談した。"
    talks = [p for p in proposals_in(text) if p.kind == "talks"]
    assert [sorted(x.entity_id or x.name for x in p.participants) for p in talks] == \
        [["person:retno-marsudi", "person:toshimitsu-motegi"]]


@pytest.mark.parametrize("people", ["政治家", "要人", "指導者", "指導部", "外交官", "特使"])
def test_a_countrys_politicians_envoys_or_leaders_unnamed_stand_for_the_country(people):
    # 日本の政治家と会談, 中国の指導者と: a state's people named by what they are, not by an office
    text = f"茂木外相は10日、ロシアの{people}と会談した。これに先立ち、茂木氏はモスクワ入りした。"
    assert sides(text) == [["country:RU", "person:toshimitsu-motegi"]]
    # (中国の指導者としては初めて: what the traveller was, not a side)
    text = f"江沢民国家主席は1995年11月13日、中国の{people}としては初めて韓国を訪問した。"
    assert sides(text) == [["country:KR", "person:jiang-zemin"]]


def test_an_official_of_a_countrys_side_stands_for_the_country():
    # ロシア側の代表と: the official the side sends, unnamed, as ロシアの代表と
    assert sides("茂木外相は10日、ロシア側の代表と会談した。") == [["country:RU", "person:toshimitsu-motegi"]]
    assert sides("北朝鮮側の首席代表は10日、日本側の代表と協議した。") == [["country:JP", "country:KP"]]
    # (the person named after the side stands for it)
    assert sides("茂木外相は10日、ロシア側のラブロフ外相と会談した。") == [
        ["person:sergey-lavrov", "person:toshimitsu-motegi"]]
