"""A header line that is the headline with a label glued in front, when the page prints the headline alone too.

Pages print the headline once as a line of its own and once more with a section's name, a kicker, a flash mark or
the day glued in front of it on the same line: a heading bar (国際 日米首脳が…), a share text (速報｜…), a list's
entry (2019/06/24 日米…). The glued line is longer and may outscore the bare one; the bare one is the headline.
A kicker in brackets (【詳報】, 〈解説〉, 〔詳報〕, ＜独自＞) is the headline's own when the page writes the headline with it only; when
the header also writes the words bare (a line of its own, the breadcrumb's last entry, the page's title line before
the site's name), the kicker is the heading bar's and the bare words are the headline.
"""

from __future__ import annotations

import re

from core.cleaning.glued_long_label import long_label
from core.cleaning.header_shapes import KANA_MARKS, KICKER, SERIES_WORD, SHORT_HEADLINE, section_label, series_label
from core.cleaning.header_tools import tool_line
from core.cleaning.label_glue import LABEL_BARS, label_words, printed_over
from core.cleaning.headline_lead import Lead
from core.cleaning.lexicon import TAIL_ANCHOR
from core.cleaning.lines import Line, without_blanks
from core.cleaning.outlets import only_an_outlet
from core.dates.lines import all_datetimes

BARE_LENGTH = 8  # characters of the bare headline at least
LABEL_LENGTH = 16  # characters of the glued label at most (its marks and separator aside)
# words closed by a separator (国際 , 速報｜, 政治・経済 | , 社会：); a label in brackets only when it names a section
# or a series (【国際】, ［連載］): others are the headline's kicker (【独自】, 【普天間移設推進派】), which it keeps
_SEPARATED = re.compile(rf"^[^\s、。「」『』]{{1,{LABEL_LENGTH}}}(?:\s*[｜|:：／/>＞≫»]\s*|\s+)$")
# a heading bar's words, a space between each and after the last (国際 アジア , みなと新報 国際 , 特集・日本の外交 第3回 ,
# 深読み 中国経済の行方 ); a series may name itself in quotes (連載「日本外交の現場」 ): no clause of the headline (、。)
_WORD = rf"[^\s、。「」『』]{{1,{LABEL_LENGTH}}}"
_WORDS = re.compile(rf"^(?:{SERIES_WORD}[「『][^\s、。「」『』]{{1,{LABEL_LENGTH}}}[」』]|{_WORD})(?:\s+{_WORD}){{0,2}}\s+$")
WORDS_LENGTH = 24  # characters of a label of several words at most
# four or five such words (NHK NEWS WEB 国際 , トップ 国際 北米 ワシントン発 ): a heading bar's (_heading_bar)
_MANY_WORDS = re.compile(rf"^{_WORD}(?:\s+{_WORD}){{3,4}}\s+$")
MANY_WORDS_LENGTH = 30  # characters of a label of four or five words at most
_PARTICLE_END = re.compile(r"[がをにではへも]$")  # a phrase of a headline closed by its particle (首相が, 米国で)
# a day, with its time maybe (2019/06/24 , 2019.6.24 12:30 , 2019年6月24日 )
_DAY = re.compile(r"^\d{4}\s*(?:[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}[:：]\d{2})?\s*"
                  r"(?:[｜|:：／/]\s*)?$")


def glued_label(label: str, days: bool = True) -> bool:
    """Whether the text before a headline on its line is a label glued to it (not words of the headline)."""
    if not label or label != label.lstrip():
        return False
    if KICKER.match(label.rstrip()):
        return section_label(label) or series_label(label.rstrip())
    if _DAY.match(label) or _a_day(label):
        return days
    if not days and _DIGIT.search(label) and all_datetimes(label, yearless=True):
        return False  # (words with the day in them: the page's only day may be there)
    return bool(_SEPARATED.match(label)) or (len(label) <= WORDS_LENGTH and bool(_WORDS.match(label))) or (
        section_label(label) or series_label(label))  # (a section's or a series' name glued with no space: 国際ニュース…)


