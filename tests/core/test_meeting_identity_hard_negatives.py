"""The hard negatives of issue 13 across articles: a trip's talks with two leaders, the same pair a month
apart, a plan and the meeting held before it; each beside the retelling that must still join."""

from tests.core.test_meeting_identity_across import records

TRIP_FIRST = {"reference_date": "2023-05-11", "body": "岸田文雄首相は10日、ハノイでベトナムのファム・ミン・チン首相と会談した。"}
TRIP_SECOND = {"reference_date": "2023-05-12",
               "body": "東南アジアを歴訪中の岸田文雄首相は11日、ジャカルタでインドネシアのジョコ・ウィドド大統領と会談した。"}
TRIP_RETOLD = {"reference_date": "2023-05-13", "body": "岸田首相は10日、ベトナムのチン首相とハノイで会談し、協力を確認した。"}


def test_a_trips_two_talks_with_two_leaders_stay_two_records_and_a_retelling_joins_its_own():
    found = records({"first": TRIP_FIRST, "second": TRIP_SECOND, "retold": TRIP_RETOLD})
    talks = sorted((articles, people) for people, articles in found if len(people) == 2)
    assert talks == [(["first", "retold"], ["person:fumio-kishida", "person:pham-minh-chinh"]),
                     (["second"], ["person:fumio-kishida", "person:joko-widodo"])]
    assert not any("first" in articles and "second" in articles for _, articles in found)


def test_the_trips_host_told_as_a_country_joins_neither_leader_of_another_country():
    vietnam = {"reference_date": "2023-05-12", "body": "岸田首相は11日、インドネシア側と会談した。"}
    found = records({"first": TRIP_FIRST, "vietnam": vietnam})
    assert sorted(articles for _, articles in found) == [["first"], ["vietnam"]]


def test_the_same_pair_a_month_apart_is_two_meetings():
    may = {"reference_date": "2023-05-08", "body": "岸田文雄首相は7日、ソウルで韓国の尹錫悦大統領と会談した。"}
    june = {"reference_date": "2023-06-08", "body": "岸田文雄首相は7日、韓国の尹錫悦大統領と会談した。"}
    may_again = {"reference_date": "2023-05-09", "body": "尹大統領は7日、岸田首相とソウルで会談した。"}
    found = records({"may": may, "june": june, "may_again": may_again})
    assert sorted(articles for _, articles in found) == [["june"], ["may", "may_again"]]


def test_a_plan_for_next_month_is_not_the_meeting_held_this_month():
    held = {"reference_date": "2023-05-08", "body": "岸田文雄首相は7日、韓国の尹錫悦大統領と会談した。"}
    plan = {"reference_date": "2023-05-09", "body": "岸田文雄首相は来月、韓国の尹錫悦大統領と会談する予定だ。"}
    found = records({"held": held, "plan": plan})
    assert sorted(articles for _, articles in found) == [["held"], ["plan"]]


def test_a_day_the_day_before_its_report_and_a_month_the_text_gives_are_one_meeting():
    day = {"reference_date": "2023-05-22", "body": "岸田文雄首相は21日、広島で韓国の尹錫悦大統領と会談した。"}
    before = {"reference_date": "2023-05-22", "body": "岸田首相は前日、尹大統領と広島市内で会談し、協力を確認した。"}
    month = {"reference_date": "2023-06-30", "body": "岸田首相は2023年5月に尹大統領と会談した。"}
    found = records({"day": day, "before": before, "month": month})
    assert found == [(["person:fumio-kishida", "person:yoon-suk-yeol"], ["before", "day", "month"])]


INVITED = {"reference_date": "2005-03-10", "body": "小泉純一郎首相は胡錦濤国家主席の日本訪問を招請した。"}


def test_a_visit_invited_and_planned_months_later_is_one_plan_an_invitation_renewed_years_later_is_another():
    planned = {"reference_date": "2005-09-10", "body": "胡錦濤国家主席は来月、日本を訪問する予定だ。"}
    renewed = {"reference_date": "2009-04-10", "body": "麻生太郎首相は胡錦濤国家主席の日本訪問を招請した。"}
    assert [articles for _, articles in records({"invited": INVITED, "planned": planned})] == [["invited", "planned"]]
    assert [articles for _, articles in records({"invited": INVITED, "renewed": renewed})] == [["invited"], ["renewed"]]


