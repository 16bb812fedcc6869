"""Which header line of a page dump is the article's headline.

Title-like lines above the body are scored: long written lines by the date
line and near the body win; decks and subheadings under a headline, section
labels, breadcrumbs and pagers, bylines, and columns of other articles'
headlines lose. The cleaner of page dumps (core.cleaning.dump) asks here.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from core.article import Article
from core.cleaning import bylines
from core.cleaning import lexicon as lx
from core.cleaning.lines import PROSE, Line, japanese_share
from core.cleaning.outlets import only_an_outlet

TITLE_KINDS = ("heading", "other")
_KICKER = re.compile(r"^[【〈《\[［][^】〉》\]］]{1,20}[】〉》\]］]$")
_BETWEEN = ("caption",)
_DECORATED = re.compile(r"^[☆★■□◆◇●○▼▽▲△▶►♪]")
_EXCLAIMED = ("！", "？", "!", "?", "！」", "？」")
# A line set between dashes or waves (～…～, ―…―) is a subheading: the headline is written bare.
_WRAPPED = re.compile(r"^[～〜―─—‐－-]{1,2}.{4,}[～〜―─—‐－-]{1,2}$")
SUBHEADING = 40  # less for a line written as a subheading
WRITTEN = 10  # more for a line of written words (kana, punctuation) than for a section's name
IN_A_COLUMN = 30  # less for one of a column of headlines (another article list)
COLUMN = 3  # written headlines line under line that make a list
TITLE_REACH = 8  # non-blank lines above the body (or the date line) where the headline stands
ABOVE_DATE = 15  # more for the line right above the date line than for the one right below
HEADLINE_LENGTH = 15  # characters from which a line above the date line reads as a headline
REPEATED_LABEL = 15  # less for a short line the header repeats


LEAD_CHARS = 400  # characters of the body's first lines a headline is compared with
_WORD_CHAR = "[\u30a1-\u30fa\u30fc\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]"
_WORD_PAIR = re.compile(f"(?=({_WORD_CHAR}{{2}}))")  # every pair of neighbouring word characters, overlapping


# full-width Latin letters and figures as ASCII (what NFKC does to them, at a fraction of its cost)
_NARROW = str.maketrans({chr(code): chr(code - 0xFEE0) for code in range(0xFF10, 0xFF5B) if chr(code - 0xFEE0).isalnum()})


def _pairs(text: str) -> set[str]:
    """Pairs of neighbouring characters in the kanji, katakana and Latin runs of a text (figures and letters
    in their narrow form)."""
    return set(_WORD_PAIR.findall(text.translate(_NARROW)))


class Lead:
    """The body's first lines, to ask how much of a header line they say too (a headline tells the story;
    a section's name, a menu entry or another article's headline does not). Read only when asked."""

    def __init__(self, body: Iterable[str]) -> None:
        self._body, self._text = body, None
        self._shares: dict[str, float] = {}

    def share(self, text: str) -> float:
        """The share of the text's word pairs the lead holds."""
        if self._text is None:
            lead, size = [], 0
            for line in self._body:
                lead.append(line)
                size += len(line)
                if size >= LEAD_CHARS:
                    break
            # a pair of word characters found anywhere in the lead lies inside one of its word runs
            self._text = "".join(lead)[:LEAD_CHARS].translate(_NARROW)
        if text not in self._shares:
            pairs = _pairs(text)
            lead = self._text
            self._shares[text] = sum(pair in lead for pair in pairs) / len(pairs) if pairs else 0.0
        return self._shares[text]


class LineBylines:
    """What byline each header line holds, each line read once: the headline's search and the byline's ask twice."""

    def __init__(self) -> None:
        self._names: dict[int, list[str]] = {}
        self._person: dict[int, bool] = {}

    def names(self, line: Line) -> list[str]:
        """Author names if the line is a byline, else [] (a copy: callers may keep it)."""
        key = id(line)
        if key not in self._names:
            self._names[key] = bylines.byline_names(line.stripped)
        return list(self._names[key])

    def is_person(self, line: Line) -> bool:
        """The line is only a person's name."""
        key = id(line)
        if key not in self._person:
            self._person[key] = bylines.is_person_name(line.stripped)
        return self._person[key]

    def is_byline(self, line: Line) -> bool:
        """A short line that is a byline or only a person's name."""
        return (line.kind in TITLE_KINDS and len(line.stripped) <= 30
                and bool(self.names(line) or self.is_person(line)))


