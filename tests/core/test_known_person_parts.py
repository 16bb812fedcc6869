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
