"""Quotes a sentence before introduces by naming only their speaker and a verb of speech, as magazines and
features write them: 民主党の山井和則衆院議員が指摘する。「…」, 同社の広報担当者は話す。「…」, 首相はこう言ってのけた。「…」.

The sentence is nothing but its speaker (Xは, Xが; when and where may stand before) and the verb, in any tense, with
no object of its own: what it says is the quote that follows, standing alone (no と and verb after it). Without a
speaker named, the sentence must point at the quote (こう, 次のように): 2月5日にもこう言ってのけた。 The quotes
that follow one after the other, with nothing between them but a line break, are all said.

A sentence that names its speaker and tells what they said or did in a verb of speech or of a statement, with its
matter, introduces the quotes after it too (岸田首相は…中国の対応を批判した。「A」「B」。, 国務長官は声明を発表した。\n「…」):
then every quote must be words said (ending as a sentence or a clause ends), since a cited headline (「首相、中国を
批判」。) may follow the last sentence of a report.
"""

from __future__ import annotations

import re

from core.claims.quote_marks import SAID_WORDS, quotes
from core.scan import skipping

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


# A sentence with its speaker, the matter, and a verb of speech or of a statement: 岸田首相は10日、記者会見を開き、中国の
# 対応を批判した。, ブリンケン国務長官は9日、声明を発表した。 (the speaker a topic or subject, when and where may stand before)
_STATEMENT = r"(?:声明|談話|コメント|メッセージ|見解|所感)を(?:発表|発出|公表|出)"
_TELLING = re.compile(
    r"(?:[^。「」\n]{0,30}?、)?(?P<gap>(?!と)[^。「」、\n]{2,30}?(?:は|が)、?)[^。「」\n]{0,60}?"
    r"(?P<cue>(?:" + _VERB + r"|" + _STATEMENT + r"|表明|演説|非難|抗議|警告|要求|要請|呼びかけ|呼び掛け)[ぁ-ゖ]{0,4})。$")
# A clause closed by と, what a sentence reports someone said: …ことだと, …得意なのでは、と (not 中国と韓国を: two names)
_REPORTED = re.compile(r"(?:だ|である|です|ます|[るたいうずは])、?と")
_TELLING_ENDING = re.compile(r"(?:" + _VERB + r"|" + _STATEMENT + r"|表明|演説|非難|抗議|警告|要求|要請|呼びかけ|呼び掛け)"
                             r"[ぁ-ゖ]{0,4}。$")
_TELLING_ENDING = skipping(_TELLING_ENDING)  # searched in every sentence ending in 。: re tried it at each letter


def introduced(body: str, s_start: int, s_end: int) -> list[tuple]:
    """The quotes standing alone after a sentence that names only their speaker and a verb of speech (or names the
    speaker, the matter and a verb of speech or statement), each held by the speaker named (the gap) or, with none
    named, by the sentence's omitted subject."""
    if body[s_end - 1 : s_end] != "。" or "「" in body[s_start:s_end]:
        return []
    match = _INTRODUCING.search(body, s_start, s_end) if _ENDING.search(body, s_start, s_end) else None
    if match is not None and match.start() != s_start and body[s_start:match.start()].strip():
        match = None
    telling = None
    if match is None and _TELLING_ENDING.search(body, s_start, s_end):
        telling = _TELLING.match(body, s_start, s_end)
        if telling is not None and _REPORTED.search(body, telling.start(), telling.start("cue")):
            telling = None  # 大切なのは…把握することだと川上氏は話す。: it tells what was said, no quote follows for it
    if match is None and telling is None:
        return []
    found = _standing_quotes(body, s_end)
    if telling is not None:
        match = telling
        found = found[: next((n for n, (a, b) in enumerate(found) if not SAID_WORDS.search(body, a, b)), len(found))]
    cue = body[match.start("cue") : s_end - 1]
    gap = match.span("gap") if match.group("gap") else None
    return [(a, b, cue, "direct", gap) for a, b in found]


def _standing_quotes(body: str, at: int) -> list[tuple[int, int]]:
    """The quotes from at on that stand alone, one after another: each sentence or line nothing but quotes (「A」「B」。,
    「C」\n), up to the first that has anything else (「…」と述べた: a quote with its own verb and speaker)."""
    found: list[tuple[int, int]] = []
    line: list[tuple[int, int]] = []  # the quotes of the sentence or line being read
    while True:
        while at < len(body) and body[at] in " \u3000\n":
            at += 1
        said = next(iter(quotes(body, at, min(len(body), at + 3000))), None) if body.startswith("「", at) else None
        if said is None or said[0] != at:
            return found
        line.append(said)
        after = body[said[1] : said[1] + 1]
        if after in ("「", "、") and body.startswith("「", said[1] + (after == "、")):
            at = said[1] + (after == "、")  # 「A」「B」, 「A」、「B」: the same sentence goes on
            continue
        if after not in ("", "\n", "。"):
            return found
        found += line
        line = []
        at = said[1] + (after == "。")
