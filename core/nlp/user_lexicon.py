"""What a user's corrections teach detection at once: names they kept, spans they rejected.

A name the user kept or added in a corrected article (ティモシェンコ・ブロック
as ORG) is found wherever it recurs in the library, before any rule; a span
the user rejected (a surface with a type detection proposed) is not proposed
again in another article. A surface the user treated both ways, or gave two
types, teaches nothing: it depends on context, which the tagger learns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from core.model import Mention

_LEARNED_TYPES = ("PERSON", "GPE", "LOC", "ORG", "LAW", "EVENT")


@dataclass(frozen=True)
class UserLexicon:
    """Surfaces the user kept (with their type) and (surface, type) pairs the user rejected."""

    kept: dict[str, str] = field(default_factory=dict)
    rejected: frozenset[tuple[str, str]] = frozenset()

    def __post_init__(self):
        names = sorted(self.kept, key=len, reverse=True)
        pattern = re.compile("|".join(map(re.escape, names))) if names else None
        object.__setattr__(self, "_pattern", pattern)

    def mentions(self, folded: str, index_at: dict, ends: set) -> list[Mention]:
        """The kept names where they stand in folded text, on token edges."""
        if self._pattern is None:
            return []
        return [Mention(m.start(), m.end(), "", self.kept[m.group(0)], source="user")
                for m in self._pattern.finditer(folded) if m.start() in index_at and m.end() in ends]

    def allows(self, mention: Mention, surface: str) -> bool:
        """False for a span the user rejected elsewhere (the same surface and type)."""
        return (surface, mention.type) not in self.rejected


def lexicon_from(kept: Iterable[tuple[str, str]], rejected: Iterable[tuple[str, str]]) -> UserLexicon:
    """A lexicon from (surface, type) pairs the user kept and rejected; ambiguous surfaces are left out.

    One-character surfaces and dates are left out: their meaning is the context's.
    """
    types: dict[str, set[str]] = {}
    for surface, kind in kept:
        if kind in _LEARNED_TYPES and len(surface) >= 2 and surface.strip() == surface:
            types.setdefault(surface, set()).add(kind)
    refused = {(s, t) for s, t in rejected if t in _LEARNED_TYPES}
    clean = {s: next(iter(t)) for s, t in types.items() if len(t) == 1 and (s, next(iter(t))) not in refused}
    return UserLexicon(clean, frozenset(p for p in refused if p[1] not in types.get(p[0], ())))
