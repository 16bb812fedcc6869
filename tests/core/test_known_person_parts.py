"""A known person is linked by their name, not by a part of a longer word or name, nor by a bare surname the
article never shows to be theirs. Sentences of the kinds seen in news and magazine articles (undated, as an
imported page may be: no day rules a namesake out)."""

from core.nlp.entities import detect
from core.nlp.titled_people import _name_before_honorific
from core.nlp.offices import office_for_name
from core.registry import bundled_registry


def people(text, day=None):
    return [(text[m.start : m.end], m.entity_id) for m in detect(text, bundled_registry(), day) if m.type == "PERSON"]


def known(text):
    return [link for link in people(text) if link[1] and not link[1].startswith("found:")]


def test_a_surname_before_a_given_name_and_an_honorific_is_no_known_person_of_that_surname():
    # 文|本貴士氏: UniDic cuts 文 off a photographer's surname; Moon Jae-in's 文 is no part of it
    text = "混在する不思議！文本貴士氏の写真展「追憶」を開催"
    assert known(text) == []
    assert ("文", "person:moon-jae-in") not in people(text)
    assert known("ソフトバンクの孫正義氏は会見で「通信料を下げる」と述べた。") == []
    # the title right after the surname still names the holder
    assert known("韓国の文大統領は会見で北朝鮮との対話を呼びかけた。") == [("文", "person:moon-jae-in")]


def test_kanji_between_a_surname_and_its_honorific_are_the_rest_of_the_name():
    text = "文本貴士氏"
    assert _name_before_honorific(office_for_name(text, 1), 1)
    assert not _name_before_honorific(office_for_name("文氏", 1), 1)
    assert not _name_before_honorific(office_for_name("文大統領", 1), 1)  # an office, no honorific


def test_a_known_surname_glued_inside_a_longer_katakana_word_is_no_one():
    assert known("コンパクトデジカメからミラーレスへ乗り換える場合は液晶を見る。") == []
    assert known("ハーマンミラー社製のレザーチェアがならぶ大会議室。") == []
    assert known("J2降格となったが、ペトロビッチ監督を初め、選手の大半が残留した。") == []


def test_a_known_surname_alone_with_nothing_to_show_it_is_theirs_is_not_linked():
    # a common word UniDic knows is no mention at all
    assert people("同県の大潟村で発生した、カラスの大量死について発表した。") == []
    assert people("加害者の少年たちは机でトランプをして遊んでいた。") == []
    # a character in a drama keeps its reading as a person, with no known person's card
    found = people("美しく聡明な殺人課の女性刑事ベケットだった。ベケットに興味を持ったキャッスルは捜査に協力する。")
    assert found and all(entity_id.startswith("found:") for _, entity_id in found)


def test_a_surname_alone_links_where_the_article_names_the_person_elsewhere():
    # the title at one occurrence, or the full name written, shows who the bare surname is
    text = "読売新聞によると、ブッシュ大統領は声明を出した。ブッシュはその後、現地を訪れた。"
    assert known(text) == [("ブッシュ", "person:george-w-bush")] * 2
    text = "ヒラリー・クリントン氏が撤退を表明した。支持者の多くはクリントンの決断を称えた。"
    assert [entity_id for _, entity_id in known(text)] == ["person:hillary-clinton"] * 2


def test_a_longer_name_in_parts_is_not_the_known_person_of_its_first_part():
    # アビー + ・ロード・スタジオ: a studio named after a road, not Abiy Ahmed
    assert known("110名ものオーケストラと共にアビー・ロード・スタジオで録音された。") == []
    # the known full name in parts keeps its link
    assert known("ベラルーシのアレクサンドル・ルカシェンコ大統領は市民に呼びかけた。") == [
        ("アレクサンドル・ルカシェンコ", "person:alexander-lukashenko")]
