"""Quotes that stand alone as a sentence or a paragraph, their speaker named in the sentences just before.

Features and interviews give a person's words a paragraph of their own after a sentence that names the person with
no verb of speech (会社員の実和さん(33歳)は、…こともあるという。\n「…んですよね」。) or after the interviewer's question
(——それまでは、どのような業務を？\n「…」). The words are the one named before's: a reader marks them as a claim. The
sentence must be nothing but quotes of said words (ending as a sentence or a clause ends, in kana: not a title, a
name, a term or a slogan), none a question, and the two sentences before it must name a person (a mention, or a name
with an honorific or a title) or be the question the words answer. Quotes with a verb or a speaker of their own, and
quotes a sentence introduced or whose speaker went on, are read before this (core.claims.quote_neighbours,
core.claims.introduced).
"""

from __future__ import annotations

import re

from core.claims.quote_marks import SAID_WORDS, quotes
from core.claims.voices import NOUNS_OF_VOICE

# A connective a sentence of quotes may open with: さらに、「…」。
_CONNECTIVE = re.compile(r"(?:さらに|また|その上で|そのうえで|続けて|加えて|そして|ただ|一方で?)、?")
# A person named with an honorific or a title (実和さん, 佐藤氏, 内田選手): no mention needed
_NAMED = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー々A-Za-z]{1,8}(?:さん|氏|選手|監督|社長|会長|代表|教授|医師|弁護士|議員)"
                    r"(?![\u4e00-\u9fff])")
# An interviewer's question the words answer: a line opening with a dash (——…ですか？) or ending in a question mark
_QUESTION_LINE = re.compile(r"^[ \u3000]*(?:[—―─ー]{2}|[Qq][:：.．]|【?(?:質問|問)】?[:：]?)|[？?][ \u3000]*$")
# A line of a list of sources, as Wikinews closes an article: a cited headline (『…』。) or an outlet and a date
# (共同通信、2005年7月17日。): the quotes among them are headlines, not words said
_SOURCE_LINE = re.compile(r"^『.*』。?$|[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日。?$")
_LEAST = 12
_VOICES = re.compile(NOUNS_OF_VOICE)  # letters of the words inside the marks: shorter ones are cries, cheers or terms


def standing_alone(body: str, s_start: int, s_end: int, before: list[tuple[int, int]], persons: list,
                   last_cue: str | None = None) -> list[tuple]:
    """The quotes of a sentence that is nothing but words said, each (start, end, cue, "direct", None), when the two
    sentences before (before: their spans, oldest first) name a person or ask the question they answer; else [].
    persons: the mentions of those sentences; last_cue: the cue of the sentence before's last claim, if it had one
    (such words before: one speaker goes on; readers' voices before: the words may be anyone's, nothing is read)."""
    if last_cue is not None and _VOICES.search(last_cue):
        return []
    opening = _CONNECTIVE.match(body, s_start)
    start = opening.end() if opening is not None else s_start
    if body[start : start + 1] != "「" or not before:
        return []
    found = quotes(body, start, s_end)
    if not found or found[0][0] != start or body[found[-1][1] : s_end].strip("。 \u3000\n") \
            or any(body[b:c].strip("、 \u3000\n") for (_, b), (c, _) in zip(found, found[1:])):
        return []
    for a, b in found:
        if not SAID_WORDS.search(body, a, b) or body[b - 2] in "？?" or b - a - 2 < _LEAST \
                or not re.search(r"[ぁ-ゖ]{2}", body[a:b]):
            return []
    follows = body[s_end : body.find("\n", s_end + 1) if body.find("\n", s_end + 1) >= 0 else len(body)]
    if any(_SOURCE_LINE.search(body[a:b].strip()) for a, b in before) or _SOURCE_LINE.search(follows.strip()):
        return []
    last = before[-1]
    asked = _QUESTION_LINE.search(body[last[0] : last[1]].strip("\n"))
    if last_cue != "談" and not asked and not any(m.type == "PERSON" for m in persons) and not any(_NAMED.search(body, a, b) for a, b in before):
        return []
    return [(a, b, "談", "direct", None) for a, b in found]
