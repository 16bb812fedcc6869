"""Clubs named by their city, nickname or sponsor in reports of team sports are organisations (横浜戦, ドルトムント)."""

from tests.core.entity_helpers import spans


def test_a_city_before_sen_in_a_match_report_is_the_club():
    found = spans("今シーズンの公式戦144試合を戦い終えた。最終戦の横浜戦こそ劇的な勝利を飾ったが、リーグ優勝には届かなかった。")
    assert ("横浜", "ORG") in found and ("横浜", "LOC") not in found


def test_a_name_in_brackets_after_a_player_is_the_players_club():
    found = spans("ブンデスリーガ前半戦17試合以上に出場した選手で、日本代表MF香川真司（ドルトムント）がリーグ最長だった。")
    assert ("ドルトムント", "ORG") in found and ("香川真司", "PERSON") in found


def test_two_clubs_across_vs_are_two_names_and_a_match_against_one_is_the_club():
    found = spans("香川は17日のフライブルク戦でアシストを決めた。【フライブルクvsボルシア・ドルトムント】リーグの試合")
    assert {("フライブルク", "ORG"), ("ボルシア・ドルトムント", "ORG")} <= set(found)
    assert ("フライブルク戦", "EVENT") not in found


def test_a_katakana_name_whose_staff_the_article_names_is_a_club_everywhere():
    found = spans("ヴェルディは今季、J2リーグで戦う。ヴェルディの監督は試合後に語った。")
    assert found.count(("ヴェルディ", "ORG")) == 2


def test_a_club_and_its_player_joined_by_a_dot_are_two_names():
    found = spans("楽天・岩隈の不倫報道。東北楽天ゴールデンイーグルスのエース岩隈久志が、試合後に語った。")
    assert ("楽天", "ORG") in found and ("岩隈", "PERSON") in found and ("楽天・岩隈", "ORG") not in found


def test_a_country_and_its_club_joined_by_a_dot_are_the_country_and_the_club():
    found = spans("吉田麻也のサウサンプトンFC入団が決定した。オランダ・VVVフェンローからの移籍で、リーグの試合に出る。")
    assert ("オランダ", "GPE") in found and ("VVVフェンロー", "ORG") in found
    assert ("サウサンプトンFC", "ORG") in found  # the transfer's word is no part of the club


def test_the_short_names_of_japans_baseball_clubs_in_a_baseball_report():
    found = spans("巨人が主催試合の入場者数を発表した。代打のサヨナラ満塁ホームランで巨人軍が勝った。")
    assert ("巨人", "ORG") in found and ("巨人軍", "ORG") in found


def test_outside_team_sports_the_names_stay_what_they_were():
    assert ("巨人", "ORG") not in spans("巨人の肩に乗って遠くを見る。")
    found = spans("ル=グウィンは宮崎の監督を希望していた。横浜戦略会議が開かれた。")
    assert not any(kind == "ORG" and text in ("宮崎", "横浜") for text, kind in found)


def test_a_national_team_named_by_its_country_stays_the_country():
    found = spans("ザッケローニ監督はチェコ戦に向けて語った。日本代表の試合は0−0だった。")
    assert ("チェコ", "GPE") in found and ("チェコ", "ORG") not in found


def test_a_name_the_article_gives_as_a_person_is_no_club():
    found = spans("長崎さんは強かった。長崎戦の後、リーグの試合は")
    assert ("長崎", "ORG") not in found and ("長崎", "PERSON") in found


def test_a_place_named_by_a_baseball_clubs_short_name_in_a_baseball_report_is_the_club():
    found = spans("プロ野球12球団の年俸ランキング。1位は阪神、最下位は広島の14億円。広島ファンの徳井は語った。")
    assert found.count(("広島", "ORG")) == 2 and ("広島", "LOC") not in found  # 広島|ファン: the fan is no part


def test_a_city_one_arrives_in_and_a_sport_in_brackets_are_no_club():
    assert ("ロンドン", "LOC") in spans("試合では絶対勝つという気持ちでロンドン入りして、リーグの")
    assert ("サッカー", "ORG") not in spans("・澤穂希（サッカー）「W杯の試合では」")
