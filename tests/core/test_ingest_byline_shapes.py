"""Saved pages: writers named on byline-shaped lines whatever their names, and titles with an undeclared site."""

from __future__ import annotations

import pytest

from core.cleaning.person_names import is_person_name
from core.ingest.byline_shapes import name_shaped, shaped_names
from core.ingest.headline import strip_site_name
from core.ingest.html_page import article_from_html

BODY = "".join(
    f"<p>第{i}段落。両国の外相は会談で、北極海の航路をめぐる協力を続けることを確認した。"
    "会談は予定を延長して二時間に及んだという。</p>"
    for i in range(1, 6)
)


def page(under: str = "", after: str = "", title: str = "外相会談、航路協力を確認 | 港町ニュース",
         heading: str = "<h1>外相会談、航路協力を確認</h1>") -> str:
    return (f"<html lang='ja'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<main><article>{heading}<p class='date'>2025年7月11日 18時30分</p>"
            f"{under}<div class='text'>{BODY}{after}</div></article></main></body></html>")


def test_unidic_does_not_read_these_names_as_names():
    # the class the byline's shape is for: a reader must not depend on the tagger knowing the name
    assert not is_person_name("五十嵐颯")
    assert not is_person_name("五十嵐颯　記者")


@pytest.mark.parametrize("line, names", [
    ("東海林紬　記者", ["東海林紬"]),
    ("【田中美咲記者】", ["田中美咲"]),
    ("（五十嵐颯記者）", ["五十嵐颯"]),
    ("記者名：小野寺葵", ["小野寺葵"]),
    ("文：江連能弘", ["江連能弘"]),
    ("（文＝宇佐美湊）", ["宇佐美湊"]),
    ("取材・文／二階堂翼", ["二階堂翼"]),
    ("写真・文：東海林紬", ["東海林紬"]),
    ("文：東海林紬　写真：山田太郎", ["東海林紬"]),
    ("Text: Anna Kowalski / Photo: 山田太郎", ["Anna Kowalski"]),
    ("五十嵐颯 記者 | 毎日新聞", ["五十嵐颯"]),
    ("記者：東海林紬、小野寺葵", ["東海林紬", "小野寺葵"]),
    # a place, a desk, an agency or a credit alone is no writer
    ("（北京特派員）", []),
    ("（大阪本社記者）", []),
    ("（政治部記者）", []),
    ("文：編集部", []),
    ("記者：共同", []),
    ("写真：山田太郎", []),
    ("記者会見", []),
    ("【ワシントン＝山田太郎】", []),  # a dateline: read by its own rule
])
def test_a_byline_shaped_line_names_its_writers(line, names):
    assert shaped_names(line) == names


def test_a_name_shape_is_a_persons_not_a_bodys():
    assert name_shaped("福岡太郎")  # a family name that is also a place
    assert not name_shaped("北京")
    assert not name_shaped("取材班")
    assert name_shaped("ジョン・スミス") and not name_shaped("ワシントン")


@pytest.mark.parametrize("under, after, authors", [
    ("<p>田中美咲　記者</p>", "", ["田中美咲"]),
    ("<p class='byline'>五十嵐颯記者</p>", "", ["五十嵐颯"]),
    ("<p>記者名：小野寺葵</p>", "", ["小野寺葵"]),
    ("<div class='author'>宇佐美湊記者</div>", "", ["宇佐美湊"]),
    ("<p class='credit'>Text: Anna Kowalski / Photo: 山田太郎</p>", "", ["Anna Kowalski"]),
    ("", "<p>（五十嵐颯記者）</p>", ["五十嵐颯"]),
    ("", "<p>構成・文／二階堂翼</p>", ["二階堂翼"]),
    ("<p>（北京特派員）</p>", "", []),
    ("", "<p>（上海特派員）</p>", []),
])
def test_a_page_names_writers_the_tagger_does_not_know_by_their_byline(under, after, authors):
    article = article_from_html("p.html", page(under, after))
    assert article.authors == authors
    assert not any("記者" in p or "構成・文" in p for p in article.paragraphs)  # the byline is not text


@pytest.mark.parametrize("title", [
    "外相会談、航路協力を確認 - みなと日報",
    "外相会談、航路協力を確認 – Harbor Times",
    "外相会談、航路協力を確認 — くらしの窓",
])
def test_a_site_no_tag_names_comes_off_the_title_after_a_spaced_dash(title):
    assert strip_site_name(title, []) == "外相会談、航路協力を確認"
    article = article_from_html("p.html", page(title=title, heading=""))
    assert article.title == "外相会談、航路協力を確認"


def test_a_headlines_own_dash_stays():
    assert strip_site_name("ソニー、新型ウォークマン--高音質化へ", []) == "ソニー、新型ウォークマン--高音質化へ"
    assert strip_site_name("外相会談 - 延期へ", []) == "外相会談 - 延期へ"  # the part after it is no shorter than half
