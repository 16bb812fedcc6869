"""The whole office a title names (the longest the gazetteer knows), and the country and role it tells."""

from core.nlp.office_names import full_office, office_country, office_role
from core.nlp.offices import office_after


def _whole(text):
    return full_office(office_after(text, 0))


def test_the_longest_known_office_ending_a_title_wins_over_its_last_word():
    assert office_after("外交通商相と", 0)["office"] == "通商相"  # the office word the entity rules compare
    assert _whole("外交通商相と") == "外交通商相"
    assert _whole("韓国外交通商相と") == "外交通商相"  # the country written before it is no part of it
    assert _whole("国務長官と") == "国務長官"
    assert _whole("米国務長官は") == "国務長官"
    assert _whole("副大統領は") == "副大統領"
    assert _whole("産業通商相は") == "産業通商相"
    assert _whole("外相は") == "外相"
    assert _whole("中国外相は") == "外相"


def test_a_compound_office_of_one_country_tells_the_country():
    assert office_country("外交通商相") == "country:KR"  # the gazetteer's holders, over years
    assert office_country("企画財政相") == "country:KR"  # the head of a ministry the gazetteer lists (企画財政省)
    assert office_country("文部科学大臣") == "country:JP"


def test_an_office_word_or_a_field_many_countries_have_tells_none():
    assert office_country("首相") is None
    assert office_country("外相") is None
    assert office_country("大統領報道官") is None  # an office word, whatever the snapshot holds
    assert office_country("環境相") is None  # a plain field: every country has one
    assert office_country("財政相") is None
    assert office_country("通商相") is None
    assert office_country(None) is None


def test_the_role_an_office_is_recorded_under():
    assert office_role("外交通商相") == "foreign_minister"
    assert office_role("国務長官") == "foreign_minister"
    assert office_role("産業通商相") == "trade_minister"
    assert office_role("ない役職") is None