def kicker_before(content: list[Line], title: Line) -> Line | None:
    """A bracketed label on the line right above the headline, which belongs to it."""
    position = content.index(title)
    if position == 0:
        return None
    above = content[position - 1]
    if above.number == title.number - 1 and _KICKER.match(above.stripped):
        return above
    return None


def pick_title(content: list[Line], date_line: Line | None, looked: LineBylines, lead: Lead) -> Line | None:
    """The headline: a long title-like line by the date line and near the body.

    A portal prints its own header (headline, date) and then the partner's original one with the same date line:
    the page's headline is the first, right above the first of the twin date lines."""
    twin = _earlier_twin(content, date_line)
    if twin is not None:
        first = _pick_title(content[: content.index(twin) + 1], twin, looked, lead)
        if first is not None and _written_headline(first) and content.index(twin) - content.index(first) <= TWIN_REACH:
            return first
    return _pick_title(content, date_line, looked, lead)


TWIN_REACH = 5  # header lines between the page's own headline and its date line at most (buttons, a source)


def _advertised(content: list[Line], position: int) -> bool:
    """An advertiser's line: marked 【PR】 where it starts, or right under an ad slot's label (PR, 広告, Sponsored)."""
    line = content[position]
    if lx.AD_MARK.match(line.stripped):
        return True
    above = content[position - 1] if position > 0 else None
    return above is not None and above.number == line.number - 1 and bool(lx.AD_LABEL.match(above.stripped))


def _earlier_twin(content: list[Line], date_line: Line | None) -> Line | None:
    """A date line written exactly as the article's, higher up the header, with a headline-like line between."""
    if date_line is None:
        return None
    at = content.index(date_line)
    for position in range(at - 1, -1, -1):
        line = content[position]
        if line.kind == "date" and line.stripped == date_line.stripped:
            between = content[position + 1 : at]
            return line if any(_written_headline(other) for other in between) else None
    return None


def _pick_title(content: list[Line], date_line: Line | None, looked: LineBylines, lead: Lead) -> Line | None:
    best, best_score = None, 0
    # a photo caption between the headline and its date line does not part them
    content = [line for line in content if line.kind not in _BETWEEN or line is date_line]
    # nor does a menu (phone and AMP pages print one between the headline and the date or the text), nor an ad
    content = _without_menus(content, date_line)
    content = [line for position, line in enumerate(content)
               if line is date_line or not (lx.AD_LABEL.match(line.stripped) or _advertised(content, position))]
    date_at = content.index(date_line) if date_line is not None else None
    low = high = date_at
    if date_at is not None:  # the date line with the bylines right above or below it: one block
        while low > 0 and date_at - low < 2 and looked.is_byline(content[low - 1]):
            low -= 1
        if low > 1 and _source_credit(content[low - 1], content[low - 2], lead):
            low -= 1  # the partner's name a portal prints between the headline and the date (毎日新聞, BARKS)
        while high + 1 < len(content) and high - date_at < 2 and looked.is_byline(content[high + 1]):
            high += 1
    seen = Counter(line.stripped for line in content)
    deck = None  # the deck under a short headline, which would outscore it by its length
    if date_at is not None and low >= 2 and _subheading_under(content, low - 2, looked, seen, lead):
        low -= 1  # headline, subheading, date line: the subheading belongs to the date's block
        deck = None if _written_headline(content[low - 1]) else content[low]
    for position, line in enumerate(content):
        text = line.stripped
        by_date = date_at is not None and (position == low - 1 or position == high + 1)
        # a headline may end with ！ or ？ and read as a sentence; one by the date line is still the headline
        exclaimed = line.kind == PROSE and by_date and len(text) <= 80 and text.endswith(_EXCLAIMED)
        # so may one ending with 。 (news for children, some wires): one short sentence by the date line
        # (or over its byline), and the lead says much of it too (not a page's instruction: メモを書き添えられます。)
        stated = line.kind == PROSE and _one_sentence(text) and (by_date or (
            position + 1 < len(content) and looked.is_byline(content[position + 1]))) and lead.share(text) >= STATED_TOLD
        if (line.kind not in TITLE_KINDS and not exclaimed and not stated) or len(text) < 6 or _KICKER.match(text):
            continue
        # Latin brand names in a headline: by the date line, less Japanese will do
        if japanese_share(text) < (0.15 if by_date else 0.3):
            continue
        if looked.names(line) or menu_like(text):
            continue
        score = min(len(text), 60) - SUBHEADING * (bool(_WRAPPED.match(text)) or line is deck) - STATED * stated
        written = _written_headline(line)
        if _in_a_column(content, position):
            score -= IN_A_COLUMN  # one of a list of other articles' headlines (or its label), line under line
        elif written:
            score += WRITTEN  # words and punctuation, not a section's name (CNET Japan ニュース企業・業界)
        if len(text) < HEADLINE_LENGTH and (seen[text] > 1 or _DECORATED.match(text)):
            # a short line the page shows twice, or one opening with a mark, is a section's label
            # (長野県のニュース, ☆ 映像ランキング)
            score -= REPEATED_LABEL
        near = len(content) - position <= 2 * TITLE_REACH or (date_at is not None and abs(date_at - position) <= 3)
        if near and position + 1 < len(content) and looked.is_byline(content[position + 1]):
            # pages print the headline, then who wrote it: the line right above a byline is likeliest too,
            # unless it is the deck under a headline (headline, deck, byline)
            if not (position > 0 and _subheading_under(content, position - 1, looked, seen, lead)):
                score += 30 + ABOVE_DATE * (len(text) >= HEADLINE_LENGTH)
        elif (near and position + 2 < len(content) and looked.is_byline(content[position + 2])
              and _subheading_under(content, position, looked, seen, lead)):
            score += 30 + ABOVE_DATE * (len(text) >= HEADLINE_LENGTH)  # the headline over its deck and byline
        if date_at is not None and not low <= position <= high:
            distance = low - position if position < low else position - high
            # pages print the headline, then its date: the line right above the date line is likeliest
            # (a short line there is more often the section's label: 国際, ☆ 映像ランキング)
            above = position < date_at and (written or stated)
            score += (30 + ABOVE_DATE * above) if distance == 1 else 15 if distance == 2 else 0
        if len(content) - position <= TITLE_REACH:
            score += 20
        if score > best_score:
            best, best_score = line, score
    if (best is not None and date_at is not None and content.index(best) == low - 1
            and len(best.stripped) >= HEADLINE_LENGTH):
        return best  # a long line right above the date line (and its bylines): where pages print the headline
    return _told_by_the_lead(content, best, date_line, looked, lead)


