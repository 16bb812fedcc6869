"""core.text.words_pattern: an alternation of words behind a look-ahead of their first letters, same matches."""

import re

from core.clauses.predicates import predicates
from core.text import words_pattern


def test_the_look_ahead_holds_each_first_letter_once_and_the_words_in_their_order():
    assert words_pattern(["述べ", "語", "述"]) == "(?=[語述])(?:述べ|語|述)"


def test_the_same_matches_as_the_bare_alternation():
    words = ["述べ", "語っ", "話し(?!合)", "言っ", "発表"]
    text = "首相は「協力する」と述べ、外相も語った。話し合いの後、発表した。言った"
    bare = [m.span() for m in re.finditer("(?:" + "|".join(words) + ")", text)]
    guarded = [m.span() for m in re.finditer(words_pattern(words), text)]
    assert guarded == bare and len(bare) == 4


def test_a_word_opening_with_a_regex_construct_gets_no_look_ahead():
    assert words_pattern(["(?<=を)訪れ", "会談"]) == "(?:(?<=を)訪れ|会談)"
    assert words_pattern(["a-b", "]x", "^y", "\\d"]) == "(?:a-b|]x|^y|\\d)"
    pattern = words_pattern(["-a", "]b"[1:], "~c"])  # letters special inside brackets are escaped there
    assert pattern.startswith("(?=[") and [bool(re.fullmatch(pattern, w)) for w in ("-a", "b", "~c", "xa")] == [
        True, True, True, False]


def test_predicates_of_speech_position_and_meeting_are_found_as_before():
    text = "外相は「協力する」と述べた。政府は方針を批判した。両氏は会談した。"
    assert [(kind, text[start:end]) for kind, start, end in predicates(text, 0, len(text))] == [
        ("speech", "述べた"), ("position", "批判した"), ("meeting", "会談した")]
