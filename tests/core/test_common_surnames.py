"""People whose surname alone names many people: a common word (ライス, ブラウン) or a Japanese
surname (松浦, 北沢). The whole name is the person without a title; the surname alone is linked
only when an office or the article says which holder it is. Sentences shaped on Japanese Wikinews."""

import datetime as dt

import pytest

from core.nlp.entities import detect
from core.registry import bundled_registry


@pytest.fixture(scope="module")
def registry():
    return bundled_registry()


def _people(text, registry, day):
    return [(m.text, m.entity_id) for m in detect(text, registry, dt.date.fromisoformat(day))
            if m.type == "PERSON"]


@pytest.mark.parametrize("text, day, name, entity", [
    ("コンドリーザ・ライスは2006年3月に来日し、麻生外相と会談した。", "2006-03-18",
     "コンドリーザ・ライス", "person:condoleezza-rice"),
    ("ゴードン・ブラウンとトニー・ブレアは、労働党の再建を主導した。", "2009-01-10",
     "ゴードン・ブラウン", "person:gordon-brown"),
    ("英保守党はテリーザ・メイを新しい党首に選んだ。", "2016-07-11", "テリーザ・メイ", "person:theresa-may"),
])
def test_a_whole_common_word_name_is_the_person_without_a_title(registry, text, day, name, entity):
    assert (name, entity) in _people(text, registry, day)


@pytest.mark.parametrize("text, day, surname", [
    ("ライスの輸出が増え、コメの値段は下がった。", "2006-03-18", "ライス"),
    ("ブラウン氏は記者団に「驚いた」と語った。", "2008-01-10", "ブラウン"),
])
def test_a_common_word_surname_alone_is_no_known_person(registry, text, day, surname):
    linked = [e for name, e in _people(text, registry, day) if name == surname]
    assert not any(e and e.startswith("person:") for e in linked)


def test_a_common_word_surname_with_its_office_is_the_holder(registry):
    assert ("ライス", "person:condoleezza-rice") in _people(
        "ライス国務長官は12日、パキスタンを訪問した。", registry, "2006-03-12")


@pytest.mark.parametrize("text, day, surname, holder", [
    # an Akita broadcaster standing for the upper house in 2006, while Matsuura headed UNESCO
    ("同紙によれば、松浦氏は民主党や社民党などから打診を受け、21日付で秋田放送を退職した。",
     "2006-12-28", "松浦", "person:koichiro-matsuura"),
    # a former footballer named to the football association in 2008, a year before Kitazawa's ministry
    ("日本サッカー協会は特任理事に北沢氏らを選び、若返りを図る。", "2008-07-11", "北沢",
     "person:toshimi-kitazawa"),
])
def test_a_japanese_surname_with_shi_and_no_office_is_not_the_holder(registry, text, day, surname, holder):
    found = [e for name, e in _people(text, registry, day) if name == surname]
    assert found and holder not in found


def test_a_japanese_surname_is_the_holder_when_the_article_names_the_office(registry):
    text = "北沢防衛相は記者会見で普天間基地の移設に触れた。\n北沢氏は「地元の理解が要る」と述べた。"
    assert _people(text, registry, "2010-05-01") == [("北沢", "person:toshimi-kitazawa")] * 2


def test_a_japanese_surname_is_the_holder_when_the_article_writes_the_full_name(registry):
    text = "中川昭一元財務相が死去した。\n町村氏は「信じられない」と語った。\n町村信孝元官房長官の談話。"
    assert ("町村", "person:nobutaka-machimura") in _people(text, registry, "2009-10-04")


def test_a_japanese_surname_before_seiken_is_the_head_of_that_government(registry):
    text = "今回の選挙では、安倍政権の経済政策や憲法の改正などが焦点となった。"
    assert ("安倍", "person:shinzo-abe") in _people(text, registry, "2016-07-11")


def test_a_counter_after_a_number_is_no_surname(registry):
    # 回 is a vice premier's surname (回良玉副首相), and the counter of 第44回衆議院議員選挙
    assert _people("第44回衆議院議員選挙の結果、与党が勝った。", registry, "2005-09-12") == []
    assert _people("中国の回良玉副首相は24日、述べた。", registry, "2008-01-24") == [("回良玉", "person:hui-liangyu")]
