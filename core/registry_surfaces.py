"""The character trie of surfaces the registry matches on (and the one regex equal to it), and the aliases
the annotation rules split, which it leaves out: how surfaces become the trie, kept apart from the
Registry's look-ups, which only read it."""

from __future__ import annotations

import re

END = ""  # trie key holding the ids whose surface ends here


def split_by_convention(surface: str, abbreviations: dict, countries: set, siblings: set) -> bool:
    """Aliases that the annotation rules read as several spans, so they are not matched whole.

    日米豪印 is four countries; 英紙ガーディアン is 英 + the paper (英誌エコノミスト + the magazine); 米軍 and ロシア軍 are the
    country alone; インド太平洋地域 is the region インド太平洋.
    """
    if all(c in abbreviations for c in surface):
        return True
    if surface[0] in abbreviations and surface[1:2] in ("紙", "誌"):
        return True
    if surface.endswith("軍") and surface[:-1] in countries:
        return True
    return surface.endswith("地域") and surface[:-2] in siblings


def node_of(trie: dict, surface: str) -> dict:
    """The trie's node where surface ends (made on the way when missing)."""
    node = trie
    for char in surface:
        node = node.setdefault(char, {})
    return node


def trie_regex(node: dict) -> str:
    """Each branch starts with a different character, so the greedy optional tail
    makes the match the longest surface (backtracking to shorter ones)."""
    branches = [re.escape(char) + trie_regex(child) for char, child in node.items() if char != END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if END in node:
        return "(?:" + body + ")?"
    return body
