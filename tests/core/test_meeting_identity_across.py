"""One meeting told in several articles becomes one record on the desktop: a leader spelt another way,
a side told as a country, a month the text gives; meetings the tellings cannot tell apart stay apart."""

import tempfile
from pathlib import Path

from core.meeting_evaluation import _library_from_texts, meeting_records
from core.meetings.merge import month_of_its_day, same_people
from core.meetings.mention import Participant
from core.meetings.propose import country_lookup
from core.meetings.spelling import known_spelling, spelling_key
from core.registry import bundled_registry
from core.store import open_db

REGISTRY = bundled_registry()
COUNTRY_OF = country_lookup(REGISTRY)


def records(articles: dict) -> list[tuple[list, list]]:
    """Each meeting record as (its participants' entity ids, the articles that tell it)."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        names = _library_from_texts(articles, path)
        db = open_db(path)
        found = [(sorted(p["entity_id"] or p["name"] for p in m["participants"]),
                  sorted({names[x["article_id"]] for x in m["mentions"]})) for m in meeting_records(db)]
        db.close()
    return sorted(found, key=lambda r: r[1])


def test_spelling_keys_drop_the_marks_outlets_add_or_drop():
    assert spelling_key("ベンヤミン・ネタニヤフ") == spelling_key("ベンヤミンネタニヤフ")
    assert spelling_key("ヴラジーミル") == spelling_key("ブラジミル")
    assert spelling_key("岸田文雄") is None


def test_a_known_leader_spelt_one_kana_apart_is_that_leader_a_short_or_bare_family_name_is_not():
    assert known_spelling("ネタニエフ", REGISTRY) == "person:benjamin-netanyahu"
    assert known_spelling("ネタニヤフ", REGISTRY) == "person:benjamin-netanyahu"
    assert known_spelling("アジーズ", REGISTRY) is None  # a family name many people share
    assert known_spelling("ミッチェル", REGISTRY) is None


def test_two_outlets_spelling_netanyahu_apart_tell_one_meeting():
    found = records({
        "a1": {"reference_date": "2009-06-15", "body": "イスラエルのネタニヤフ首相は14日、エルサレムでミッチェル中東特使と会談した。"},
        "a2": {"reference_date": "2009-06-16", "body": "イスラエルのネタニエフ首相は14日、エルサレムでミッチェル中東特使と会談した。"}})
    assert [articles for _, articles in found] == [["a1", "a2"]]


def test_a_country_told_for_its_leader_joins_his_meeting_unless_two_of_its_people_met_that_day():
    xi = {"reference_date": "2023-11-17", "body": "岸田文雄首相は16日、サンフランシスコで中国の習近平国家主席と会談した。"}
    china = {"reference_date": "2023-11-18", "body": "岸田首相は16日、サンフランシスコで中国側と会談し、戦略的互恵関係を確認した。"}
    li = {"reference_date": "2023-11-17", "body": "岸田首相は16日、サンフランシスコで中国の李強首相と会談した。"}
    assert [articles for _, articles in records({"xi": xi, "china": china})] == [["china", "xi"]]
    assert [articles for _, articles in records({"xi": xi, "li": li, "china": china})] == [["china"], ["li"], ["xi"]]


def test_a_month_the_text_gives_joins_the_one_meeting_of_that_month():
    day = {"reference_date": "2023-11-17", "body": "岸田文雄首相は16日、サンフランシスコで習近平国家主席と会談した。"}
    other = {"reference_date": "2023-11-26", "body": "岸田文雄首相は25日、習近平国家主席と会談した。"}
    month = {"reference_date": "2023-11-28", "body": "岸田首相は11月、習近平国家主席と会談した。"}
    assert [articles for _, articles in records({"day": day, "month": month})] == [["day", "month"]]
    # the pair met twice that month: the month cannot say which
    assert [articles for _, articles in records({"day": day, "other": other, "month": month})] == [
        ["day"], ["month"], ["other"]]


def test_a_month_never_takes_a_day_nor_a_month_the_report_lends():
    assert month_of_its_day("2023-11", "month", "11月", "2023-11-16", "day", "16日")
    assert not month_of_its_day("2023-11-16", "day", "16日", "2023-11", "month", "11月")
    assert not month_of_its_day("2023-11", "month", None, "2023-11-16", "day", "16日")
    assert not month_of_its_day("2023-11", "month", "11月", "2023-12-01", "day", "1日")


def test_a_country_stands_for_one_person_only():
    kishida = Participant("岸田文雄", "person:fumio-kishida")
    xi, li = Participant("習近平", "person:xi-jinping"), Participant("李強", "person:li-qiang")
    china = Participant("中国", "country:CN")
    assert same_people([kishida, xi], [kishida, china], COUNTRY_OF)
    assert not same_people([kishida, xi, li], [kishida, china], COUNTRY_OF)
    assert not same_people([kishida, xi], [kishida, li], COUNTRY_OF)
    assert same_people([kishida, xi], [kishida, xi], COUNTRY_OF)


def test_a_name_cut_short_is_the_full_name_only_among_people_no_registry_knows():
    from core.meetings.merge import cut_short, name_stem
    assert cut_short("found:PERSON:谷川", "found:PERSON:谷川秀善")
    assert cut_short("found:PERSON:アジーズ", "found:PERSON:ショーカット・アジーズ")
    assert not cut_short("found:PERSON:金正日", "found:PERSON:金正恩")
    assert not cut_short("found:PERSON:アジ", "found:PERSON:アジーズ")  # a katakana name is cut at its ・ only
    assert not cut_short("person:fumio-kishida", "found:PERSON:岸田文雄")
    assert name_stem("found:PERSON:谷川秀善") == name_stem("found:PERSON:谷川")
    assert name_stem("country:JP") == "country:JP"


def test_the_full_name_and_the_name_cut_short_with_a_month_tell_one_meeting():
    found = records({
        "full": {"reference_date": "2005-10-13",
                 "body": "谷川秀善外務副大臣は2005年10月12日、イスラマバードでアジーズ首相と会談した。"},
        "short": {"reference_date": "2005-10-30", "body": "谷川外務副大臣が10月にアジーズ首相と行った会談で、支援が約束された。"}})
    assert [articles for _, articles in found] == [["full", "short"]]
    two = records({
        "full": {"reference_date": "2005-10-13",
                 "body": "谷川秀善外務副大臣は2005年10月12日、イスラマバードでアジーズ首相と会談した。"},
        "other": {"reference_date": "2005-10-13", "body": "谷川秀雄氏は2005年10月12日、イスラマバードでアジーズ首相と会談した。"},
        "short": {"reference_date": "2005-10-30", "body": "谷川外務副大臣は12日、アジーズ首相と会談した。"}})
    # 谷川 may be either 谷川秀善 or 谷川秀雄: it joins neither
    assert ["short"] in [articles for _, articles in two]


def test_a_summit_told_by_its_two_countries_is_the_leaders_talks_of_that_day():
    leaders = {"reference_date": "2023-11-17", "body": "岸田文雄首相は16日、サンフランシスコで中国の習近平国家主席と会談した。"}
    countries = {"reference_date": "2023-11-18", "body": "日中首脳会談は16日、サンフランシスコで行われ、戦略的互恵関係を確認した。"}
    assert [articles for _, articles in records({"leaders": leaders, "countries": countries})] \
        == [["countries", "leaders"]]


def test_a_summit_told_by_countries_stays_apart_from_ministers_and_from_a_day_of_two_summits():
    leaders = {"reference_date": "2023-11-17", "body": "岸田文雄首相は16日、サンフランシスコで中国の習近平国家主席と会談した。"}
    ministers = {"reference_date": "2023-11-18", "body": "日中外相会談は16日、サンフランシスコで行われ、戦略的互恵関係を確認した。"}
    assert len(records({"leaders": leaders, "ministers": ministers})) == 2
    li = {"reference_date": "2023-11-17", "body": "岸田首相は16日、サンフランシスコで中国の李強首相と会談した。"}
    countries = {"reference_date": "2023-11-18", "body": "日中首脳会談は16日、サンフランシスコで行われ、戦略的互恵関係を確認した。"}
    assert [articles for _, articles in records({"leaders": leaders, "li": li, "countries": countries})] \
        == [["countries"], ["leaders"], ["li"]]
    other_day = {"reference_date": "2023-11-18", "body": "日中首脳会談は17日、サンフランシスコで行われた。"}
    assert len(records({"leaders": leaders, "other_day": other_day})) == 2
