"""One article's mentions indexed once for the claim steps that read them (issue 14).

Ten steps of core.claims.suggest each sorted the same mentions again (by start, the people, the holders, their
kinds): the view is built once per article, each index when a step first needs it (most articles need few), and
handed down to the steps after it. A step called without a view, or with one of other mentions (another list, or the
same list changed since), builds its own. The sentence reader and five steps after it (the clause check, the topic
before a quote, the described topic, the carried holders, the paired turns) read a second view, of the mentions with
the people by an initial added: the first view itself when none are.
"""

from __future__ import annotations

from functools import cached_property
from operator import is_
from typing import Callable, TypeVar

from core.claims.candidate import HOLDER_TYPES
from core.clauses.spans import SpanIndex

_Built = TypeVar("_Built")


class MentionViews:
    """The indexes over one list of mentions, each built when first asked for."""

    def __init__(self, mentions: list) -> None:
        self._mentions = mentions
        # the mentions as indexed: a list changed since is not handed out (views_of), and each index, built later,
        # reads these, not the list as it is then (changed in place and back, it would be handed out all the same)
        self._indexed = tuple(mentions)
        self._built: dict[Callable, object] = {}

    @cached_property
    def everyone(self) -> SpanIndex:
        """Every mention, by start."""
        return SpanIndex(self._indexed)

    @cached_property
    def people(self) -> SpanIndex:
        """The people, by start."""
        return SpanIndex(self._indexed, ("PERSON",))

    @cached_property
    def holders(self) -> SpanIndex:
        """The mentions that may hold a claim (people, bodies, states), by start."""
        return SpanIndex(self._indexed, HOLDER_TYPES)

    def built(self, make: Callable[[list], _Built]) -> _Built:
        """make(mentions), made once for this view (a step's own reading of every mention, shared with the next)."""
        if make not in self._built:  # (asked by membership: a reading may be None, made once all the same)
            self._built[make] = make(list(self._indexed))
        return self._built[make]  # type: ignore[return-value]


def views_of(mentions: list, views: MentionViews | None) -> MentionViews:
    """views when they index mentions as they are now, else a view of mentions of its own."""
    # the same list holding the same mentions in the same order: its length alone misses one replaced (mentions[i] =)
    # or one dropped and another added; comparing identities reads no mention's fields (linear, as building was)
    if views is not None and views._mentions is mentions and len(mentions) == len(views._indexed) \
            and all(map(is_, mentions, views._indexed)):  # (each pair compared in C)
        return views
    return MentionViews(mentions)
