"""One type per name in an article: the tagger's and UniDic's readings of one surface are put to a vote.

A name written several times in one article names one thing, but the tagger
reads each occurrence in its own context: 村上ファンド is ORG four times and
PERSON once, a racehorse PERSON seven times and ORG once, 近畿 LOC three times
and PERSON once. Each occurrence votes for its type with a weight; a span a
rule, the gazetteer or the user found is not retyped but votes with more
weight. The occurrences the tagger or UniDic alone found take the winning type
when it has more than half the weight. GPE and LOC vote together as a place
(the registry says which one a place is).

Before the vote, the article's strongest evidence decides: a person's honorific or
self-introduction after one occurrence (千早先生, 千早と申します; core.nlp.person_evidence)
makes every guessed occurrence of the exact surface a person's, unless a rule, the
gazetteer or the registry read the surface as another kind (a tie: each stays as read). So does a full
name the article reads as a person for its surname written alone after it (松本薫 … 松本の金メダル).
"""

from __future__ import annotations

from collections import defaultdict

from core.model import Mention
from core.nlp.person_evidence import honorific_cut, person_after, surnames_after_full_names

# Types that vote; DATE, LAW and the user's own types stay as found.
_VOTING = ("PERSON", "GPE", "LOC", "ORG", "EVENT")
# Sources whose spans may be retyped: the ones that read a word in its context alone.
_WEAK = ("tagger", "unidic")
# A rule's or the gazetteer's reading outweighs a few of the tagger's.
_RULE_WEIGHT = 2.0
# UniDic's person reading needs a title or a name in parts; its place tag is a dictionary's guess.
_UNIDIC_WEIGHT = {"PERSON": 1.0, "PLACE": 0.5}


def _kind(kind: str) -> str:
    return "PLACE" if kind in ("GPE", "LOC") else kind


def _weight(mention: Mention) -> float:
    if mention.source == "tagger":
        return mention.confidence if mention.confidence is not None else 0.5
    if mention.source == "unidic":
        return _UNIDIC_WEIGHT.get(_kind(mention.type), 0.5)
    return _RULE_WEIGHT


def one_type_per_name(folded: str, chosen: list[Mention], tokens: list | None = None,
                      index_at: dict | None = None) -> list[Mention]:
    """The mentions, the weak ones of a surface written more than once retyped to the surface's winning type."""
    chosen = [honorific_cut(folded, mention) for mention in chosen]
    groups: dict[str, list[int]] = defaultdict(list)
    for index, mention in enumerate(chosen):
        if mention.type in _VOTING:
            groups[folded[mention.start : mention.end]].append(index)
    out = list(chosen)
    surnames = surnames_after_full_names(folded, chosen, groups, tokens, index_at)
    for surface, members in groups.items():
        if _person_by_evidence(folded, chosen, members, out) or (
                surface in surnames and _person_by_surname(chosen, members, surnames[surface], out)) or len(members) < 2:
            continue
        votes: dict[str, float] = defaultdict(float)
        for index in members:
            votes[_kind(chosen[index].type)] += _weight(chosen[index])
        if len(votes) < 2:
            continue
        winner, best = max(votes.items(), key=lambda item: item[1])
        if best * 2 <= sum(votes.values()) or winner == "PLACE" and not _place_type(chosen, members):
            continue
        kind = winner if winner != "PLACE" else _place_type(chosen, members)
        for index in members:
            mention = chosen[index]
            if mention.source in _WEAK and _kind(mention.type) != winner and mention.entity_id is None:
                out[index] = Mention(mention.start, mention.end, "", kind, None, source=mention.source,
                                     confidence=mention.confidence)
    return out


def _person_by_evidence(folded: str, chosen: list[Mention], members: list[int], out: list[Mention]) -> bool:
    """Whether a person's honorific after one occurrence decided the surface: its guessed occurrences are
    retyped PERSON in out. Not where a trusted reading of another kind stands against it."""
    if not any(person_after(folded, chosen[index].end) for index in members) or _stands_against(chosen, members):
        return False
    _retype_people(chosen, members, out)
    return True


def _person_by_surname(chosen: list[Mention], members: list[int], after: int, out: list[Mention]) -> bool:
    """Whether a person's full name before decided a surname: its guessed occurrences after the full name are
    retyped PERSON in out. Not where a trusted reading of another kind stands against it (a tie)."""
    later = [index for index in members if chosen[index].start >= after]
    if not later or _stands_against(chosen, members):
        return False
    _retype_people(chosen, later, out)
    return True


def _stands_against(chosen: list[Mention], members: list[int]) -> bool:
    """Whether a rule, the gazetteer or the registry reads one of the occurrences as no person."""
    return any(chosen[i].type != "PERSON" and (chosen[i].source not in _WEAK or chosen[i].entity_id) for i in members)


def _retype_people(chosen: list[Mention], indexes: list[int], out: list[Mention]) -> None:
    """The mentions at indexes read as a person, in out."""
    for index in indexes:
        mention = chosen[index]
        if mention.type != "PERSON":
            out[index] = Mention(mention.start, mention.end, "", "PERSON", None, source=mention.source,
                                 confidence=mention.confidence)


def _place_type(chosen: list[Mention], members: list[int]) -> str | None:
    """GPE or LOC: what the surface's place readings say, the trusted ones first."""
    places = sorted((chosen[i] for i in members if chosen[i].type in ("GPE", "LOC")),
                    key=lambda m: m.source in _WEAK)
    return places[0].type if places else None
