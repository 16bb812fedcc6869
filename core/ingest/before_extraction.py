"""Pages prepared for the text extractor, and its text cut where a paywall's box starts.

trafilatura leaves out what sits in a figure (a quotation with its source line
set as a figure) and text written straight after a block it prunes (the first
paragraph after a photo's box); both are made plain paragraphs before it runs.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

# A prompt about the article itself being for members: the text ends there, offers and plans follow it.
_PAYWALL = re.compile(r"この記事は.{0,6}(?:会員|有料)|有料会員限定|登録すると続き|続きをお読み|続きを読むには|残り\d+文字")


def before_paywall(paragraphs: list[str]) -> list[str]:
    """The text down to a paywall prompt in its second half; what follows the prompt is its box."""
    for i in range(max(1, len(paragraphs) // 2), len(paragraphs)):
        if len(paragraphs[i]) <= 100 and _PAYWALL.search(paragraphs[i]):
            return paragraphs[:i]
    return paragraphs


MIN_LOOSE = 20  # characters of loose text after a block that make it a paragraph of its own


def loose_text_as_paragraphs(tree: HtmlElement) -> None:
    """Text written straight after a block (a photo's div, then 「　盟友の…<br>」) is a paragraph of its own.

    trafilatura drops such text with the block it follows when it prunes the block.
    """
    for element in list(tree.iter("div", "figure", "table")):
        tail = element.tail
        if tail and len(tail.strip()) >= MIN_LOOSE and element.getparent() is not None:
            paragraph = element.makeelement("p", {})
            paragraph.text, element.tail = tail, None
            element.addnext(paragraph)


_EMBED = re.compile(r"twitter|instagram|tiktok|facebook|embed", re.I)


def quotes_as_text(tree: HtmlElement) -> None:
    """A quotation set in a figure (figure > blockquote + figcaption 出典) is text; trafilatura drops figures."""
    for figure in tree.xpath("//figure[.//blockquote]"):
        if any(_EMBED.search(b.get("class") or "") for b in figure.iter("blockquote")):
            continue  # a post embedded from a social network is not the article's quotation
        figure.tag = "div"
        for caption in figure.iter("figcaption"):
            caption.tag = "p"


_SCRIPT_NOTICE = re.compile(r"JavaScript|javascript|ブラウザ|Cookie|cookie|有効に")
MIN_NOSCRIPT = 20  # characters of a paragraph kept in <noscript> that make it the article's


def noscript_paragraphs_as_text(tree: HtmlElement) -> None:
    """Paragraphs a script loads later, kept in <noscript> for readers without scripts, are text.

    trafilatura drops every <noscript>; a notice asking for scripts or an image stays dropped.
    """
    for element in list(tree.iter("noscript")):
        paragraphs = element.findall(".//p")
        text = element.text_content()
        if (paragraphs and len(text.strip()) >= MIN_NOSCRIPT and not _SCRIPT_NOTICE.search(text)
                and element.getparent() is not None):
            element.tag = "div"
