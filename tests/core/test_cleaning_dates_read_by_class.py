"""Page dates read right by class (a real page, and livedoor news files set in page furniture made here): the day printed over
the headline and the day with its time under it are one article's date, not a column of other articles'; a
birthday in a profile does not tell the year of a date line written without one; the header of another article
under the body (its headline, its date, its text) does not date the article above it."""

from __future__ import annotations

from core.article import Article
from core.cleaning.dump import clean_dump, clean_into
from tests.shared_data import SHARED, livedoor_text, require

MENU = ["ホーム", "ニュース", "国内", "国際", "経済", "", "ホーム > ニュース > 記事", ""]
PAGES = SHARED / "pages"
EASY_NEWS = "20-nhk-easy-20241204-nakamura-afghan-suiro.txt"
NAME = "topic-news/topic-news-5903225.txt"  # 2011-10-02T10:00, 悪評が次から次へと溢れ出る川越シェフ


def _article(name: str = NAME) -> tuple[str, list[str]]:
    lines = livedoor_text(name).split("\n")
    return lines[2].strip(), [line for line in lines[3:] if line.strip()][:6]


def _spaced(lines: list[str]) -> list[str]:
    return [part for line in lines for part in (line, "")]


def test_the_day_over_the_headline_and_the_time_under_it_are_the_articles_date():
    # a real page (NHK's news in easy Japanese) with the section and the day printed over the headline too: under
    # the loading note, each date line stands under a headline-like line, as a column of other articles' would
    lines = (require(PAGES / "txt" / EASY_NEWS)).read_text(encoding="utf-8").split("\n")
    at = lines.index("2024年12月4日 19時23分") - 2
    headline = lines[at]
    lines[at:at] = ["地域 | 2024年12月4日", ""]
    article = clean_dump("\n".join(lines))
    assert article.published == "2024-12-04T19:23:00+09:00"
    assert article.title == headline


def test_a_column_of_other_articles_with_their_times_still_dates_none_of_them():
    headline, body = _article()
    others = ["首相、来月の訪米で首脳会談へ調整", "2011年9月30日 18時10分", "",
              "円相場、一時１ドル＝７６円台に上昇", "2011年10月1日 09時05分", ""]
    raw = "\n".join(MENU + others + [headline, "2011年10月2日 10時00分", ""] + _spaced(body))
    assert clean_dump(raw).published == "2011-10-02T10:00:00+09:00"


def test_a_birthday_in_a_profile_does_not_place_a_date_line_without_its_year(tmp_path):
    headline, body = _article("sports-watch/sports-watch-4597641.txt")  # 2010-02-10 was a Wednesday
    profile = "◆秋山　成勲（あきやま・よしひろ）１９７５年７月２９日、大阪府生まれ。柔道家、総合格闘家。"
    raw = "\n".join(MENU + [headline, "2/10(水) 10:50配信", ""] + _spaced(body) + [profile, "", "関連記事"])
    page = tmp_path / "20100212-page.txt"  # saved two days later, as its name says
    page.write_text(raw, encoding="utf-8")
    article = Article(source=str(page), source_format="txt", raw=raw)
    clean_into(article)
    # the birthday would place 2/10 in 1975 and its weekday then in 1971 or 1982; the file's name tells 2010
    assert article.published == "2010-02-10T10:50:00+09:00"


def test_another_articles_date_under_the_body_does_not_date_the_article_above():
    headline, body = _article()
    other = ["台風１５号、関東に上陸のおそれ　交通機関に影響", "",
             "2011/10/01 06:03 (JST)", "",
             "気象庁によると、大型の台風15号は1日午前、紀伊半島の南にあって北東へ進んでいる。",
             "東海や関東では、1日夜から2日にかけて非常に強い風が吹き、大雨となるおそれがある。",
             "交通機関への影響も予想され、鉄道各社は運休の可能性を発表した。", ""]
    raw = "\n".join(MENU + [headline, ""] + _spaced(body) + other
                    + ["（ 2011/10/02 10:00 (JST) カテゴリー：主要）", "", "Copyright © Example News."])
    article = clean_dump(raw)
    assert article.title == headline
    assert article.published == "2011-10-02T10:00:00+09:00"
