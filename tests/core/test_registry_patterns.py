"""The registry's regexes written as tries find what an alternation of every surface, longest first, finds."""

from __future__ import annotations

import re
from pathlib import Path

from core.registry import bundled_registry
from core.text import fold
from tests.shared_data import require

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def _alternation(surfaces) -> re.Pattern:
    return re.compile("|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True)))


def test_surname_pattern_finds_the_longest_surname_at_each_place_like_the_alternation():
    registry = bundled_registry()
    flat = _alternation(registry.surnames)
    texts = [fold(p.read_text(encoding="utf-8")) for p in sorted(require(SEEDS).glob("*.txt"))]
    # surnames inside longer ones and run together: the scan resumes after each longest match
    texts.append("".join(sorted(registry.surnames, key=len)) + "は、" + "".join(sorted(registry.surnames)))
    found = [[m.span() for m in registry.surname_pattern.finditer(t)] for t in texts]
    assert found == [[m.span() for m in flat.finditer(t)] for t in texts]
    assert sum(map(len, found)) > 1000


def test_a_surface_starts_only_where_its_first_letters_open_one_and_is_looked_up_whole():
    registry = bundled_registry()
    size, openings = registry.openings
    texts = [fold(p.read_text(encoding="utf-8")) for p in sorted(require(SEEDS).glob("*.txt"))]
    found = 0
    for text in texts:
        for start in range(len(text)):
            longest = registry.pattern.match(text, start)
            if longest is None:
                assert not list(registry.longest_matches(text, start))
                continue
            found += 1
            assert text[start : start + size] in openings  # the gazetteer pass looks at this start
            ends = [end for end, _ids in registry.longest_matches(text, start)]
            assert ends[0] == longest.end()
            for end, ids in registry.longest_matches(text, start):
                assert registry.named(text[start:end]) is ids
            assert registry.named(text[start : longest.end() + 1]) is None or longest.end() + 1 in ends
    assert found > 500
    assert registry.named("") is None and registry.named("日本") and registry.named("日") is None



class _EveryLetter(frozenset):
    def __contains__(self, letter) -> bool:
        return True


def test_the_gazetteer_pass_finds_the_same_names_when_its_starts_are_not_first_picked_by_letter(monkeypatch):
    from core.nlp import gazetteer_names
    from core.nlp.tokens import tokenize

    registry = bundled_registry()
    size, openings = registry.openings
    assert size == 2 and registry._opening_letters == {opening[0] for opening in openings}
    texts = [fold(p.read_text(encoding="utf-8")) for p in sorted(require(SEEDS).glob("*.txt"))]
    found = []
    for text in texts:
        tokens = tokenize(text)
        found.append(gazetteer_names.gazetteer(text, [t.start for t in tokens], {t.end for t in tokens}, registry,
                                               "2025-07-11"))
    monkeypatch.setattr(registry, "_opening_letters", _EveryLetter())
    for text, picked in zip(texts, found):
        tokens = tokenize(text)
        assert picked == gazetteer_names.gazetteer(text, [t.start for t in tokens], {t.end for t in tokens},
                                                   registry, "2025-07-11")
    assert sum(map(len, found)) > 200


def test_opening_starts_are_kept_for_the_last_text_and_asked_again_for_another():
    """The gazetteer pass and the tagger's marks ask the same of an article: the second asks nothing new; another
    text, other starts or the caller's list changed afterwards give their own answer."""
    from core.nlp.tokens import tokenize

    registry = bundled_registry()
    text = fold("ロシアのプーチン大統領は北京で習近平国家主席と会談した。")
    starts = [t.start for t in tokenize(text)]
    first = registry.opening_starts(text, starts)
    assert [text[s : s + 2] for s in first][:3] == ["ロシ", "プー", "北京"]
    assert registry.opening_starts(text, list(starts)) is first  # kept
    other = fold("日本の首相が会見した。")
    other_starts = [t.start for t in tokenize(other)]
    assert registry.opening_starts(other, other_starts)[0] == 0
    assert registry.opening_starts(other, other_starts) == registry._opening_starts(other, other_starts)
    starts.pop(0)  # the caller's list changed after it was asked: not the list kept
    assert registry.opening_starts(text, starts) == first[1:]
    assert registry.opening_starts(text, [0]) == [0] and registry.opening_starts(text, [len(text) - 1]) == []
