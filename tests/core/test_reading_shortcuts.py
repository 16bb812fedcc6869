"""Shortcuts in reading a sentence give what the full reading gives (on the Wikinews gold's bodies)."""

import json
from pathlib import Path

from core.claims.clauses import AFTER_CLAUSE, clauses_told
from core.claims.quote_marks import quotes
from core.clauses.phrases import phrases
from core.sentences import sentence_spans

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "wikinews_gold" / "claims.jsonl"


def _sentences():
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        body = json.loads(line)["body"]
        for start, end in sentence_spans(body):
            yield body, start, end


def test_the_first_phrases_of_a_sentence_are_those_of_the_full_reading():
    checked = 0
    for body, start, end in _sentences():
        full = phrases(body, start, end)
        assert phrases(body, start, end, 3) == full[:3]
        checked += len(full) > 3
    assert checked > 500  # sentences with more phrases than asked for were read


def test_clauses_told_are_found_where_the_pattern_finds_them():
    found = 0
    for body, start, end in _sentences():
        told = [m.span() for m in clauses_told(body, start, end)]
        assert told == [m.span() for m in AFTER_CLAUSE.finditer(body, start, end)]
        found += len(told)
    assert found > 300


def test_quotes_kept_for_a_sentence_are_the_same_each_time():
    body = "首相は「米国の「関与」を歓迎する」と述べた。"
    first = quotes(body, 0, len(body))
    assert quotes(body, 0, len(body)) == first == ((3, 17),)
