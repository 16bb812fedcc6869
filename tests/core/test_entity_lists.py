"""Names listed with ・ or 、 are each their own mention (自民・公明両党, 米・英・仏); long names with readings."""

from tests.core.entity_helpers import spans


def test_parties_listed_before_their_count_are_each_a_party():
    assert spans("反対する公明・自民・民主・共産の各会派は本会議を欠席した。") == [
        ("公明", "ORG"), ("自民", "ORG"), ("民主", "ORG"), ("共産", "ORG")]
    assert {("自民", "ORG"), ("民主", "ORG")} <= set(spans("平井氏の行政手腕は自民、民主両党の県議などをはじめ"))
    assert ("公明", "ORG") in spans("与党の自民・公明と協議した。")


def test_country_letters_listed_with_a_dot_are_each_a_country():
    assert spans("米・英・仏の3か国が") == [("米", "GPE"), ("英", "GPE"), ("仏", "GPE")]
    assert spans("日・米・韓の首脳")[:3] == [("日", "GPE"), ("米", "GPE"), ("韓", "GPE")]
    assert spans("土・日は休みになる。") == []  # the weekend


def test_a_five_letter_name_with_its_reading_is_one_person():
    found = spans("陸軍少尉だった小野田寛郎(おのだ・ひろお)氏が死去した。")
    assert ("小野田寛郎", "PERSON") in found and ("おのだ・ひろお", "PERSON") in found
    assert ("今村猛", "PERSON") in spans("(法政大学投手)広島今村猛(いまむら・たける)(清峰高校投手)")


def test_a_name_with_a_middle_initial_is_one_person():
    assert ("ジョージ・W・ブッシュ", "PERSON") in spans("19日、米ジョージ・W・ブッシュ大統領は判事を指名した。")
    assert ("ロバート・M・ゲイツ", "PERSON") in spans("後任を務めるのはロバート・M・ゲイツ氏。")
    assert ("ジョン・G・ロバーツ・ジュニア", "PERSON") in spans("ジョン・G・ロバーツ・ジュニア判事(50)を指名した。")


def test_a_judge_or_a_general_is_a_title_after_a_name():
    assert ("ロバーツ", "PERSON") in spans("ロバーツ判事は保守派として知られる。")
    assert ("ダニロ・リム", "PERSON") in spans("首謀者とされるダニロ・リム准将が逮捕された。")
    assert ("田中将大", "PERSON") in spans("投手)東北楽天イーグルス田中将大(駒澤大")  # 中将 inside a name is no rank


def test_a_surname_read_as_a_place_before_a_players_role_is_the_player():
    assert ("荒川", "PERSON") in spans("読売新聞によれば、荒川選手がトリノオリンピックで金メダルを取った。")
    assert ("日本", "GPE") in spans("日本選手が金メダルを取った。")
    assert ("沖縄", "PERSON") not in spans("沖縄選手団が帰国した。")


def test_the_place_one_was_born_in_is_a_place():
    assert ("マニラ", "LOC") in spans("アキノ氏は1933年マニラ生まれ。")
    assert not any(kind == "ORG" for _, kind in spans("アキノ氏は1933年マニラ生まれ。"))
