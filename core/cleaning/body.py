"""Where the article body is on a page dump, and how sure the cleaner is of it.

Candidate blocks are runs of sentences that allow a few short lines between
them (subheadings, list items, captions) but never cross a tail anchor, a
legal line or a date line. Each run is scored by its running text, weighed by
how much of it is sentences rather than short lines (a directory of services,
each with a line of description, is mostly names) and raised when a headline
or date line stands just above it (where articles start). Mostly-sentence runs
that follow soon after the best one, with nothing that ends an article between,
join it (a list article's items, each under a few short lines). When the best
run barely wins, is very short, or no headline was found, the cleaner says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.cleaning import bylines, checks
from core.cleaning import lexicon as lx
from core.cleaning.unread import unread_block
from core.cleaning.lines import PROSE, Line, japanese_share
from core.cleaning.own_lists import LIST_LINES, announced_list, listed

MAX_GAP = 4  # non-blank lines between two sentences that still keep one body
HARD_STOPS = ("anchor", "copyright")
RUN_STOPS = HARD_STOPS + ("date",)
ANCHOR_REACH = 12  # non-blank lines above a run where a date line anchors it
ANCHOR_BONUS = 1.5
FULL_DENSITY = 0.6  # share of sentence lines from which a run counts in full
COMPETING = 0.6  # a runner-up scoring this share of the best makes the choice unsure
DIRECTORY_NAME = 30  # characters of a directory entry's name
SHORT_BODY = 150  # characters: a body shorter than this is worth a look
CONTINUATION_GAP = 3 * MAX_GAP  # short lines after the body beyond which more sentences are another text
GOING_ON = 0.5  # share of the body's text left in sentences after it, before any tail anchor, that asks for a look


@dataclass
class Run:
    start: int
    last: int
    chars: int
    prose: int
    content: int
    anchored: bool = False

    @property
    def score(self) -> float:
        density = min(1.0, self.prose / max(self.content, 1) / FULL_DENSITY)
        return self.chars * density * (ANCHOR_BONUS if self.anchored else 1.0)


@dataclass
class Choice:
    """The chosen body span (indices into lines) and why it may need a look."""

    span: tuple[int, int] | None
    doubts: list[str] = field(default_factory=list)  # codes of core.cleaning.checks
    # Index of the line the doubt is about: the competing block, else the body start.
    doubt_line: int | None = None
    # The items of a list the body's last sentence announces (以下のとおりです。), which are the article's.
    items: tuple[int, int] | None = None


def mark_directories(lines: list[Line]) -> None:
    """Name + description pairs (a service, then a sentence about it that opens with its name).

    Site directories and related-article lists read as sentences line by line;
    the name repeated at the start of its description gives them away.
    """
    content = [line for line in lines if line.kind != "blank"]
    for position in range(1, len(content)):
        if _entry(content[position - 1], content[position]) and not _caption_of_the_text(content, position):
            content[position - 1].kind = content[position].kind = "directory"


def _entry(name: Line, line: Line) -> bool:
    """A short line over a sentence that opens with it: a directory's name and its description."""
    # (a date line over a text whose first sentence opens with the same day names nothing)
    return (line.kind == PROSE and name.kind not in (PROSE, "date")
            and 2 <= len(name.stripped) <= DIRECTORY_NAME and name.stripped in line.stripped[: len(name.stripped) + 6])


def _caption_of_the_text(content: list[Line], position: int) -> bool:
    """The short line over a sentence is that sentence's first words, and no other name over its description
    stands right before or after: a photo's caption printed bare over where the text begins, not one of a
    directory's entries."""
    if not content[position].stripped.startswith(content[position - 1].stripped):
        return False
    before = position >= 2 and content[position - 2].kind == "directory"  # the entry before, marked already
    return not (before or (position + 2 < len(content) and _entry(content[position + 1], content[position + 2])))


# 「監督：山田太郎」「放送日時：2月11日…」: a short label, a colon, a value; a label of a few words of Latin letters, a
# short word after them or not (ANDROID 要件：2.1 以上, Google Play Store：…).
LABELLED = re.compile(r"^(?:[^\s：:。、]{1,12}|[A-Za-z]+(?: [A-Za-z]+){0,2}(?: [^\s：:。、]{1,6})?)\s?[：:]\s*\S")
# 「型番 KT-i7A」「重量（約） 125g」: a spec table's row, a short label, a blank, a short value.
SPEC_ROW = re.compile(r"^[^\s：:。、！？]{1,12}[ \u3000]+[^\s。].{0,40}$")
# Not a row: a numbered menu entry (1. ホーム), a headline with its time (…方向性 02/18 12:15).
NOT_A_ROW = re.compile(r"^\d{1,2}[.．)）]\s|\d{1,2}/\d{1,2}|\d{1,2}[:：]\d{2}")
FIGURE = re.compile(r"[0-9０-９A-Za-z◯○×－−]|\s-$")  # a spec's value: a figure, a model name, a yes or a no
BOX_KINDS = ("heading", "other", "item", "bullet", "date")
BOX_LINES = 60  # lines an information box holds at most
BOXLABELLED = 3  # label: value lines that make a block an information box
SPEC_ROWS = 5  # rows, most of them with a figure, that make a spec table


