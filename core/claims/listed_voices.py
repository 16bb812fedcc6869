"""Readers' voices listed one quote a line under a line that names where they were written (livedoor news):

    これを受け、ネット掲示板では
    「App Storeの民度の低さは異常」
    「やっぱ低価格で提供するのも考えもんだな」

The quotes on the lines one after the other are one claim, held by the place the line before names (ネット掲示板,
Twitter, インターネット上, ネットユーザー), as voices written in running text are (core.claims.voices); the line after them
may give the cue (と韓国を非難するコメントが相次いでいる). Quotes read one by one there become the one chain; a line before
that names no place (…声が多かったが、) holds none, and lines a claim read otherwise covers are left as read.
"""

from __future__ import annotations

import re

from core.claims.candidate import Candidate
from core.sentences import LONGEST
from core.text import line_start

# The place, named last on the line before the quotes, which ends on its particle (では, には, 上で…) or a comma
_PLACE = re.compile(r"(?P<name>(?:インターネット|ネット(?:ユーザー|掲示板)?|掲示板|Twitter|ツイッター|コメント欄|SNS|まとめサイト))"
                    r"(?:上|の間|やTwitter|やツイッター)?(?:では|には|で|から|からは|でも|は)?(?=[^\n]{0,24}$)")
_CLOSES = re.compile(r"(?:では|には|で|から|からは|でも|の間でも|、)$")
_QUOTE_LINE = re.compile(r"「[^「」\n]{2,300}」")
_CUE_AFTER = re.compile(r"(?:など|なんて)?(?:と|との|といった)[^。\n]{0,40}")


def listed_voices(body: str, found: list[Candidate]) -> list[Candidate]:
    """One direct claim for each run of quote lines under a line naming the place they were written."""
    if "\n「" not in body:
        return found
    added, merged, at = [], set(), 0
    while (at := body.find("\n「", at)) >= 0:
        first = line_start(body, at, LONGEST)  # (the place is read at the line's end)
        place = [m for m in _PLACE.finditer(body, first, at)]
        start = end = at + 1
        while (quote := _QUOTE_LINE.match(body, end)) is not None and body[quote.end() : quote.end() + 1] in ("\n", ""):
            end = quote.end()
            if not body.startswith("\n「", end):
                break
            end += 1
        end = end if body[end - 1] == "」" else end - 1
        at = max(end, at + 1)
        if not place or end <= start or not _CLOSES.search(body, first, start - 1) \
                or "\n" not in body[start:end] and body[end - 2] in "？?" and "。" not in body[start:end]:
            continue  # (a lone question put on a network, …のでは？」と問いかけられた, is no claim)
        inside = [c for c in found if c.start < end and start < c.end]
        if any(c.attribution != "direct" or c.start < start or c.end > end or _QUOTE_LINE.fullmatch(c.text) is None
               for c in inside):
            continue  # a claim read otherwise over these lines stays as read
        cue = _CUE_AFTER.match(body, end + 1) if body.startswith("\n", end) else None
        cue_text = inside[-1].cue if inside else cue.group(0) if cue else body[first : start - 1][-20:]
        merged.update(id(c) for c in inside)  # 「A」\n「B」と批判: the lines read one by one are one chain
        added.append(Candidate(start, end, body[start:end], cue_text, "direct", None, place[-1].group("name"), [], 0.6))
    if not added:
        return found
    return sorted([c for c in found if id(c) not in merged] + added, key=lambda c: c.start)