_DIGIT = re.compile(r"\d")
_DAY_WORD = re.compile(r"\s*(?:配信|更新|公開|投稿)?\s*(?:[｜|:：／/]\s*)?")


def _a_day(label: str) -> bool:
    """A day written in any form the date reader knows, alone with its time, weekday or word (2019年6月24日 15時30分 ,
    6/24(月) 15:30配信 )."""
    if not label[:1].isdigit():
        return False
    found = all_datetimes(label, yearless=True)
    return len(found) == 1 and found[0].start == 0 and bool(_DAY_WORD.fullmatch(label, len(found[0].text)))


def bare_headline(content: list[Line], title: Line | None, days: bool = True, anchor: Line | None = None,
                  below: list[Line] = (), lead: Lead | None = None) -> Line | None:
    """The line of the header that holds the chosen headline's words alone, when the chosen line is those words with
    a label glued in front (else the chosen line). days: whether a glued day counts as a label (not when the page
    has no date line: the day glued to the headline may be the article's only one); anchor: the date line; below: the
    lines under the text (a site map printing the label's words); lead: the text's first lines (a long label is
    words the lead does not tell)."""
    if title is None:
        return title
    text = title.stripped
    by_date = _by_the_date(content, anchor)
    for at, line in enumerate(content):
        bare = line.stripped
        # (the label is the shorter part: a title line's headline before its outlet's name is none, 見出し｜東邦ウィークリー;
        # a short headline written by the date line may be shorter than the label: ワールドビジネスサテライト 首相が訪米)
        if line is title or len(bare) < SHORT_HEADLINE or text[-1:] != bare[-1:]:
            continue
        cut = _words_start(text, bare)
        label = text[:cut] if cut is not None else ""
        # (a short headline written once, by the date line or away from it: 訃報山城新伍氏, under a heading bar's words)
        barred = (_bar_words(label) or _names_a_part(label)) and sum(other.stripped == bare for other in content) == 1
        # (a label of any length before a long headline the page writes bare: a program's name, the site's and a section)
        long = bool(label) and long_label(content, at, label, lead)
        if 2 * len(bare) <= len(text) and not ((at in by_date and _written_short(bare)) or barred or long):
            continue
        if len(bare) < BARE_LENGTH and not barred:
            continue
        if (label and (glued_label(label, days) or _kicker_apart(content, at, label) or _written_apart(content, at, label)
                       or _label_recurs(content, title, at, label, below) or _heading_bar(content, at, label)
                       or _glued_word(content, at, label) or long)
                and not only_an_outlet(bare)):
            return line
    return title


SHORT_BARE = 10  # characters of a headline shorter than the label glued before its copy at least


def _by_the_date(content: list[Line], anchor: Line | None) -> tuple[int, ...]:
    """The places of the lines right over and right under the date line."""
    if anchor is None or anchor not in content:
        return ()
    at = content.index(anchor)
    # (the page's tools between the headline and its date line do not part them)
    over, under = at - 1, at + 1
    while over >= 0 and tool_line(content[over]):
        over -= 1
    while under < len(content) and tool_line(content[under]):
        under += 1
    return at - 1, at + 1, over, under


def _bar_words(label: str) -> bool:
    """A heading bar's words glued before a short headline, a space after them (ワールドビジネスサテライト , みなと新報
    国際ニュース , 連載「日本外交の現場」 第3回 ): not a headline before a bar and the site's name (見出し｜北斗タイムズ).
    (The short headline is written bare once; the site's name is printed atop the page too.)"""
    return len(label) <= WORDS_LENGTH and bool(_WORDS.match(label)) and not _BAR.search(label)


def _names_a_part(label: str) -> bool:
    """A label naming a section or a series of the site, before its separator (政治・経済 | , ［連載］, 国際：)."""
    words = label_words(label)
    return section_label(words) or series_label(words)


_BAR = re.compile(rf"[{LABEL_BARS}]")


