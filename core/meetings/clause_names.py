"""The names of one sentence as every meeting word of it reads them: core.meetings.detect works them out once per
sentence (sentence_names) and passes them down, so what depends on the sentence's names alone (its local governments,
the journey its list of destinations tells) is worked out once for all its words, and a word reads the names near it
by position: at most READ_BACK of its clause (core.meetings.clause_roles), at most READ_AROUND on either side of it
(the readers of its sides and setting).

A sentence is cut every core.sentences.LONGEST characters, but a hostile page may still pack a thousand meeting words
and a thousand names into one: were each word to read the whole sentence's names, the cost would grow with the square
of the words. Real news names a few actors in a meeting word's clause (seven at most in the Wikinews and livedoor texts
no gold holds) and a few more in its sentence (19 before it and 21 from it on at most); READ_BACK leaves ample room for
a long list of countries before one summit, and READ_AROUND for the leaders listed after one (A国のB首相、…が出席した)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from core.meetings.country_letters import letters_of_names
from core.meetings.sentence import journey_listed
from core.meetings.side_lists import local_governments

READ_BACK = 32  # the most names a meeting word's clause reads, nearest the word first
READ_AROUND = 64  # the most names a meeting word's other readers read before it, and from its start on


class Positions:
    """A list of mentions by position, the list's own order kept: a reader asks for those near a position and gets
    them in the order the list gives them, whether the list is in order of position or not (names added to a
    sentence's actors follow them)."""

    def __init__(self, mentions: list):
        self.mentions = mentions
        self.order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self.starts = [mentions[i].start for i in self.order]

    def before(self, low: int, high: int, most: int, end: int | None = None) -> list[int]:
        """The places in the list of at most most mentions starting in [low, high) (and ending by end), nearest high."""
        first, i, out = bisect_left(self.starts, low), bisect_left(self.starts, high), []
        while i > first and len(out) < most:
            i -= 1
            if end is None or self.mentions[self.order[i]].end <= end:
                out.append(self.order[i])
        return out

    def from_on(self, position: int, most: int) -> list[int]:
        """The places in the list of the first most mentions starting at or after position."""
        i = bisect_left(self.starts, position)
        return self.order[i : i + most]

    def around(self, start: int) -> list:
        """The mentions near start, at most READ_AROUND before it and READ_AROUND from it on, in the list's order:
        the whole list when it is no longer."""
        if len(self.mentions) <= 2 * READ_AROUND:
            return self.mentions
        return self.picked(self.before(0, start, READ_AROUND) + self.from_on(start, READ_AROUND))

    def picked(self, places: list[int]) -> list:
        """The mentions at these places of the list, in the list's order."""
        return [self.mentions[i] for i in sorted(places)]


@dataclass(frozen=True)
class SentenceNames:
    """A sentence's actors (people, countries, bodies) and places, with what every meeting word of it asks of them."""

    body: str
    span: tuple[int, int]
    actors: list
    places: list
    by_position: Positions
    places_by_position: Positions
    governments: list  # the places named as a local government (広島市, 香港政府)
    governments_by_position: Positions
    person_ends: frozenset[int]
    person_starts: frozenset[int]
    letters: frozenset[tuple[int, int]]  # the countries written inside a person's name or title

    def clause(self, s_start: int, start: int, towns: bool = True) -> tuple[list, list, bool]:
        """The names of the clause [s_start, start) a meeting word reads, in the order the sentence gives them (with
        the clause's local governments when towns, by position), at most READ_BACK of them; the local governments
        among them; and whether any names were left out."""
        inside = self.by_position.picked(self.by_position.before(s_start, start, READ_BACK + 1, end=start))
        governments = self.governments_by_position.picked(
            self.governments_by_position.before(s_start, start, READ_BACK + 1, end=start)) if towns else []
        named = sorted(inside + governments, key=lambda m: m.start) if governments else inside
        if len(named) <= READ_BACK:
            return named, governments, False
        named = named[-READ_BACK:]
        kept = {id(m) for m in named}
        return named, [m for m in governments if id(m) in kept], True

    def actors_near(self, start: int) -> list:
        """The actors a meeting word starting at start reads beyond its clause's roles (its sides and setting)."""
        return self.by_position.around(start)

    def places_near(self, start: int) -> list:
        """The places a meeting word starting at start reads (where it is held, where a visit goes)."""
        return self.places_by_position.around(start)

    @cached_property
    def destinations(self) -> list:
        """The sentence's actors and places by position, each once: where a journey may go (a territory, パレスチナ
        自治区, as well as a country)."""
        return sorted({id(m): m for m in self.actors + self.places}.values(), key=lambda m: m.start)

    @cached_property
    def journey(self) -> list:
        """The destinations the sentence's first list of them visited names (ドイツ、フランスを訪れ), else empty: the
        same for every visit word of the sentence (core.meetings.sentence.add_destinations)."""
        return journey_listed(self.body, self.destinations, *self.span)


def sentence_names(body: str, span: tuple[int, int], actors: list, places: list = ()) -> SentenceNames:
    """The names of the sentence at span whose actors and places these are, worked out once for all its meeting words
    (the lists are never changed in place while its words are read)."""
    places = list(places)
    person_ends = frozenset(m.end for m in actors if m.type == "PERSON")
    governments = local_governments(body, places)
    return SentenceNames(body, span, actors, places, Positions(actors), Positions(places), governments,
                         Positions(governments), person_ends, frozenset(m.start for m in actors if m.type == "PERSON"),
                         frozenset(letters_of_names(actors, set(person_ends))))
