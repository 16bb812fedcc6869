"""The phrase reader jumps over letters no particle begins with, and still finds every particle."""

from __future__ import annotations

import re

from core.clauses import phrases as phrases_module
from core.clauses.phrases import PARTICLE_FIRST, of_group, phrases


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


def test_of_group_reads_the_names_joined_to_the_meeting_word():
    text = "小泉首相は、ブッシュ大統領と胡錦濤国家主席の日米中首脳会談に臨んだ。"
    start = text.index("日米中")
    assert [(text[p.start:p.end], p.particle, p.group) for p in of_group(text, 0, start)] == [
        ("胡錦濤国家主席", "の", "of")]


def test_of_group_reads_by_whom_and_passes_an_ordinal():
    text = "両国の外相による第2回協議は"
    start = text.index("協議")
    assert [(text[p.start:p.end], p.particle) for p in of_group(text, 0, start)] == [("両国の外相", "による")]
    text = "中国の習主席の訪問"
    assert [text[p.start:p.end] for p in of_group(text, 0, text.index("訪問"))] == ["中国", "習主席"]
    text = "首相と大統領の初の会談"  # (初 modifies the noun: no phrase of its own)
    assert [text[p.start:p.end] for p in of_group(text, 0, text.index("会談"))] == ["大統領"]


def test_no_of_group_across_a_particle_or_a_long_noun():
    text = "首相は大統領と会談"
    assert of_group(text, 0, text.index("会談")) == []
    text = "首相と大統領の経済政策をめぐる会談"
    assert of_group(text, 0, text.index("会談")) == []
