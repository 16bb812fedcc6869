"""core.clause_scan: a clause's matches found once for all its meeting words, with the answers of the searches they
replace (the last or first match before each word)."""

import random
import re

from core.clause_scan import first_before, last_before, pattern_reach
from core.meetings.counted import _COUNTED
from core.meetings.titles import BARE_SUBJECT, _JOINED_TITLE
from core.text import last_match

_PATTERNS = (BARE_SUBJECT, _JOINED_TITLE, _COUNTED, re.compile(r"(?<![にでと])(?:は|が)"), re.compile(r"首相(?=は)"),
             re.compile(r"[^、。]{1,6}は$"))
_PIECES = ("首相は", "同氏は", "外相と", "大統領が", "3か国の首脳が", "日米中の3首脳は", "中国と韓国の2か国は", "、", "。", "\n",
           "「", "」", "会談し", "訪問した", "の", "は", "が", "と", "副大統領は", "日本、米国、中国の3か国は")


class _Recorded:
    """A pattern that records how many letters each of its searches walks."""

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.flags, self.real, self.walked = pattern.pattern, pattern.flags, pattern, 0

    def finditer(self, text, pos, endpos):
        self.walked += endpos - pos
        return self.real.finditer(text, pos, endpos)

    def search(self, text, pos, endpos):
        self.walked += endpos - pos
        return self.real.search(text, pos, endpos)


def test_the_answers_of_the_searches_of_the_whole_clause():
    random.seed(0)
    for _ in range(300):
        text = "".join(random.choice(_PIECES) for _ in range(random.randint(5, 80)))
        for _ in range(10):
            clause = random.randrange(len(text) + 1)
            start = random.randrange(clause, len(text) + 1)
            for pattern in _PATTERNS:
                last, first = last_before(pattern, text, clause, start), first_before(pattern, text, clause, start)
                expected_last, expected_first = last_match(pattern, text, clause, start), pattern.search(text, clause, start)
                assert (last and last.span()) == (expected_last and expected_last.span()), (text, clause, start)
                assert (first and first.span()) == (expected_first and expected_first.span()), (text, clause, start)


def test_the_reach_of_a_pattern():
    assert pattern_reach(re.compile("首相は")) == 3 + 2  # its letters, the end $ tests, a line break before it
    assert pattern_reach(re.compile(r"首相(?=は)")) == 3 + 2
    assert pattern_reach(re.compile(r"[^、]+は")) is None  # long without bound: searched as before
    assert pattern_reach(re.compile(r"は?")) is None  # may be empty


def test_a_packed_clause_is_walked_once_and_near_each_word():
    text = "「" + "日米会談、" * 300 + "」と述べた。"
    recorded = _Recorded(re.compile(r"(?:同|副)?首相は"))
    for found in re.finditer("会談", text):
        assert last_before(recorded, text, 1, found.start()) is None  # each word looks back over its clause
        assert first_before(recorded, text, 1, found.start()) is None
    clause = len(text) - 1
    # the clause once, the reach before each word twice (and a reach again each of the dozen times it is scanned on)
    assert recorded.walked <= clause + 2 * 300 * (4 + 2) + 12 * (4 + 2)


def test_one_parse_serves_the_clause_scan_and_the_ending_search(monkeypatch):
    # core.scan_ending reads a pattern's longest match and core.clause_scan its reach from the same parse of it
    import core.scan_ending
    from core.scan_ending import longest_ending

    pattern, parses = re.compile(r"(?:同|副)?外相と$"), []
    real = core.scan_ending._parser.parse
    monkeypatch.setattr(core.scan_ending._parser, "parse", lambda *args: parses.append(args) or real(*args))
    assert pattern_reach(pattern) == 4 + 2 and longest_ending(pattern) == 4
    assert pattern_reach(pattern) == 4 + 2  # asked again: no parse
    assert len(parses) == 1


def test_a_clause_asked_at_every_place_in_any_order_answers_as_its_searches():
    # the scan goes on as far as each word asks, twice as far each time: words asked near, far, then near again
    random.seed(7)
    for _ in range(40):
        text = "".join(random.choice(_PIECES) for _ in range(random.randint(40, 160)))
        clause = random.randrange(len(text) // 3)
        places = list(range(clause, len(text) + 1))
        random.shuffle(places)
        for start in places[:60] + sorted(places[:60]):
            for pattern in _PATTERNS:
                last, first = last_before(pattern, text, clause, start), first_before(pattern, text, clause, start)
                expected_last, expected_first = last_match(pattern, text, clause, start), pattern.search(text, clause, start)
                assert (last and last.span()) == (expected_last and expected_last.span()), (text, clause, start)
                assert (first and first.span()) == (expected_first and expected_first.span()), (text, clause, start)


def test_a_sentence_of_short_clauses_is_scanned_near_their_words_only():
    # each quote opens a clause whose word is near its start: a scan to the sentence's end for each was its square
    text = "「交渉を続ける」と述べ、" * 150 + "述べた。"
    recorded = _Recorded(re.compile(r"(?:同|副)?首相は"))
    clauses = [found.start() + 1 for found in re.finditer("「", text)]
    for clause in clauses:
        assert last_before(recorded, text, clause, clause + 3) is None
    assert recorded.walked <= len(clauses) * 80, recorded.walked
