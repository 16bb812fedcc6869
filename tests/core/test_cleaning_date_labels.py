"""A date's label (公開, 配信, 更新…) makes a date line only beside a date: a headline that says a service starts
on a day (…を8月31日から配信開始) is the headline, not a date line (livedoor news, a real article)."""

from __future__ import annotations

import pytest

from core.cleaning.dump import clean_dump
from core.cleaning.lines import classify
from tests.shared_data import livedoor_text



def test_a_headline_with_a_day_and_a_label_far_from_it_is_the_headline():
    lines = livedoor_text("smax/smax-6884447.txt").split("\n")
    article = clean_dump("\n".join(lines))
    assert lines[2].endswith("8月31日から配信開始")
    assert article.title == lines[2].strip()
    assert article.published.startswith("2012-08-24T10:55")


@pytest.mark.parametrize("text", [
    "World | 2010/7/30 12:00 (2010/7/31 14:07更新)",  # the label beside the second date
    "配信日時：2016年2月10日 15:40",
    "2/10(水) 15:40配信",
    "BARKS 2011/12/14 10:00 (2011/12/15 12:07更新)",
])
def test_a_label_beside_any_date_of_the_line_makes_a_date_line(text):
    assert classify(1, text).kind == "date"


@pytest.mark.parametrize("text", [
    "スクエニ、「ファイナルファンタジーレジェンズ 光と闇の戦士」のAndroidおよびiOS版を8月31日から配信開始",
    "新サービスを2016年4月1日から全国で順次公開する方針",
])
def test_a_label_away_from_the_day_makes_no_date_line(text):
    assert classify(1, text).kind != "date"