def closing_box(lines: list[Line], end: int) -> tuple[int, int] | None:
    """An information box right after the body (cast and staff, programme details, a profile, a spec table).

    Its lines are short labelled values (監督：…, 放送日時：…) or a table's rows (型番 KT-i7A,
    重量 330 g) with a few plain lines between; it ends before the first line of another kind
    (related links, legal lines) and before the writer's byline, which the footer reads.
    Returns its first and last index, or None.
    """
    box = []
    for line in lines[end + 1 : end + 1 + 2 * BOX_LINES]:
        if line.kind == "blank" or (line.kind == "url" and not box):
            continue  # (a store's bare address between the text and its box)
        if (line.kind not in BOX_KINDS and not (line.kind == "caption" and LABELLED.match(line.stripped))
                or len(box) >= BOX_LINES):
            break  # (a labelled value is a box's line, whatever else it reads as: サイズ：70（幅）mm×85（奥行き）mm)
        box.append(line)
    if box and box[0].kind == "date" and not LABELLED.match(box[0].stripped):
        return None  # the article's own date line closes it: what follows is the page's, not a box
    labelled = [i for i, line in enumerate(box) if LABELLED.match(line.stripped)]
    if rows := _spec_rows(box):  # a table ends before the writer's byline under it, which the footer reads
        labelled = sorted(set(labelled) | set(rows))
        byline = next((i for i in labelled if i > rows[-1] and bylines.is_byline(box[i].stripped)), None)
        if byline is not None:
            labelled = [i for i in labelled if i < byline]
    if len(labelled) < BOXLABELLED or labelled[0] > 2:
        return None
    last = labelled[-1]
    while rows and last + 1 < len(box) and box[last + 1].number == box[last].number + 1:
        last += 1  # a table's row goes on over lines with no blank between (a colour, a second value)
    return box[0].number - 1, box[last].number - 1


def _spec_rows(box: list[Line]) -> list[int]:
    """Positions of a spec table's rows: SPEC_ROWS or more label-and-value lines, most of them with a figure
    or a model name (a list of the site's headlines has none)."""
    rows = [i for i, line in enumerate(box)
            if len(line.stripped) <= 50 and SPEC_ROW.match(line.stripped) and not NOT_A_ROW.search(line.stripped)]
    if len(rows) < SPEC_ROWS or sum(bool(FIGURE.search(box[i].stripped)) for i in rows) * 2 < len(rows):
        return []
    return rows


def find_runs(lines: list[Line]) -> list[Run]:
    """Every run of sentences with short lines between them, in page order."""
    found: list[Run] = []
    i = 0
    while i < len(lines):
        if lines[i].kind != PROSE:
            i += 1
            continue
        last, chars, prose, content, gap = i, 0, 0, 0, 0
        pending = 0
        for j in range(i, len(lines)):
            kind = lines[j].kind
            if kind == PROSE:
                last, gap = j, 0
                chars += len(lines[j].stripped)
                prose += 1
                content += pending + 1
                pending = 0
            elif kind in RUN_STOPS or (kind == "ui" and lx.READ_MORE.match(lines[j].stripped)):
                break  # (a read-more link ends a teaser, or what a paywalled page shows of the text)
            elif kind != "blank":
                gap += 1
                pending += 1
                if gap > MAX_GAP:
                    break
        found.append(Run(i, last, chars, prose, content, _anchored(lines, i)))
        i = last + 1
    return found


def _anchored(lines: list[Line], start: int) -> bool:
    """A date line stands among the few non-blank lines just above the run, with no sentence between."""
    seen = 0
    for line in reversed(lines[:start]):
        if line.kind == "blank":
            continue
        if line.kind == "date":
            return True
        if _AD_LABEL.match(line.stripped):
            continue  # an ad slot's label between the date line and the text ends nothing
        seen += 1
        if seen >= ANCHOR_REACH or line.kind in HARD_STOPS or line.kind == PROSE:
            return False  # a date anchors only the first run of sentences after it
    return False


