"""An HTML import reads the day a saved file's name carries as a text dump's import does (core.cleaning.named_day):
below every date the page gives, on real pages of the development set with their declared dates taken out and their
date line written without its year."""

from __future__ import annotations

import json
from html import escape
import re
from pathlib import Path

import pytest

from core.ingest import html_page
from core.ingest.html_page import article_from_html, decode_html
from core.jobs import import_paths
from core.store import open_db

PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "pages"
GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
ID_NAME = "article-4778030.html"  # a name that carries an id, no day

_DATE_META = re.compile(r"<meta\b[^>]*(?:date|time)[^>]*>", re.I)
_LD_DATE = re.compile(r'"(date\w*)"\s*:\s*"[^"]*"')
_TIME_AT = re.compile(r'(<time\b[^>]*?)\s+datetime="[^"]*"', re.I)

# (page, its date line as shown, written without its year); none of these pages writes the year elsewhere near it
YEARLESS = [
    ("19-nhk-", "2024年12月5日 16時00分", "12月5日 16時00分"),
    ("20-nhk-easy-", "2024年12月4日 19時23分", "12月4日 19時23分"),
    ("22-minyu-", "2016年02月11日 08時52分", "02月11日 08時52分"),
    ("32-hochi-", "2017年1月30日6時0分", "1月30日6時0分"),
]


def _page(prefix: str) -> tuple[str, str]:
    """A development page's file name (the day it carries: NN-site-yyyymmdd-slug.html) and its HTML."""
    name = next(n for n in GOLD if n.startswith(prefix))
    return Path(GOLD[name]["html_file"]).name, decode_html((PAGES / GOLD[name]["html_file"]).read_bytes())


def _undated(prefix: str, line: str, written: str) -> tuple[str, str]:
    """The page without the dates it declares (meta tags, JSON-LD, <time datetime>) and its date line written so."""
    name, html = _page(prefix)
    assert html.count(line) == 1
    html = _TIME_AT.sub(r"\1", _LD_DATE.sub(r'"\1": ""', _DATE_META.sub("", html)))
    return name, html.replace(line, written)


def _gold(prefix: str) -> str:
    return next(GOLD[n]["published"] for n in GOLD if n.startswith(prefix))


@pytest.mark.parametrize("prefix, line, written", YEARLESS)
def test_a_date_line_without_its_year_takes_the_year_of_the_files_day(prefix, line, written):
    name, html = _undated(prefix, line, written)
    named = article_from_html(name, html)
    assert named.published[:16] == _gold(prefix)[:16]  # to the minute the line shows
    assert named.published_text == written
    # (without the name trafilatura's date stands: another article's day on the page, or one with no time)
    unnamed = article_from_html("p.html", html)
    assert (unnamed.published, unnamed.published_text) != (named.published, named.published_text)


@pytest.mark.parametrize("prefix, line, written", YEARLESS[:2])
def test_a_page_named_by_a_day_is_read_as_a_dump_once(prefix, line, written, monkeypatch):
    """Its authors and its date line read from one cleaning with the file's name, which tells where the name alone
    placed the date (not a second cleaning without it)."""
    name, html = _undated(prefix, line, written)
    cleanings = []
    read = html_page.clean_dump
    monkeypatch.setattr(html_page, "clean_dump", lambda *args, **kw: cleanings.append(kw) or read(*args, **kw))
    assert article_from_html(name, html).published[:16] == _gold(prefix)[:16]
    assert cleanings == [{"source": name}]


@pytest.mark.parametrize("prefix, line, written", YEARLESS)
def test_a_file_named_by_an_id_reads_as_one_named_by_nothing(prefix, line, written):
    _, html = _undated(prefix, line, written)
    by_id, unnamed = article_from_html(ID_NAME, html), article_from_html("p.html", html)
    assert (by_id.published, by_id.published_text) == (unnamed.published, unnamed.published_text)


