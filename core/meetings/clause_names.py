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
from core.meetings.side_lists import local_governments

READ_BACK = 32  # the most names a meeting word's clause reads, nearest the word first


@dataclass(frozen=True)
class SentenceNames:
    """A sentence's actors (people, countries, bodies) and places, with what every meeting word of it asks of them."""

    body: str
    actors: list
    places: object
    actor_starts: list[int] | None  # where each actor starts, when they are in order of position (else None)
    governments: list  # the places named as a local government (広島市, 香港政府)
    government_starts: list[int] | None
    person_ends: frozenset[int]
    person_starts: frozenset[int]
    letters: frozenset[tuple[int, int]]  # the countries written inside a person's name or title

    def clause(self, s_start: int, start: int, towns: bool = True) -> tuple[list, list, bool]:
        """The names of the clause [s_start, start) a meeting word reads, in the order the sentence gives them (with
        the clause's local governments when towns, by position), at most READ_BACK of them; the local governments
        among them; and whether any names were left out."""
        inside = _nearest(self.actors, self.actor_starts, s_start, start)
        governments = _nearest(self.governments, self.government_starts, s_start, start) if towns else []
        named = sorted(inside + governments, key=lambda m: m.start) if governments else inside
        if len(named) <= READ_BACK:
            return named, governments, False
        named = named[-READ_BACK:]
        return named, [m for m in governments if m in named], True


def _starts(mentions: list) -> list[int] | None:
    """Where each mention starts, when they are in order of position; else None."""
    starts = [m.start for m in mentions]
    return starts if all(a <= b for a, b in zip(starts, starts[1:])) else None


def _nearest(mentions: list, starts: list[int] | None, s_start: int, start: int) -> list:
    """The mentions within [s_start, start), in their order: when they are in order of position, only the READ_BACK + 1
    nearest start (a binary search, then a few steps back); else every one."""
    if starts is None:
        return [m for m in mentions if s_start <= m.start and m.end <= start]
    low, i, out = bisect_left(starts, s_start), bisect_left(starts, start), []
    while i > low and len(out) <= READ_BACK:
        i -= 1
        if mentions[i].end <= start:
            out.append(mentions[i])
    out.reverse()
    return out


_last: SentenceNames | None = None


def sentence_names(body: str, actors: list, places=()) -> SentenceNames:
    """The names of the sentence whose actors and places these are, worked out once: a sentence's meeting words are
    read one after another with the same lists (never changed in place), so the last sentence's are kept."""
    global _last
    kept = _last
    if kept is not None and kept.actors is actors and kept.places is places and kept.body is body:
        return kept
    person_ends = frozenset(m.end for m in actors if m.type == "PERSON")
    governments = local_governments(body, places)
    kept = SentenceNames(body, actors, places, _starts(actors), governments, _starts(governments), person_ends,
                         frozenset(m.start for m in actors if m.type == "PERSON"),
                         frozenset(letters_of_names(actors, set(person_ends))))
    _last = kept
    return kept
