"""A month and day with no year (10/02 10:00) on a page whose copyright line writes a span of years (© 2008-2025):
the span bounds the year and does not tell it; a year placed by the text's latest full date far from it is a guess
(bench/perturb_frames.py measures the class "date as 05/01, no year")."""

from __future__ import annotations

from core.cleaning.checks import DATE_UNSURE, reason_codes
from core.cleaning.dump import clean_dump
from tests.shared_data import livedoor_parts

ARTICLE = "topic-news/topic-news-5903225.txt"  # 悪評が次から次へと溢れ出る川越シェフ, 2011-10-02 10:00


def _page(legal: str, written: str = "") -> str:
    title, body = livedoor_parts(ARTICLE)
    body[-1] += written
    return "\n".join(["みなと新報", "ホーム　ニュース　政治　経済　国際　社会　スポーツ　エンタメ", "", title, "10/02 10:00", "",
                      *body, "", "会社概要　プライバシーポリシー　お問い合わせ", legal])


def test_a_copyright_span_gives_no_year_and_the_page_is_flagged():
    article = clean_dump(_page("Copyright © 2008-2025 みなと新報 All rights reserved."))
    assert article.published is None or not article.published.startswith("2025")
    assert DATE_UNSURE in reason_codes(article.cleaning_check)


def test_a_single_copyright_year_still_gives_it():
    article = clean_dump(_page("Copyright © 2011 みなと新報 All rights reserved."))
    assert article.published.startswith("2011-10-02T10:00")
    assert DATE_UNSURE not in reason_codes(article.cleaning_check)


def test_a_span_bounds_the_year_the_text_gives():
    article = clean_dump(_page("Copyright © 2008-2025 みなと新報 All rights reserved.", "会見は2011年9月28日に開かれた。"))
    assert article.published.startswith("2011-10-02T10:00")
    assert DATE_UNSURE not in reason_codes(article.cleaning_check)


def test_a_year_placed_far_from_the_texts_latest_full_date_is_flagged():
    article = clean_dump(_page("Copyright © みなと新報 All rights reserved.", "会見は2011年1月5日に開かれた。"))
    assert article.published is not None  # the date is kept, its year a guess
    assert DATE_UNSURE in reason_codes(article.cleaning_check)
    near = clean_dump(_page("Copyright © みなと新報 All rights reserved.", "会見は2011年9月28日に開かれた。"))
    assert near.published.startswith("2011-10-02T10:00")
    assert DATE_UNSURE not in reason_codes(near.cleaning_check)
