"""core.scan_ending: a pattern that ends at the search's end ($) is searched only as far back as its longest match."""

import re

from core.meetings.triggers import NOT_A_MEETING_BEFORE, PARTNER_BEFORE
from core.scan_ending import longest_ending, search_ending


class _Recorded:
    """A pattern that records where each search of it begins and ends."""

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.flags, self.real, self.spans = pattern.pattern, pattern.flags, pattern, []

    def search(self, text, pos, endpos):
        self.spans.append((pos, endpos))
        return self.real.search(text, pos, endpos)


def test_the_longest_match_of_a_pattern_ending_at_the_end():
    assert longest_ending(PARTNER_BEFORE) == 14  # との + 12 letters of topic
    assert longest_ending(re.compile(r"(?:家庭|病院)$")) == 2
    assert longest_ending(re.compile(r"(?:a|bc)$")) == 2
    # searched whole: a branch that ends anywhere, a match of any length, $ at every line's end
    assert longest_ending(re.compile(r"a|b$")) is None
    assert longest_ending(re.compile(r"a+$")) is None
    assert longest_ending(re.compile(r"a$", re.MULTILINE)) is None
    assert longest_ending(re.compile(r"会談")) is None


def test_the_same_match_as_a_search_of_the_whole_clause():
    body = "安倍首相は、訪問先のニューヨークでブッシュ大統領と北朝鮮問題について会談した。病院で面会し、法案に署名した。\n首相と会談"
    for pattern in (PARTNER_BEFORE, NOT_A_MEETING_BEFORE, re.compile(r"(?<![こあ])と[^、。]{0,3}$"), re.compile(r"題$")):
        for end in range(len(body) + 2):
            for start in (0, 5, end):
                expected = pattern.search(body, start, end)
                found = search_ending(pattern, body, start, end)
                assert (found and found.span()) == (expected and expected.span()), (pattern.pattern, start, end)
    assert search_ending(PARTNER_BEFORE, body, 0, body.index("会談")).group(0) == "と北朝鮮問題について"
    assert search_ending(re.compile(r"首相と$"), body, 0, len(body) - 2) is not None


def test_a_packed_sentence_is_searched_near_each_word_only():
    body = "「" + "日米会談、" * 400 + "」と述べた。"
    recorded = _Recorded(PARTNER_BEFORE)
    for found in re.finditer("会談", body):
        search_ending(recorded, body, 1, found.start())  # each word searched from its clause's start
    scanned = sum(end - start for start, end in recorded.spans)
    assert len(recorded.spans) == 400
    assert scanned <= 400 * (14 + 1)  # at most the longest match (and a line break) before each word, not the clause
