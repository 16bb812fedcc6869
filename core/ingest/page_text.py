"""A saved page as the lines a reader sees, the way a select-all copy gives them.

Block elements (paragraphs, headings, list items, table rows, divisions) start new
lines; scripts, styles and the head are left out. The page dump cleaner reads this
text as it reads a pasted page, so an HTML import can fall back on its reading of
the headline's date and byline when the page declares none.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_SKIP = {"script", "style", "noscript", "template", "head", "title", "select", "option", "textarea", "iframe", "svg"}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption", "blockquote",
    "pre", "hr", "form", "address", "td", "th",
}
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
MAX_LINES = 20000


def page_text(tree: HtmlElement) -> str:
    """The page's visible text, one block a line, blank lines between blocks collapsed."""
    parts: list[str] = []
    _walk(tree, parts)
    lines, blank = [], False
    for line in "".join(parts).split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if line:
            lines.append(line)
            blank = False
        elif not blank and lines:
            lines.append("")
            blank = True
        if len(lines) >= MAX_LINES:
            break
    return "\n".join(lines).strip() + "\n"


def _walk(element: HtmlElement, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SKIP or (tag and _hidden(element)):
        if element.tail:
            parts.append(element.tail)
        return
    block = tag.lower() in _BLOCK
    if block:
        parts.append("\n")
    if element.text and tag:
        parts.append(element.text)
    for child in element:
        _walk(child, parts)
    if block:
        parts.append("\n")
    if element.tail:
        parts.append(element.tail)


def _hidden(element: HtmlElement) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or element.get("hidden") is not None
