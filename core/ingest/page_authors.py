"""The people who wrote a saved page: bylines as pages mark them, names split and without their roles.

Pages mark their writers in many ways: a declared author (JSON-LD, meta), an
element the page calls its author or byline (rel=author, itemprop=author,
class="author"/"byline"/"writer"), a byline line under the headline or closing
the text (「（山田太郎）」「取材・文／…」「記者：…」), a box about the writer
below the article. Several writers share one line (「A記者、B記者」「A・B」「AとB」
「A / B」); roles and labels around a name (記者, 特派員, 編集委員, Text by) are not
part of it. An outlet or an organisation is never a writer, nor a photographer
credited alone.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from core.cleaning import bylines
from core.cleaning.person_names import KATAKANA_NAME, is_person_name
from core.cleaning.datelines import find_dateline, reporters_in
from core.cleaning.profile_box import profile_name
from core.ingest.byline_shapes import place_or_body, shaped_names
from core.ingest.headline import is_person

# A role or title written after or before a name on a byline.
_ROLES = (r"記者|特派員|編集委員|論説委員|解説委員|専門委員|支局長|総局長|通信員|デスク|キャップ"
          r"|カメラマン|ジャーナリスト|ライター|コラムニスト|編集長")
_ROLE_AFTER = re.compile(rf"\s*(?:{_ROLES})\s*$")
# before a name, a role or the desk it writes from (ワシントン支局　山田太郎, ライター：山田太郎)
_ROLE_BEFORE = re.compile(rf"^\s*\S{{0,8}}?(?:{_ROLES}|支局|総局)(?:\s*[:：・/／=＝]\s*|\s+)")
_DESK_BEFORE = re.compile(r"^\s*[^\s　]{1,6}(?:部|局|班|室)[\s　]+(?=\S)")
_ROLE_IN_BRACKETS = re.compile(r"\s*[（(][^（）()]{1,30}[）)]\s*$")
_BY = re.compile(r"^\s*(?:text\s+|written\s+|posted\s+)?by\s+", re.I)
# a label naming the writer's part before a name (投稿者: 山田太郎, 著者：…, Author: …)
_LABEL_BEFORE = re.compile(r"^\s*(?:投稿者|執筆者?|筆者|作成者)\s*(?:[:：]\s*|\s+)(?=\S)")
# Separators between writers on one line: always these; ・ and と only between two names.
_LIST = re.compile(r"\s*(?:[、，,;；/／＆&]|\s+and\s+)\s*")
_JOINED = re.compile(r"\s*[・と]\s*")
_LATIN = re.compile(r"^[A-Z][a-z.'’-]+(?:\s+[A-Z][a-z.'’-]*){1,2}$")
# A photographer's or illustrator's credit: not a writer when it stands alone.
_CREDIT_ONLY = re.compile(r"^[（(【\[［]?\s*(?:写真|撮影|画像|イラスト|Photo|photo|図)\s*[:：/／・=＝]")
_CREDIT_WORD = re.compile(r"写真|撮影|画像|イラスト|Photo|photo")
# A desk credited instead of a person (（BARKS編集部）, 取材班): a byline line, but no writer.
_DESK = re.compile(r"^[（(【［\[]?[^（）()【】]{0,24}(?:編集部|編集局|取材班|報道部|編集チーム)[）)】］\]]?$")
_WORDS = re.compile(r"\s*[|｜]\s*|\s+")
# Elements a page marks as its byline.
_MARKED = ("*[@rel='author' or @itemprop='author' or contains(@class,'author') or contains(@class,'byline')"
           " or contains(@class,'writer')]")
_FURNITURE = {"nav", "aside", "footer", "select", "option", "button"}
LONG_LIST = 4  # items of a list that lists other articles (a list of writers is shorter)
# Blocks whose author marks name someone else: commenters, other articles' writers.
_OTHERS = re.compile(r"comment|related|ranking|recommend|side|popular|pickup|rank|reply", re.I)
REACH = 3  # paragraphs at either end of the text where a byline line stands
PROFILE_REACH = 6  # paragraphs at the end of the text where a box about the writer may start
_LONGEST = 40


def looks_like_name(text: str) -> bool:
    """A person's name: kanji family and given name (UniDic), katakana with a dot, or Latin words."""
    text = text.strip()
    return bool(text) and (is_person_name(text) or bool(KATAKANA_NAME.match(text))
                           or bool(_LATIN.match(text)))


