"""A pattern whose every match begins a line, tried only where lines begin, finds what its own search finds."""

from __future__ import annotations

import re

from core.line_starts import line_matches, opens_lines
from tests.core.test_scan import core_patterns, corpus_texts


def _found(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


def test_every_line_opening_pattern_of_core_finds_its_own_matches_in_real_articles():
    texts = corpus_texts()
    texts += [text.replace("。", "。\n") for text in texts]  # more lines, more line starts to try
    anchored = [pattern for pattern in core_patterns() if opens_lines(pattern)]
    assert len(anchored) >= 6  # the written-out closing line, transcripts' labels and name lines, posts' headers…
    for pattern in anchored:
        for text in texts:
            assert _found(line_matches(pattern, text)) == _found(pattern.finditer(text)), pattern.pattern


def test_the_written_out_closing_line_is_read_at_line_starts_only():
    from core.claims.written_out import _CLOSING

    assert opens_lines(_CLOSING)
    text = "自身のTwitterで\n今日の衣装は…!\n\nと、当日の衣装に関してコメントしており、ファンからは「可愛い」と、コメントが寄せられた"
    assert [m.group("cue") for m in line_matches(_CLOSING, text)] == ["当日の衣装に関してコメント"]


def test_a_pattern_that_may_match_inside_a_line_or_match_nothing_is_searched_whole():
    assert not opens_lines(re.compile(r"と、?コメント"))
    assert not opens_lines(re.compile(r"^A|B", re.M))  # one way opens mid-line
    assert not opens_lines(re.compile(r"^A?", re.M))  # an empty match
    assert opens_lines(re.compile(r"(?:^A|^B)C", re.M))
    text = "BC\nAC xAC\nB"
    for pattern in (re.compile(r"^A|B", re.M), re.compile(r"(?:^A|^B)C", re.M), re.compile(r"^\s*[A-C]+", re.M)):
        assert _found(line_matches(pattern, text)) == _found(pattern.finditer(text))


def test_a_match_running_over_several_lines_is_not_found_again_inside():
    pattern = re.compile(r"^[\s\u3000]*A", re.M)  # a run of blank lines, then A: one match
    assert opens_lines(pattern)
    text = "\n\n\nA\nA\n \nA"
    assert _found(line_matches(pattern, text)) == _found(pattern.finditer(text)) == [((0, 4), ()), ((5, 6), ()), ((7, 10), ())]
