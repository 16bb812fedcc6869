"""Stances raised as voices by those the text names, the voices saying no more than the stance: 政界では、反対の声も
あがっている; 野党からは批判が出ている; 批判は財界からも起こっている; 住民は反対の声を上げている.

A view raised with a content of its own (…を懸念する声が根強い) is read by core.claims.raised; here the voice is the
stance word alone, which still tells who is against or for the matter the article is about, so it is a claim of
those whose voice it is (住民から反対の声 → 住民). Kept out: voices with no one named (懸念が高まっていた), an occasion
or a time taken for the voices' holders (会見では, 当初は), voices the sentence quotes (「…」など、批判が殺到: the quotes
are the claims) and a crowd's rush of reactions (批判が殺到, 批判が寄せられ: where they went, not who raised them).
"""

from __future__ import annotations

import re

from core.claims.reports import Told

# Stance words a voice may be no more than: 反対の声, 批判, 慎重論
_STANCE = r"(?:反対|賛成|支持|擁護|批判|非難|反発|懸念|抗議|歓迎|異論|慎重論|反対論)"
_STANCE_WORD = re.compile(_STANCE)
# Verbs of a voice rising or standing: あがっている, 出ている, 相次いだ, 高まっている, 根強い, 起こっている, 広がっている
_RISING = r"(?:あが|上が|出て|出た|出る|相次|高ま|強ま|根強|起こ|起き|広が|噴出)"
_NAME = r"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・])(?P<who>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・]{2,16}?)"
# Xでは/Xから/Xの間で, then the stance and its rising: 政界では、反対の声もあがっている
_FROM_THEM = re.compile(_NAME + r"(?P<marker>では|でも|から(?:は|も)?|の間(?:で|から)(?:は|も)?|の中(?:で|から)(?:は|も)?)、?"
                        r"(?P<span>(?P<word>" + _STANCE + r")(?:の声)?(?:が|も)、?" + _RISING + r"[ぁ-ゖ]*)")
# The stance first, then who raised it: 批判は財界からも起こっている
_STANCE_FIRST = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30fa])(?P<span>" + _STANCE + r")(?:の声)?は、?" + _NAME
                           + r"(?:から|の間で|の中から)(?:も)?、?" + _RISING)
# The holder as topic raising its voice: 住民は反対の声を上げている
_THEIR_VOICE = re.compile(_NAME + r"(?:は|も|が)、?(?P<span>(?P<word>" + _STANCE + r")の声を(?:あげ|上げ|強め|挙げ))")
# What では names that is no one's voice: an occasion, a time, a text (会見では, 当初は, 記事では)
# A voice said not to rise: 批判が出ていない, 反対の声は上がらず (the hiragana after the verb's stem)
_KANA_TAIL = re.compile(r"[\u3041-\u3096]*")
_NEGATED = re.compile(r"ない|なかっ|ず")
_NO_HOLDER = re.compile(r"(?:日|年|月|時|頃|後|前|中|今回|当初|以前|一部|会見|会議|会合|席上|審議|討論|報道|記事|番組|調査"
                        r"|集会|大会|裁判|公判|試合|場|上)$")


def stance_voices(body: str, s_start: int, s_end: int, found: list[tuple]) -> list[tuple]:
    """Voices the sentence says were raised that say only a stance, outside the claims already found:
    (start, end, cue, "indirect", None, Told(None, who))."""
    if body.find("」", s_start, s_end) >= 0 or _STANCE_WORD.search(body, s_start, s_end) is None:
        return []  # voices quoted are read with their quotes
    out = []
    for match in [*_FROM_THEM.finditer(body, s_start, s_end), *_STANCE_FIRST.finditer(body, s_start, s_end),
                  *_THEIR_VOICE.finditer(body, s_start, s_end)]:
        start, end = match.span("span")
        if _NO_HOLDER.search(match.group("who")) or _denied(body, match) \
                or any(a < end and start < b for a, b, *_ in found + out):
            continue
        out.append((start, end, body[match.end("who") : match.end()].lstrip("、"), "indirect", None,
                    Told(None, match.span("who"))))
    return out


def _denied(body: str, match: re.Match) -> bool:
    """Whether the voice's verb is negated in its hiragana, read on both sides of the match's end (出ていない)."""
    start, end = match.end(), _KANA_TAIL.match(body, match.end()).end()
    while start > match.start() and "\u3041" <= body[start - 1] <= "\u3096":
        start -= 1
    return _NEGATED.search(body, start, end) is not None
