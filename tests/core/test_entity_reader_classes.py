"""Names the meeting and claim readers need whole: a surname UniDic reads as common words before a given name,
a royal named with a title, an outlet by its short name, a federation named by scope and field; and words that
name no one (リーマン・ショック)."""

from core.nlp.entities import detect
from core.nlp.office_terms import seat_holder
from core.registry import bundled_registry
from tests.core.entity_helpers import spans


def ids(text, day=None):
    return {m.text: m.entity_id for m in detect(text, bundled_registry(), day)}


def test_a_surname_read_as_common_nouns_joins_the_given_name_after_it():
    for tagger in (None, False):
        assert ("北側一雄", "PERSON") in spans("公明党の北側一雄副代表は記者団に語った。", tagger)
        assert ("国中均", "PERSON") in spans("宇宙航空研究開発機構の国中均理事が説明した。", tagger)
        assert ("茶村俊一", "PERSON") in spans("茶村俊一氏は述べた。", tagger)
    assert ("北側一雄", "PERSON") in spans("北側一雄は記者団に語った。")  # a bare full name before a particle


def test_no_surname_is_taken_from_a_word_of_time_or_a_longer_kanji_run():
    assert ("今後一郎", "PERSON") not in spans("今後一郎氏の話では")  # 今後 is a time word, not a surname
    assert ("下屋敷武夫", "PERSON") in spans("道路で転倒した下屋敷武夫さん(61)が流された。")
    assert ("日本", "GPE") in spans("日本一の記録を出した。")  # no given name, no person


def test_a_royal_named_with_a_title_is_a_person_without_it():
    assert spans("レティシア王妃が来日した。")[0] == ("レティシア", "PERSON")  # not a body named レティシア王妃
    assert ("アマリア", "PERSON") in spans("オランダのアマリア王女が訪れた。")
    assert ("明仁", "PERSON") in spans("明仁天皇は語った。")  # the registry's name with its title


def test_a_prince_after_a_katakana_name_is_a_title_and_after_kanji_a_place():
    for text in ("ヨルダンのアリ王子は「FIFAを改革する」と述べた。", "サウジアラビアのアルワリード王子は投資を表明した。"):
        found = spans(text)
        assert ("王子", "LOC") not in found  # the title after the name, not the place in Tokyo
        assert any(kind == "PERSON" and name.endswith(("アリ", "アルワリード")) for name, kind in found)
    assert ("王子", "LOC") in spans("北区王子で火災があった。")  # the town, no name before it
    assert ("八王子市", "LOC") in spans("八王子市の職員が答えた。")


def test_a_title_alone_stands_for_the_monarch_the_registry_seats_on_the_day():
    registry = bundled_registry()
    assert seat_holder(registry, "天皇陛下", None, "2016-08-08").id == "person:akihito"
    assert seat_holder(registry, "天皇陛下", None, "2020-01-01").id == "person:naruhito"
    assert seat_holder(registry, "国王", "country:ES", "2020-01-01").id == "person:felipe-vi"


def test_a_company_or_a_person_before_a_phenomenon_word_names_no_one():
    for text in ("リーマン・ショック後の不況が続いた。", "ITバブルの崩壊とリーマン・ショック"):
        assert not any(t in ("PERSON", "ORG") for _, t in spans(text)), text
    assert spans("リーマン・ブラザーズが破綻した。") == [("リーマン・ブラザーズ", "ORG")]


def test_a_federation_named_by_scope_field_and_head_is_one_body():
    for name in ("日本高校野球連盟", "全国高等学校野球連盟", "国際陸上競技連盟", "全日本柔道連盟", "国際水泳連盟"):
        assert spans(f"{name}によると、大会は延期された。")[0] == (name, "ORG"), name
    assert spans("日本野球連盟会長が語った。")[0] == ("日本野球連盟", "ORG")
    assert spans("日本では協会が発足した。") == [("日本", "GPE")]  # a particle between: no name


def test_outlets_by_their_short_names_are_linked_to_the_outlet():
    found = ids("スポニチによると、日刊スポーツも報じた。テレ朝の番組。")
    assert found["スポニチ"] == "org:sponichi" and found["日刊スポーツ"] == "org:nikkan-sports"
    assert found["テレ朝"] == "org:tv-asahi"
    assert ids("共同によると、両国は合意した。")["共同"] == "org:kyodo"
    assert ids("時事の報道では、会談は延期された。")["時事"] == "org:jiji"
    assert ids("共同電によると")["共同"] == "org:kyodo"
    assert spans("日米が共同の取り組みを進める。") == [("日", "GPE"), ("米", "GPE")]  # joint, no agency
    assert spans("読売ジャイアンツの選手が語った。")[0] == ("読売ジャイアンツ", "ORG")