_AD_LABEL = lx.AD_LABEL


def choose_body(lines: list[Line]) -> Choice:
    """The best-scoring run, with the doubts a user should hear about."""
    runs = find_runs(lines)
    if not runs:
        return Choice(None)
    ranked = sorted(runs, key=lambda run: run.score, reverse=True)
    best = _going_on(lines, runs, ranked[0])  # a list article's next items
    if (opening := _opening(lines, runs, best)) is not None:  # the text's first paragraphs, over a list of its own
        best = _joined(opening, best)
    other = _other_article(lines, runs, best)
    if other is not None and other.start < best.start:  # a portal: the first full article on it wins
        earlier, best = best, _going_on(lines, runs, other)
        other = earlier
    choice = Choice((best.start, best.last))
    if (items := announced_list(lines, best.last)) is not None:
        choice.items, best = items, Run(best.start, items[1], best.chars, best.prose, best.content, best.anchored)
        if (into := next((run for run in runs if run.start <= items[1] < run.last), None)) is not None:
            best = _joined(best, into)  # the list's last item opens a run of sentences: the text goes on in it
        best = _going_on(lines, runs, best)  # the text goes on under the list
        choice.span = (best.start, best.last)
    other = other or _text_above_a_story(runs, best, lines)
    if other is not None:  # two articles, each under its own date line: say so
        choice.doubts.append(checks.COMPETING_BLOCKS)
        choice.doubt_line = other.start
    runner_up = next((run for run in ranked[1:] if run.prose >= 2), None)
    if (runner_up and checks.COMPETING_BLOCKS not in choice.doubts and runner_up.score >= COMPETING * best.score
            and runner_up.chars >= SHORT_BODY / 2):
        choice.doubts.append(checks.COMPETING_BLOCKS)
        choice.doubt_line = runner_up.start
    if best.chars < SHORT_BODY:
        choice.doubts.append(checks.SHORT_BODY)
    if checks.COMPETING_BLOCKS not in choice.doubts and (later := _text_going_on(lines, runs, best)) is not None:
        choice.doubts.append(checks.COMPETING_BLOCKS)  # the article may go on past where the body was cut
        choice.doubt_line = later.start
    if checks.COMPETING_BLOCKS not in choice.doubts and (left := unread_block(lines, best.last, best.chars)) is not None:
        choice.doubts.append(checks.COMPETING_BLOCKS)  # or go on in lines that are not sentences (a list, details)
        choice.doubt_line = left
    return choice


def _other_article(lines: list[Line], runs: list[Run], best: Run) -> Run | None:
    """Another full article on the page (a portal or a page of several stories): a run of at least two
    sentences and SHORT_BODY characters outside the body, under a date line of its own, while the body
    also stands under one. A teaser of one sentence is not a full article."""
    if not best.anchored:
        return None
    for run in runs:
        if (run.anchored and run.prose >= 2 and run.chars >= SHORT_BODY
                and (run.last < best.start or run.start > best.last) and _headlined_date(lines, run.start)):
            return run
    return None


def _text_above_a_story(runs: list[Run], best: Run, lines: list[Line]) -> Run | None:
    """A full run of sentences above a body that stands under its own headline and date line: the page may
    show two stories (the first with its date elsewhere), so the body chosen may be the second one."""
    if not (best.anchored and _headlined_date(lines, best.start)):
        return None
    return next((run for run in runs if run.last < best.start and run.prose >= 2 and run.chars >= SHORT_BODY), None)


HEADLINE_KINDS = ("heading", "other")


def _headlined_date(lines: list[Line], start: int) -> bool:
    """The date line above a run has a headline by it (a title-like line of 10 characters or more within two
    lines), as each story of a portal does; a dated label in an article (【応募期間】 2012年8月15日〜) has not."""
    above = []
    for index in range(start - 1, -1, -1):
        if lines[index].kind != "blank":
            above.append(lines[index])
            if len(above) == ANCHOR_REACH:
                break
    above.reverse()
    dates = [i for i, line in enumerate(above) if line.kind == "date"]
    if not dates:
        return False
    at = dates[-1]
    return any(line.kind in HEADLINE_KINDS and len(line.stripped) >= 10 and japanese_share(line.stripped) >= 0.3
               and not _BRACKETED.match(line.stripped) for line in above[max(at - 2, 0) : at] + above[at + 1 : at + 3])


_BRACKETED = re.compile(r"^[【〈《\[［(（].*[】〉》\]］)）]$")  # a label or a note in brackets, not a headline


