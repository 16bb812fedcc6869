"""A learned ranker of a page dump's header lines for the headline, beside the rules of headline_choice.

Each title-like header line is described by shapes that hold across outlets (where it stands from the body's
start and from the date line, its length and closing mark, its share of kana, kanji, Latin letters and digits,
how much of it the lead says, brackets and separators, menu and section words, whether the page or a column
repeats it), and a conditional logit (one softmax over a page's candidates) trained by bench/train_headline_ranker.py
scores them. The model is a small JSON file under resources/cleaning/: feature names, their means and spreads,
and one weight each.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from core.cleaning import lexicon as lx
from core.cleaning.header_shapes import (DECORATED, EXCLAIMED, KICKER, SECTION_WORDS, TITLE_KINDS, WRAPPED,
                                         LineBylines, menu_like, written_headline)
from core.cleaning.headline_lead import Lead
from core.cleaning.lines import PROSE, Line, hiragana_share, japanese_share
from core.cleaning.outlets import only_an_outlet
from core.cleaning.portal_header import in_a_column
from core.softmax_scorer import SoftmaxScorer

MODEL = ("cleaning", "headline_ranker.json")
REACH = 40  # non-blank header lines over the body the ranker looks at (a headline stands nearer)
_KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KATAKANA = re.compile(r"[\u30a0-\u30ff]")
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_DIGIT = re.compile(r"[0-9０-９]")
_SEPARATOR = re.compile(r"\s[|｜\-－―–—:：]\s|[|｜]")
_COLON = re.compile(r"[：:]")
_BRACKETS = re.compile(r"[「」『』]")
_SQUARE = re.compile(r"[【】\[\]［］〈〉《》]")

FEATURES = (
    "bias_free_length", "short", "headline_length", "long",
    "lines_to_body", "at_body", "share_of_header",
    "no_date", "right_above_date", "right_below_date", "near_above_date", "near_below_date", "far_from_date",
    "ends_sentence", "ends_exclaimed", "ends_quote", "ends_bracket",
    "hiragana", "katakana", "kanji", "latin", "digits", "japanese",
    "lead_share", "lead_prefix",
    "separator", "colon", "quotes", "square", "kicker", "decorated", "wrapped",
    "menu", "section_words", "outlet", "ad", "byline", "over_byline",
    "in_column", "repeated", "contains_other", "inside_other",
    "written", "prose", "heading", "longest_near", "first_long",
    "rules_pick", "rules_rival",
)


def candidates(content: list[Line]) -> list[int]:
    """Positions of the header lines that may be a headline (title-like, or a short sentence)."""
    low = max(len(content) - REACH, 0)
    return [at for at in range(low, len(content))
            if content[at].kind in (*TITLE_KINDS, PROSE) and len(content[at].stripped) >= 4]


def features(content: list[Line], date_line: Line | None, lead: Lead, looked: LineBylines,
             positions: list[int], picked: Line | None = None, rival: Line | None = None) -> list[list[float]]:
    """One row of FEATURES per candidate position of the header (content: its non-blank lines); picked and
    rival: the rules' headline and the line they scored next."""
    seen = Counter(line.stripped for line in content)
    date_at = content.index(date_line) if date_line is not None else None
    texts = [content[at].stripped for at in positions]
    first_long = next((at for at in positions if len(content[at].stripped) >= 15), None)
    rows = []
    for at, text in zip(positions, texts):
        line = content[at]
        size = len(text) or 1
        to_body = len(content) - at
        apart = (at - date_at) if date_at is not None else 0
        near = [len(t) for p, t in zip(positions, texts) if abs(p - at) <= 3]
        others = [t for t in texts if t != text]
        end = text[-1:] if text else ""
        rows.append([
            min(size, 80) / 80, float(size < 10), float(15 <= size <= 60), float(size > 70),
            math.log1p(to_body), float(to_body <= 2), at / max(len(content), 1),
            float(date_at is None), float(apart == -1), float(apart == 1),
            float(-4 <= apart <= -2), float(2 <= apart <= 4), float(date_at is not None and abs(apart) > 4),
            float(text.endswith(("。", "．"))), float(text.endswith(EXCLAIMED)), float(end in "」』"),
            float(end in "】]）)"),
            hiragana_share(text), len(_KATAKANA.findall(text)) / size, len(_KANJI.findall(text)) / size,
            len(_LATIN.findall(text)) / size, len(_DIGIT.findall(text)) / size, japanese_share(text),
            lead.share(text), float(lead.opening(text)),
            float(bool(_SEPARATOR.search(text))), float(bool(_COLON.search(text))),
            float(bool(_BRACKETS.search(text))), float(bool(_SQUARE.search(text))), float(bool(KICKER.match(text))),
            float(bool(DECORATED.match(text))), float(bool(WRAPPED.match(text))),
            float(menu_like(text)), float(bool(SECTION_WORDS.search(text))), float(only_an_outlet(text)),
            float(bool(lx.AD_LABEL.match(text) or lx.AD_MARK.match(text))),
            float(bool(looked.names(line)) or looked.is_person(line)),
            float(any(at + step < len(content) and looked.is_byline(content[at + step]) for step in (1, 2))),
            float(in_a_column(content, at)), float(seen[text] > 1),
            float(len(text) >= 8 and any(text in other for other in others)),
            float(len(text) >= 8 and any(len(other) >= 8 and other in text for other in others)),
            float(written_headline(line)), float(line.kind == PROSE), float(line.kind == "heading"),
            float(size >= max(near)), float(at == first_long),
            float(line is picked), float(line is rival),
        ])
    return rows


