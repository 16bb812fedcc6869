"""A court's judgment written as the speaker (判決は、「…」と指摘; 同日の判決は、…とした; 二審・大阪高裁判決は、…) is the
court's: the gold holds a court's finding by the court. A judgment names its court in its own words (大阪高裁判決) or
the article named the court before (知財高裁(飯村敏明裁判長)は…中間判決を言い渡した … 判決は、…): the court named last
before the claim, a 同 word (同高裁) standing for the last court of its kind, and a court of an earlier instance told as
such (一審の東京地裁は…) or as the one whose judgment another reviews (東京地裁判決を破棄し) passed over for a bare
判決, which is the judgment the article reports. A judgment no court is named for is left as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left

# A court's name: its place or kind, then the word for its rank (東京地方裁判所, 知財高裁, 最高裁第三小法廷, 同地裁); the
# place takes no letter a rank's word begins at, so 最高裁判所 is one rank's word, not 最 before 高裁, nor the 同 of a 同 word
# (再度同地裁 is 同地裁). The place may take words before it (同日奈良地方裁判所): the detector's mention ending there says
# where the name begins.
_COURT_WORDS = r"(?:最高裁判所|高等裁判所|地方裁判所|家庭裁判所|簡易裁判所|最高裁|高裁|地裁|家裁|簡裁|裁判所)"
_COURT = re.compile(r"(?P<name>(?:同|(?:(?!同?" + _COURT_WORDS + r")[\u4e00-\u9fff\u30a1-\u30faー]){1,10}?)?"
                    + _COURT_WORDS
                    + r"(?:第[一二三]小法廷|大法廷|[\u4e00-\u9fff]{1,4}支部)?)")
_RANK = re.compile(_COURT_WORDS)
# The word for a court's rank in short, as a 同 word writes it (同地裁 for 札幌地方裁判所)
_SHORT = {"最高裁判所": "最高裁", "高等裁判所": "高裁", "地方裁判所": "地裁", "家庭裁判所": "家裁", "簡易裁判所": "簡裁"}
# A holder that is a judgment: 判決, 判決文, 同日の判決, 一審判決, 中間判決, 大阪高裁の判決, 二審・大阪高裁判決 (its court inside)
_JUDGMENT = re.compile(r"(?:[^、。「」]{0,12}?[のは・])?(?:[^、。「」のは・]{0,14}?)?"
                       r"(?:一審|二審|控訴審|上告審|差し戻し審|中間|最終|同日の|今回の|この|同)?判決(?:文)?")
# A court named as an earlier instance (一審の東京地裁は, 1審・東京地方裁判所, 原審・東京地裁の判決): not the court whose
# judgment is told; the stage a court gives it at (控訴審で大阪高裁は…判決を言い渡した) is no earlier instance
_EARLIER = re.compile(r"(?:[一二12１２]審|原審|第[一二12１２]審|控訴審)(?:の|・|では)?$")
# A court whose judgment another court reviews (東京地方裁判所の判決を取り消し, 東京地裁判決を破棄し): an earlier instance too
_REVIEWED = re.compile(r"の?(?:[一二12１２]審|原審)?判決を(?:取り消|取消|破棄|支持|覆|変更|維持)")
# A place word that only looks like a court's name (裁判所前, 裁判所職員: a building, staff)
_NOT_A_COURT = re.compile(r"(?:前|内|職員|書記官|側)")


def _same_word(name: str) -> bool:
    """Whether a court's name is a 同 word (同地裁, 同地方裁判所), which stands for a court named before; 同日奈良地方裁判所
    is none."""
    return name.startswith("同") and _RANK.match(name, 1) is not None


def _courts(body: str) -> list[tuple[int, str, str]]:
    """(end, name, the word for its rank) of every court the body names, in order; a 同 word as its own name."""
    out = []
    for match in _COURT.finditer(body):
        if _NOT_A_COURT.match(body, match.end()):
            continue
        name = match.group("name")
        rank = _RANK.search(name).group(0)
        rank = _SHORT.get(rank, rank)
        if _EARLIER.search(body, max(0, match.start() - 6), match.start()) or _REVIEWED.match(body, match.end()):
            rank = ""  # an earlier instance: never the judgment's own court
        out.append((match.end(), name, rank))
    return out


# How many courts back a judgment or a 同 word is read (a page naming courts by the thousand is not walked for each)
_REACH = 8


def _court_before(courts: list, ends: list, position: int) -> tuple[int, str] | None:
    """(end, name) of the court named last before position (a 同 word read back to the court of its kind), else None."""
    i = bisect_left(ends, position)
    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        end, name, rank = courts[k]
        if not rank:
            continue
        if not _same_word(name):
            return end, name
        for earlier_end, earlier, earlier_rank in reversed(courts[max(0, k - _REACH):k]):  # 同高裁: the last 高裁
            if earlier_rank == rank and not _same_word(earlier):
                return earlier_end, earlier
        return None
    return None


def courts_for_judgments(body: str, mentions: list, found: list) -> list:
    """found, each claim held by a judgment written as words (判決は, 大阪高裁判決は) held instead by its court: the
    court its words name, else the court the article named last before the claim; left as written when none."""
    courts = ends = by_end = None
    for claim in found:
        text = claim.holder_text
        if claim.holder_entity_id or not text or not text.endswith(("判決", "判決文")):
            continue
        if _JUDGMENT.fullmatch(text) is None:
            continue
        own = None
        for own in _COURT.finditer(text):  # the court its words name last: 大阪高裁の判決, 二審・大阪高裁判決
            pass
        at = body.rfind(text, max(0, claim.start - 200), claim.start)
        if own is not None and not _same_word(own.group("name")):
            court = (at + own.end() if at >= 0 else -1), own.group("name")
        else:
            if courts is None:
                courts = _courts(body)
                ends = [end for end, _, _ in courts]
            court = _court_before(courts, ends, at if at >= 0 else claim.start)
        if court is None:
            continue
        end, name = court
        if by_end is None:  # the court's entity, where the detector read its name (read once, not for each claim)
            by_end = {m.end: m for m in mentions if m.entity_id}
        mention = by_end.get(end)
        if mention is None or not name.endswith(mention.text):
            claim.holder_text = name
        else:
            claim.holder_entity_id, claim.holder_text = mention.entity_id, mention.text
    return found
