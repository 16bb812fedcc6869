"""Cleaning a select-all page dump: find the article body, then read the furniture.

The body is the stretch of the page with the most running text: sentences in
a row, allowing a few short lines between them (subheadings, list items,
captions, an in-article link block) but never crossing a tail anchor (あわせて
読みたい, 関連記事, Copyright...). Lines above it hold the title, date, byline and
photo captions; lines below it the wire credit and legal lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Iterable

from core.article import Article
from core.cleaning import bylines
from core.cleaning.footer import mark_entry_runs
from core.cleaning.checks import NO_HEADLINE, NO_RUNNING_TEXT, joined
from core.cleaning.body import HARD_STOPS, choose_body, closing_box, mark_directories
from core.cleaning.lines import PROSE, SOFT_KINDS, Line, classify, japanese_share
from core.cleaning.lexicon import CAPTION_LABEL, DOMAIN_LINE
from core.cleaning.outlets import guess_outlet, strip_site_suffix
from core.cleaning.page_dates import file_time, page_date, with_year
from core.dates.lines import all_datetimes

TITLE_KINDS = ("heading", "other")
LISTING = 80  # characters of a line of names (A／B／C…) inside the body that is the article's, not a menu
_CAPTION_LABEL_START = set("画写動IM")
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
DATE_REACH = 12  # non-blank lines above the body where the article's date line stands


def clean_dump(
    raw: str, overrides: dict[int, str] | None = None, common: frozenset[str] = frozenset()
) -> Article:
    """Clean a page dump; overrides force raw lines (1-based) to 'body' or 'drop'."""
    article = Article(source="", source_format="txt", raw=raw, overrides=dict(overrides or {}))
    clean_into(article, common)
    return article


def clean_into(result: Article, common: frozenset[str] = frozenset(),
               site: frozenset[str] = frozenset()) -> None:
    """Fill an article's clean fields (title, date, bylines, body…) from its raw page dump.

    common: short lines many pages share; site: lines the page's outlet left out of earlier pages.
    """
    for name in ("title", "published", "published_precision", "published_text", "outlet",
                 "source_agency", "dateline"):
        setattr(result, name, None)
    result.authors, result.captions = [], []
    lines = [classify(i, text, common, site) for i, text in enumerate(result.raw.split("\n"), start=1)]
    _mark_related_blocks(lines)
    _mark_caption_labels(lines)
    mark_directories(lines)
    mark_entry_runs(lines)
    labels = ["blank" if line.kind == "blank" else "drop" for line in lines]
    choice = choose_body(lines)
    span = choice.span or _fallback_body(lines)
    doubts = list(choice.doubts) if choice.span else [NO_RUNNING_TEXT]
    if span:
        start, end = span
        _label_body(lines, start, end, labels, result)
        box = closing_box(lines, end) if choice.span else None
        if box is not None:
            for line in lines[box[0] : box[1] + 1]:
                labels[line.number - 1] = "blank" if line.kind == "blank" else "body"
            end = box[1]
        lead = _Lead(line.stripped for line in lines[start : end + 1] if labels[line.number - 1] == "body")
        _read_header(lines[:start], lines[end + 1 :], labels, result, lines, lead)
        if result.published is None:
            _read_date_after(lines[end + 1 :], labels, result, lines)
        _read_footer(lines[end + 1 :], labels, result)
        _trim_profile(lines, labels, result.authors)
        if result.title is None:
            _headline_opening_the_body(lines, start, labels, result)
        if result.title is None:
            doubts.append(NO_HEADLINE)
    result.cleaning_check = joined(doubts) if not result.overrides else None
    result.cleaning_check_line = None
    if result.cleaning_check:
        index = choice.doubt_line if choice.doubt_line is not None else (span[0] if span else 0)
        result.cleaning_check_line = index + 1
    for number, label in result.overrides.items():
        if 1 <= number <= len(lines) and lines[number - 1].kind != "blank":
            labels[number - 1] = label
    result.line_labels = labels
    result.body_lines = [i + 1 for i, label in enumerate(labels) if label == "body"]
    result.paragraphs = [lines[n - 1].text.rstrip() for n in result.body_lines]
    _read_dateline(result)
    if not result.authors and span:  # a reporter closing a paragraph, else the writer's box below
        result.authors = bylines.reporters_in(result.paragraphs)
        footer = [line.stripped for line in lines[span[1] + 1 :] if line.kind != "blank"]
        if not result.authors and (name := bylines.profile_name(footer)):
            result.authors = [name]
    result.authors = bylines.distinct_people(result.authors)
    result.outlet = guess_outlet([l.stripped for l, lab in zip(lines, labels) if lab == "drop"])


def _mark_related_blocks(lines: list[Line]) -> None:
    """Link lines under an in-article 【関連記事】 marker, up to the next blank line."""
    inside = False
    for line in lines:
        if line.kind == "related":
            inside = True
        elif line.kind == "blank" or line.kind == PROSE:
            inside = False
        elif inside:
            line.kind = "related"


def _mark_caption_labels(lines: list[Line]) -> None:
    """画像説明, then the caption: both are photo metadata, even a caption written as sentences."""
    labelled = False
    for line in lines:
        if line.kind == "blank":
            continue
        if line.stripped[:1] in _CAPTION_LABEL_START and CAPTION_LABEL.match(line.stripped) and len(line.stripped) <= 40:
            line.kind, labelled = "caption", not line.stripped.startswith(("画像提供", "写真提供", "Image source"))
        elif labelled:
            line.kind, labelled = "caption", False


def _trim_profile(lines: list[Line], labels: list[str], authors: list[str]) -> None:
    """End the body where a box about its author begins (the author's name opening a short line)."""
    body = [i for i, label in enumerate(labels) if label == "body"]
    for index in body[len(body) // 2 :]:
        text = lines[index].stripped
        if lines[index].kind != PROSE and len(text) <= 30 and any(text.startswith(a) for a in authors if len(a) >= 2):
            for later in body:
                if later >= index:
                    labels[later] = "drop"
            return


def _fallback_body(lines: list[Line]) -> tuple[int, int] | None:
    """Without running text (notes, lists), every short non-furniture line after the first.

    Keeping them lets the user see and correct the page instead of losing it.
    """
    soft = [i for i, line in enumerate(lines) if line.kind in SOFT_KINDS]
    if len(soft) < 2:
        return None
    first = soft[1]
    stop = next((i for i in range(first, len(lines)) if lines[i].kind in HARD_STOPS), len(lines))
    return first, max(i for i in soft if i < stop)


def _label_body(lines: list[Line], start: int, end: int, labels: list[str], result: Article) -> None:
    content = [line for line in lines[start : end + 1] if line.kind != "blank"]
    for position, line in enumerate(content):
        index = line.number - 1
        after = content[position + 1] if position + 1 < len(content) else None
        if line.kind == PROSE and after is not None and _restated(line, after):
            # a photo caption that repeats the lead word for word
            labels[index] = "meta"
            result.captions.append(line.text)
        elif line.kind == PROSE or line.kind in SOFT_KINDS:
            labels[index] = "body"
        elif line.kind == "caption":
            labels[index] = "meta"
            result.captions.append(line.text)
        elif line.kind == "url" or (after is not None and after.kind == "url" and line.kind == "other"):
            labels[index] = "body"  # a source the article cites: its title, then its address
        elif line.kind == "other" and len(line.stripped) >= LISTING and japanese_share(line.stripped) >= 0.5:
            labels[index] = "body"  # a long listing inside the text (the shops, the members): the article's


def _restated(line: Line, after: Line) -> bool:
    text = line.stripped
    return (after.kind == PROSE and len(text) >= 20 and after.stripped[:20] == text[:20]
            and after.stripped.startswith(text[: max(len(text) - 2, 20)]))


def _headline_opening_the_body(lines: list[Line], start: int, labels: list[str], result: Article) -> None:
    """No headline above the body: a first line right under the date line, not ending as a sentence, is it."""
    first = lines[start]
    above = [line for line in lines[max(start - 3, 0) : start] if line.kind != "blank"]
    text = first.stripped
    if (above and above[-1].kind == "date" and labels[above[-1].number - 1] == "meta"
            and not text.endswith(("。", "．")) and len(text) <= 100
            and any(line.kind == PROSE for line in lines[start + 1 : start + 4])):
        result.title = text
        labels[first.number - 1] = "meta"


def _date_candidates(content: list[Line], footer: list[Line]) -> list[Line]:
    """The header's date lines, the likeliest article date first.

    The article's date stands by its headline, near the body: a date line next to
    a title-like line comes first, then the others from the body upwards; of date
    lines in a row (公開 then 更新) the first is the publication. A date far above
    the body (the day the page was saved) counts only if none follows the body.
    """
    found, own, prose_below = [], False, False
    for i in range(len(content) - 1, -1, -1):
        if content[i].kind == PROSE:
            prose_below = True
        if content[i].kind != "date" or (i > 0 and content[i - 1].kind == "date"):
            continue
        if len(content) - i > DATE_REACH and _date_follows(footer):
            continue
        # Above a date line of its own headline (however short) with no sentence under it, a date line
        # with a sentence between it and the body dates another text: a portal's teaser.
        teaser = own and prose_below
        own = own or (not prose_below and _by_a_headline(content, i, SHORT_HEADLINE, plain=True))
        found.append((teaser, not _by_a_headline(content, i), len(found), content[i]))
    return [line for *_, line in sorted(found, key=lambda item: item[:3])]


def _by_a_headline(content: list[Line], i: int, shortest: int = 10, plain: bool = False) -> bool:
    """A title-like line (of shortest characters or more; plain: not a label in brackets) stands within two
    lines of content[i]."""
    for j in range(max(i - 2, 0), min(i + 3, len(content))):
        line = content[j]
        if (j != i and line.kind in TITLE_KINDS and len(line.stripped) >= shortest
                and japanese_share(line.stripped) >= 0.3 and not (plain and _BRACKETED.match(line.stripped))):
            return True
    return False


_BRACKETED = re.compile(r"^[【〈《\[［(（].*[】〉》\]］)）]$")  # a label or a note in brackets


def _date_follows(footer: list[Line]) -> bool:
    return any(line.kind == "date" for line in _right_after(footer))


_LINK_KINDS = ("blank", "related", "url")


def _right_after(footer: list[Line]) -> list[Line]:
    """The first three lines after the body, past the article's own link block (【関連記事】 and its links)."""
    return [line for line in footer if line.kind not in _LINK_KINDS][:3]


LEAD_CHARS = 400  # characters of the body's first lines a headline is compared with
_CONTENT_RUN = re.compile(r"[\u30a1-\u30fa\u30fc\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]{2,}")


def _pairs(text: str) -> set[str]:
    """Pairs of neighbouring characters in the kanji, katakana and Latin runs of a text (after NFKC)."""
    runs = _CONTENT_RUN.findall(unicodedata.normalize("NFKC", text))
    return {run[i : i + 2] for run in runs for i in range(len(run) - 1)}


class _Lead:
    """The body's first lines, to ask how much of a header line they say too (a headline tells the story;
    a section's name, a menu entry or another article's headline does not). Read only when asked."""

    def __init__(self, body: Iterable[str]) -> None:
        self._body, self._pairs = body, None
        self._shares: dict[str, float] = {}

    def share(self, text: str) -> float:
        """The share of the text's word pairs the lead holds."""
        if self._pairs is None:
            lead, size = [], 0
            for line in self._body:
                lead.append(line)
                size += len(line)
                if size >= LEAD_CHARS:
                    break
            self._pairs = _pairs("".join(lead)[:LEAD_CHARS])
        if text not in self._shares:
            pairs = _pairs(text) if self._pairs else set()
            self._shares[text] = len(pairs & self._pairs) / len(pairs) if pairs else 0.0
        return self._shares[text]


class _Bylines:
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


def _read_header(header: list[Line], footer: list[Line], labels: list[str], result: Article,
                 page: list[Line], lead: _Lead | None = None) -> None:
    """Title, date, byline, url and photo captions above the body."""
    content = [line for line in header if line.kind != "blank"]
    looked = _Bylines()
    date_line = None
    for candidate in _date_candidates(content, footer):
        if _take_date(candidate, labels, result, page):
            date_line = candidate
            break
    title = _pick_title(content, date_line, looked, lead or _Lead(()))
    if title:
        result.title = strip_site_suffix(title.stripped)
        labels[title.number - 1] = "meta"
        kicker = _kicker_before(content, title)
        if kicker is not None:  # 【普天間移設推進派】 on its own line above the headline
            result.title = kicker.stripped + result.title
            labels[kicker.number - 1] = "meta"
    near = set(map(id, _near_title(content, title, date_line)))
    for position, line in enumerate(content):
        index = line.number - 1
        if line is title or line is date_line:
            continue
        by_title = id(line) in near and line.kind in TITLE_KINDS
        names = looked.names(line) if by_title else []
        if not names and by_title and looked.is_person(line):
            names = [line.stripped]
        if names and _in_a_list(content, position, looked):
            names = []  # one of a column of names: a menu (editions, countries) or tags, not a byline
        if line.kind == "url" and result.url is None:
            result.url, labels[index] = line.stripped, "meta"
        elif line.kind == "caption" or (not names and _is_image_title(content, position, title)):
            result.captions.append(line.text)
            labels[index] = "meta"
        elif names:
            result.authors.extend(n for n in names if n not in result.authors)
            labels[index] = "meta"


def _take_date(line: Line, labels: list[str], result: Article, page: list[Line]) -> bool:
    """Read the article's date (and a byline before it) from its date line."""
    found = page_date(line.stripped)
    if found is None:
        return False
    # a photo's shooting day (撮影日：2010年…) does not tell the page's year
    saved = file_time(result.source) if found.yearless else None  # a page is saved after it is published
    dated = with_year(found, [l.stripped for l in page if l.kind != "caption"],
                      saved.date() if saved else None) if found.yearless else found
    if dated is None:
        return False
    result.published, result.published_precision = dated.iso, dated.precision
    result.published_text = found.text
    labels[line.number - 1] = "meta"
    before = line.stripped[: found.start]
    reporter = bylines.reporter_prefix(before)
    if reporter:
        result.dateline, result.authors = reporter.text, list(reporter.authors)
    elif name := _name_before(line.stripped, found):
        result.authors = [name]
    return True


def _name_before(text: str, found) -> str | None:
    """A byline before the date: right before it, else before the line's first date (山田太郎 更新日：… 公開日：…)."""
    if found.start == 0:
        return None
    name = bylines.name_before_date(text[: found.start])
    if name is None:
        dates = [d for d in all_datetimes(text, yearless=True) if d.start < found.start]
        if dates:
            since = dates[-1].start + len(dates[-1].text)
            name = bylines.name_before_date(text[since : found.start]) or bylines.name_before_date(
                text[: dates[0].start])
    return name


def _read_date_after(footer: list[Line], labels: list[str], result: Article, page: list[Line]) -> None:
    """Some sites put the date line right under the body."""
    for line in _right_after(footer):
        if line.kind == "date" and _take_date(line, labels, result, page):
            return


def _near_title(content: list[Line], title: Line | None, date_line: Line | None) -> list[Line]:
    """The header lines around the headline and the date line, where bylines stand."""
    anchors = [content.index(a) for a in (title, date_line) if a is not None]
    if not anchors:
        return content[-TITLE_REACH:]
    # Bylines stand between the headline (or the date) and the body, or just above.
    low = min(anchors) - 1
    return content[max(low, 0):]


def _in_a_list(content: list[Line], position: int, looked: _Bylines) -> bool:
    """The line's neighbours have the same byline-like shape."""
    neighbours = content[max(position - 1, 0) : position] + content[position + 1 : position + 2]
    # (a column of bare names is a list of tags or people in the news: 安倍晋三, 岸田文雄)
    return any(n.kind in TITLE_KINDS and (looked.names(n) or looked.is_person(n)) for n in neighbours)


def _kicker_before(content: list[Line], title: Line) -> Line | None:
    """A bracketed label on the line right above the headline, which belongs to it."""
    position = content.index(title)
    if position == 0:
        return None
    above = content[position - 1]
    if above.number == title.number - 1 and _KICKER.match(above.stripped):
        return above
    return None


def _pick_title(content: list[Line], date_line: Line | None, looked: _Bylines, lead: _Lead) -> Line | None:
    """The headline: a long title-like line by the date line and near the body."""
    best, best_score = None, 0
    # a photo caption between the headline and its date line does not part them
    content = [line for line in content if line.kind not in _BETWEEN or line is date_line]
    date_at = content.index(date_line) if date_line is not None else None
    low = high = date_at
    if date_at is not None:  # the date line with the bylines right above or below it: one block
        while low > 0 and date_at - low < 2 and looked.is_byline(content[low - 1]):
            low -= 1
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
        if (line.kind not in TITLE_KINDS and not exclaimed) or len(text) < 6 or _KICKER.match(text):
            continue
        # Latin brand names in a headline: by the date line, less Japanese will do
        if japanese_share(text) < (0.15 if by_date else 0.3):
            continue
        if looked.names(line) or _menu_like(text):
            continue
        score = min(len(text), 60) - SUBHEADING * (bool(_WRAPPED.match(text)) or line is deck)
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
            # pages print the headline, then who wrote it: the line right above a byline is likeliest too
            score += 30 + ABOVE_DATE * (len(text) >= HEADLINE_LENGTH)
        if date_at is not None and not low <= position <= high:
            distance = low - position if position < low else position - high
            # pages print the headline, then its date: the line right above the date line is likeliest
            # (a short line there is more often the section's label: 国際, ☆ 映像ランキング)
            above = position < date_at and written
            score += (30 + ABOVE_DATE * above) if distance == 1 else 15 if distance == 2 else 0
        if len(content) - position <= TITLE_REACH:
            score += 20
        if score > best_score:
            best, best_score = line, score
    return best


_HEADLINE_MARKS = re.compile(r"[\u3041-\u309f、「」『』！？!?\u3000]")


def _subheading_under(content: list[Line], at: int, looked: _Bylines, seen: Counter, lead: _Lead) -> bool:
    """Two title-like lines stacked over the date line (content[at], then the next): the upper one reads as
    a headline (written words, not a section's name; not one of a column of such lines; or a short headline
    standing apart over a longer deck), so the lower one is its subheading."""
    upper, lower = content[at], content[at + 1]
    headline = _written_headline(upper) or (
        _short_headline(content, at, seen) and len(lower.stripped) >= len(upper.stripped) + DECK_LONGER
        and lead.share(upper.stripped) >= SHORT_HEADLINE_WORDS)
    return (headline and lower.kind in TITLE_KINDS and len(lower.stripped) >= HEADLINE_LENGTH
            and not (at > 0 and _written_headline(content[at - 1]))
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
            and not _KICKER.match(text) and not _menu_like(text) and not _SECTION_WORDS.search(text))


def _in_a_column(content: list[Line], position: int) -> bool:
    """The line is one of COLUMN or more headline-like lines on consecutive raw lines: a list of other
    articles (with its label, この記事に関連するニュース), whether or not its headlines are written words."""
    if not _listed(content[position]):
        return False
    low = high = position
    while low > 0 and content[low - 1].number == content[low].number - 1 and _listed(content[low - 1]):
        low -= 1
    while high + 1 < len(content) and content[high + 1].number == content[high].number + 1 and _listed(content[high + 1]):
        high += 1
    return high - low + 1 >= COLUMN


LISTED = 8  # characters from which a title-like line may be one of a list of other articles' headlines


def _listed(line: Line) -> bool:
    text = line.stripped
    return (line.kind in TITLE_KINDS and len(text) >= LISTED and japanese_share(text) >= 0.3
            and not _menu_like(text) and not _WRAPPED.match(text))


def _written_headline(line: Line) -> bool:
    text = line.stripped
    return (line.kind in TITLE_KINDS and len(text) >= HEADLINE_LENGTH and bool(_HEADLINE_MARKS.search(text))
            and japanese_share(text) >= 0.3 and not _menu_like(text) and not _WRAPPED.match(text))


_WIDE_GAP = re.compile(r"\s{3,}|\u3000{2,}")


def _menu_like(text: str) -> bool:
    """A breadcrumb (ニュース > 地域 > 記事), a pager (前のページ | 1 | 2), several items on one line."""
    crumbs = text.count(">") + text.count("＞") + text.count("»") + text.count("›")
    return (crumbs >= 2 or text.count("|") + text.count("｜") >= 3
            or (("  " in text or "\xa0" in text or "　　" in text) and len(_WIDE_GAP.findall(text)) >= 2))


def _is_image_title(content: list[Line], position: int, title: Line | None) -> bool:
    """A short heading right next to a caption is the photo's title, not a headline."""
    line = content[position]
    if line is title or line.kind != "heading" or len(line.stripped) > 30:
        return False
    neighbours = content[max(position - 1, 0) : position] + content[position + 1 : position + 2]
    return any(n.kind == "caption" for n in neighbours)


def _read_footer(footer: list[Line], labels: list[str], result: Article) -> None:
    """Wire credits, reporter lines and source references below the body."""
    content = [line for line in footer if line.kind != "blank"]
    for position, line in enumerate(content):
        text, index = line.stripped, line.number - 1
        agency = bylines.agency_name(text) or (_agency_in(text) if len(text) <= 30 else None)
        if agency and line.kind != "copyright":
            result.source_agency = result.source_agency or agency
            labels[index] = "meta"
        elif line.kind == "copyright":
            result.source_agency = result.source_agency or _agency_in(text)
        elif position < 2 and (names := _reporter_names(text)):
            result.authors.extend(n for n in names if n not in result.authors)
            labels[index] = "meta"
        elif text.startswith("Reference"):
            labels[index] = "meta"
            for after in content[position + 1 : position + 3]:
                labels[after.number - 1] = "meta"
                if DOMAIN_LINE.match(after.stripped):
                    result.source_agency = result.source_agency or after.stripped


def _reporter_names(text: str) -> list[str]:
    dateline = bylines.find_dateline(text)
    if dateline and dateline.text.strip() == text:
        return dateline.authors
    return bylines.byline_names(text)


# Wire service names longer than two letters, longest first (AFP時事 before AFP).
_AGENCY_KEYS = tuple(k for k in sorted(bylines.AGENCIES, key=len, reverse=True) if len(k) > 2)


def _agency_in(text: str) -> str | None:
    lower = text.lower()
    for key in _AGENCY_KEYS:
        if key in lower:
            return bylines.AGENCIES[key]
    return None


def _read_dateline(result: Article) -> None:
    """The dateline that opens the first paragraph (kept in the body verbatim)."""
    if not result.paragraphs:
        return
    found = bylines.find_dateline(result.paragraphs[0])
    if found is None:
        return
    result.dateline = found.text.strip()
    result.authors.extend(n for n in found.authors if n not in result.authors)
    if found.agency:
        result.source_agency = found.agency