class Ranker(SoftmaxScorer):
    """Scores a page's candidate lines; probabilities are a softmax over one page's candidates."""

    FEATURES = FEATURES


@lru_cache(maxsize=1)
def shipped() -> Ranker | None:
    """The ranker shipped under resources/, or None when the file is missing or from another feature set."""
    return Ranker.load(*MODEL)


def ranked(content: list[Line], date_line: Line | None, lead: Lead, looked: LineBylines,
           ranker: Ranker | None = None, picked: Line | None = None, rival: Line | None = None
           ) -> list[tuple[float, Line]]:
    """The header's candidate lines with the ranker's probability of each being the headline, best first."""
    ranker = ranker or shipped()
    positions = candidates(content)
    if ranker is None or not positions:
        return []
    probabilities = ranker.probabilities(features(content, date_line, lead, looked, positions, picked, rival))
    pairs = [(p, content[at]) for p, at in zip(probabilities, positions)]
    return sorted(pairs, key=lambda pair: -pair[0])


# How the ranker's opinion is used: "rules" (not asked), "ranker" (its best line), "tiebreak" (it decides between
# the rules' pick and their nearest rival when the two scored within CLOSE), "flag" (the rules decide, and the
# headline is marked unsure when the ranker's best line is another), "confirm" (as flag, and the rules' doubt is lifted
# when the ranker is sure of their pick). bench/train_headline_ranker.py measures each.
POLICY = "rules"
CLOSE = 5  # points of the rules' score within which their pick and its rival count as a tie
SURE = 0.5  # the ranker's probability from which its best line overrules a tie of the rules (tiebreak)
CONFIRM = 0.9  # the ranker's probability of the rules' pick from which their doubt about it is lifted (confirm)
DISPUTE = 0.8  # the ranker's probability from which its best line, not the rules' pick, flags the headline (flag)


def second_opinion(content: list[Line], date_line: Line | None, looked: LineBylines, lead: Lead,
                   title: Line | None, trace, policy: str | None = None, ranker: Ranker | None = None) -> Line | None:
    """The headline after the ranker's opinion under the policy; trace.disputed says whether the ranker's best
    line was another than the one kept."""
    policy = policy or POLICY
    if policy == "rules":
        return title
    lines = ranked(content, date_line, lead, looked, ranker, title, trace.rival if trace.picked is title else trace.picked)
    if not lines:
        return title
    best_p, best = lines[0]
    if policy == "ranker":
        return best
    if policy == "tiebreak":
        tied = (trace.picked is not None and trace.rival is not None and trace.score - trace.rival_score < CLOSE
                and title in (trace.picked, trace.rival))
        if title is None or tied:
            pair = [line for _, line in lines if line in (trace.picked, trace.rival)] if tied else []
            chosen = pair[0] if pair else best if best_p >= SURE else title
            trace.disputed = chosen is not title
            return chosen
        return title
    trace.disputed = title is not None and best is not title and best_p >= DISPUTE
    if policy == "confirm":  # the ranker sure of the rules' own pick lifts their doubt, and raises one if sure of another
        trace.confirmed = title is not None and best is title and best_p >= CONFIRM
    return title
