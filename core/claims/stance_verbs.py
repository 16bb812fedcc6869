"""Verbs of praise and of firm statement taken on an object, told without quotes: …の勇敢さを称えた, 元首を讃辞した,
選手の健闘をたたえた, …の継続を明言し, …対立が終わっていないことを断言した. The position reader
(core.claims.positions) reads them as it reads 批判, 歓迎 or 評価; this module holds the verbs and what keeps them out.

Praise is a position the one praising holds on its object; a firm statement holds what it states. Not a praise
that is a look (笑みをたたえた, 水をたたえた湖: たたえる as "to be full of"), nor praise that is a purpose
(…の実績を讃えることを目的として創設された賞, 功績を称えて感謝状が贈られた: the award, not anyone's statement).
"""

from __future__ import annotations

import re

# The verbs' stems as the position reader's cue alternation spells them (core.claims.clauses._OBJECT_VERB)
STANCE_VERBS = "称え|讃え|たたえ|讃辞し|賛辞し|明言し|断言し"
# Nouns of a stance shown as a noun with 示す or 表明 (…への擁護を示している, 反発を示した), read with the position
# nouns (core.claims.clauses._POSITION_NOUN) as 懸念を示した is
STANCE_NOUNS = "擁護|反発|反対|賛成"
_PRAISE = ("称え", "讃え", "たたえ")
# たたえる of a face or a vessel: a look or a fullness, not praise
_FULL_OF = re.compile(r"(?:笑み|笑顔|微笑み?|ほほえみ|表情|水|涙|湛え|気品|風格|白さ|輝き|光)$")
# Praise that is the aim of an act (…を称えることを目的, 称えるため), only possible (称えることができる), or the reason
# of a prize or a thanks given (…功績を称えて感謝状が贈呈された, 功績をたたえ、…投手に贈られる, 称えて設立された賞)
_PURPOSE = re.compile(r"(?:る(?:こと|の)?(?:を目的|ができ)|るため|るべく"
                      r"|(?:て|、)[^。]{0,40}?(?:贈られ|贈呈|授与|表彰|設立|創設|制定|設け|建立|建て))")


def no_stance(body: str, start: int, end: int, cue: str, verb_end: int) -> bool:
    """Whether a verb of STANCE_VERBS on body[start:end], its stem ending at verb_end, takes no position."""
    if cue not in _PRAISE:
        return False
    return bool(_FULL_OF.search(body, start, end) or _PURPOSE.match(body, verb_end))
