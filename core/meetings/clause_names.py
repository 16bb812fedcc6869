"""The names of one sentence as every meeting word of it reads them (core.meetings.clause_roles): what depends on the
sentence's names alone is worked out once for all its words, and a word reads the names of its clause by position,
at most READ_BACK of them, nearest it first.

A sentence is cut every core.sentences.LONGEST characters, but a hostile page may still pack a thousand meeting words
and a thousand names into one: were each word to read the whole sentence's names, the cost would grow with the square
of the words. Real news names a few actors before a meeting word (seven at most in the Wikinews and livedoor texts no
gold holds); READ_BACK leaves ample room for a long list of countries before one summit."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from core.meetings.country_letters import letters_of_names

READ_BACK = 32  # the most names a meeting word's clause reads, nearest the word first


@dataclass(frozen=True)
class SentenceNames:
    """A sentence's actors (people, countries, bodies), with what every meeting word of it asks of them."""

    actors: list
    starts: list[int] | None  # each actor's start, when the actors are in order of position (else None)
    person_ends: frozenset[int]
    person_starts: frozenset[int]
    letters: frozenset[tuple[int, int]]  # the countries written inside a person's name or title

    def clause(self, s_start: int, start: int, governments: list) -> tuple[list, bool]:
        """The names of the clause [s_start, start) a meeting word reads, in the order the sentence gives them (with
        the clause's local governments, by position), at most READ_BACK of them; and whether any were left out."""
        if self.starts is None:  # (actors out of order: read as given, every one)
            inside = [m for m in self.actors if s_start <= m.start and m.end <= start]
        else:
            low, i, inside = bisect_left(self.starts, s_start), bisect_left(self.starts, start), []
            while i > low and len(inside) <= READ_BACK:
                i -= 1
                if self.actors[i].end <= start:
                    inside.append(self.actors[i])
            inside.reverse()
        named = sorted(inside + governments, key=lambda m: m.start) if governments else inside
        return (named[-READ_BACK:], True) if len(named) > READ_BACK else (named, False)


_last: SentenceNames | None = None


def sentence_names(actors: list) -> SentenceNames:
    """The names of the sentence whose actors these are, worked out once: a sentence's meeting words are read one
    after another with the same list of actors (never changed in place), so the last one is kept."""
    global _last
    kept = _last
    if kept is not None and kept.actors is actors:
        return kept
    starts = [m.start for m in actors]
    ordered = all(a <= b for a, b in zip(starts, starts[1:]))
    person_ends = frozenset(m.end for m in actors if m.type == "PERSON")
    kept = SentenceNames(actors, starts if ordered else None, person_ends,
                         frozenset(m.start for m in actors if m.type == "PERSON"),
                         frozenset(letters_of_names(actors, set(person_ends))))
    _last = kept
    return kept
