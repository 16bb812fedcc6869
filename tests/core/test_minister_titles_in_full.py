"""A Japanese minister's title written in full (外務大臣, 総理大臣, 財務大臣) names the office the registry writes
short (外相, 首相, 財務相): the surname before it is that office's holder on the article's day. Wikinews sentences."""

from datetime import date

from core.nlp.entities import detect
from core.nlp.office_terms import office_written
from core.nlp.offices import office_after
from core.registry import bundled_registry


def people(text, day):
    return [(m.text, m.entity_id) for m in detect(text, bundled_registry(), day) if m.type == "PERSON"]


def test_a_title_in_full_names_the_office_the_registry_writes_short():
    assert office_written(office_after("安倍総理大臣は", 2)) == "首相"
    assert office_written(office_after("福田内閣総理大臣は", 2)) == "首相"
    assert office_written(office_after("高村外務大臣は", 2)) == "外相"
    assert office_written(office_after("額賀財務大臣は", 2)) == "財務相"
    assert office_written(office_after("ウォレス英国防大臣は", 4)) == "国防相"  # the country is no part of the office
    assert office_written(office_after("冬柴大臣は", 2)) == "大臣"  # 大臣 alone names no office
    assert office_written(office_after("茂木外相は", 2)) == "外相"


def test_the_surname_before_a_ministers_title_in_full_is_the_holder_on_the_day():
    # wn-02621, wn-01714, wn-00135, wn-02378
    assert people("消費税の引き上げについて、安倍総理大臣の判断次第で解散が早まる", date(2014, 11, 11)) == [
        ("安倍", "person:shinzo-abe")]
    assert people("また、町村外務大臣は7月21日に「1988年以降、流弾事故は", date(2005, 7, 23)) == [
        ("町村", "person:nobutaka-machimura")]
    assert people("また、朝日新聞によれば、高村外務大臣は記者団に対して", date(2008, 5, 14)) == [
        ("高村", "person:masahiko-komura")]
    assert people("くらまの火災原因として北沢防衛大臣は、艦首付近にある", date(2009, 10, 28)) == [
        ("北沢", "person:toshimi-kitazawa")]


def test_japans_finance_ministers_since_2001_are_known_by_their_title_and_the_day():
    # wn-03339: 額賀 was finance minister in 2008 (defence head before)
    assert people("額賀財務大臣は2008年1月16日に開かれた会合で述べた。", date(2008, 6, 24)) == [
        ("額賀", "person:fukushiro-nukaga")]
    assert people("谷垣財務相は読売新聞のインタビューで述べた。", date(2005, 5, 1)) == [
        ("谷垣", "person:sadakazu-tanigaki")]
    # one surname, two holders: the office and the day choose
    assert people("中川財務相は会見で述べた。", date(2008, 12, 1)) == [("中川", "person:shoichi-nakagawa")]
    assert people("中川官房長官は会見で述べた。", date(2000, 8, 1)) == [("中川", "person:hidenao-nakagawa")]
    # no office held near that day: a person of the article's own
    assert people("安倍総理大臣は述べた。", date(1990, 1, 1)) == [("安倍", "found:PERSON:安倍")]


def test_a_known_persons_surname_unidic_cuts_after_the_full_name_is_that_person():
    # wn-01649: 混入|中|川|農相 (a headline without spaces) is no token the title pass reads as a surname
    found = people("中川昭一農相は述べた。『米国産牛肉に危険部位が混入中川農相が発表』。", date(2006, 1, 20))
    assert found == [("中川昭一", "person:shoichi-nakagawa"), ("中川", "person:shoichi-nakagawa")]
