"""A regex pass skipped for a text without the words every match needs finds exactly what the pass finds."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import core
from core.scan import finditer
from core.scan_nearby import reach, stretches
from core.scan_twins import plain_of, skipping
from core.scan_words import all_needed_words, may_match, needed_words
from core.text import fold

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def core_patterns() -> dict[re.Pattern, str]:
    """Every compiled pattern a module of core holds at its top level, by the name it has there."""
    found: dict[re.Pattern, str] = {}
    for module in pkgutil.walk_packages(core.__path__, "core."):
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.setdefault(value, f"{module.name}.{name}")
    return found


def corpus_texts() -> list[str]:
    files = sorted((CORPUS / "wikinews" / "txt").glob("*.txt"))[:60:2]
    files += sorted((CORPUS / "livedoor" / "text").glob("*/*.txt"))[:600:20]
    if not files:
        pytest.fail("shared corpus not available", pytrace=False)
    texts = [path.read_text(encoding="utf-8") for path in files]
    return texts + [fold(text) for text in texts]


def test_no_pattern_of_core_matches_a_real_article_its_pass_is_skipped_for():
    texts = corpus_texts()
    skipped = 0
    for pattern, name in core_patterns().items():
        words = needed_words(pattern)
        if words is None:
            continue  # always run: finditer is the pattern's own
        for text in texts:
            if not any(word in text for word in words):
                assert pattern.search(text) is None, name
                assert list(finditer(pattern, text)) == []
                skipped += 1
    assert skipped > 5000  # the skip is taken, not only harmless


def test_every_needed_word_is_checked_and_a_pass_skipped_for_lacking_any_finds_nothing():
    texts = corpus_texts()
    skipped = skipped_by_one = 0
    for pattern, name in core_patterns().items():
        words = needed_words(pattern)
        for text in texts:
            if not may_match(pattern, text):
                assert pattern.search(text) is None, name
                skipped += 1
                skipped_by_one += words is not None and not any(word in text for word in words)
    assert skipped > skipped_by_one + 500  # the other requirements skip passes the surest word alone runs


def test_a_pair_before_its_shared_title_needs_both_the_dot_and_the_title_mark():
    pair = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,4})・(?P<b>[\u4e00-\u9fff]{2,4})両")
    assert all_needed_words(pair) == (("・",), ("両",))  # needed_words' choice first
    assert not may_match(pair, "日本・米国の首脳が会談した。")
    assert list(finditer(pair, "日本・米国の首脳が会談した。")) == []
    assert [m.group() for m in finditer(pair, "茂木・中野両容疑者を逮捕")] == ["茂木・中野両"]


@pytest.mark.parametrize(("pattern", "words"), [
    (r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,7}党", ("党",)),
    (r"[\u4e00-\u9fff]{6,16}式典", ("式典",)),
    (r"第\d{1,3}回[\u4e00-\u9fff]{2,12}?(?:総選挙|通常選挙|選挙)", ("選挙",)),  # 総選挙 holds 選挙
    (r"(?:海軍|陸軍|軍)(?![事縮])", ("軍",)),
    (r"(?P<name>[\u30a1-\u30fa]+)[(（](?P<acronym>[A-Z]+)[)）]", ("(", "（")),
    (r"[A-Z][a-z]+(?:[ ・][A-Z][a-z]+)+", (" ", "・")),
    (r"(?P<name>朝日|読売)(?=によると|が報じ)", ("によると", "が報じ")),
])
def test_the_words_every_match_holds(pattern, words):
    assert needed_words(re.compile(pattern)) == words


@pytest.mark.parametrize("pattern", [
    r"(?:大統領)?[\u4e00-\u9fff]+",  # the only word is optional
    r"(?:会談|[\u4e00-\u9fff]{2})",  # one way of matching holds no fixed word
    r"(?i)summit",  # any case: "Summit" holds no "summit"
    r"(?!会談)[\u4e00-\u9fff]{2}",  # a word that must not follow says nothing
    r"[^党]+",
])
def test_no_words_when_a_match_may_hold_none(pattern):
    assert needed_words(re.compile(pattern)) is None


def test_a_text_without_the_word_gives_nothing_and_one_with_it_every_match():
    party = re.compile(r"(?<![\u4e00-\u9fff])(?P<party>[\u4e00-\u9fff]{1,7}党)")
    assert list(finditer(party, "首相は記者会見で法案の成立を求めた。")) == []
    text = "自由民主党と立憲民主党の幹部が会談した。"
    assert [m["party"] for m in finditer(party, text)] == ["自由民主党", "立憲民主党"]


def test_every_pattern_of_core_and_its_skipping_twin_find_the_same_matches_in_real_articles():
    texts = corpus_texts()
    twins = 0
    for pattern, name in core_patterns().items():
        twin = skipping(pattern)
        if twin is pattern:
            continue
        twins += 1
        assert (twin.pattern, twin.flags, twin.groupindex) == (pattern.pattern, pattern.flags, pattern.groupindex), name
        for text in texts:
            assert [(m.span(), m.groups()) for m in twin.finditer(text)] == \
                   [(m.span(), m.groups()) for m in pattern.finditer(text)], name
            assert (twin.search(text, 5, 60) or re.match("", "")).span() == \
                   (pattern.search(text, 5, 60) or re.match("", "")).span(), name
    assert twins > 100  # most rules begin with a look-behind or a repeated class: re could not skip for them


@pytest.mark.parametrize(("pattern", "text", "found"), [
    # a name not glued to the katakana before it, at the text's start too
    (r"(?<![\u30a1-\u30fa])[\u30a1-\u30fa]+(?=大統領)", "トランプ大統領とマクロン大統領、ロンドン", ["トランプ", "マクロン"]),
    (r"(?:第\d+回)?(?:世界|全国)[\u4e00-\u9fff]{0,4}?選手権", "第3回世界陸上選手権と全国選手権", ["第3回世界陸上選手権", "全国選手権"]),
    (r"(?:[A-Z]+\s)*[A-Z][a-z]+", "met John Smith and NATO Chief", ["John", "Smith", "NATO Chief"]),
    (r"\b[a-z]{2,}", "ab cd1 e", ["ab", "cd"]),
])
def test_a_twin_begins_where_a_match_may_begin_and_finds_every_match(pattern, text, found):
    compiled = re.compile(pattern)
    assert skipping(compiled) is not compiled
    assert [m.group() for m in skipping(compiled).finditer(text)] == found == \
           [m.group() for m in compiled.finditer(text)]


@pytest.mark.parametrize("pattern", [
    r"会談",  # a fixed word first: re skips already
    r"[\u4e00-\u9fff]党",  # one class first: re skips already
    r"(?:大統領)?[\u4e00-\u9fff]*",  # may match nothing: every position is a match
    r"(?<!x).+y",  # any character may begin a match
    r"[^党]+党",  # a class negated
    r"(?i)(?<!x)summit",  # any case
])
def test_no_twin_where_re_already_skips_or_any_character_may_begin(pattern):
    compiled = re.compile(pattern)
    assert skipping(compiled) is compiled


def test_the_skip_checks_exactly_what_the_pattern_needs_though_it_looks_for_one_letter_first():
    texts = corpus_texts() + ["争いの戦", "戦争", "(争)", ""]
    asked = 0
    for pattern in core_patterns():
        needs = all_needed_words(pattern)
        for text in texts:
            assert may_match(pattern, text) == all(any(word in text for word in words) for words in needs)
            asked += 1
    war = re.compile(r"[\u4e00-\u9fff]{1,4}(?:戦争|紛争)")
    assert not may_match(war, "領土をめぐる争いと戦い")  # every letter of 戦争 is there, the word is not
    assert may_match(war, "湾岸戦争")
    assert asked > 1000


def test_a_pattern_searched_near_its_words_finds_what_a_search_of_the_whole_text_finds():
    texts = corpus_texts() + ["", "法", "(", "民法", "改正民法", "「外為法」と" * 40, "共同通信によると" + "あ" * 300]
    near = [pattern for pattern in core_patterns() if reach(pattern) is not None]
    assert len(near) > 10  # the law names, outlets, glossed acronyms … are searched so
    stretched = 0
    for pattern in near:
        for text in texts:
            assert [(m.span(), m.groups()) for m in finditer(pattern, text)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text)], core_patterns()[pattern]
            stretched += stretches(text, *reach(pattern)) is not None
    assert stretched > 1000  # most texts are searched in stretches, not whole


def test_a_law_before_its_word_is_found_in_the_stretch_before_the_word_and_nowhere_else():
    law = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}法(?![\u4e00-\u9fff])")
    words, behind, most = reach(law)
    assert words == ("法",) and behind == 1 and most == 8
    text = "政府は" + "記者会見で述べた。" * 30 + "、外為法を改正し、" + "関係者によると。" * 30
    at = text.index("法")
    assert stretches(text, words, behind, most) == [(at + 1 - most, at + behind + 1)]
    assert [m.group() for m in finditer(law, text)] == ["外為法"]
    assert reach(re.compile(r"「(?P<name>[^「」]{1,10})」")) is None  # a fixed first letter: re's own scan is as fast
    assert reach(re.compile(r"[\u4e00-\u9fff]+法")) is None  # a match may be long


def test_a_twin_is_its_own_twin_and_still_names_its_plain_pattern():
    """finditer twins what it is given, and rule modules give it their twins: that must not make a twin its own
    plain pattern (plain_of, which the rule-twin checks read)."""
    plain = re.compile(r"(?<![\u30a1-\u30fa])[\u30a1-\u30fa]+(?=大統領)")
    twin = skipping(plain)
    assert twin is not plain
    assert skipping(twin) is twin
    assert list(finditer(twin, "トランプ大統領")) and plain_of(twin) is plain