def _bare(name: str) -> str:
    """A name without a 'by', a role after or before it, or a role or reading in brackets."""
    name = _LABEL_BEFORE.sub("", _BY.sub("", name.strip()))
    name = _ROLE_IN_BRACKETS.sub("", name)
    before = _ROLE_BEFORE.sub("", name)
    if before != name and before.strip():
        name = before
    desk = _DESK_BEFORE.sub("", name)  # 政治部　山田太郎 (but 阿部 太郎 is a name)
    if desk != name and desk.strip() and not looks_like_name(name):
        name = desk
    after = _ROLE_AFTER.sub("", name)
    return (after if after.strip() else name).strip()


def people(names: list[str], sites: list[str]) -> list[str]:
    """The writers a list of byline names holds: split where one holds several, roles off, people only."""
    found: list[str] = []
    for name in names:
        for part in _split(name):
            # a place before a role (（北京特派員）) is where the writer works, not who
            if part and is_person(part, sites) and not place_or_body(part) and part not in found:
                found.append(part)
    return found


def _split(name: str) -> list[str]:
    parts = [_bare(p) for p in _LIST.split(_bare(name)) if p.strip()]
    if len(parts) > 1 and not all(looks_like_name(p) for p in parts):
        return [_bare(name)]  # 「日本・米国」 is no list of writers
    out = []
    for part in parts:
        pieces = [_bare(p) for p in _JOINED.split(part) if p.strip()]
        joined = len(pieces) > 1 and all(is_person_name(p) for p in pieces)
        out += pieces if joined else [part]
    return out


def line_names(text: str) -> list[str]:
    """The writers a short line names when the whole line is a byline, else []."""
    text = text.strip()
    if not text or len(text) > _LONGEST or _CREDIT_ONLY.match(text):
        return []
    if _LATIN.match(text):
        return []  # capitalised words alone (a product, a site's name) are no byline without a 'By'
    names = bylines.byline_names(text)
    if names:
        return [n for part in names for n in _split(part)]
    inner = text[1:-1] if text[:1] in "（(【［[" and text[-1:] in "）)】］]" else text
    parts = _split(inner)
    # a bare name is no byline; in brackets, with a label or role taken off, or beside another name it is
    if all(looks_like_name(p) for p in parts) and (inner != text or len(parts) > 1 or _bare(inner) != inner):
        return parts
    return shaped_names(text)  # a writer label or a reporter's role names one UniDic does not know


def _name_beside_outlet(text: str, sites: list[str]) -> list[str]:
    """A name written beside the outlet's name or an organisation's (産経ニュース 山田太郎, 山田太郎 | BARKS)."""
    words = [w for w in _WORDS.split(text) if w]
    if len(words) < 2 or _CREDIT_WORD.search(text):
        return []
    for k in (2, 1):  # a name written with a space is two words
        for name, rest in ((" ".join(words[-k:]), words[:-k]), (" ".join(words[:k]), words[k:])):
            if rest and looks_like_name(name) and not is_person(" ".join(rest), sites):
                return [name]
    return []


def byline_paragraphs(paragraphs: list[str], sites: list[str]) -> tuple[list[str], list[str]]:
    """The text without the byline lines at its start or end, and the writers they name."""
    names: list[str] = []
    drop: set[int] = set()
    ends = list(range(min(REACH, len(paragraphs)))) + list(range(max(REACH, len(paragraphs) - REACH), len(paragraphs)))
    for i in ends:
        text = paragraphs[i].strip()
        found = people(line_names(text) or (_closing_dateline(text) if i > 0 and i >= len(paragraphs) - REACH else []), sites)
        credit = len(text) <= _LONGEST and "。" not in text and bool(_CREDIT_ONLY.match(text) or _DESK.match(text))
        if found or credit:
            drop.add(i)
            names += [n for n in found if n not in names]
    if len(drop) >= len(paragraphs):
        return paragraphs, []
    kept = [p for i, p in enumerate(paragraphs) if i not in drop]
    for i in range(max(1, len(kept) - PROFILE_REACH), len(kept) - 1):
        # a box about the writer closing the text (この記事を書いた人 / 山田太郎 / 1975年生まれ…) is no body
        if (name := profile_name(kept[i : i + 2])) and (found := people([name], sites)):
            return kept[:i], names or found
    return kept, names


