"""A company named after the words that describe it, joined by ・ (食品加工会社・ミートホープ, 芸能事務所・オフィス北野,
靴修理会社・『プラスワン』): the name after ・ is the organisation, the description before it is none.

News introduces a company no reader knows by its trade and a middot. The tagger reads the pair in three wrong
ways: as one organisation run on from the description (マネジメント会社・バウ企画), as nothing at all (a name in
brackets, 『陸山会』; a katakana name UniDic splits into words, モビリティーランド), or as a shorter name or a place
inside the name (アプト of アプトホーム, 日本 of 『日本ファンド』). The name is read whole where the text marks its
ends: inside brackets, or a run of katakana and Latin letters that a particle or a mark ends (a kanji after it may go
on with the name: AIJ投資顧問, so such a run is left as it was read).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from core.model import Mention

# A description of a company or a body ending in the word for its kind, then ・ and the name: in brackets, or a run of
# katakana and Latin letters (joined by ・, & or -) that a particle, a mark or the text's end closes.
# (not a legal form ending the name before it, 株式会社・, nor a list of kinds, 各メーカー・ショップ)
_KINDS = r"(?<![各諸])(?<!株式|有限|合同|合資|合名)(?:会社|メーカー|企業|事務所|団体|通信社|新聞社|法人)・"
_DESCRIPTION = re.compile(_KINDS)
_DESCRIBED = re.compile(
    _KINDS +
    r"(?:(?P<open>[『「])(?P<quoted>[^『』「」。、()（）\n]{1,30})[』」]"
    r"|(?P<bare>[\u30a1-\u30faーA-Za-z0-9][\u30a1-\u30faーA-Za-z0-9・&\-]{1,29})"
    r"(?=[ぁ-ゖ、。,.()（）「」『』\s]|$))")
# Katakana words of a kind, never a name after a description (団体・チーム, 会社・グループ).
_KIND_WORDS = {"チーム", "グループ", "ブランド", "メーカー", "ユーザー", "スタッフ", "メンバー", "ファン"}
_NAMED = ("PERSON", "ORG", "GPE", "LOC")


def described_companies(folded: str, chosen: list[Mention]) -> list[Mention]:
    """The mentions (sorted) with each company named after its description and ・ read as that name alone: a
    mention run on from the description cut to the name, a shorter one or a place inside it read as the whole."""
    if "・" not in folded:
        return chosen
    out = sorted((_cut(folded, m) if m.type == "ORG" and "・" in folded[m.start:m.end] else m for m in chosen),
                 key=lambda m: m.start)
    ends = [m.end for m in out]  # the chosen mentions do not overlap: their ends rise with their starts
    dropped, added = set(), []
    for match in _DESCRIBED.finditer(folded):
        start, end = match.span("quoted" if match.group("quoted") else "bare")
        name = folded[start:end]
        if name.strip("・&-") != name or name in _KIND_WORDS or name.isdigit():
            continue
        dot = match.start() + match.group(0).index("・")
        inside = []
        at = bisect_right(ends, dot)
        while at < len(out) and out[at].start < end:
            if out[at].type in _NAMED:
                inside.append(at)
            at += 1
        if any(out[i].start <= dot or out[i].end > end for i in inside):
            continue  # a name over the middot (シューメーカー・レヴィ) or reaching out of the run: not this name
        if any(out[i].start == start and out[i].end == end and out[i].type == "ORG" for i in inside):
            continue
        dropped.update(inside)
        added.append(Mention(start, end, "", "ORG", source="compound"))
    if not added:
        return out
    return sorted([m for i, m in enumerate(out) if i not in dropped] + added, key=lambda m: m.start)


def _cut(folded: str, mention: Mention) -> Mention:
    """An organisation's mention run on from a description before its name (マネジメント会社・バウ企画), cut to the
    name; any other as it was."""
    ends = [m.end() for m in _DESCRIPTION.finditer(folded, mention.start, mention.end)]
    if not ends or mention.end - ends[-1] < 2 or folded[ends[-1]:mention.end] in _KIND_WORDS:
        return mention
    return Mention(ends[-1], mention.end, "", "ORG", source=mention.source)
