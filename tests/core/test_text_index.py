"""The lookups detection builds once per article give exactly what the scans they replace give."""

from __future__ import annotations

from datetime import date

import pytest

from core.model import Mention
from core.nlp.entities import detect
from core.nlp.kind_names import _HEADS
from core.nlp.text_index import Occurrences, SpanIndex, letter_class, tokens_at_letters
from core.nlp.tokens import tokenize
from core.registry import bundled_registry
from core.text import fold
from tests.shared_data import SHARED, require

WIKINEWS = SHARED / "corpus" / "wikinews" / "txt"


def _found(text: str, word: str, start: int) -> list[int]:
    """What the loop over str.find that Occurrences.after replaces gives."""
    out, position = [], text.find(word, start)
    while position >= 0:
        out.append(position)
        position = text.find(word, position + len(word))
    return out


@pytest.fixture(scope="module")
def article() -> str:
    files = sorted(require(WIKINEWS).glob("*.txt"))[:40]
    return "\n".join(path.read_text(encoding="utf-8") for path in files)


def test_occurrences_follow_the_find_loop_on_overlapping_words():
    text = "ああああ・アアア・ああ"
    occurrences = Occurrences(text)
    for word in ("ああ", "アア", "あ", "・", "ない"):
        for start in range(len(text) + 2):
            assert list(occurrences.after(word, start)) == _found(text, word, start), (word, start)
    assert list(occurrences.after("ああ", 0)) == [0, 2, 9]


def test_occurrences_follow_the_find_loop_for_the_names_of_real_articles(article):
    mentions = detect(article[:20000], bundled_registry(), date(2010, 1, 1))
    names = {article[m.start : m.end] for m in mentions if m.end - m.start >= 2}
    assert len(names) > 100
    occurrences = Occurrences(article)
    for m in mentions:
        name = article[m.start : m.end]
        if name in names:
            assert list(occurrences.after(name, m.end)) == _found(article, name, m.end)


def test_an_empty_word_is_refused():
    with pytest.raises(ValueError):
        list(Occurrences("米国").after("", 0))


def test_span_index_holds_every_overlapping_and_holding_span(article):
    mentions = detect(article[:20000], bundled_registry(), date(2010, 1, 1))
    spans = SpanIndex(mentions)
    probes = [Mention(s, s + length, "", "ORG") for s in range(0, 20000, 37) for length in (0, 1, 3, 12)]
    for probe in probes:
        near = spans.near(probe.start, probe.end)
        overlapping = [m for m in mentions if m.start < probe.end and probe.start < m.end]
        holding = [m for m in mentions if m.start <= probe.start and probe.end <= m.end]
        assert all(m in near for m in overlapping + holding)
        assert len(near) < len(mentions) // 10  # a few near the range, not every span
    assert any(spans.near(m.start, m.end) for m in mentions)


def test_span_index_of_nothing_finds_nothing():
    assert SpanIndex([]).near(0, 10) == []


def test_occurrences_at_given_positions_are_the_find_loop_s_there(article):
    text = article[:30000] + "ああああ・ナナナ・ナナ"
    at = set(range(0, len(text), 3)) | {len(text) - 2}
    mentions = detect(text, bundled_registry(), date(2010, 1, 1))
    words = {text[m.start : m.end] for m in mentions if m.end - m.start >= 2} | {"ああ", "ナナ", "ナナナ"}
    occurrences = Occurrences(text, at)
    for word in sorted(words):
        for start in (0, 5000, 29000):
            assert list(occurrences.after(word, start)) == [p for p in _found(text, word, start) if p in at], word
    second = len(text) - 5  # ナナ|ナ: an occurrence the walk steps over, as it overlaps the one before
    assert text.startswith("ナナ", second) and second in at
    assert list(occurrences.after("ナナ", 0)) == [len(text) - 2]


def test_occurrences_at_given_positions_in_a_short_text_are_the_find_loop_s_there():
    text = "ナナナ・ナナ、ななの主ナナ"  # short: scanned, not indexed
    at = {0, 1, 4, 11}
    occurrences = Occurrences(text, at)
    for word in ("ナナ", "ナナナ", "なな", "主ナナ"):
        for start in range(len(text) + 1):
            assert list(occurrences.after(word, start)) == [p for p in _found(text, word, start) if p in at]
    assert list(occurrences.after("ナナ", 0)) == [0, 4, 11]  # 1 is stepped over: it overlaps 0's


def test_tokens_at_letters_are_the_tokens_that_begin_with_them_in_real_articles():
    files = sorted(require(WIKINEWS).glob("*.txt"))[:40:4]
    files += sorted(require(SHARED / "corpus" / "livedoor" / "text").glob("*/*.txt"))[:400:40]
    found = 0
    for letters in ("米中日英露韓", "".join(sorted(_HEADS)), "「（"):
        pattern = letter_class(letters)
        for path in files:
            text = fold(path.read_text(encoding="utf-8"))
            tokens = tokenize(text)
            index_at = {token.start: index for index, token in enumerate(tokens)}
            picked = tokens_at_letters(text, index_at, pattern)
            # the letters inside a token (日 of 毎日, 中 of 日中) are passed over
            assert picked == [i for i, token in enumerate(tokens) if token.surface[0] in letters], path.name
            found += len(picked)
    assert found > 200
    heads = letter_class(["銀行", "証券", "大学"])
    text = "みずほ銀行と野村証券の社員が毎日大学で学んだ。"
    tokens = tokenize(text)
    index_at = {token.start: index for index, token in enumerate(tokens)}
    assert [tokens[i].surface for i in tokens_at_letters(text, index_at, heads)
            if tokens[i].surface in ("銀行", "証券", "大学")] == ["銀行", "証券", "大学"]