def test_a_visit_invited_after_the_month_a_plan_gave_itself_is_not_that_plan():
    april = {"reference_date": "2006-03-10", "body": "胡錦濤国家主席は4月に日本を訪問する予定だ。"}
    before = {"reference_date": "2006-03-20", "body": "小泉純一郎首相は胡錦濤国家主席の日本訪問を招請した。"}
    after = {"reference_date": "2006-09-20", "body": "小泉純一郎首相は胡錦濤国家主席の日本訪問を招請した。"}
    assert [articles for _, articles in records({"april": april, "before": before})] == [["april", "before"]]
    assert [articles for _, articles in records({"april": april, "after": after})] == [["after"], ["april"]]


def test_a_plan_told_again_with_its_own_time_more_than_a_year_later_is_the_same_plan():
    next_year = {"reference_date": "2005-03-10", "body": "胡錦濤国家主席は来年4月に日本を訪問する予定だ。"}
    next_month = {"reference_date": "2006-03-20", "body": "胡錦濤国家主席は来月、日本を訪問する予定だ。"}
    ahead = {"reference_date": "2007-04-10", "body": "胡錦濤国家主席は2008年5月6日に日本を訪問する予定だ。"}
    on_the_day = {"reference_date": "2008-05-01", "body": "胡錦濤国家主席は6日に日本を訪問する予定だ。"}
    assert [articles for _, articles in records({"next_year": next_year, "next_month": next_month})] \
        == [["next_month", "next_year"]]
    assert [articles for _, articles in records({"ahead": ahead, "on_the_day": on_the_day})] == [["ahead", "on_the_day"]]


HU_CAME = {"reference_date": "2005-10-11", "body": "胡錦濤国家主席は10日、日本を訪問した。"}


def test_a_visit_invited_with_no_time_is_the_visit_held_within_the_year_after_it_in_either_order():
    assert [articles for _, articles in records({"invited": INVITED, "came": HU_CAME})] == [["came", "invited"]]
    assert [articles for _, articles in records({"came": HU_CAME, "invited": INVITED})] == [["came", "invited"]]
    planned_then_came = {"reference_date": "2005-10-11",
                         "body": "胡錦濤国家主席は日本訪問を計画していた。胡錦濤国家主席は10日、日本を訪問した。"}
    for articles in ({"invited": INVITED, "told": planned_then_came}, {"told": planned_then_came, "invited": INVITED}):
        assert [a for _, a in records(articles)] == [["invited", "told"]]  # the record made held in its article


def test_a_plan_told_after_the_visit_held_years_before_or_for_another_month_is_not_that_visit():
    after = {"reference_date": "2005-11-20", "body": "小泉純一郎首相は胡錦濤国家主席の日本訪問を招請した。"}
    years_before = {"reference_date": "2003-03-10", "body": "小泉純一郎首相は胡錦濤国家主席の日本訪問を招請した。"}
    april = {"reference_date": "2005-03-10", "body": "胡錦濤国家主席は4月に日本を訪問する予定だ。"}
    for plan in (after, years_before, april):
        for articles in ({"plan": plan, "came": HU_CAME}, {"came": HU_CAME, "plan": plan}):
            assert sorted(a for _, a in records(articles)) == [["came"], ["plan"]]


def test_two_visits_held_on_other_days_stay_two_and_an_undated_plan_before_both_joins_neither():
    december = {"reference_date": "2005-12-06", "body": "胡錦濤国家主席は5日、日本を訪問した。"}
    found = records({"came": HU_CAME, "december": december, "invited": INVITED})
    assert sorted(a for _, a in found) == [["came"], ["december"], ["invited"]]
    found = records({"invited": INVITED, "came": HU_CAME, "december": december})
    assert sorted(a for _, a in found) == [["came", "invited"], ["december"]]
