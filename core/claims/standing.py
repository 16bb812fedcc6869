"""Quotes that stand alone as a sentence or a paragraph, their speaker named in the sentences just before.

Features and interviews give a person's words a paragraph of their own after a sentence that names the person with
no verb of speech (会社員の実和さん(33歳)は、…こともあるという。\n「…んですよね」。) or after the interviewer's question
(——それまでは、どのような業務を？\n「…」). The words are the one named before's: a reader marks them as a claim. The
sentence must be nothing but quotes of said words (ending as a sentence or a clause ends, in kana: not a title, a
name, a term or a slogan), none a question, and the two sentences before it must name a person (a mention, or a name
with an honorific or a title) or be the question the words answer. The words are held by the one the sentence just
before presents (…のは祥子さん（30歳）。), has as its topic, or names last with a title (…コウジさんに意見を求めた), else
by the one the sentence before it names so, else by whoever spoke or was the subject last; not by one the words speak
of (「K子は…」). Words under a heading, a line-up or a label (大手掲示板では——, GK　川島永嗣, ・秋田：本田) or after readers'
voices (…コメントが相次いだ。, and every line of words after such an announcement: the sentence reader stops the rule
for the list's length) are not proposed. Quotes with a verb or a speaker of their own, and quotes a sentence
introduced or whose speaker went on, are read before this (core.claims.quote_neighbours, core.claims.introduced).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from core.claims.quote_marks import SAID_WORDS, has_kana, quotes
from core.claims.voices import NOUNS_OF_VOICE, VOICES_HEARD

# A connective a sentence of quotes may open with: さらに、「…」。 (not 一方, which turns to someone else: 一方、「…」という人も)
CONNECTIVES = ("さらに", "また", "その上で", "そのうえで", "続けて", "加えて", "そして", "ただ")
_CONNECTIVE = re.compile("(?:" + "|".join(CONNECTIVES) + ")、?")
# The letters such a sentence opens with: the sentence reader tries the rule only there
OPENINGS = "「" + "".join(sorted({word[0] for word in CONNECTIVES}))
# A person named with an honorific or a title (実和さん, 佐藤氏, 内田選手): no mention needed
_TITLES = r"(?:さん|氏|選手|監督|社長|会長|教授|医師|弁護士|議員)(?![\u4e00-\u9fff])"
# (not a kin word or a customer with さん: 奥さん, お母さん, 叔父さん, 娘さん, 息子さん, お客さん)
_NAMED = re.compile(r"(?!(?:[叔伯祖]?[父母]|奥|兄|姉|娘|息?子|嫁|旦那|客)さん)[\u4e00-\u9fff\u30a1-\u30faー々A-Za-z]{1,8}"
                    + _TITLES)
# An interviewer's question the words answer: a line opening with a dash (——…ですか？) or ending in a question mark
_QUESTION_LINE = re.compile(r"^[ \u3000]*(?:[—―─ー]{2}|[Qq][:：.．]|【?(?:質問|問)】?[:：]?)|[？?][ \u3000]*$")
# A line of a list of sources, as Wikinews closes an article: a cited headline (『…』。) or an outlet and a date
# (共同通信、2005年7月17日。): the quotes among them are headlines, not words said
_SOURCE_LINE = re.compile(r"^『.*』。?$|[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日。?$")
_SOURCE_LONGEST = 200
_LEAST = 12  # letters of the words inside the marks: shorter ones are cries, cheers or terms
_VOICES = re.compile(NOUNS_OF_VOICE)
# What may follow the name a sentence closes on, as it presents the one who speaks next (its title and age): …のは
# 祥子さん（30歳）。, という由衣さん（29歳）の話。, その1：ミキさん（28歳）の証言, と話すのは清香さん（28歳・教諭）だ。;
# or the particle of the name as the sentence's topic (貴子さんは)
_CLOSING = re.compile(r"[ \u3000]?(?:[(（][^()（）「」]{1,20}[)）])?(?:の(?:話|証言))?(?:だ|です)?(?=。|\n|$)")
_TOPIC = re.compile(r"(?:[(（][^()（）「」]{1,20}[)）])?(?:は|が|も)")
_TITLED = re.compile(_TITLES)
# The end of a sentence of prose, or of one running on into the words (…に訊ねてみると、\n「…」), not of a heading or
# a list's line
_STOPS = ("。", "！", "!", "…", "、")
# A line that is a label and its matter, words set apart by spaces or a lead-in to a list (・秋田：本田, GK　川島永嗣,
# 大手掲示板では——): no one it names speaks the words under it
_HEADING = re.compile(r"[：:]|\S[ \t\u3000]+\S|[—―－ー]{2}$")


def standing_alone(body: str, s_start: int, s_end: int, before: list[tuple[int, int]], persons: list,
                   last_cue: str | None = None) -> list[tuple]:
    """The quotes of a sentence that is nothing but words said, each (start, end, cue, "direct", the span of the name of
    their speaker in the sentences before, or None), when the two sentences before (before: their spans, oldest first)
    name a person or ask the question they answer; else [].
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
                or not has_kana(body, a, b, run=2):
            return []
    # the line after the words, read only as far as a source line runs (never the rest of a page with no line break)
    line_end = body.find("\n", s_end + 1, s_end + _SOURCE_LONGEST)
    follows = body[s_end:line_end] if line_end >= 0 else body[s_end:] if len(body) - s_end < _SOURCE_LONGEST else ""
    if any(_SOURCE_LINE.search(body[a:b].strip()) for a, b in before) or _SOURCE_LINE.search(follows.strip()):
        return []
    last = before[-1]
    if last_cue == "談":
        return [(a, b, "談", "direct", None) for a, b in found]  # one speaker goes on
    asked = _QUESTION_LINE.search(body[last[0] : last[1]].strip("\n"))  # (the one asked answers)
    if not asked and VOICES_HEARD.search(body, *last):  # ネット掲示板では、…コメントが相次いだ。\n「…」: anyone's
        return []
    if not asked and not any(m.type == "PERSON" for m in persons) and not any(_NAMED.search(body, a, b) for a, b in before):
        return []
    readings = [_named_in(body, a, b, persons, found) for a, b in reversed(before)]  # the sentence just before first
    if not asked and not any(readings[0][:3]) and any(VOICES_HEARD.search(body, a, b) for a, b in before[:-1]):
        return []  # …コメントが相次いだ。\n「A」\n「B」: the voices go on, unless the sentence between names a speaker
    line = body[last[0] : last[1]].rstrip(" \u3000\n")
    if not asked and not readings[0][3] and not line.endswith(_STOPS) and "「" not in line and _HEADING.search(line):
        return []  # a heading, a line-up or a label above the words (大手掲示板では——, GK　川島永嗣, ・秋田：本田)
    speaker = next((n for reading in readings for n in reading[:3] if n is not None), None)
    return [(a, b, "談", "direct", speaker) for a, b in found]


