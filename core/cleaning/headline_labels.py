"""A page's label glued before the headline on its line, when the page writes the headline nowhere bare.

A select-all copy joins what a page lays out side by side: the section a heading bar or a table's cell names (国際｜,
政治・外交 | ), the site's name and its section (みなと新報 国際 ), the breadcrumb's words (ニュース 国際 アジア・太平洋 ),
a section's name with no space (国際ニュース…) or in brackets (【国際】). When the page also writes the headline alone,
core.cleaning.headline_glued takes that copy; here the label is known by its words alone: a section's name, a menu's
word (ニュース, トップ), an outlet's name, or words the page's own menus and breadcrumb print (or its site's name, which
its copyright line writes), where the article's text does not write them (a topic or an outlet the text names,
ガザ｜…, NHK 受信料…, is the headline's own). A kicker in brackets that names no section (【独自】, 【普天間移設推進派】)
and a series' name (【特集】…, 短期連載 …: livedoor's own headlines carry them) stay the headline's.
"""

from __future__ import annotations

import re
from typing import Callable

from core.cleaning.header_shapes import KICKER, SHORT_HEADLINE, section_label
from core.cleaning.headline_lead import Lead
from core.cleaning.label_glue import LABEL_BARS
from core.cleaning.line_marks import OWN_NAME
from core.cleaning.lines import without_blanks
from core.cleaning.lexicon import COPYRIGHT
from core.cleaning.outlets import only_an_outlet

LABEL_LENGTH = 30  # characters of a glued label at most (its words, blanks and separators)
BARE_LENGTH = 8  # characters of the headline's words after the label at least
PRINTED_WORD = 2  # characters of a word the page prints that a label may be made of at least (not 米, 中)
_JOINTS = LABEL_BARS + "›"  # (a breadcrumb's › too: a label its words alone tell may be a breadcrumb's)
_PARTS = re.compile(rf"[\s{_JOINTS}]+")
_OPEN = re.compile(r"[「『【［\[〈《＜<（(“]")
_LEADING_JOINTS = re.compile(rf"^[\s{_JOINTS}]+")
# a label's words, each closed by blanks or a separator; the headline's words start after the last
_LABEL = re.compile(rf"^(?:[^\s{_JOINTS}]+[\s{_JOINTS}]+)+")
# a section's name glued with no space: its ニュース closes it (国際ニュース…), or its brackets (【国際】…, ［政治］…)
_GLUED = re.compile(rf"^(?:[^\s{_JOINTS}【［\[〈《＜<]{{2,12}}(?:ニュース|News)|[【［\[〈《＜<][^】］\]〉》＞>]{{1,12}}[】］\]〉》＞>])")
_MENU_WORD = re.compile(r"ニュース|News|NEWS|トップ|TOP|ホーム|HOME")  # (not 特集, 連載: a series' name glued is the headline's)
_CUT_OPENING = re.compile(r"^[、。，,．.）)」』】〉》＞ー～〜]")  # (words cut inside a phrase or a bracket)


def unlabelled(title: str, page_texts: Callable[[], list[str]], lead: Lead) -> str | None:
    """The headline's words without the page's label glued in front of them, or None when no label is glued there.
    page_texts: the page's lines (its menus, breadcrumb and site name among them)."""
    known: dict[str, set[str]] = {}

    def printed() -> set[str]:  # (read once, and only when a word is neither a section's nor a menu's name)
        if "words" not in known:
            known["words"] = _printed_words(page_texts(), title)
        return known["words"]

    for found in (_LABEL.match(title[: LABEL_LENGTH + 1]), _GLUED.match(title)):
        if found is None:
            continue
        words = [word for word in _PARTS.split(found.group(0)) if word]
        # the label's words from the first on, as many as are a label's: the headline starts after them
        cut, end = 0, 0
        for word in words:
            end = title.index(word, end) + len(word)
            if not _label_word(word, printed, lead):
                break
            cut = end
        rest = _LEADING_JOINTS.sub("", title[cut:]) if cut else ""
        shortest = SHORT_HEADLINE if KICKER.match(title[:cut]) else BARE_LENGTH  # (【国際】訃報安藤百福氏)
        if cut and len(rest) >= shortest and not _CUT_OPENING.match(rest) and not only_an_outlet(rest):
            return rest
    return None


def _label_word(word: str, printed: Callable[[], set[str]], lead: Lead) -> bool:
    """A word of a page's label: a section's name, a menu's word (ニュース, トップ), or an outlet's name or a word the
    page's menus, breadcrumb or site's name print, which the article's text does not write."""
    if KICKER.match(word):  # (a kicker naming no section is the headline's: 【普天間移設推進派】, 【特集】, 【独自】)
        return section_label(word)
    if _OPEN.search(word):
        return False  # (a word opening a title in quotes: 『タイタニック 3D』…, 【国際】『タイタニック)
    if section_label(word) or _MENU_WORD.fullmatch(word):
        return True
    # (an outlet or a word the text names is the headline's subject: NHK 受信料を値下げ, ガザ｜…)
    return (only_an_outlet(word) or (len(word) >= PRINTED_WORD and word in printed())) and not lead.quotes(word, PRINTED_WORD)


MENU_WORD = 12  # characters of a menu's or a breadcrumb's words at most
MENU_WORDS = 3  # words of a menu's or a breadcrumb's line at least
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_NO_MENU = re.compile(r"^[・※■□◆◇●○▼▽#＃]|[、。，,「」『』（）()？！?!]")


def _printed_words(texts: list[str], title: str) -> set[str]:
    """The words of the page's lines made of short words (its menus, breadcrumb, site name; not the headline's own
    line, nor a list of other headlines), parted by blanks and separators."""
    found, headline = set(), without_blanks(title)
    legal = "\n".join(text for text in texts if COPYRIGHT.search(text) and headline not in without_blanks(text))
    for text in texts:
        words = [word for word in _PARTS.split(text) if word]
        squashed = without_blanks(text)
        # a menu or a breadcrumb (three words or more; not a list's item, ・Xperia SL - Sony Smartphones, nor a
        # headline's words or one of its halves, 米シカゴで列車脱線　2人死亡、80余人負傷, 愛される？ 愛する？ …), or the
        # site's name the copyright line writes
        menu = (len(words) >= MENU_WORDS and headline not in squashed and squashed not in headline
                and all(len(word) <= MENU_WORD for word in words) and not _NO_MENU.search(text))
        if menu:  # (a menu's words are names, no kana: not a headline cut short at a breadcrumb's end, 色を探す旅—…)
            found.update(word for word in words if not _HIRAGANA.search(word))
        elif len(text) <= OWN_NAME and headline not in squashed and text in legal:
            found.update(words)
    return found
