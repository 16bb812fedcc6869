"""Meeting words are searched by core.scan's skipping twin of TRIGGER: the same matches as the plain pattern."""

from __future__ import annotations

import re

from core.meetings.triggers import TRIGGER
from core.sentences import sentence_spans
from tests.shared_data import SHARED, require

WIKINEWS = SHARED / "corpus" / "wikinews" / "txt"


def test_the_twin_finds_what_the_plain_pattern_finds_sentence_by_sentence_in_real_news():
    plain = re.compile(TRIGGER.pattern)
    assert TRIGGER is not plain  # the twin, told the letters a meeting word begins with
    texts = [path.read_text(encoding="utf-8") for path in sorted(require(WIKINEWS).glob("*.txt"))[:300]]
    found = 0
    for text in texts:
        for start, end in sentence_spans(text):
            twin = [(m.span(), m.group()) for m in TRIGGER.finditer(text, start, end)]
            assert twin == [(m.span(), m.group()) for m in plain.finditer(text, start, end)]
            found += len(twin)
            assert (TRIGGER.match(text, start) is None) == (plain.match(text, start) is None)
    assert found > 100  # Wikinews speaks of meetings: the comparison saw many matches
