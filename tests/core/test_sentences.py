"""The one sentence splitter, on made-up edge cases and on real Wikinews articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.sentences import sentence_around, sentence_spans

WIKINEWS = Path(__file__).resolve().parents[1] / "fixtures" / "wikinews_gold" / "claims.jsonl"


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_a_quote_is_not_cut_at_its_own_full_stops():
    assert _texts("彼は「A。B。」と述べた。次の文。") == ["彼は「A。B。」と述べた。", "次の文。"]


def test_exclamation_and_question_marks_end_sentences_and_closing_parentheses_stay():
    assert _texts("本当か？そうだ！（写真は会談の様子。）次へ") == ["本当か？", "そうだ！", "（写真は会談の様子。）", "次へ"]


def test_line_breaks_end_sentences_unless_a_quote_closes_soon_after():
    assert _texts("見出し\n本文の一文。\n\n最後") == ["見出し", "本文の一文。", "最後"]
    assert _texts("首相は「一行目\n二行目」と語った。") == ["首相は「一行目\n二行目」と語った。"]
    assert _texts("「閉じない引用\n次の行") == ["「閉じない引用", "次の行"]


def test_a_text_without_an_end_is_cut_into_pieces_it_all_falls_in():
    text = "あ" * 4500
    spans = sentence_spans(text)
    assert len(spans) == 3 and spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(b[0] == a[1] for a, b in zip(spans, spans[1:]))


@pytest.mark.skipif(not WIKINEWS.exists(), reason="the Wikinews gold is part of the project's fixtures")
def test_real_articles_split_in_order_without_losing_a_character():
    bodies = [json.loads(line)["body"] for line in WIKINEWS.read_text(encoding="utf-8").splitlines()]
    assert len(bodies) >= 20
    for body in bodies:
        spans = sentence_spans(body)
        assert all(s < e for s, e in spans) and all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
        covered = set().union(*(range(s, e) for s, e in spans))
        assert all(body[i].isspace() for i in range(len(body)) if i not in covered)
        assert all(body[e - 1] in "。！？」』）)】" or e == len(body) or body[e] == "\n" for s, e in spans
                   if e - s < 2000)


def test_the_sentence_around_a_span_and_around_one_that_crosses_a_boundary():
    text = "米中が会談した。両首脳は握手した。"
    start = text.index("両首脳")
    assert sentence_around(text, start, start + 3) == (start, len(text))
    assert sentence_around(text, text.index("会談"), start + 1) == (0, len(text))


def test_a_text_is_split_once_and_each_caller_gets_its_own_list():
    from core.sentences import _spans

    text = "外相は会談した。「協力を進める」と述べた。\n次の段落。"
    first = sentence_spans(text)
    hits = _spans.cache_info().hits
    first.append((0, 1))
    assert sentence_spans(text) == first[:-1]  # the caller's change stays its own
    assert _spans.cache_info().hits == hits + 1  # the second caller read the split kept


def _reference_spans(text: str) -> list[tuple[int, int]]:
    """The splitter read character by character (the rules in the module's docstring, plainly)."""
    from core.sentences import _CLOSES, _ENDS, LONGEST, _OPENS, _QUOTE_REACH, _TRAILING
    out, start, depth, i = [], 0, 0, 0
    while i < len(text):
        char = text[i]
        if char in _OPENS:
            depth += 1
        elif char in _CLOSES:
            depth = max(depth - 1, 0)
        elif char == "\n" and depth and i - start < LONGEST and text.find("」", i, i + _QUOTE_REACH) >= 0:
            i += 1
            continue
        elif (char in _ENDS and depth == 0) or char == "\n":
            end = i
            if char != "\n":
                end += 1
                while end < len(text) and text[end] in _TRAILING:
                    end += 1
            out.append((start, end))
            start, depth, i = max(end, i + 1), 0, max(end, i + 1)
            continue
        if i - start >= LONGEST:
            out.append((start, i + 1))
            start, depth = i + 1, 0
        i += 1
    if start < len(text):
        out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def test_the_splitter_that_jumps_between_marks_cuts_where_a_character_by_character_reading_does():
    import random

    rng = random.Random(7)
    marks = "。！？「『」』\n）)】 "
    texts = ["字" * 5000, "「" + "字" * 4100 + "\n」", "「字\n" * 3000 + "」", "字" * 2000 + "。" + "字" * 2001]
    for _ in range(400):  # dense marks, then long runs with few (the cut of a sentence too long)
        texts.append("".join(rng.choice(marks) if rng.random() < 0.3 else "字" for _ in range(rng.randint(0, 400))))
        texts.append("".join(rng.choice(marks) if rng.random() < 0.001 else "字" for _ in range(rng.randint(0, 6000))))
    for text in texts:
        assert sentence_spans(text) == _reference_spans(text)
