"""A header line that is the headline with a label glued in front, when the page prints the headline alone too.

Pages print the headline once as a line of its own and once more with a section's name, a kicker, a flash mark or
the day glued in front of it on the same line: a heading bar (国際 日米首脳が…), a share text (速報｜…), a list's
entry (2019/06/24 日米…). The glued line is longer and may outscore the bare one; the bare one is the headline.
"""

from __future__ import annotations

import re

from core.cleaning.header_shapes import KICKER, section_label, series_label
from core.cleaning.lines import Line
from core.cleaning.outlets import only_an_outlet

BARE_LENGTH = 8  # characters of the bare headline at least
LABEL_LENGTH = 16  # characters of the glued label at most (its marks and separator aside)
# words closed by a separator (国際 , 速報｜, 政治・経済 | , 社会：); a label in brackets only when it names a section
# or a series (【国際】, ［連載］): others are the headline's kicker (【独自】, 【普天間移設推進派】), which it keeps
_SEPARATED = re.compile(rf"^[^\s、。「」『』]{{1,{LABEL_LENGTH}}}(?:\s*[｜|:：／/>＞≫»]\s*|\s+)$")
# a day, with its time maybe (2019/06/24 , 2019.6.24 12:30 , 2019年6月24日 )
_DAY = re.compile(r"^\d{4}\s*(?:[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}[:：]\d{2})?\s*"
                  r"(?:[｜|:：／/]\s*)?$")


def glued_label(label: str, days: bool = True) -> bool:
    """Whether the text before a headline on its line is a label glued to it (not words of the headline)."""
    if not label or label != label.lstrip():
        return False
    if KICKER.match(label.rstrip()):
        return section_label(label) or series_label(label.rstrip())
    if _DAY.match(label):
        return days
    return bool(_SEPARATED.match(label))


def bare_headline(content: list[Line], title: Line | None, days: bool = True) -> Line | None:
    """The line of the header that holds the chosen headline's words alone, when the chosen line is those words with
    a label glued in front (else the chosen line). days: whether a glued day counts as a label (not when the page
    has no date line: the day glued to the headline may be the article's only one)."""
    if title is None:
        return title
    text = title.stripped
    for line in content:
        bare = line.stripped
        # (the label is the shorter part: a title line's headline before its outlet's name is none, 見出し｜東邦ウィークリー)
        if (line is not title and len(bare) >= BARE_LENGTH and 2 * len(bare) > len(text) and text.endswith(bare)
                and glued_label(text[: -len(bare)], days) and not only_an_outlet(bare)):
            return line
    return title
