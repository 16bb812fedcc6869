"""Rules of the claim, clause, entity, meeting and cleaning readers held as core.scan's skipping twins find what the
plain patterns find.

The readers search each sentence or a window of it (search and finditer between a start and an end) and
match at given places; the twins must give the same matches, groups and all, in every such call on real
articles.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import core.claims
import core.cleaning
import core.clauses
import core.meetings
import core.nlp
import core.text
from core.scan_twins import plain_of
from core.sentences import sentence_spans
from tests.shared_data import require

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def held_twins() -> dict[str, tuple[re.Pattern, re.Pattern]]:
    """name → (the twin a module of core.claims, core.clauses, core.nlp, core.meetings or core.cleaning, or core.text
    holds, the plain pattern it was made from)."""
    found = {}
    names = [core.text.__name__]
    for package in (core.claims, core.clauses, core.nlp, core.meetings, core.cleaning):
        names += [module.name for module in pkgutil.iter_modules(package.__path__, package.__name__ + ".")]
    for module in names:
        for name, value in vars(importlib.import_module(module)).items():
            if isinstance(value, re.Pattern) and plain_of(value) is not value:
                found.setdefault(f"{module}.{name}", (value, plain_of(value)))
    return found


def sentences() -> list[tuple[str, int, int]]:
    files = sorted(require(CORPUS / "wikinews" / "txt").glob("*.txt"))[:120:6]
    files += sorted(require(CORPUS / "livedoor" / "text").glob("*/*.txt"))[:900:60]
    texts = [path.read_text(encoding="utf-8") for path in files]
    return [(text, start, end) for text in texts for start, end in sentence_spans(text)]


def _found(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def _one(match: re.Match | None) -> tuple | None:
    return (match.span(), match.groups()) if match is not None else None


@pytest.fixture(scope="module")
def real_sentences():
    return sentences()


def test_the_readers_hold_twins_of_their_sentence_searches():
    names = set(held_twins())
    assert len(names) >= 12
    for name in ("core.claims.clauses.OBJECT_CUE", "core.clauses.predicates.PREDICATE", "core.claims.holders.SPEAKER_END",
                 "core.claims.subjects._TITLED_NAME", "core.claims.hearsay._HEARSAY_END",
                 "core.nlp.titled_people._OFFICE_WORD",
                 # searched in each sentence or line, or over a whole body (re finds no first letters in them)
                 "core.claims.introduced._TELLING_ENDING", "core.meetings.titles.BARE_SUBJECT", "core.text._WIDE_RUN",
                 "core.cleaning.lexicon.COPYRIGHT", "core.cleaning.lexicon.CAPTION_MARK", "core.cleaning.lexicon.DATE_LABEL",
                 "core.cleaning.lexicon.EQUALS_CREDIT", "core.cleaning.lexicon.ENLARGE", "core.cleaning.lexicon.TWEET",
                 # a whole article searched for a source told by reference (それによれば, 同紙によると) before any claim
                 "core.claims.referred_sources._REFERRED"):
        assert name in names


def test_every_twin_finds_in_each_sentence_what_its_plain_pattern_finds(real_sentences):
    twins = held_twins()
    found_any = 0
    for name, (twin, plain) in twins.items():
        assert (twin.flags, twin.groupindex, twin.groups) == (plain.flags, plain.groupindex, plain.groups), name
        for text, start, end in real_sentences:
            expected = _found(plain.finditer(text, start, end))
            assert _found(twin.finditer(text, start, end)) == expected, name
            found_any += bool(expected)
            assert _one(twin.search(text, start, end)) == _one(plain.search(text, start, end)), name
            for at in (start, (start + end) // 2):
                assert _one(twin.match(text, at, end)) == _one(plain.match(text, at, end)), name
            assert _one(twin.search(text[start:end])) == _one(plain.search(text[start:end])), name
    assert found_any > 500  # the rules do match these sentences: the comparison is not of empty results
