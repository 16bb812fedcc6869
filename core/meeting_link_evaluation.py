"""Scoring the links between meetings against a hand-made list: found between meetings found right, and apart
from how well the meetings' sides and dates were read (between any proposals touching the two meetings), with why
each link was missed."""

from __future__ import annotations

from typing import Callable

LINK_MISSES = ("a meeting not proposed", "both in one proposal", "linked the other way", "another relation",
               "not linked", "linked, a meeting's sides or date wrong")


def score_links(gold_links: list[dict], matched: dict, touching: Callable[[str], set], links: list[dict],
                details: list[str]) -> dict:
    """The link measures: gold links (from, to, relation between gold ids), matched (gold id → the Kaidan meeting
    found right for it), touching (gold id → the Kaidan meetings touching its mentions), Kaidan's links; a line
    for each missed link is added to details."""
    kaidan_links = {(link["from"], link["to"], link["relation"]) for link in links}
    found = readable = proposed = touched = 0
    misses: dict[str, int] = {}  # "not linked (part_of)": why, and the relation missed
    for link in gold_links:
        got = (matched.get(link["from"]), matched.get(link["to"]), link["relation"]) in kaidan_links
        found += got
        readable += link["from"] in matched and link["to"] in matched
        # read on the proposals touching the two meetings' mentions, right or not: the link readers apart from
        # how well the sides and dates were read
        froms, tos = touching(link["from"]), touching(link["to"])
        proposed += bool(froms and tos and froms != tos)
        touched += any((f, t, link["relation"]) in kaidan_links for f in froms for t in tos if f != t)
        if got:
            continue
        why = f"{_link_miss(froms, tos, link['relation'], kaidan_links)} ({link['relation']})"
        misses[why] = misses.get(why, 0) + 1
        told = sorted(r for f, t, r in kaidan_links if {f, t} == {matched.get(link["from"]), matched.get(link["to"])})
        details.append(f"missed link {link['from']} {link['relation']} {link['to']}"
                       + ("" if link["from"] in matched and link["to"] in matched else " (a meeting not found)")
                       + (f": Kaidan {told}" if told else ""))
    return {
        "gold links": len(gold_links),
        "links found": found,
        # the links whose two meetings were found right: what the link readers alone can be judged on
        "gold links between meetings found": readable,
        "gold links between meetings proposed": proposed,
        "links found between meetings proposed": touched,
        "link misses by reason": misses,
        "Kaidan links": len(links),
    }


def _link_miss(froms: set, tos: set, relation: str, kaidan_links: set) -> str:
    """Why a gold link was not found, from the proposals touching its two meetings: none for one of them, one
    proposal holding both, a link between them the other way or of another relation, none, or the link read
    between proposals that are not right."""
    pairs = [(f, t) for f in froms for t in tos if f != t]
    if not froms or not tos:
        return LINK_MISSES[0]
    if not pairs:
        return LINK_MISSES[1]
    if any((f, t, relation) in kaidan_links for f, t in pairs):
        return LINK_MISSES[5]
    if any((t, f, relation) in kaidan_links for f, t in pairs):
        return LINK_MISSES[2]
    if any((a, b) in {(f, t), (t, f)} for a, b, _ in kaidan_links for f, t in pairs):
        return LINK_MISSES[3]
    return LINK_MISSES[4]
