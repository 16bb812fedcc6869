"""A quote inside a quote (幹事長は「首相も『考えていない』と言って…」と述べた): the inner words are the person's
named right before them (the prime minister's), passed on by the one who speaks the outer quote.
"""

from __future__ import annotations

import re

# A quote inside a quote with its own verb of saying: 「…首相も『全く考えていない』と言って…」
_INNER = re.compile(r"[『「][^『』「」]{2,200}[』」]と(?P<cue>言って|言った|言い|述べ(?:た|て)?|語っ(?:た|て)|話し(?:た|て)?)")
# What stands between the inner speaker and the inner quote: 首相も『, 同氏は「
_HOLDER_BEFORE_INNER = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:も|は|が)、?$")


def inner_quotes(body: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, cue) of each quote told with its own verb inside the quote body[start:end]."""
    return [(m.start(), m.start("cue") - 1, m.group("cue")) for m in _INNER.finditer(body, start + 1, end - 1)]


def inner_speaker(body: str, people: list, start: int, outer: tuple[int, int] | None):
    """The person named right before a quote inside another quote (「…首相も『…』と言って…」), or None."""
    if outer is None:
        return None
    before = [m for m in people if m.type == "PERSON" and outer[0] < m.start and m.end <= start]
    if not before or not _HOLDER_BEFORE_INNER.match(body[before[-1].end:start].rstrip("「『")):
        return None
    return before[-1]
