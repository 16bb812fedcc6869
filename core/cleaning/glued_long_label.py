"""A long label glued before a headline the page also writes bare: a program's or a column's name, the site's name
with its section (ワールドビジネスサテライト…, 特派員メモ・ワシントン発・…, みなと新報デジタル 国際アジア面：…).

Such labels are of no list (no section's name, no series' word), longer than the short words and heading bars
headline_glued reads, and joined to the headline by a space, a bar, ・ or nothing. What tells them is the page's
bare copy: a line that is a headline's words, long enough not to be a name, which the glued line ends with. The words
before it are then the label unless they read as the headline's own clause (a particle or a verb's ending closing
them, a comma or a quote in them) or the text's first words, or the lead tells them more than the bare words.
"""

from __future__ import annotations

import re

from core.cleaning.header_shapes import KANA_MARKS, SENTENCE_STOP
from core.cleaning.headline_lead import UNTOLD, Lead
from core.cleaning.label_glue import label_words, printed_over
from core.cleaning.lines import Line

LONG_BARE = 12  # characters of the bare headline at least (shorter lines may be a name: 東邦ウィークリー)
LONG_LABEL = 24  # characters of the label at most, its separator aside
# a clause's marks: a comma, a stop, a quote, the particles that make a subject or an object (首相が, 協定を)
_CLAUSE = re.compile(r"[、。，,．「」『』（）()がを]")
_KANA_END = re.compile(r"[\u3041-\u309f]$")  # a particle or a verb's or an adjective's ending (米国で, 迫る, 新しい)


def long_label(content: list[Line], at: int, label: str, lead: Lead | None) -> bool:
    """Whether label, glued before the words of content[at] on the chosen headline's line, is a label of the page
    and content[at] the headline written bare: the bare line long and written as a headline (kana or a headline's
    marks, no closing 。); the label's words no clause (_CLAUSE, _KANA_END), not the words the text opens with, not
    told by the lead, or less than the bare words (a headline before a site's tagline: 見出し｜地域の話題をお届け), and
    not printed on the line right over the bare one (a headline broken over two lines under its whole)."""
    bare = content[at].stripped
    words = label_words(label, dot=True)
    if (len(bare) < LONG_BARE or bare.endswith(SENTENCE_STOP) or not KANA_MARKS.search(bare)
            or not words or len(words) > LONG_LABEL or _CLAUSE.search(words) or _KANA_END.search(words)):
        return False
    if printed_over(content, at, label, words):
        return False
    if lead is None:
        return True
    told = lead.share(words)  # (a name's pair or two is in a lead by chance: ニュース; a bare line of kana has no pairs)
    return not lead.opening(words, min(len(words), LONG_BARE)) and (told < UNTOLD or told <= lead.share(bare))
