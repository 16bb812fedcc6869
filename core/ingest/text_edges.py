"""The edges of the text an extractor took from a page.

What the extractor gets wrong at the text's ends, for any outlet: a lead paragraph
the page sets apart under the headline (outside the body's box) is left out; a
short article comes back run together on one line with the headline, date and
pager; pager lines (次のページ, （1/3ページ）, 1 2 3 次へ) and date lines
(最終更新: 2/8(水) 15:20配信) close the text.
"""

from __future__ import annotations

import re
import unicodedata

from lxml.html import HtmlElement

from core.dates.lines import publication_datetime

_BLANKS = re.compile(r"\s+")
LEAD_REACH = 40  # blocks after the headline where a lead set apart may stand
MIN_LEAD = 20  # characters of a lead paragraph ending a sentence (40 when a sentence ends inside it)
MAX_LEADS = 3
# Blocks that are about the article, not of it: captions, summaries, credits, lists of other articles.
_NOT_LEAD = re.compile(
    r"caption|credit|photo|image|img|thumb|figure|summary|abstract|excerpt|description|kicker|standfirst"
    r"|related|ranking|recommend|nav|menu|share|sns|tag|breadcrumb|author|byline|profile|date|time|ad[-_]|banner",
    re.I,
)
_NOT_LEAD_TAGS = {"nav", "aside", "footer", "figure", "figcaption", "li", "dt", "dd", "blockquote", "button",
                  "h1", "h2", "h3", "h4", "h5", "h6", "table", "form"}
_BLOCK_CHILDREN = ("p", "div", "section", "article", "ul", "ol", "table", "h1", "h2", "h3", "figure")


def squash(text: str) -> str:
    return _BLANKS.sub("", unicodedata.normalize("NFKC", text))


def lead_blocks(headline: HtmlElement | None) -> list[tuple[str, bool]]:
    """The text blocks after the headline in page order, each with whether it may be a lead paragraph.

    Read before the extractor runs (it prunes the tree).
    """
    if headline is None:
        return []
    blocks: list[tuple[str, bool]] = []
    for element in headline.xpath("following::*[self::p or self::div]"):
        if any(element.find(".//" + tag) is not None for tag in _BLOCK_CHILDREN):
            continue  # a box of blocks: its blocks speak
        text = " ".join(element.text_content().split())
        if not text:
            continue
        blocks.append((text, _may_lead(element, text)))
        if len(blocks) >= LEAD_REACH:
            break
    return blocks


def _may_lead(element: HtmlElement, text: str) -> bool:
    if len(text) < MIN_LEAD or "。" not in text or (len(text) < 2 * MIN_LEAD and not text.endswith("。")):
        return False
    linked = sum(len(a.text_content().strip()) for a in element.iter("a"))
    if linked > len(text) // 3:
        return False
    for node in [element, *element.iterancestors()]:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ("main", "article", "body"):
            break
        if tag in _NOT_LEAD_TAGS or _NOT_LEAD.search(f'{node.get("class") or ""} {node.get("id") or ""}'):
            return False
    return True


def with_lead(paragraphs: list[str], blocks: list[tuple[str, bool]]) -> list[str]:
    """The text with the lead paragraphs the page set apart just above its first paragraph."""
    if not paragraphs or not blocks:
        return paragraphs
    first = squash(paragraphs[0])[:30]
    start = next((i for i, (text, _) in enumerate(blocks) if first and squash(text).startswith(first)), None)
    if not start:
        return paragraphs
    inside = [squash(p) for p in paragraphs]
    leads: list[str] = []
    moved: set[int] = set()
    for text, may_lead in reversed(blocks[:start]):
        key = squash(text)
        if may_lead:
            if key in inside:  # the extractor kept the lead but put it after the text (a header's block)
                at = inside.index(key)
                if at in moved or at == 0:
                    break
                moved.add(at)
                text = paragraphs[at]
            leads.insert(0, text)
            if len(leads) >= MAX_LEADS:
                break
        elif len(text) > 60:
            break  # a long block that is no lead (a summary, a list) ends the search
    return leads + [p for i, p in enumerate(paragraphs) if i not in moved]


def as_shown_lines(lines: list[str], shown_text: str) -> list[str]:
    """A text the extractor ran together on one line, split again where the page's blocks end.

    trafilatura falls back on the whole article element's text when the article is
    short: headline, date, paragraphs and pager on one line.
    """
    if len(lines) != 1:
        return lines
    whole = squash(lines[0])
    found, cursor = [], 0
    for line in shown_text.split("\n"):
        key = squash(line)
        at = whole.find(key, cursor) if key else -1
        if 0 <= at - cursor <= 2:  # the next piece of the run-together text: a block of the page
            found.append(line.strip())
            cursor = at + len(key)
            if cursor >= len(whole):
                break
    covered = sum(len(squash(line)) for line in found)
    return found if len(found) > 1 and covered >= 0.95 * len(whole) else lines


_PAGER = re.compile(
    r"^(?:[<＜«‹]?\s*(?:前|次)の?(?:ページ|頁|記事)?へ?(?:\s*[>＞»›])?(?:\s*[:：].{0,60})?"
    r"|[（(【［\[]?\s*\d{1,2}\s*[/／]\s*\d{1,2}\s*(?:ページ|頁|page)?\s*[）)】］\]]?"
    r"|(?:[\d\s|｜…]+)(?:\s*(?:次(?:のページ|へ)?|前(?:のページ|へ)?|[>＞»›]|next))*)$",
    re.I,
)
_DATE_WORDS = re.compile(r"(?:最終)?更新|配信|公開|掲載|投稿|日時|日付|[:：\s()（）]")
_SHORT_DATE = re.compile(r"\d{1,2}/\d{1,2}\s*(?:[(（][月火水木金土日][)）])?\s*(?:\d{1,2}:\d{2})?")


def _date_only(text: str) -> bool:
    if len(text) > 40:
        return False
    found = publication_datetime(text)
    rest = text[: found.start] + text[found.start + len(found.text):] if found else _SHORT_DATE.sub("", text, 1)
    if not found and rest == text:
        return False
    return not _DATE_WORDS.sub("", rest)


def without_edge_furniture(paragraphs: list[str], reach: int = 3) -> list[str]:
    """The text without pager and date lines closing it (and date lines opening it)."""
    kept = list(paragraphs)
    while len(kept) > 1 and (_PAGER.match(kept[-1].strip()) or _date_only(kept[-1].strip())) and reach:
        kept.pop()
        reach -= 1
    while len(kept) > 1 and _date_only(kept[0].strip()):
        kept.pop(0)
    return kept
