"""The phrase reader jumps over letters no particle begins with, and still finds every particle."""

from __future__ import annotations

import re

from core.clauses import phrases as phrases_module
from core.clauses.phrases import PARTICLE_FIRST, phrases


def test_every_particle_begins_with_a_letter_the_reader_stops_at():
    groups = re.findall(r"\(\?P<\w+>([^()]*)\)", phrases_module._PARTICLE.pattern)
    words = [word for group in groups for word in group.split("|")]
    assert len(words) > 30  # the pattern was read, not an empty list
    assert {word[0] for word in words} <= set(PARTICLE_FIRST)


def test_phrases_of_a_real_sentence():
    text = "米国のトランプ大統領は、記者団に対し「関税は続ける」と述べ、中国との交渉について楽観的な見方を示した。"
    found = [(text[p.start:p.end], p.particle, p.group) for p in phrases(text, 0, len(text))]
    assert found == [("米国のトランプ大統領", "は", "topic"), ("記者団", "に対し", "addressee"),
                     ("「関税は続ける」", "と", "partner"), ("中国", "との", "partner"),
                     ("交渉", "について", "about"), ("楽観的な見方", "を", "object")]
