"""The clause reader's predicate search first asks whether a sentence writes any stem's letters at all (issue 14):
most sentences write none, and one search that skips every letter no stem begins with tells so, where the
predicates' own search tries each kanji. The predicates found stay the same."""

import re

from core.clauses import predicates as module
from core.clauses.predicates import PREDICATE, predicates

# Sentences with a predicate of each kind and each stem form (a look-ahead, an adverb before a position, a meeting
# word), with stems written as nouns only, and with none
_SENTENCES = (
    "外相は記者団に対し、交渉を続けると述べた。", "首相は米国の対応を改めて批判した。", "両首脳は電話会談を行った。",
    "警察は事件の可能性があるとみて調べている。", "政府は再発防止を強く求めた。", "大統領は「協力したい」と語った。",
    "両国は話し合いを続けている。", "原因が明らかになった。", "同社の説明会は午後に開かれる。", "今日は晴れのち曇り。",
    "首相は「遺憾だ」との談話を発表し、を重ねて抗議した。", "来週にも訪米し、首脳会談に臨む。", "", "。",
)


def _unguarded(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The predicates as read before the stems' search: every match of PREDICATE, read the same way."""
    out = []
    for match in PREDICATE.finditer(text, start, end):
        kind = match.lastgroup
        if kind == "speech" and module.noun_of_speech(text, match.start(kind), match.end()):
            continue
        tail = module._INFLECTION.match(text, match.end(), end)
        out.append((kind, match.start(kind), tail.end() if tail else match.end()))
    return out


def test_the_predicates_are_those_every_match_of_the_pattern_gives():
    text = "".join(_SENTENCES)
    found = 0
    for start in range(0, len(text) + 1, 3):
        for end in range(start, len(text) + 1, 7):
            assert predicates(text, start, end) == _unguarded(text, start, end), (start, end)
    for sentence in _SENTENCES:
        assert predicates(sentence, 0, len(sentence)) == _unguarded(sentence, 0, len(sentence))
        found += bool(predicates(sentence, 0, len(sentence)))
    assert found == 8  # the first six, the eleventh and the twelfth
    assert [k for k, *_ in predicates(_SENTENCES[1], 0, len(_SENTENCES[1]))] == ["position"]  # past the adverb 改めて


def test_a_sentence_writing_no_stem_is_not_searched_for_predicates(monkeypatch):
    searched: list = []

    class _Counted:
        def finditer(self, *args):
            searched.append(args[1:])
            return PREDICATE.finditer(*args)

    monkeypatch.setattr(module, "PREDICATE", _Counted())
    for sentence in ("今日は晴れのち曇り。", "今年の夏は暑い日が続いた。"):
        assert predicates(sentence, 0, len(sentence)) == []
    assert searched == []
    said = "外相は交渉を続けると述べた。"
    assert predicates(said, 0, len(said)) == [("speech", said.index("述べ"), len(said) - 1)] and searched


def test_the_words_every_match_of_a_stem_holds():
    assert module._stem_words(["述べ"]) == ["述べ"]
    assert module._stem_words(["話し(?!合)", "見て(?=[いお]|、?調べ)", "明らかに(?!な)"]) == ["明らかに", "見て", "話し"]
    # a letter made optional, a repeat, syntax first, an alternative: only the letters surely written
    assert module._stem_words(["言っ?て"]) == ["言"] and module._stem_words(["ab{1,2}"]) == ["a"]
    assert module._stem_words(["(?:語|話)"]) == ["話", "語"] == module._stem_words(["語|話"])
    assert module._stem_words(["[語話]る"]) == ["る"]
    # an alternative after a group: either side's letters (its first letters alone would miss 述べた)
    words = module._stem_words(["表明(?:し)|述べ"])
    assert words == ["表明し", "述べ"]
    gate = re.compile("|".join(words))
    assert gate.search("外相は述べた") and gate.search("懸念を表明した") and not gate.search("表明文を読んだ")
    # a stem that may match no letter: the gate passes every text; a word held in another is left to it
    assert module._stem_words(["述べ", "a*"]) == [""] and module._stem_words(["考えを述べ", "述べ"]) == ["述べ"]
    # every stem of every kind writes at least one letter: the search is a real gate, not one passing everything
    assert all(module._stem_words([stem]) != [""] for stem in module.SPEECH_STEMS + module.POSITION_STEMS
               + module.MEETING_STEMS)
    assert module._ANY_STEM.search("", 0, 0) is None
