"""Cleaning an article in place: its body, title, date and bylines from its raw page, and a reference day
when the page gives no date."""

from __future__ import annotations

from core.article import Article
from core.cleaning.dump import clean_into
from core.cleaning.named_day import name_day
from core.cleaning.page_dates import address_day
from core.cleaning.reference_day import inferred_reference
from core.cleaning.relative_stamps import stamped_day

# Formats whose raw text is a whole page dump to clean; dataset rows are
# already article text, and HTML pages are extracted by trafilatura at import.
DUMP_FORMATS = ("txt", "sample")


def apply_cleaning(article: Article, common: frozenset[str] = frozenset(),
                   site: frozenset[str] = frozenset()) -> None:
    """Fill the clean fields of article from article.raw and article.overrides.

    Page dumps get their metadata from the cleaner (common: short lines many
    pages share; site: lines the page's outlet repeats); other formats keep the
    metadata their source gave and only have their body lines chosen.
    """
    if article.source_format in DUMP_FORMATS:
        url = article.url
        clean_into(article, common, site)
        article.url = url or article.url
        infer_reference_date(article)
    elif article.source_format != "html":
        _label_text_lines(article)


def infer_reference_date(article: Article) -> None:
    """Give an article without a publication date a reference day read from its text.

    A 「3時間前」 line counted back from the day the page shows it was viewed (else the day the file's name carries),
    the day the page's own address carries, the dateline's day, the latest full date the text writes, else the day
    its file's name carries (20240305-nikkei.txt: core.cleaning.named_day) is stored as published_inferred with its
    precision; published stays empty. The file's time is never read: a folder copied today would date every page
    in it today, and every 8月22日 in them this year. Without any of these the article's date stays unknown.
    """
    if article.published:
        article.published_inferred = article.published_inferred_precision = None
        return
    if article.published_inferred and article.published_text:
        return  # the page's own month-and-day date line, its year guessed by the cleaner
    article.published_inferred = article.published_inferred_precision = None
    page = (article.raw or "").split("\n")
    stamped = stamped_day(page, lambda: name_day(article.source))
    if stamped is not None:  # 「3時間前」 on a page viewed on the day it shows, else saved on its name's day
        article.published_inferred, article.published_inferred_precision = stamped, "day"
        return
    if (day := address_day(article.url)) is not None:  # the page's own address carries its day (/20241205/)
        article.published_inferred, article.published_inferred_precision = day.isoformat(), "day"
        return
    found = inferred_reference(article.paragraphs, article.dateline, lambda: name_day(article.source), page=page)
    if found:
        article.published_inferred, article.published_inferred_precision = found


def _label_text_lines(article: Article) -> None:
    """Every non-empty line is body unless the user said otherwise."""
    article.line_labels, article.paragraphs, article.body_lines = [], [], []
    for number, line in enumerate(article.raw.split("\n"), start=1):
        label = "blank" if not line.strip() else article.overrides.get(number, "body")
        article.line_labels.append(label)
        if label == "body":
            article.paragraphs.append(line.rstrip())
            article.body_lines.append(number)
