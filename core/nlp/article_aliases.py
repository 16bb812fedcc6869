"""One entity for a name and its other spellings in one article.

An article spells one body or person several ways; each spelling must carry the
same entity, so a meeting's sides, a claim's holder and the entities panel agree:
- a name with its short form defined in brackets, either way round
  (国際原子力機関(IAEA), JOC(日本オリンピック委員会)), then the short form bare (IAEA が…);
- a party's short form (自民, 公明) when the article writes the party (自民党) or the
  registry knows it;
- a generic name of a country's body (民主党, 国軍), which other countries' bodies bear
  too: the body the article writes with its country (スリランカ国軍 … 国軍), else the
  registry's body of a country the article names (or of Japan, whose news it is), else a
  library entity of its own.
The user's own mentions are never relinked.
"""

from __future__ import annotations

from dataclasses import replace

from core.model import Mention
from core.nlp.bracket_aliases import LINKED, bare_short_forms, bracket_aliases
from core.nlp.country_bodies import country_marked, generic_by_country
from core.nlp.initials import initial_aliases
from core.nlp.party_short_forms import listed_party_short_forms, party_short_forms
from core.nlp.state_written_bodies import bodies_of_states_written
from core.registry import Registry


def unify_spellings(folded: str, mentions: list[Mention], registry: Registry, starts: dict | None = None,
                    ends: set | None = None, text: str | None = None) -> list[Mention]:
    """The article's mentions with one entity for every spelling of one name (mentions in order), and a body
    written after a state's name (中国の外務省) that state's, whatever the other spellings say.

    starts, ends: where tokens start and end; when given, a short form defined in brackets is
    also found where the detector missed it (IAEA bare later), on token edges only.
    """
    return bodies_of_states_written(folded, _unified(folded, mentions, registry, starts, ends, text), registry)


def _unified(folded: str, mentions: list[Mention], registry: Registry, starts: dict | None,
             ends: set | None, text: str | None) -> list[Mention]:
    """The article's mentions with one entity for every spelling of one name."""
    mentions = generic_by_country(folded, mentions, registry)
    aliases = bracket_aliases(folded, mentions, registry)
    aliases.update(party_short_forms(folded, mentions, registry, aliases))
    for surface, target in country_marked(folded, mentions, registry).items():
        aliases.setdefault(surface, target)
    if starts is not None:
        for surface, target in initial_aliases(folded, mentions, starts, aliases).items():
            aliases.setdefault(surface, target)  # 社民 … 社会民主党: a short form of first letters
    if not aliases and (starts is None or "党" not in folded):
        return mentions
    out = []
    for mention in mentions:
        surface = folded[mention.start : mention.end]
        target = aliases.get(surface)
        if target is not None and mention.type in LINKED and mention.origin != "user" \
                and mention.entity_id != target[0]:
            mention = _relinked(mention, *target)
        out.append(mention)
    if starts is not None and ends is not None:
        bare = bare_short_forms(folded, out, aliases, starts, ends) + listed_party_short_forms(folded, out, starts, ends, registry)
        if text is not None:
            bare = [_relinked(m, m.entity_id, m.type, text[m.start : m.end]) for m in bare]
        out = sorted(out + bare, key=lambda m: m.start)
    return out


def _relinked(mention: Mention, entity_id: str, kind: str, text: str | None = None) -> Mention:
    """The mention with another entity and type (and its text, when given)."""
    return replace(mention, entity_id=entity_id, type=kind, text=mention.text if text is None else text)