STATED_LENGTH = 60  # characters of a headline written as a sentence at most
_ITEM_OR_LABEL = re.compile(r"^[・※◆◇■□●○★☆▼▽\-－]|^[^\s：:。、]{1,12}[：:]")
STATED_TOLD = 0.3  # share of a sentence's word pairs the lead says too, for the sentence to be a headline
STATED = 15  # less for a sentence than for a line shaped as a headline (a standfirst by the date line is one)


def _one_sentence(text: str) -> bool:
    """A short line that is one sentence closed by 。, not a list item or a labelled value (・表示：…します。)."""
    return (len(text) <= STATED_LENGTH and text.endswith(_SENTENCE_STOP) and text.count("。") + text.count("．") == 1
            and not _ITEM_OR_LABEL.match(text))


CREDIT = 25  # characters of a source's name on its own line at most


def _source_credit(line: Line, above: Line, lead: Lead) -> bool:
    """A short line of names (no kana of a sentence) under a headline-like line that the article's text does not
    tell: the outlet that wrote the story, as portals print it between the headline and the date."""
    text = line.stripped
    return (line.kind in TITLE_KINDS and len(text) <= CREDIT and not _HIRAGANA.search(text)
            and not menu_like(text) and not _LABELLED.search(text + above.stripped) and _headline_like(above) and lead.share(text) < UNTOLD
            and (only_an_outlet(text) or lead.share(above.stripped) >= UNTOLD))


MENU_ITEM = 6  # characters of a menu's entries at most (ホーム, スポーツ, ランキング)
MENU_RUN = 4  # entries in a row that make a menu


def _without_menus(content: list[Line], date_line: Line | None) -> list[Line]:
    """The header without its runs of MENU_RUN or more very short lines in a row (a menu's entries) between a
    headline-like line and the date line: they part what belongs together."""
    if date_line is None:
        return content
    upto = content.index(date_line)
    short = [len(line.stripped) <= MENU_ITEM and line.kind != "date" for line in content[:upto]]
    if sum(short) < MENU_RUN:
        return content
    out, run = [], []
    for line, is_short in zip(content, short + [False] * (len(content) - upto)):
        if is_short:
            run.append(line)
            continue
        # a menu under a headline-like line: the site's menus above the headline stay (they place it)
        if len(run) < MENU_RUN or not (out and _headline_like(out[-1])):
            out.extend(run)
        out.append(line)
        run = []
    out.extend(run)
    return out