def _named_in(body: str, start: int, end: int, persons: list, said: list) -> tuple:
    """(closing, topic, last, presented) of a sentence [start, end) before words said (their spans): the span of the
    person it names outside its quotes as it closes (…という経験があるのは祥子さん（30歳）。, ・再び、みのもんた), the span
    of its topic (田中一郎監督は…), of the last one it names with a title (アラサー男子のコウジさんに意見を求めた, 前出の
    絵美さんによると), each None where there is none or the words themselves name them (「K子は…」: one spoken of); and
    whether the name it closes on has a title or what they are in brackets (・澤穂希（サッカー）, その1：ミキさん（28歳）の
    証言), as a line presenting the speaker has, not a line of a list (GK　川島永嗣)."""
    by_end = {m.end(): m.start() for m in _NAMED.finditer(body, start, end)}  # a name with its title, by where it ends
    untitled = set()
    for m in persons:  # a mention, with the title after it (佐藤花子さん, 内田選手): one name with the match ending there
        if m.type == "PERSON" and start <= m.start and m.end <= end:
            titled = _TITLED.match(body, m.end)
            by_end[titled.end() if titled is not None else m.end] = m.start
            if titled is None:
                untitled.add(m.end)  # (彼氏, バンギャ: the entity layer's guess, never the last named by that alone)
    quoted = quotes(body, start, end)
    opens = [q for q, _ in quoted]
    names = [(a, b) for b, a in sorted(by_end.items())
             if not (i := bisect_right(opens, a)) or quoted[i - 1][1] <= a]  # (not inside the sentence's own quotes)
    tail = body[start:end].rstrip("。\n \u3000")
    closing = next((n for n in reversed(names) if _CLOSING.fullmatch(tail, n[1] - start)), None)
    presented = closing is not None and (
        closing[1] not in untitled or tail[closing[1] - start :].lstrip(" \u3000").startswith(("(", "（")))
    topic = next((n for n in names if _TOPIC.match(body, n[1])), None)
    last = next((n for n in reversed(names) if n[1] not in untitled), None)
    return (*(n if n is not None and not _named_in_words(body, n, said) else None for n in (closing, topic, last)),
            presented)


def _named_in_words(body: str, name: tuple[int, int], said: list) -> bool:
    """Whether the words said (their spans) name the one named at name: 「まさかK子が…」 speaks of K子."""
    bare = _TITLED.sub("", body[name[0] : name[1]])
    return not bare or any(body.find(bare, a, b) >= 0 for a, b in said)
