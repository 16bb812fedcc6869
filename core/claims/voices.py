"""Quotes told under a noun of voice or as the content of a position, with no verb of speech after と.

Web news quotes its readers' reactions so: ネット掲示板では「A」「B」と、…同情する声が相次いだ;
コメント欄には「A」「B」など、…批判コメントが寄せられた; 「C」と懸念する声もあがっており. The
quotes one after the other are one claim, held by the place the text names for them (ネット掲示板,
コメント欄, ツイッター上, 韓国のSNS, ネットユーザーらは); a sentence that names none goes on with
the holder before. A quote may also be what a position on an object says: 記事では、「A」「B」と、
韓国側の警備体制を批判した (the one who criticised said them).
"""

from __future__ import annotations

import re

from core.claims.quotes import quote_spans
from core.claims.reports import Told

# A noun of voice in the passive (批判が寄せられた): who spoke is told by where they were, not by a source
VOICED = re.compile(r"(?:声|意見|コメント|反応|書き込み|投稿|ツイート|苦言|批判|非難)(?:は|が|も)?[^。「」]{0,12}?"
                    r"(?:寄せられ|見られ|みられ|書き込まれ)")
# The quotes' last mark, then the noun of voice (声, 意見, コメント…) and what happened to it
_VOICE = re.compile(
    r"(?:など|なんて)?(?:と|との|という|といった|などの|など)?、?(?P<cue>[^。「」]{0,24}?"
    r"(?:声|意見|コメント|反応|書き込み|投稿|ツイート|苦言|批判|非難)(?:は|が|も)?[^。「」]{0,12}?"
    r"(?:相次|寄せられ|上が|挙が|あが|殺到|見られ|みられ|広が|集ま|書き込まれ|続出|噴出|目立|多か|多い|出て|出た|だった|あった|"
    r"(?<=声も)(?=。)|(?<=声も)(?=[、\n])))")
# 「A」「B」と、韓国側の警備体制を批判した: the quotes are what the criticism said
_POSITION = re.compile(r"(?:など)?と、(?P<object>[^。「」]{1,30}?)を(?P<cue>批判|非難|賞賛|称賛|絶賛|歓迎|擁護|揶揄|酷評|疑問視|問題視)し")
# Between two quotes of one chain: nothing, a comma, や, とか
_JOIN = ("", "、", "や", "とか", "とか、")
# What opens the clause before the quotes and is no place: これに対して, 一方, また
_OPENER = re.compile(r"^(?:これに対して|これに対し|これを受けて|その一方で|一方で?|また|さらに|しかし|現在|なお)、?")
# The place or group that voiced them: ネット掲示板では, コメント欄には, ツイッター上には, ネットユーザーらは
_PLACE = re.compile(r"(?P<name>(?:[^ぁ-ゖ、。「」]+の)*[^ぁ-ゖ、。「」]{2,16}?)(?:上)?(?:らから|らは|たちは|では|には|からは|でも|にも)、?$")


def chains(body: str, s_start: int, s_end: int) -> list[tuple[int, int]]:
    """Runs of quotes written one after the other, as (start of the first, end of the last)."""
    out = []
    for start, end in quote_spans(body, s_start, s_end):
        if out and body[out[-1][1] : start] in _JOIN:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def voices(body: str, s_start: int, s_end: int) -> list[tuple]:
    """Quote chains under a noun of voice or a position, as claim tuples (start, end, cue, attribution, gap, told)."""
    out = []
    for start, end in chains(body, s_start, s_end):
        match = _VOICE.match(body, end, s_end) or _POSITION.match(body, end, s_end)
        if match is None:
            continue
        place = _place(body, s_start, start) if match.re is _VOICE else None
        told = (Told(None, place),) if place is not None else ()
        out.append((start, end, match.group("cue").lstrip("、"), "direct", None, *told))
    return out


def _place(body: str, s_start: int, start: int) -> tuple[int, int] | None:
    """The span naming where the voices were, in the clause right before the first quote."""
    comma = body.rfind("、", s_start, start - 1)
    clause_start = comma + 1 if comma >= s_start else s_start
    opener = _OPENER.match(body, clause_start, start)
    if opener is not None:
        clause_start = opener.end()
    match = _PLACE.search(body, clause_start, start)
    if match is None or match.start() != clause_start and not "ぁ" <= body[match.start() - 1] <= "ゖ":
        return None  # the whole noun phrase, not the tail of a longer name
    return match.span("name")