def _headline_like(line: Line) -> bool:
    return line.kind in TITLE_KINDS and len(line.stripped) >= HEADLINE_LENGTH and not menu_like(line.stripped)


SPLIT_PART = 5  # characters of the shorter part of a headline broken over two lines at least
SPLIT_LINE = 35  # characters of each line of a headline broken over two lines at most
_JOINS_BARE = ("、", "」", "』", "）", ")", "！", "？", "…", "・")


def other_half(content: list[Line], title: Line, looked: LineBylines, lead: Lead) -> tuple[Line, bool] | None:
    """The rest of a headline broken over two lines (a <br> in it: the next raw line, no blank between), and
    whether it comes first. The pair stands alone (not two of a column of lines), the other part is shaped
    as words of a headline, not a label, a byline or a date, and the article's first lines say it too."""
    position = content.index(title)
    for other_at, first in ((position + 1, False), (position - 1, True)):
        if not 0 <= other_at < len(content):
            continue
        other = content[other_at]
        upper, lower = (other, title) if first else (title, other)
        if lower.number != upper.number + 1:
            continue
        outer = [content[i] for i in (min(position, other_at) - 1, max(position, other_at) + 1) if 0 <= i < len(content)]
        if any(line.kind in TITLE_KINDS and line.number in (upper.number - 1, lower.number + 1) for line in outer):
            continue  # three or more title lines in a row: a list, a menu
        text = other.stripped
        shaped = other.kind in TITLE_KINDS or (other.kind == PROSE and not first and len(text) <= STATED_LENGTH
                                              and (text.endswith(_EXCLAIMED) or _one_sentence(text)))
        if (not shaped or not SPLIT_PART <= len(text) <= SPLIT_LINE or len(title.stripped) > SPLIT_LINE
                or _KICKER.match(text) or menu_like(text) or _SECTION_WORDS.search(text) or _WRAPPED.match(text)
                or looked.is_byline(other) or looked.names(other)
                or upper.stripped.endswith(_SENTENCE_STOP + _EXCLAIMED + ("】",))
                or japanese_share(upper.stripped + lower.stripped) < 0.3 or japanese_share(lower.stripped) < 0.3
                or _QUOTED.match(lower.stripped) or not _parted(upper.stripped, lower.stripped)):
            continue  # (a headline closed by its own mark, then a line: a deck; a model's name; pulled quotes)
        if _pairs(text) and lead.share(text) >= UNTOLD:
            return other, first
    return None


_QUOTED = re.compile(r"^(?:「[^「」]*」|『[^『』]*』|“[^“”]*”)+$")
_OPEN_END = ("、", "…", "・", "，")  # marks after which a headline goes on
SHORT_HALF = 16  # characters of an upper line too short to be a whole headline with a deck under it
SHORT_TAIL = 14  # characters of a lower line too short to be a deck


def _parted(upper: str, lower: str) -> bool:
    """The two lines read as one headline cut in two rather than a headline and its deck: the upper line is left
    open (ends with 、), or is short, or the lower one is a short tail that does not exclaim like a catch line."""
    if lower.endswith(_EXCLAIMED):
        return upper.endswith(_OPEN_END)
    return upper.endswith(_OPEN_END) or len(upper) <= SHORT_HALF or len(lower) <= SHORT_TAIL


def joined_halves(upper: str, lower: str) -> str:
    """A headline's two lines as one: a wide space between them unless the first ends with a mark."""
    return upper + lower if upper.endswith(_JOINS_BARE) else upper + "\u3000" + lower


UNTOLD = 0.2  # share of a chosen headline's word pairs under which the lead does not tell its story
TOLD = 0.6  # share of a header line's word pairs from which the lead restates it
TOLD_PAIRS = 8  # word pairs a line needs for its share to tell (a short name is in any lead by chance)
_SENTENCE_STOP = ("。", "．")


