"""Whether a name before a quote is in the phrase of matter it is about (…退職届については「…」), not its speaker."""

from __future__ import annotations

import re

# The matter a quote is about, set before it: …退職届については「…」, 国民栄誉賞について、「…」; or the one it is
# answered to or said of: …が発表した声明に対し「…」, …が行った演説に触れ、「…」
_MATTER = re.compile(r"(?:について|に関して?|をめぐ(?:って|り)|を巡(?:って|り)|に対し(?:て)?|に触れ(?:て)?)(?:は|も)?、?$")


def in_matter(body: str, named_end: int, s_start: int, start: int) -> bool:
    """Whether a holder named ending at named_end is inside the phrase of matter closing right before the quote at
    start (貴乃花親方が提出したという退職届については「…」), not its topic (トリニータは…運営規模について「…」)."""
    tail = body[max(s_start, start - 6) : start]
    if "て" not in tail and "し" not in tail and "り" not in tail and "れ" not in tail:
        return False  # no phrase of matter (the cheap test first: most quotes have none)
    matter = _MATTER.search(body, max(s_start, start - 8), start)
    if matter is None or not s_start < named_end <= matter.start():
        return False
    between = body[named_end : matter.start()]
    if "、" in between or "」" in between or _AS_TOPIC.match(between):
        return False
    # 早乙女が交際について「…」, …氏がこのことに関して「…」: the subject of the words; not a relative clause's
    # (…が提出したという退職届について: a verb between)
    said = _TO_GA.match(between)  # the name's title or aside before が: (SergeBrammertz)氏が, 親方が
    between = between[said.end():] if said else between
    return not (between.startswith("が") and not any(kana in between for kana in "たるうい"))


_TO_GA = re.compile(r"[^、。「」がはもをに]{0,24}?(?=が)")


# 斎藤も, 高橋選手は, 秋山章男・元東邦大学教授は, 総務省では: the topic speaks of the matter
_AS_TOPIC = re.compile(r"(?:では|[^がをのにで]{0,12}?(?:は|も))")
