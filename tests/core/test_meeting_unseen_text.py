"""Meeting words read on news no rule was written for (livedoor news, CC BY-ND 2.1 JP, lines quoted): a
list of links to other stories, and two people who hold a press conference together."""

from datetime import date

from tests.core.meeting_helpers import proposals_in


def test_a_bulleted_link_to_another_story_tells_no_meeting_of_this_one():
    text = ("iPhoneの新機種が発表された。\n■本当に役立つセキュリティの記事をもっとみる\n"
            "・ハッカー集団「Anonymous」がFBIの電話会議をリーク\n・“ゴールデン・グローブ主演女優”メリル・ストリープの来日が決定\n")
    assert proposals_in(text, date(2012, 3, 5)) == []
    # a bulleted line that is a sentence of the article's own text is still read
    [talks] = proposals_in("・安倍首相は3日、オバマ大統領と会談した。\n", date(2013, 2, 4))
    assert talks.start == "2013-02-03" and len(talks.participants) == 2


def test_two_who_hold_a_press_conference_together_met_no_one():
    text = "『スノーホワイト』で日本語吹き替えを担当する小雪と椎名桔平が会見を行いました。"
    assert proposals_in(text, date(2012, 5, 19)) == []
    # 会見を行った with a partner met by と is still a meeting
    [talks] = proposals_in("安倍首相は3日、オバマ大統領と会見を行った。", date(2013, 2, 4))
    assert len(talks.participants) == 2


def test_a_name_in_latin_letters_or_katakana_joined_by_to_is_a_side_the_detector_missed():
    text = ("定額制オンライン動画サービスのHuluと、ストレージ業界のリーディングカンパニーであるウエスタンデジタル社が、"
            "ディストリビューション・パートナーシップを締結。")
    [signing] = proposals_in(text, date(2012, 5, 17))
    assert signing.kind == "signing" and "Hulu" in [p.name for p in signing.participants]
    # words UniDic knows that name no one are no sides (キーステーション, ワイワイと)
    text = "テレビ東京の菅谷定彦社長は5月31日会見を行い、同局をキーステーションとするネットワークとの交渉を始めると述べた。"
    assert all(p.name != "キーステーション" for m in proposals_in(text, date(2011, 6, 1)) for p in m.participants)
    assert proposals_in("優雅に一人でも、ワイワイとグループでの会食でも楽しめます。", date(2012, 3, 14)) == []


def test_a_stars_promotional_trip_to_japan_is_no_visit_of_sides():
    assert proposals_in("公開に合わせて、メリル・ストリープの来日が決定した。", date(2012, 1, 23)) == []
    text = "本作で重要なキャラクターを演じるジョゼフ・ゴードン＝レヴィットは、初来日となる。"
    assert proposals_in(text, date(2012, 6, 18)) == []
    # a state visit tells no film, and stays a visit
    [visit] = proposals_in("スウェーデンのグスタフ国王が9日、国賓として来日した。", date(2012, 5, 10))
    assert visit.kind == "visit"


def test_a_hall_named_a_forum_where_something_else_is_held_is_no_meeting():
    text = "新製品の実物は、7月20・21日に東京国際フォーラムで開催される予定の展示会で展示される。"
    assert proposals_in(text, date(2005, 7, 19)) == []
