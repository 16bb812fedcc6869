"""A court's finding given as the reason of its order: 東京地方裁判所は21日、起立したり歌ったりする義務がないとして、…
損害賠償を命じた; 裁判長は、原告が主張する権利は法律に規定がないとして、控訴を棄却した.

The finding is the court's (or the judge's) claim, told with として and no verb of saying: the order that follows
(命じた, 棄却した, 退けた, 認めた, 言い渡した…) is an act, the reason before it what the court holds. Not a charge the
sentence goes on to name (…損害を与えたとして、背任の罪に問われた元課長に判決を言い渡した: the prosecutors' words).
A finding quoted whole (地裁は、「…」などとして、…支払いを命じた) is a direct claim, unless the quote was read already.
"""

from __future__ import annotations

import re

# The court or judge as the sentence's subject, the finding, として, then the order in the same sentence
_FINDING = re.compile(
    r"(?P<court>[^、。「」はがをにでと\n]{0,20}?(?:裁判所|地裁|高裁|最高裁|家裁|簡裁|裁判長|判事|裁判官|法廷))(?:は|が)、?"
    r"(?:[0-9０-９]{1,2}日、?)?(?P<said>[^。\n]{6,}?)(?:など)?として、(?P<rest>[^。\n]{0,80}?)"
    r"(?:命じ|棄却|退け|認め|言い渡|破棄|却下|取り消|無効と)")
# What an accusation, not the court, gives as the reason: …として、背任の罪に問われた, …として起訴された
_CHARGED = re.compile(r"罪に問われ|起訴され|逮捕され|告発され|訴えられ|処分され|処分を受け")


def findings(body: str, s_start: int, s_end: int, found: list[tuple]) -> list[tuple]:
    """(start, end, cue, attribution, holder span) of each finding a court gives as the reason of its order, outside
    the claims already read in the sentence."""
    if body.find("として、", s_start, s_end) < 0:
        return []
    out = []
    for match in _FINDING.finditer(body, s_start, s_end):
        start, end = match.span("said")
        if _CHARGED.search(match.group("rest")) or any(a < end and start < b for a, b, *_ in found):
            continue
        quoted = body.startswith("「", start) and body.endswith("」", start, end) and body.count("「", start, end) == 1
        out.append((start, end, "として", "direct" if quoted else "indirect", match.span("court")))
    return out
