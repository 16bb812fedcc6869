"""The form of a quote Kaidan did not propose although its speaker is an entity, in closed classes (eval_claims --why).

Each missed quote is told along six axes, counted so a figure says which form of writing is not read (counts only,
so it may be run on parts held aside): what follows its closing bracket (と and a class of speech verb, と and a noun,
the sentence ending, a comma, 」の, 」など), where its speaker is named (before the quote in its sentence, in an earlier
sentence, after the quote, at a line opening X「 or X：), its brackets, its length, whether it stands in the headline
or a list line, and whether its sentence holds another quote.
"""

from __future__ import annotations

import re

from core.claims.why import where_written
from core.sentences import sentence_spans

_CLOSING = {"「": "」", "『": "』", "“": "”", "〝": "〟"}
_BRACKETS = {"「": "「」", "『": "『』", "“": "“”", "〝": "〝〟"}

# Classes of speech verb after と, tried in this order (と語った: said; と伝えた: told; …)
_VERBS = (
    ("said", r"(?:述べ|語|話|言|い[うっいわ]|発言|コメント|答え|応じ|返し|口に)"),
    ("told", r"(?:伝え|明か|打ち明け|告げ|説明|証言|吐露|報告)"),
    ("stressed", r"(?:強調|訴え|力説|主張|断言|指摘|念を押|語気を強め|強く)"),
    ("asked", r"(?:求め|呼びかけ|呼び掛け|要請|要求|問|質問|尋ね|促[さしすせそ])"),
    ("wrote", r"(?:書|記|投稿|綴|つづ|ツイート|つぶや|呟)"),
    ("announced", r"(?:発表|表明|明らかに|公表|声明|宣言|発言した|発信)"),
    ("する (とした, として, としている)", r"(?:し|す|さ)"),
)
_AFTER_TO = [(name, re.compile(r"と(?:も|は)?、?" + verbs)) for name, verbs in _VERBS]
_TO_NOUN = re.compile(r"と、?(?P<linked>の|いう)?[^\sぁ-ゖ、。「」]{1,8}(?P<case>を|の|が|に|で|も)")
_TO_OTHER_VERB = re.compile(r"と、?[^、。「」\n]{0,8}?[ぁ-ゖ]")
_ENDS = re.compile(r"[。．.!！?？]?(?:\n|$)|[。．]")
_LIST_LINE = re.compile(r"[\s\u3000]*(?:[・●○■□◆◇▼▽★☆\-－*＊→]|[0-9０-９]{1,2}[.．)）、]|[（(][0-9０-９]{1,2}[)）])")
_LINE_OPENING = re.compile(r"[^。、「」\nはがもを]{0,12}?[：:]?[\s\u3000]*\Z")  # 岡田外相「…」, 首相：…

AXES = ("after the quote", "speaker", "brackets", "length", "line", "other quotes")


def _bracket(body: str, start: int, end: int) -> tuple[int, int, str]:
    """The quote's own brackets: where its opening bracket stands, where its closing one ends, and the pair."""
    opening = next((i for i in range(start, min(end, start + 3)) if body[i] in _CLOSING), None)
    if opening is None:  # a span inside the brackets, or a mixed claim: the nearest opening bracket before its end
        opening = max((body.rfind(o, 0, end) for o in _CLOSING), default=-1)
        if opening < 0 or body.rfind("。", opening, start) >= 0:
            return start, end, "none"
    closing = body.find(_CLOSING[body[opening]], max(opening + 1, end - 1))
    return opening, (closing + 1 if closing >= 0 else end), _BRACKETS[body[opening]]


def _after(body: str, at: int) -> str:
    """What follows the closing bracket."""
    rest = body[at: at + 24]
    if rest.startswith("と"):
        for name, pattern in _AFTER_TO:
            if pattern.match(rest):
                return "と + " + name
        noun = _TO_NOUN.match(rest)
        if noun:
            return ("との or という + a noun (との見解を示した)" if noun.group("linked") else
                    "と + a noun + を (と難色を示した)" if noun.group("case") == "を" else "と + a noun + another particle")
        return "と + other verb" if _TO_OTHER_VERB.match(rest) else "と + nothing read"
    if _ENDS.match(rest) or not rest:
        return "nothing, the sentence ends"
    if rest[0] in "、,，":
        return "a comma"
    if rest.startswith("など"):
        return "」など"
    if rest.startswith("の"):
        return "」の"
    if rest[0] in "「『“":
        return "another quote"
    if rest[0] in "(（[［":
        return "an aside in brackets"
    if "\u3041" <= rest[0] <= "\u3096":
        return "another particle (」が, 」を, 」は)"
    return "a word, no particle (」外相は)"


def _speaker(body: str, spans, opening: int, closing: int, mention) -> str:
    """Where the nearest mention of the speaker stands against the quote."""
    if mention is None:
        return "no mention"
    at = mention.start
    line_start = body.rfind("\n", 0, opening) + 1
    if line_start <= at < opening and not body[line_start:at].strip(" \u3000・●○■") \
            and _LINE_OPENING.match(body[mention.end:opening]):
        return "a line opening X「 or X："
    where = where_written(body, {"start": opening, "end": closing}, at)
    if where == "an earlier sentence":
        s_start = next((a for a, b in reversed(spans) if a <= opening), 0)
        previous = next((a for a, b in reversed(spans) if b <= s_start), None)
        return "the previous sentence" if previous is not None and at >= previous else where
    return {"inside the claim": "inside the quote", "its sentence, before": "its sentence, before the quote",
            "its sentence, after": "its sentence, after the quote"}.get(where, where)


def _length(n: int) -> str:
    return next(f"{low}-{high - 1} letters" for low, high in ((0, 10), (10, 30), (30, 80), (80, 200), (200, 10**9))
                if n < high).replace("-999999999", "+")


def quote_form(body: str, claim: dict, mentions: list, answers, title: str | None = None) -> dict[str, str]:
    """The class of a missed quote along each axis; answers(mention) says whether a mention is its speaker."""
    opening, closing, pair = _bracket(body, claim["start"], claim["end"])
    spans = sentence_spans(body)
    before = [m for m in mentions if answers(m) and m.start < opening]
    after = [m for m in mentions if answers(m) and m.start >= opening]
    nearest = max(before, key=lambda m: m.start) if before else min(after, key=lambda m: m.start) if after else None
    line_start, line_end = body.rfind("\n", 0, opening) + 1, body.find("\n", closing)
    line = body[line_start: line_end if line_end >= 0 else len(body)]
    s_start = next((a for a, b in reversed(spans) if a <= opening), 0)
    s_end = next((b for a, b in spans if a < closing <= b), len(body))
    marks = len(re.findall("[「『“〝]", body[s_start:s_end]))
    headline = bool(title) and line.strip() == title.strip()
    return {
        "after the quote": _after(body, closing) if pair != "none" else "no brackets",
        "speaker": _speaker(body, spans, opening, closing, nearest),
        "brackets": pair,
        "length": _length(closing - opening),
        "line": "the headline" if headline else "a list line" if _LIST_LINE.match(line) else "a line of prose",
        "other quotes": "another quote in its sentence" if marks > 1 else "alone in its sentence",
    }
