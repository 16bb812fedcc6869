"""The imperial family as speakers (天皇陛下, 皇后さま, 皇太子さま, 両陛下, 秋篠宮さま, 愛子さま): no detector reads
these honorific names as people, and their verbs are written in the respectful られ/され form (述べられた,
示された), which is no passive. 天皇陛下 alone is whoever reigned on the article's day."""

from __future__ import annotations

import re

from core import scan
from core.model import Mention

# An honorific name of the imperial family: the reigning couple, a prince's house (秋篠宮, 常陸宮), a prince or
# princess by given name (愛子さま, 悠仁さま) — never さま after an ordinary word (皆さま, お客さま)
_IMPERIAL = re.compile(r"(?:天皇[、・]?皇后|上皇[、・]?上皇后|天皇|皇后|上皇后|上皇|皇太后)?両?陛下"
                       # a couple: 皇太子ご夫妻, 秋篠宮ご夫妻, 天皇、皇后両陛下: one speaker for both
                       r"|(?:皇太子|皇嗣|[\u4e00-\u9fff]{1,3}宮)(?:ご夫妻|ご夫婦|同妃両殿下|両殿下)"
                       r"|(?:皇太子妃|皇太子|皇后|上皇后|上皇|皇太后|皇嗣|[\u4e00-\u9fff]{1,3}宮(?:妃)?)(?:[\u4e00-\u9fff]{1,2}子)?(?:さま|殿下)"
                       r"|(?<![\u4e00-\u9fff])(?!皆)[\u4e00-\u9fff]{1,2}[子仁](?:さま|殿下)")
_COUPLE = ("ご夫妻", "ご夫婦", "両殿下", "両陛下")
# The one whose seat the registry records: the emperor, by the day
_REIGNING = ("天皇陛下", "天皇")


def imperial_mentions(body: str, mentions: list, seat) -> list[Mention]:
    """Mentions of the imperial family's honorific names that no other mention covers; seat(title, at) gives
    the registry's holder of a title on the article's day (天皇陛下 in 2016: 明仁), or None."""
    taken = sorted((m.start, m.end) for m in mentions)
    out = []
    for found in scan.finditer(_IMPERIAL, body):  # none without 陛下, さま or 殿下: skipped in C
        start, end = found.span()
        couple = found.group(0).endswith(_COUPLE)  # a name inside a couple (秋篠宮|ご夫妻) does not stop it
        if found.group(0) == "陛下" or any(a < end and start < b and not (couple and start <= a and b <= end)
                                          for a, b in taken):
            continue  # 陛下 alone: who it is the sentence before says
        held = seat(found.group(0), start) if found.group(0) in _REIGNING else None
        out.append(Mention(start, end, found.group(0), "PERSON", held.id if held is not None else None, source=None))
    return out


# Verbs of saying in the respectful form: 述べられた, 話された, 考えを示された (not みられる, 言われている: passives)
_RESPECTFUL = re.compile(r"^(?:[^を]{0,8}を)?(?:述べ|話さ|語|示さ|表明さ|明らかにさ|強調さ|説明さ|振り返|回想さ|"
                         # a statement sent in writing: との感想を文書で寄せられた
                         r"触れ|言及さ|感想を述べ|(?:[^をにで]{0,6}で)?寄せ)(?:ら)?れ")


def respectful_speech(holder_text: str | None, cue: str) -> bool:
    """Whether a claim's passive-shaped verb is respect for its speaker (天皇陛下は…と述べられた): a verb of saying
    in the respectful form, said by one written with the imperial family's honorific names."""
    return bool(holder_text) and _IMPERIAL.fullmatch(holder_text) is not None and holder_text != "陛下" \
        and _RESPECTFUL.match(cue) is not None
