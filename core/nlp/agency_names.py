"""Agencies named by their field and 庁: 警視庁, 検察庁, 教皇庁, with their stations and divisions.

UniDic splits such a name into common nouns and the suffix 庁 (警視|庁), so no
proper-noun rule sees it, and the registry holds the national agencies alone
(気象庁, 金融庁): the Tokyo police (警視庁, hundreds of times in Wikinews) went
unmarked. The one or two nouns right before the suffix are the agency's name
(the first of two a plain noun, no verb's noun nor a day), when nothing is glued before them: a name
that goes on to the left (仙台高等検察庁, ロシア連邦保安庁) is left to the longer
rules and the tagger, and headlines run words together (逮捕警視庁); 同庁 and
各庁 point back at one, and 官庁, 省庁, 県庁 are single words UniDic knows. A name the registry knows is left to it (データ|気象庁), and a place
before the name is joined by the place rules (東京消防庁, 東京地方検察庁). A station
or a division written on is part of the body (警視庁八王子署, 警視庁捜査1課), as
a ministry's bureau is (外務省アジア大洋州局).
"""

from __future__ import annotations


from core.model import Mention
from core.nlp.tokens import Token, surface_positions

# What ends a part of a police or an agency written after it.
_PART_HEADS = ("署", "課", "部", "局", "室", "本部", "隊", "班")
_MAX_PART_WORDS = 5
_HEAD = frozenset(["庁"])


def agency_mentions(tokens: list[Token], candidates: list[Mention]) -> list[Mention]:
    """ORG mentions for one or two common nouns that end in the suffix 庁."""
    heads = surface_positions(tokens, _HEAD)
    if not heads:
        return []
    known = {m.end for m in candidates if m.type == "ORG" and m.source in ("gazetteer", "registry", "user")}
    out = []
    for index in heads:
        head = tokens[index]
        if not index or not head.pos.startswith("接尾辞") or head.end in known:
            continue
        if not _common_noun_before(tokens, index):
            continue
        first = index - 1
        if _common_noun_before(tokens, first) and tokens[first - 1].pos.startswith("名詞,普通名詞,一般"):
            first -= 1  # 社会|保険|庁; not a verb's noun (逮捕|警視|庁 in a headline)
        if _glued_noun_before(tokens, first):
            continue  # the name goes on to the left (仙台高等|検察庁, ロシア連邦|保安庁): the longer rules read it
        out.append(Mention(tokens[first].start, _part_end(tokens, index), "", "ORG", source="compound"))
    return out


def _common_noun_before(tokens: list[Token], index: int) -> bool:
    """The token before index is a common noun glued to it."""
    return index >= 1 and tokens[index - 1].end == tokens[index].start and tokens[index - 1].pos.startswith("名詞,普通名詞")


def _glued_noun_before(tokens: list[Token], index: int) -> bool:
    """A noun, an adjectival noun or a prefix is glued before the token at index (a day or a number is not)."""
    if index < 1 or tokens[index - 1].end != tokens[index].start:
        return False
    pos = tokens[index - 1].pos
    return pos.startswith(("名詞", "接頭辞", "形状詞")) and ",副詞可能" not in pos and ",数詞" not in pos


def _part_end(tokens: list[Token], index: int) -> int:
    """Where the body ends: after a station or division written on (八王子|署, 捜査|1|課), else after 庁."""
    end = tokens[index].end
    for j in range(index + 1, min(index + 1 + _MAX_PART_WORDS, len(tokens))):
        token = tokens[j]
        if token.start != tokens[j - 1].end or not token.pos.startswith(("名詞", "接尾辞", "接頭辞", "形状詞")):
            break
        if token.surface in _PART_HEADS:
            end = token.end
    return end
