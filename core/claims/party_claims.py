"""A claim named as a party's position in a noun phrase: ファツィオ総裁が辞任すべきだとする連立与党の国民同盟の要求に
対して; 村木被告の指示が存在したとの検察側の主張についても; …説明が不足していたとの原告の主張についても.

What the party holds is the clause before との or とする; the party is named before の and a noun of a stated
position (主張, 要求, 見解, 証言, 提案, 見方, 意見, 指摘, 要請), and must be able to hold it: a person or body the detector
found there, or people named by what they are (検察側, 原告, 関係者). Not one's own view (自らの見解: read with its
speaker), nor a noun the party is the target of (運営側への批判).
"""

from __future__ import annotations

import re

from core.claims.holders import NOT_A_HOLDER, SPEAKER_END
from core.claims.reports import Told

_PARTY_CLAIM = re.compile(r"(?P<said>[^。「」、\n]{6,}?)(?:との|とする)(?P<name>[^、。「」\n]{1,20}?)の"
                          r"(?P<cue>主張|要求|見解|証言|提案|見方|意見|指摘|要請)(?=に|を|が|は|も|について|から)")
_POINTER = re.compile(r"^(?:自ら|自身|その|この|同)")
_PEOPLE = re.compile(r"(?:側|原告|被告|弁護団|検察|遺族|住民|同盟|与党|野党)$")


def party_claims(body: str, mentions: list, s_start: int, s_end: int, found: list[tuple]) -> list[tuple]:
    """(start, end, cue, attribution, None, Told: the party's span) of each position a noun phrase names its party for, outside the
    claims already read in the sentence."""
    if body.find("の", s_start, s_end) < 0 or (body.find("との", s_start, s_end) < 0 and body.find("とする", s_start, s_end) < 0):
        return []
    out = []
    for match in _PARTY_CLAIM.finditer(body, s_start, s_end):
        start, end = match.span("said")
        name_start, name_end = match.span("name")
        if _POINTER.match(match.group("name")) or NOT_A_HOLDER.search(match.group("name")) \
                or any(a < end and start < b for a, b, *_ in found):
            continue
        party = [m for m in mentions if name_start <= m.start and m.end == name_end and m.type in ("PERSON", "ORG", "GPE")]
        if party:
            name_start = party[-1].start  # 連立与党の国民同盟: the party is the name it ends on
        elif not (SPEAKER_END.search(match.group("name")) or _PEOPLE.search(match.group("name"))):
            continue
        attribution = "mixed" if "「" in body[start:end] else "indirect"
        out.append((start, end, match.group("cue"), attribution, None, Told(None, (name_start, name_end))))
    return out
