"""Quotes a sentence before introduces by naming only their speaker and a verb of speech, as magazines and
features write them: 民主党の山井和則衆院議員が指摘する。「…」, 同社の広報担当者は話す。「…」, 首相はこう言ってのけた。「…」.

The sentence is nothing but its speaker (Xは, Xが; when and where may stand before) and the verb, in any tense, with
no object of its own: what it says is the quote that follows, standing alone (no と and verb after it). Without a
speaker named, the sentence must point at the quote (こう, 次のように): 2月5日にもこう言ってのけた。 The quotes
that follow one after the other, with nothing between them but a line break, are all said.
"""

from __future__ import annotations

import re

from core.claims.quote_marks import quotes

# The verbs of speech such a sentence ends on (stems; any inflection follows): 指摘する, 語る, 話す, 明かす, 解説する
_VERB = (r"指摘|語|話(?=す|し)|述べ|言(?=う|っ)|明か|打ち明け|証言|解説|説明|憤|嘆|振り返|明言|主張|強調|反論|断言|"
         r"言い切|訴え|批判|分析|推測|予想|打ち明け|漏ら|こぼ|答え|続け|締めくく|力説|苦言を呈|警鐘を鳴ら|声を潜め")
_INTRODUCING = re.compile(
    r"(?:[^。「」\n]{0,30}?、)?"  # when, where or a connective: 2月5日、, 取材に対し、
    r"(?:(?P<gap>[^。「」、\n]{2,30}?(?:は|が|も)、?)(?:[^。「」、\n]{0,16}?(?:に|で|へ|に対し|に対して)、?)?"
    r"(?P<pointed>こう|そう|次のように|以下のように)?|[^。「」\n]{0,30}?(?P<pointing>こう|次のように|以下のように))"
    r"(?P<cue>" + _VERB + r")[ぁ-ゖ]{0,8}。$")
# The ending such a sentence must have (a verb of speech, its inflection, 。), looked for first: most sentences lack
# it, and the search above tries every place in a sentence, each with its lazy gaps.
_ENDING = re.compile(r"(?:" + _VERB + r")[ぁ-ゖ]{0,8}。$")


def introduced(body: str, s_start: int, s_end: int) -> list[tuple]:
    """The quotes standing alone after a sentence that names only their speaker and a verb of speech, each held by
    the speaker named (the gap) or, with none named, by the sentence's omitted subject."""
    if body[s_end - 1 : s_end] != "。" or "「" in body[s_start:s_end] \
            or _ENDING.search(body, s_start, s_end) is None:
        return []
    match = _INTRODUCING.search(body, s_start, s_end)
    if match is None or match.start() != s_start and body[s_start:match.start()].strip():
        return []
    found, at = [], s_end
    while True:
        while at < len(body) and body[at] in " \u3000\n":
            at += 1
        said = next(iter(quotes(body, at, min(len(body), at + 3000))), None) if body.startswith("「", at) else None
        if said is None or said[0] != at:
            break
        after = body[said[1] : said[1] + 1]
        if after not in ("", "\n", "。"):
            break  # 「…」と述べた: the quote has its own verb and speaker
        found.append(said)
        at = said[1] + (after == "。")
    cue = body[match.start("cue") : s_end - 1]
    gap = match.span("gap") if match.group("gap") else None
    return [(a, b, cue, "direct", gap) for a, b in found]
