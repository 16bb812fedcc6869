"""A body's negotiation told in a sentence that names nobody: the body the sentences just before stood on holds it
(後任監督は現在交渉中 after the club's sentence), never a person or a country carried so, nor a body's own deliberation
(今後の対応を協議する), nor the word as its sentence's topic (交渉は…: the negotiation told before), nor a negotiation
whose clause names a partner by its kind (親会社と交渉)."""

from tests.core.meeting_helpers import sides_in, sorted_sides


def test_a_clubs_negotiation_for_a_new_manager_is_the_clubs():
    text = ("時事通信によると、サッカー・J1リーグのジェフユナイテッド市原・千葉は、成績不振の責任で、"
            "ヨジップ・クゼ監督(55歳)を解任したことを明らかにした。\n後任監督は現在交渉中。")
    assert sides_in(text) == [["ジェフユナイテッド市原・千葉"]]


def test_a_negotiation_under_way_on_a_thing_takes_the_company_before():
    assert sides_in("日本航空は10日、再建策を発表した。\n提携先は現在交渉中だ。") == [["日本航空"]]
    assert sides_in("東芝は10日、半導体事業の売却を発表した。売却額は昨年から交渉している。") == [["東芝"]]


def test_the_word_as_the_topic_or_with_a_partner_is_left_to_others():
    assert sides_in("東芝は10日、半導体事業の売却を発表した。交渉は昨年から続いていた。") == []
    assert sides_in("東芝は10日、半導体事業の売却を発表した。売却先と交渉している。") == []


def test_a_person_or_a_country_is_not_carried_so():
    assert sides_in("安倍首相は10日、再建策を発表した。交渉は来月始まる。") == []
    assert sides_in("中国は10日、新たな方針を発表した。交渉は来月始まる。") == []


def test_a_bodys_own_deliberation_tells_no_negotiation():
    assert sides_in("日本航空は10日、再建策を発表した。今後の対応を協議する。") == []


def test_a_sentence_naming_someone_is_its_own_readers():
    assert sides_in("日本航空は10日、再建策を発表した。交渉は国土交通省の主導で進む。") != [["日本航空"]]


def test_two_bodies_named_as_partners_with_no_subject_sit_across_from_the_body_before():
    lead = "リーマン・ブラザーズは15日、破産法の適用を申請した。"
    assert sorted_sides(lead + "先週末からバンク・オブ・アメリカやバークレイズと買収交渉をしてきたが決裂した。") \
        == [["バンク・オブ・アメリカ", "バークレイズ", "リーマン・ブラザーズ"]]
    # the pair glued to the word by の is the talks' own two sides; a subject of its own, or a person before, takes none
    assert sorted_sides(lead + "先週末からトヨタと日産の交渉が続いている。") == [["トヨタ", "日産"]]
    assert sorted_sides(lead + "トヨタと日産は先週末から交渉をしてきた。") == [["トヨタ", "日産"]]
    assert sorted_sides("安倍首相は15日、記者会見した。先週末からバンク・オブ・アメリカやバークレイズと交渉をしてきた。") \
        == [["バンク・オブ・アメリカ", "バークレイズ"]]
