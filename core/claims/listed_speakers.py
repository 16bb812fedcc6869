"""Views listed each under a line naming its speaker: ・ノンフィクション作家・小松成美（…）\\n「…」, ・TBS「朝ズバッ！」みのもんた\\n「…」.

Web news sums up what commentators said on the day's shows so: a line (often a list line) that ends on a person's name,
with where they spoke or what they are before it and an aside after it, then their words in brackets on a line of their
own. The words are that person's; the name line states nothing itself.
"""

from __future__ import annotations

import re

from core.claims.candidate import Candidate
from core.claims.quote_marks import SAID_WORDS

# A line that is only a quote: 「…」 (a stop after it at most)
_QUOTE_LINE = re.compile(r"^[ \t\u3000]*「[^\n]*」[。 \t\u3000]*$", re.M)
# What may stand after the name on its line: an honorific, an aside in brackets
_AFTER_NAME = re.compile(r"(?:さん|氏)?(?:[（(][^（）()\n]{1,30}[)）])?[ \t\u3000]*")
# What may stand before it: a list mark, where they spoke or what they are; not a label and its matter (・秋田：本田,
# 経済界部門：…), nor words set apart by spaces (GK　川島永嗣: a line-up; ●…が命！ プチバストさん: a heading)
_BEFORE_NAME = re.compile(r"[ \t\u3000]*[・●○■□◆◇▼▽★☆]?[^。、：:\s]{0,30}?")


def listed_speaker_claims(body: str, mentions: list, found: list[Candidate]) -> list[Candidate]:
    """A direct claim for each line that is only words said, under a line ending on a person the article names, when
    no claim read covers it."""
    if "\n「" not in body:
        return found
    people = [m for m in mentions if m.type == "PERSON"]
    added = []
    for line in _QUOTE_LINE.finditer(body):
        start, end = line.start() + line.group(0).index("「"), line.group(0).rindex("」") + line.start() + 1
        if start == 0 or not SAID_WORDS.search(body, start, end) or "「" in body[start + 1 : end - 1].replace("『", ""):
            continue
        if any(c.start < end and start < c.end for c in found):
            continue
        above = body.rfind("\n", 0, line.start() - 1) + 1
        person = next((m for m in reversed(people) if above <= m.start and m.end <= line.start() - 1
                       and _AFTER_NAME.fullmatch(body, m.end, line.start() - 1)
                       and _BEFORE_NAME.fullmatch(body, above, m.start)), None)
        if person is not None:
            added.append(Candidate(start, end, body[start:end], "", "direct", person.entity_id, person.text, [], 0.6))
    return sorted(found + added, key=lambda c: c.start) if added else found
