"""A meeting told in words another article prints word for word (a wire story in two papers, a list of
headlines repeated on each page of a series) is one record, whatever precision its date has; short words,
other words, other sides or dates that disagree keep two."""

from core.meetings.known import Known, told_word_for_word
from core.meetings.mention import Participant
from tests.core.test_meeting_identity_across import COUNTRY_OF, records

# the related-news list a series prints under each of its articles (headlines run together)
NEWS_LIST = ("鉄道2009年鉄道関連ニュースJR富良野駅で快速列車と除雪車が衝突12人けが富山市の路面電車が37年ぶりに"
             "環状運転復活痴漢対策として東京都の地下鉄「東京メトロ」と「都営地下鉄」が統合を協議へJR北海道・岩見沢駅舎が"
             "2009年度グッドデザイン大賞")
WIRE = "日本政府と北朝鮮は、国交正常化に向けた協議を再開する方針を固めた。"


def test_a_headline_list_printed_under_two_articles_tells_one_meeting_though_each_runs_into_its_own_lead():
    # no line between the list and the lead: the sentences differ, the words around 協議 do not
    found = records({"march": {"reference_date": "2009-03-01", "body": NEWS_LIST + "駅の改修が始まった。"},
                     "sept": {"reference_date": "2009-09-01", "body": NEWS_LIST + "新しい車両が走り出した。"}})
    assert found == [(["found:ORG:東京メトロ", "found:ORG:都営地下鉄"], ["march", "sept"])]  # (named in brackets after their kind)


def test_a_wire_story_printed_by_two_papers_is_one_record_its_undated_talks_too():
    found = records({"one": {"reference_date": "2008-06-12", "body": WIRE + "\n関係者が明らかにした。"},
                     "two": {"reference_date": "2008-06-12", "body": "共同通信によると、" + "\n" + WIRE}})
    assert [articles for _, articles in found] == [["one", "two"]]


def test_an_undated_plan_told_in_other_words_stays_apart():
    found = records({"one": {"reference_date": "2008-06-12", "body": WIRE},
                     "two": {"reference_date": "2008-06-13", "body": "日本政府と北朝鮮は、協議を再開する方向で調整している。"}})
    assert sorted(articles for _, articles in found) == [["one"], ["two"]]


def test_a_sentence_printed_again_a_month_later_dates_its_day_in_that_month_apart():
    said = "岸田文雄首相は10日、韓国の尹錫悦大統領と会談した。"
    found = records({"may": {"reference_date": "2023-05-11", "body": said + "\n両国関係の改善が進む。"},
                     "june": {"reference_date": "2023-06-11", "body": said + "\n輸出管理で合意した。"}})
    assert sorted(articles for _, articles in found) == [["june"], ["may"]]


def test_a_short_sentence_other_sides_or_another_kind_are_no_evidence():
    japan, korea, china = (Participant("日本", "country:JP"), Participant("韓国", "country:KR"),
                           Participant("中国", "country:CN"))

    class Telling:
        def __init__(self, kind, participants, start=None):
            self.kind, self.participants, self.start, self.title, self.place = kind, participants, start, None, None

        def as_dict(self):
            return {"kind": self.kind, "participants": self.participants, "start": self.start, "place": None}

    long = "日本と韓国は、漁業協定の改定に向けた協議を始めることで合意した。"
    known = Known(1, "talks", "scheduled", [japan, korea], sentences={long, "日韓が協議へ。"})
    assert told_word_for_word(Telling("talks", [japan, korea]), [long], known, COUNTRY_OF)
    assert not told_word_for_word(Telling("talks", [japan, korea]), ["日韓が協議へ。"], known, COUNTRY_OF)
    assert not told_word_for_word(Telling("talks", [japan, china]), [long], known, COUNTRY_OF)
    assert not told_word_for_word(Telling("visit", [japan, korea]), [long], known, COUNTRY_OF)
    assert not told_word_for_word(Telling("talks", [japan]), [long], Known(2, "talks", "held", [japan], sentences={long}),
                                  COUNTRY_OF)