def _written_short(bare: str) -> bool:
    """Words of a short headline (kana or a headline's marks in them), not a site's or a partner's name
    (東邦ウィークリー, 日刊スポーツ新聞社)."""
    return len(bare) >= SHORT_BARE and bool(KANA_MARKS.search(bare))


def _words_start(text: str, bare: str) -> int | None:
    """Where the bare headline's words start at the end of text, its blanks aside (the heading bar's copy may space
    them otherwise: 国際 日米首脳が会談 貿易で合意 beside 日米首脳が会談　貿易で合意); None when text does not end with them."""
    if text.endswith(bare):
        return len(text) - len(bare)
    words = without_blanks(bare)
    if not without_blanks(text).endswith(words):
        return None
    at, left = len(text), len(words)
    while left:
        at -= 1
        left -= not text[at].isspace()
    return at


def _kicker_apart(content: list[Line], at: int, label: str) -> bool:
    """A bracketed kicker (【詳報】) that the page's line of the bare headline does not stand under: written bare
    there, the headline is without it (with the kicker on the line over it, the headline is both, printed twice)."""
    return bool(_KICKER_FRONT.fullmatch(label.rstrip())) and not printed_over(content, at, label)


def _heading_bar(content: list[Line], at: int, label: str) -> bool:
    """A heading bar of four or five words glued before the headline (NHK NEWS WEB 国際 , ニュース 政治 国際 外交 ), which
    no other line need print: more words than a headline's phrases parted by spaces, none of them closed by a particle
    as a headline's phrase is (米国で 列車が 脱線 …). The line right over the bare headline's printing the same words
    is the headline's first half, the headline broken over two lines under its whole."""
    return (len(label) <= MANY_WORDS_LENGTH and bool(_MANY_WORDS.match(label))
            and not any(_PARTICLE_END.search(word) for word in label.split())
            and not printed_over(content, at, label))


GLUED_WORD = 8  # characters of a word glued before the headline with no space at most (速報, 独自, 会員限定, LIVE)
_WORD_OPENING = re.compile(r"^[\u30a0-\u30ff\u3400-\u9fffA-Za-z0-9Ａ-Ｚａ-ｚ０-９「『【（(〈《＜]")


def _glued_word(content: list[Line], at: int, label: str) -> bool:
    """A short word glued before the headline with no space (速報…, 独自…, LIVE…) where the page writes the headline
    bare as a line of its own: a flash mark or a kicker the heading prints, as one in brackets is (_kicker_apart). Not
    when the bare words open inside a phrase (首相 / が訪米: kana or a comma first), nor when the line right over them
    prints the word (a headline broken over two lines under its whole)."""
    return (len(label) <= GLUED_WORD and not _LABEL_PARTS.search(label) and not _CLAUSE_MARK.search(label)
            and bool(_WORD_OPENING.match(content[at].stripped)) and not printed_over(content, at, label))


_CLAUSE_MARK = re.compile(r"[、。，,「」『』]")


def _written_apart(content: list[Line], at: int, label: str) -> bool:
    """Words glued before the headline with no space that the header writes as a line of their own, not the one right
    over the bare headline's line (the site's name atop the page: しおかぜ日報…; a headline broken over two lines
    writes its first half over its second, and may print the whole on another line)."""
    return (len(label) <= LABEL_LENGTH and label == label.strip()
            and any(line.stripped == label for line in content[: max(at - 1, 0)] + content[at + 1 :]))


RECURRING_LABEL = 30  # characters of a label whose words the page's menus and breadcrumb print at most
PRINTED_WORD = 2  # characters of a word the page prints that a label may be made of at least (not 米, 中)
_LABEL_PARTS = re.compile(rf"[\s{LABEL_BARS}]+")
_CLAUSE_END = re.compile(r"[、，,。「『（(]$")