def _closing_dateline(text: str) -> list[str]:
    """The reporters of a line closing the text that is only a dateline in brackets: （ワシントン＝山田太郎）."""
    dateline = find_dateline(text)
    if dateline is None or dateline.text.strip() != text or text[:1] not in "（(【［[":
        return []
    return [n for n in dateline.authors if looks_like_name(n)]


def marked_names(tree: HtmlElement, sites: list[str], after: HtmlElement | None = None) -> list[str]:
    """Writers in the first element the page marks as its author or byline (and its marked siblings: a list
    of writers), after the headline when known.

    Navigation, footers, comments and lists of other articles are left out: their marks name other people.
    """
    found: list[str] = []
    parent = None
    for element in (after.xpath("following::" + _MARKED) if after is not None else tree.xpath("//" + _MARKED)):
        if found and element.getparent() is not parent:
            break
        if _OTHERS.search(element.get("class") or "") or any(map(_furniture, element.iterancestors())):
            continue
        if element.xpath(".//" + _MARKED + "[normalize-space()]"):
            continue  # a block of marked writers: each of them speaks, not their text run together
        text = " ".join(element.text_content().split())
        item = next(element.iterancestors("li"), None)
        if item is not None and len("".join(item.text_content().split())) > len(text.replace(" ", "")) + 2:
            continue  # an item that holds more than the name: another article, its title and writer
        names = people(line_names(text) or ([text] if looks_like_name(text) else [])
                       or _name_beside_outlet(text, sites) or _handle(element, text), sites)
        if names:
            found += [n for n in names if n not in found]
            parent = element.getparent()
    return found


_HANDLE = re.compile(r"^[^\s。、，「」『』!?！？:：/／|｜]{2,20}$")
_LABEL_ONLY = re.compile(r"^(?:投稿者|執筆者?|筆者|文|記者|ライター|(?:posted\s+|written\s+)?by|author)\s*[:：/／]?$", re.I)


def _handle(element: HtmlElement, text: str) -> list[str]:
    """A writer's handle (JSF, けんじ) in a marked element that a writer label leads (投稿者: JSF, By JSF), or
    one that microdata types as a Person."""
    name = _bare(text)
    if not _HANDLE.match(name) or name.isdigit():
        return []
    labelled = _LABEL_BEFORE.match(text) or _BY.match(text)
    if labelled or "schema.org/Person" in (element.get("itemtype") or ""):
        return [name]  # 「by JSF」, or a Person in microdata
    for holder in list(element.iterancestors())[:2]:
        shown = " ".join(holder.text_content().split())
        at = shown.find(text)
        if at > 0 and _LABEL_ONLY.match(shown[:at].strip()):
            return [name]
    return []


def reporters(paragraphs: list[str]) -> list[str]:
    """Reporters the text names: in its opening dateline (【ベルリン＝赤川省吾】), or a person's name closing a paragraph.

    A closing bracket holds a label as often as a name (【話題】【記事はコチラ】): only a name counts.
    """
    dateline = find_dateline(paragraphs[0]) if paragraphs else None
    opening = dateline.authors if dateline else []
    return [n for n in reporters_in(paragraphs) if n in opening or looks_like_name(n)]


def without_names(paragraphs: list[str], names: list[str]) -> list[str]:
    """The text without lines at its start or end that are only a writer's name (shown by a byline's markup)."""
    if not names or len(paragraphs) <= 1:
        return paragraphs
    keys = {re.sub(r"\s+", "", n) for n in names}
    ends = set(range(min(REACH, len(paragraphs)))) | set(range(max(0, len(paragraphs) - REACH), len(paragraphs)))
    drop = {i for i in ends if re.sub(r"\s+", "", _bare(paragraphs[i])) in keys}
    return [p for i, p in enumerate(paragraphs) if i not in drop] if len(drop) < len(paragraphs) else paragraphs


def _furniture(element: HtmlElement) -> bool:
    """A block of the page that is not the article's: navigation, a footer, a list of other articles, comments."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "footer" and next(element.iterancestors("article"), None) is not None:
        return False  # the article's own footer holds its byline
    if tag in _FURNITURE or _OTHERS.search(element.get("class") or element.get("id") or ""):
        return True
    return tag in ("ul", "ol") and len(element.findall("li")) >= LONG_LIST
