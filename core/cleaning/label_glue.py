"""How a page glues a label before its headline on one line: the separators it puts between them, and the line over
the headline's bare copy that prints the label's words (then the headline's first half, no label).

Three readers of glued labels ask here, so that they part a label alike: core.cleaning.headline_glued (the page
writes the headline bare too), core.cleaning.glued_long_label (a long label before such a headline) and
core.cleaning.headline_labels (a label its words alone tell, the headline written nowhere bare).
"""

from __future__ import annotations

import re

from core.cleaning.lines import Line

# the separators a heading bar, a breadcrumb or a title line puts between its parts (国際｜…, 政治 > 外交, … - 北斗タイムズ)
LABEL_BARS = r"|｜:：／/>＞≫»\-－–—"
_CLOSING = re.compile(rf"[\s{LABEL_BARS}]+$")
_CLOSING_OR_DOT = re.compile(rf"[\s{LABEL_BARS}・]+$")


def label_words(label: str, dot: bool = False) -> str:
    """The label without the blanks and separators closing it (政治・経済 | → 政治・経済); dot: a ・ closes it too
    (a long label joined to its headline by one: 特派員メモ・…)."""
    return (_CLOSING_OR_DOT if dot else _CLOSING).sub("", label)


def printed_over(content: list[Line], at: int, *labels: str) -> bool:
    """Whether the line right over content[at], the headline's bare copy, prints one of labels (blanks at their ends
    aside): a headline broken over two lines under its whole prints its first half there, and the words glued before
    the whole are then the headline's own, no label."""
    return at > 0 and content[at - 1].stripped in {label.strip() for label in labels}