def _label_recurs(content: list[Line], title: Line, at: int, label: str, below: list[Line] = ()) -> bool:
    """Words glued before the headline (ホーム ニュース 国際 アジア , みなと新報国際ニュース) made of words the page prints
    elsewhere as words of a line (its menus, its breadcrumb, the site's name atop, the site map below the text: below):
    the page's own section words, glued to its headline by a heading bar, however many and however joined. The line
    right over the bare headline's is no witness (a headline broken over two lines prints its first half there), nor
    are the glued and the bare lines themselves; a label ending a clause (首相、) is the headline's own words."""
    label = label.strip()
    if not label or len(label) > RECURRING_LABEL or _CLAUSE_END.search(label):
        return False
    bare = content[at].stripped
    witnesses = [line for i, line in enumerate(content) if line is not title and i not in (at, at - 1)] + list(below)
    printed = {word for line in witnesses for word in _LABEL_PARTS.split(line.stripped.replace(bare, " "))
               if len(word) >= PRINTED_WORD}
    words = [word for word in _LABEL_PARTS.split(label) if word]
    return bool(words) and all(_made_of(word, printed) for word in words)


def _made_of(word: str, printed: set[str]) -> bool:
    """word is one printed word, or several glued (みなと新報国際, 国際・アジア: ・ between them or nothing)."""
    ends = {0}  # where a run of printed words may end in word
    for at in range(len(word)):
        if at in ends:
            ends.update(at + len(part) for part in printed if word.startswith(part, at))
            if word[at] == "・":
                ends.add(at + 1)
    return len(word) in ends


# how the words before a headline end on a breadcrumb's line (ホーム > 国際 > …), and how the words after it begin on
# the page's title line (… | みなと新報, … - 北斗タイムズ)
_CRUMB_END = re.compile(r"[>＞›»/／]\s*$")
_BAR_AFTER = re.compile(r"^\s*[|｜]|^\s+[-‐–—:：]\s")


def unkicked(content: list[Line], title: Line | None, below: list[Line] = ()) -> str | None:
    """The chosen headline's words without the bracketed kicker glued in front of them (【詳報】…), when another header
    line writes them without it: the breadcrumb's last entry or the page's title line before a bar and the site's
    name; or a line below the text (below): the list of articles' own entry, the share text (「…」, … | the site's
    name). Else None."""
    if title is None:
        return None
    text = title.stripped
    kicker = _KICKER_FRONT.match(text)
    bare = text[kicker.end() :].lstrip() if kicker else ""
    if len(bare) < SHORT_HEADLINE:  # (a short headline's words: 独女たちの下心 at the breadcrumb's end)
        return None
    for line in content:
        other = line.stripped
        at = other.find(bare) if line is not title else -1
        if at < 0:
            continue
        before, after = other[:at], other[at + len(bare) :]
        if (before and _CRUMB_END.search(before) and not after) or (not before and after and _BAR_AFTER.match(after)):
            return bare
    ended = False  # past a line that ends an article (あわせて読みたい, この記事をシェア): its lists and share texts
    for line in below:
        ended = ended or bool(TAIL_ANCHOR.match(line.stripped))
        if _copy_below(line.stripped, bare, ended):
            return bare
    return None


def _copy_below(other: str, bare: str, ended: bool) -> bool:
    """A line below the text that writes the headline's words alone: quoted in a share text (「…」), before a bar and
    the site's name (… | みなと新報, … - 北斗タイムズ), or, past the article's end, as a list's entry (the words alone
    on a line before it may be a subheading of the text going on)."""
    at = other.find(bare)
    if at < 0:
        return False
    before, after = other[:at], other[at + len(bare) :]
    return (not before and ((not after and ended) or bool(after and _BAR_AFTER.match(after)))) or (
        before in ("「", "『") and after in ("」", "』"))


# a kicker in the brackets news prints (【詳報】, 〈解説〉, 〔ニュースの深層〕, ＜独自＞, ≪インタビュー≫), or a word of one in
# round ones (（独自）, （社説）: not a figure, （1）, nor a clause, （写真は…、…）)
_KICKER_FRONT = re.compile(r"^(?:[【〈《\[［＜<〔≪][^】〉》\]］＞>〕≫]{1,20}[】〉》\]］＞>〕≫]"
                           r"|[（(](?![0-9０-９]+[）)])[^（）()\s、。]{1,10}[）)])")