def test_a_year_the_page_only_suggests_gives_way_to_a_files_day_before_it():
    """Yahoo's 9月16日 23時29分 placed by the latest year the page writes (its copyright's 2016) is after the day the
    file's name carries (2014-09-16): a page is saved on or after the day it is published."""
    name, html = _undated("12-yahoo-", "2014年9月16日 23時29分", "9月16日 23時29分")
    assert article_from_html(name, html).published == "2014-09-16T23:29:00+09:00"
    assert article_from_html(ID_NAME, html).published == "2016-09-16T23:29:00+09:00"


def test_a_full_date_the_page_marks_of_the_lines_day_keeps_its_year():
    """The page marks the date line's month and day in full in another year (a citation meta Kaidan does not read,
    trafilatura does): the page's own year, not the name's."""
    name, html = _undated("19-nhk-", "2024年12月5日 16時00分", "12月5日 16時00分")
    html = html.replace("</head>", '<meta name="citation_publication_date" content="2023/12/05"></head>', 1)
    assert article_from_html(name, html).published == "2023-12-05"


@pytest.mark.parametrize("prefix, other_day", [("16-asahi-", "20170301"), ("26-shinmai-", "20170301"),
                                               ("31-yahoo-", "20180207")])
def test_a_date_the_page_gives_is_never_moved_by_a_later_day_in_the_name(prefix, other_day):
    """Declared (Asahi's meta), or a date line the page's words give a year (Shinmai's 2月11日, Yahoo's 2/7(火))."""
    name, html = _page(prefix)
    renamed = re.sub(r"-\d{8}-", f"-{other_day}-", name)
    assert name != renamed
    assert article_from_html(renamed, html).published == article_from_html(name, html).published
    assert article_from_html(renamed, html).published[:10] == _gold(prefix)[:10]


def _imported(tmp_path: Path, file_name: str, html: str) -> str | None:
    """The published date of a page imported from a file of that name into a fresh library."""
    folder = tmp_path / file_name.split(".")[0]
    folder.mkdir()
    (folder / file_name).write_text(html, encoding="utf-8")
    library = folder / "library.db"
    assert not import_paths([folder / file_name], library).failed
    db = open_db(library)
    try:
        return db.execute("SELECT published FROM articles").fetchone()[0]
    finally:
        db.close()


def test_an_imported_html_file_is_dated_by_its_name_as_a_text_dump_is(tmp_path):
    _, html = _undated("22-minyu-", "2016年02月11日 08時52分", "02月11日 08時52分")
    assert _imported(tmp_path, "20160211-minyu.html", html) == "2016-02-11T08:52:00+09:00"
    assert _imported(tmp_path, "minyu-4778030.html", html) == "2016-01-20"  # trafilatura's: another article's day


LIVEDOOR = PAGES.parent / "corpus" / "livedoor" / "text"


def _livedoor_page(path: str, shown: str) -> str:
    """A livedoor article (URL, date, title, text) as a saved web page, its date line shown so under the headline."""
    _, _, title, *text = (LIVEDOOR / path).read_text(encoding="utf-8").split("\n")
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in text if line.strip())
    return (f'<html lang="ja"><head><meta charset="utf-8"><title>{escape(title)}</title></head><body>'
            f'<header><a href="/">ニュース</a></header><article><h1>{escape(title)}</h1>'
            f'<div class="date">{shown}</div>{paragraphs}</article></body></html>')


def test_a_date_line_without_its_year_under_the_headline_is_not_passed_for_a_related_links_date():
    """Under the headline 9/7(水) 16:50 is the page's date; the 2011年04月08日 of a related article listed after the
    text is another's, whatever the page's name (the years the text writes place the line, as the file's day does)."""
    html = _livedoor_page("movie-enter/movie-enter-5843495.txt", "9/7(水) 16:50配信")
    for name in ("20110920-movie.html", ID_NAME):
        assert article_from_html(name, html).published == "2011-09-07T16:50:00+09:00"