def _text_going_on(lines: list[Line], runs: list[Run], best: Run) -> Run | None:
    """The first run after the body when the sentences left after it (each within a few short lines of
    the last, before anything that ends an article) hold at least GOING_ON of the body's text: a list
    article cut at a table or a dated item."""
    stop = next((i for i in range(best.last + 1, len(lines)) if lines[i].kind in HARD_STOPS), len(lines))
    later, end = [], best.last
    for run in runs:
        if not end < run.start < stop:
            continue
        if sum(line.kind != "blank" for line in lines[end + 1 : run.start]) > CONTINUATION_GAP:
            break  # sentences far below, after a long menu: the site's own words, not the article's
        later.append(run)
        end = run.last
    if later and sum(run.chars for run in later) >= GOING_ON * best.chars:
        return later[0]
    return None


def _joined(*runs: Run) -> Run:
    """Runs in page order read as one: from the first's start to the last's end, their counts summed, anchored as
    the first is."""
    return Run(runs[0].start, runs[-1].last, sum(run.chars for run in runs), sum(run.prose for run in runs),
               sum(run.content for run in runs), runs[0].anchored)


def _going_on(lines: list[Line], runs: list[Run], best: Run) -> Run:
    """best with every run of sentences that goes on soon after it (_continuation) joined to it."""
    while (after := _continuation(lines, runs, best)) is not None:
        best = _joined(best, after)
    return best


def _opening(lines: list[Line], runs: list[Run], best: Run) -> Run | None:
    """The runs of sentences just above the body that open the article, as one run: the first starts under the date
    line (anchored) or is the page's first, each is mostly sentences, and only a short list of the text's own lines
    stands between each and the next (a cast list, each line a role and the actor in brackets, between a film
    column's first paragraphs and the rest; a spec list; an in-article 【関連情報】 block, which stays out of the
    body). A block with body prose on both sides is the article's; a site's menu, an address or a date line between
    is not.
    """
    if best.anchored:
        return None
    chain, after = [], best
    for run in reversed([run for run in runs if run.last < best.start]):
        between = [line for line in lines[run.last + 1 : after.start] if line.kind != "blank"]
        if (run.prose < FULL_DENSITY * run.content or len(between) > CONTINUATION_GAP
                or any(line.kind in _NOT_THE_TEXTS for line in between)):
            return None
        chain.append(run)
        if run.anchored or run is runs[0]:
            return _joined(*reversed(chain))
        after = run
    return None


# lines that part an article's opening from its body: the site's menu, a directory, its repeated lines, an address, a
# date line or a tail anchor (an in-article 【関連情報】 block with the text on both sides does not)
_NOT_THE_TEXTS = RUN_STOPS + ("ui", "directory", "repeated", "url")


def _continuation(lines: list[Line], runs: list[Run], best: Run) -> Run | None:
    """A run of sentences soon after the body with nothing that ends an article between (a list article's next items).

    Mostly sentences, as the article's are: a directory of names, each with a line about it, is not.
    A spec table may stand between (型番 KT-i7A, 重量 330 g), and a list or a details box of the article's own
    (a ranking, numbered points, 【応募期間】 and its days): their lines are no gap, an event's date line no stop.
    """
    later = (run for run in runs if run.start > best.last)
    following = next(later, None)
    while following is not None and following.chars < SHORT_BODY / 2 and all(
            listed(line, sentences=True) for line in lines[following.start : following.last + 1] if line.kind == PROSE):
        following = next(later, None)  # a value of the box written as a sentence (【定　員】 25名（…抽選となります。）)
    if following is None or following.chars < SHORT_BODY / 2:
        return None
    # (the run's own list lines, a ranking or links it gives, and its pictures' captions count for nothing: its
    # sentences are what it says)
    own_items = sum(line.kind == "caption" or (line.kind != PROSE and listed(line))
                    for line in lines[following.start : following.last + 1])
    if following.prose < FULL_DENSITY * (following.content - own_items):
        return None
    between = [line for line in lines[best.last + 1 : following.start] if line.kind != "blank"]
    own = set(_spec_rows(between)) | {i for i, line in enumerate(between) if listed(line, sentences=True)}
    if len(between) > LIST_LINES or len(between) - len(own) > CONTINUATION_GAP or any(
            line.kind in _ENDS_A_TEXT and i not in own for i, line in enumerate(between)):
        return None
    return following


# lines that end the article's text before a run of sentences below it (a date line only when it is not an event's)
_ENDS_A_TEXT = RUN_STOPS + ("ui", "related", "directory", "repeated")
