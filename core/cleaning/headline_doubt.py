"""When the headline of a page dump cannot be told for sure, and at which raw line the user should look.

The headline's choice (core.cleaning.headline_choice, then the fallbacks of core.cleaning.headline_lead and
core.cleaning.dump) leaves a trace: the line the scoring picked and its nearest rival, and the route by which
the headline finally came. The cleaner asks for a look when another line scored nearly as high, when the
headline came from a fallback rather than the main rule, or when it stands far above where the body begins.
"""

from __future__ import annotations

from dataclasses import dataclass

import re

from core.cleaning.lines import PROSE, Line

# How the headline was found
SCORED = "scored"  # the main rule: the best-scored title-like line of the header
RESTATED = "restated"  # the lead restates another header line than the best-scored one
PORTAL = "portal"  # a portal's own header over its partner's
DATE_LINE = "date line"  # the words on the date line (a headline with its date glued on)
ATOP = "atop"  # the body's first line, restated by the text, over a header line the text does not tell
OPENING = "opening"  # no headline above the body: the body's first line under the date line
OVER = "over"  # no headline found: the one line between the date line and the body, though it reads as a label
TITLE_LINE = "title line"  # the page's title line atop it over a line under the date line taken for the headline
UNTOLD_CRUMB = "untold crumb"  # the breadcrumb's last entry over the date line, which the text does not tell


@dataclass
class HeadlineTrace:
    """How the headline was chosen: the scored pick, its nearest rival and the route the headline took."""

    picked: Line | None = None
    score: float = 0.0
    rival: Line | None = None
    rival_score: float = 0.0
    route: str = SCORED
    disputed: bool = False  # the learned ranker (core.cleaning.headline_ranker) put another line first
    confirmed: bool = False  # the learned ranker is sure of the same line
    halves: bool = False  # the line right over or under the headline may be its other half or its deck

    def ranked(self, scored: list[tuple[float, Line]]) -> None:
        """Keep the best of the scored lines and the best of the others (first wins a tie, as the choice does)."""
        self.picked, self.score, self.rival, self.rival_score = None, 0.0, None, 0.0
        for score, line in scored:
            if self.picked is None or score > self.score:
                if self.picked is not None:
                    self.rival, self.rival_score = self.picked, self.score
                self.picked, self.score = line, score
            elif self.rival is None or score > self.rival_score:
                self.rival, self.rival_score = line, score


CLOSE = 5  # points of the headline's score a rival line comes within for the choice to be unsure
LEFT_OUT = 3  # sentences left out between the headline and the body's start from which the headline is far from it
UNSURE_ROUTES = (RESTATED, DATE_LINE, OVER, TITLE_LINE, UNTOLD_CRUMB)  # the main rule's pick overturned, or a fallback's line read as a label


def headline_doubt(lines: list[Line], head: Line, start: int, labels: list[str], trace: HeadlineTrace) -> Line | None:
    """The raw line to look at when the headline's choice is unsure (the headline's own), else None.

    Unsure: the lead restates another header line than the best-scored one, or the headline is the words of a date
    line or a line that also reads as a button's or a caption's; another header line, not part of the headline,
    scored within CLOSE of it; the line right over or under it reads as much as its other half as its deck
    (a headline broken over two lines or a headline and a deck); or sentences the cleaner left out stand between it and the body (the body may start
    higher, the headline be another text's). The body's first line taken as the headline, or the line right under
    the date line with the text under it, are the shapes a whole layout prints so: they are sure."""
    if trace.route in UNSURE_ROUTES or trace.disputed or head.kind == "ui" or trace.halves:
        return head  # (a line read as a button's taken for its headline's shape: 「メガロス」…無料体験…プレゼント)
    if trace.confirmed:
        return None
    if _a_deck_under_a_headline(lines, head):
        return head
    picked, rival = trace.picked, trace.rival  # (the pick may be one half of a headline broken over two lines)
    if (trace.route == SCORED and picked is not None and labels[picked.number - 1] == "meta" and rival is not None
            and labels[rival.number - 1] != "meta" and trace.score - trace.rival_score < CLOSE):
        return head
    body_start = lines[start].number if start < len(lines) else len(lines) + 1
    left_out = sum(1 for line in lines[head.number : body_start - 1]
                   if line.kind == PROSE and labels[line.number - 1] == "drop")
    return head if left_out >= LEFT_OUT else None


DECK_CLAUSE = 30  # characters of a line written as a clause (…を上回っている) from which it reads as a deck
_CLAUSE_END = re.compile(r"(?:ている|ていた|ておらず|ていない|った|した|された|れた|である|だった|となる|となった|ます|ました)$")
_TITLE_SHAPED = ("heading", "other")


def _a_deck_under_a_headline(lines: list[Line], head: Line) -> bool:
    """The headline is a long line closed as a clause (…を上回っている, …と発表した) right under a shorter title-like
    line: it reads as the deck of that line as much as a headline, whichever the rules took."""
    text = head.stripped
    if len(text) < DECK_CLAUSE or not _CLAUSE_END.search(text) or head.number < 2:
        return False
    above = lines[head.number - 2]
    return (above.kind in _TITLE_SHAPED and 6 <= len(above.stripped) < len(text)
            and not above.stripped.startswith(("【", "［", "[", "<", "〈")))