def _told_by_the_lead(content: list[Line], best: Line | None, date_line: Line | None, looked: LineBylines,
                      lead: Lead) -> Line | None:
    """News leads restate their headline: when the line chosen shares (almost) no words with the article's
    first lines and another headline-shaped line of the header is restated by them, that line is the headline
    (the chosen one was another story's headline, a section's name or a menu entry)."""
    if best is None:
        return None
    anchor = content.index(date_line) if date_line is not None else len(content)
    # the headline stands by the date line or right above the body
    reach = sorted(set(range(max(anchor - TITLE_REACH // 2, 0), min(anchor + TITLE_REACH // 2 + 1, len(content))))
                   | set(range(max(len(content) - TITLE_REACH, 0), len(content))))
    candidates = []
    for position in reach:
        line = content[position]
        text = line.stripped
        if line is best or line is date_line or not 6 <= len(text) <= 80 or text.endswith(_SENTENCE_STOP):
            continue
        if line.kind not in TITLE_KINDS and not (line.kind == PROSE and text.endswith(_EXCLAIMED)):
            continue
        if not (_KICKER.match(text) or menu_like(text) or _WRAPPED.match(text)):
            candidates.append(line)
    if not candidates or lead.share(best.stripped) >= UNTOLD:
        return best
    found, found_share = best, TOLD
    for line in candidates:  # the later of two lines as restated: the nearer to the body
        text = line.stripped
        share = lead.share(text)
        if (share >= found_share and len(_pairs(text)) >= TOLD_PAIRS and japanese_share(text) >= 0.3
                and not looked.names(line)):
            found, found_share = line, share
    return found


_HEADLINE_MARKS = re.compile(r"[\u3041-\u309f、「」『』！？!?\u3000]")


def _subheading_under(content: list[Line], at: int, looked: LineBylines, seen: Counter, lead: Lead) -> bool:
    """Two title-like lines stacked over the date line (content[at], then the next): the upper one reads as
    a headline (written words, not a section's name; not one of a column of such lines; or a short headline
    standing apart over a longer deck), so the lower one is its subheading."""
    upper, lower = content[at], content[at + 1]
    headline = _written_headline(upper) or (
        _short_headline(content, at, seen) and len(lower.stripped) >= len(upper.stripped) + DECK_LONGER
        and lead.share(upper.stripped) >= SHORT_HEADLINE_WORDS)
    return (headline and lower.kind in TITLE_KINDS and len(lower.stripped) >= HEADLINE_LENGTH
            and not (at > 0 and _written_headline(content[at - 1])) and not _in_a_column(content, at)
            and not looked.is_byline(lower) and not looked.names(upper))


SHORT_HEADLINE = 6  # characters of the shortest headlines (訃報山城新伍氏, 東京で広範囲に異臭)
DECK_LONGER = 5  # characters a deck under a short headline is longer than it at least
SHORT_HEADLINE_WORDS = 0.5  # share of a short headline's word pairs the article's first lines say too
_SECTION_WORDS = re.compile(r"ニュース|記事|詳細|一覧|特集|トピックス|ランキング|カテゴリ|メニュー|トップ|ホーム")


def _short_headline(content: list[Line], at: int, seen: Counter) -> bool:
    """A short line that may be a headline: written once on the page, standing apart (a blank line above it,
    not the last entry of a menu or a breadcrumb column: ホーム / 野球 / ニュース詳細), no section's name."""
    line = content[at]
    text = line.stripped
    apart = at == 0 or content[at - 1].number < line.number - 1
    return (apart and line.kind in TITLE_KINDS and SHORT_HEADLINE <= len(text) < HEADLINE_LENGTH
            and seen[text] == 1 and japanese_share(text) >= 0.5 and not _DECORATED.match(text)
            and not _KICKER.match(text) and not menu_like(text) and not _SECTION_WORDS.search(text))


def _in_a_column(content: list[Line], position: int) -> bool:
    """The line is one of COLUMN or more headline-like lines on consecutive raw lines: a list of other
    articles (with its label, この記事に関連するニュース), whether or not its headlines are written words;
    rank numbers or bullets on lines of their own between them (a ranking box: 1, headline, 2, headline)
    do not part them."""
    if not _listed(content[position]):
        return False
    count, low, marked = 1, position, False
    while low > 0 and content[low - 1].number == content[low].number - 1:
        low -= 1
        if _listed(content[low]) or (marked and content[low].kind in TITLE_KINDS):
            count += 1  # a short headline counts too when a rank number stands beside it
        elif content[low].kind != "bullet":
            break
        marked = content[low].kind == "bullet"
    high, marked = position, False
    while high + 1 < len(content) and content[high + 1].number == content[high].number + 1:
        high += 1
        if _listed(content[high]) or (marked and content[high].kind in TITLE_KINDS):
            count += 1
        elif content[high].kind != "bullet":
            break
        marked = content[high].kind == "bullet"
    return count >= COLUMN


LISTED = 8  # characters from which a title-like line may be one of a list of other articles' headlines


def _listed(line: Line) -> bool:
    text = line.stripped
    return (line.kind in TITLE_KINDS and len(text) >= LISTED and japanese_share(text) >= 0.3
            and not menu_like(text) and not _WRAPPED.match(text))


def _written_headline(line: Line) -> bool:
    text = line.stripped
    return (line.kind in TITLE_KINDS and len(text) >= HEADLINE_LENGTH and bool(_HEADLINE_MARKS.search(text))
            and japanese_share(text) >= 0.3 and not menu_like(text) and not _WRAPPED.match(text))


_LABELLED = re.compile(r"[：:]")  # 価格：450円, カテゴリ：教育: a table of values, not a headline and its source
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_WIDE_GAP = re.compile(r"\s{3,}|\u3000{2,}")


def menu_like(text: str) -> bool:
    """A breadcrumb (ニュース > 地域 > 記事), a pager (前のページ | 1 | 2), several items on one line."""
    crumbs = text.count(">") + text.count("＞") + text.count("»") + text.count("›")
    return (crumbs >= 2 or text.count("|") + text.count("｜") >= 3
            or (("  " in text or "\xa0" in text or "　　" in text) and len(_WIDE_GAP.findall(text)) >= 2))


def headline_opening_the_body(lines: list[Line], start: int, labels: list[str], result: Article) -> None:
    """No headline above the body: a first line right under the date line, not ending as a sentence, is it."""
    first = lines[start]
    above = [line for line in lines[max(start - 3, 0) : start] if line.kind != "blank"]
    text = first.stripped
    if (above and above[-1].kind == "date" and labels[above[-1].number - 1] == "meta"
            and not text.endswith(("。", "．")) and len(text) <= 100
            and any(line.kind == PROSE for line in lines[start + 1 : start + 4])):
        result.title = text
        labels[first.number - 1] = "meta"


def headline_atop_the_body(lines: list[Line], start: int, end: int, labels: list[str], result: Article,
                           title: Line | None, lead: Lead) -> None:
    """The body's first line is the headline when it is shaped as one (no closing 。), the lines after it
    restate it, and the header's chosen line is not restated at all (a menu entry or a section's name);
    a headline written as one short sentence right under the date line needs no restating."""
    if title is not None and lead.share(title.stripped) >= UNTOLD:
        return
    first = lines[start]
    text = first.stripped
    # a headline written as one short sentence (…を決定。) reads so too; a paragraph opens with a wide space
    stated = first.kind == PROSE and _one_sentence(text) and not first.text.startswith("\u3000")
    if (labels[first.number - 1] != "body" or not 10 <= len(text) <= 80
            or (text.endswith(_SENTENCE_STOP) and not stated) or japanese_share(text) < 0.3 or menu_like(text)):
        return
    if first.kind not in TITLE_KINDS and not (first.kind == PROSE and (text.endswith(_EXCLAIMED) or stated)):
        return
    if stated and title is None and _under_the_date_line(lines, start, labels):
        told = True  # one sentence standing where pages print the headline, whatever the text after it says
    elif text.endswith(_SENTENCE_STOP):
        return  # a sentence the text goes on about (an entry form's instruction) is no headline
    else:
        rest = [line.stripped for line in lines[start + 1 : end + 1] if labels[line.number - 1] == "body"]
        if not any(line.kind == PROSE for line in lines[start + 1 : start + 6]) or len(_pairs(text)) < TOLD_PAIRS:
            return
        told = Lead(rest).share(text) >= TOLD
    if told:
        if title is not None:
            labels[title.number - 1] = "drop"
        result.title = text
        labels[first.number - 1] = "meta"


def _under_the_date_line(lines: list[Line], start: int, labels: list[str]) -> bool:
    """The article's date line stands right above the line, with at most two buttons, labels or tags between."""
    above = [line for line in lines[max(start - 6, 0) : start] if line.kind != "blank"][-3:]
    for line in reversed(above):
        if line.kind == "date" and labels[line.number - 1] == "meta":
            return True
        if line.kind == PROSE or (line.kind in TITLE_KINDS and len(line.stripped) > MENU_ITEM):
            return False  # a sentence or a headline-like line between: the date line is not this line's
    return False
