"""The whole office a title names (the longest the gazetteer knows), and the country and role it tells."""

from core.nlp.office_names import full_office, office_country, office_role, office_roles
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


def test_every_role_of_an_office_read_as_the_office_the_gazetteer_records_for_a_title_written_otherwise():
    assert "head_of_government" in office_roles("総理")  # 総理 is a 首相
    assert "foreign_minister" in office_roles("外務大臣")  # 外務大臣 is a 外相
    assert {"foreign_minister", "head_of_government"} <= office_roles("首相兼外相")
    assert "head_of_state" in office_roles("国王")
    assert not office_roles("副首相") & {"head_of_state", "head_of_government"}  # a deputy is no head
    assert office_roles("ない役職") == frozenset() and office_roles(None) == frozenset()


def test_a_portfolio_written_with_tantou_before_an_office_is_part_of_the_title():
    # 国家安全保障担当 is longer than the few kanji that specify an office; the person before it is named
    title = office_after("国家安全保障担当大統領補佐官は", 0)
    assert title.group(0) == "国家安全保障担当大統領補佐官" and title["office"] == "補佐官"
    assert office_after("経済再生担当相は", 0)["office"] == "経済再生担当相"
    assert office_after("沖縄・北方担当相と", 0)["office"] == "沖縄・北方担当相"
    assert office_after("担当者は", 0) is None  # 担当 is no office by itself


def test_the_person_before_a_long_portfolio_is_a_person():
    from core.nlp.entities import detect
    from core.registry import bundled_registry

    text = "ハドリー国家安全保障担当大統領補佐官は9日、訪日した。"
    people = [(text[m.start : m.end], m.type) for m in detect(text, bundled_registry(), None) if m.type in ("PERSON", "ORG")]
    assert people == [("ハドリー", "PERSON")]


def test_surnames_listed_before_a_title_they_share_are_its_holders():
    import datetime

    from core.nlp.entities import detect
    from core.nlp.offices import shared_title
    from core.registry import bundled_registry

    assert shared_title("、プーチン両大統領と", 0)["office"] == "大統領"
    assert shared_title("、ライス、潘基文の3外相は", 0)["office"] == "外相"
    assert shared_title("、大阪では", 0) is None
    day = datetime.date(2006, 6, 10)
    for text, first in (("麻生、ライス、潘基文の3外相は9日、会談した。", "person:taro-aso"),
                        ("町村、李肇星両外相は9日、会談した。", "person:nobutaka-machimura")):
        found = [m for m in detect(text, bundled_registry(), day) if m.type == "PERSON"]
        assert found[0].start == 0 and found[0].entity_id == first
    # a surname many share, with no title of its own nor a shared one, stays unlinked
    found = [m for m in detect("麻生、谷垣両氏が出馬した。", bundled_registry(), day) if m.type == "PERSON"]
    assert found and not (found[0].entity_id or "").startswith("person:")
