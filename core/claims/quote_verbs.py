"""The verb after a quote: its inflection, and the uses of it that report nothing.

Reads the predicate a quote's reading matched (「…」と述べた) and the letters after it: its written form with
its inflection (cue_of), a verb describing a noun, negated, a condition or a question (qualifies_a_noun), a cleft
closing on its speaker (と話すのは…高田英男氏。), and a report of the report (と語ったと伝えた).
"""

from __future__ import annotations

import re

from core.claims.clauses import AFTER_CLAUSE, AFTER_QUOTE, NEGATED
from core.clauses.predicates import noun_of_speech


_INFLECTION = re.compile(r"[ぁ-ゖ]{0,5}?(?=[^ぁ-ゖ]|$|と|が|は|を|こと)")


def cue_of(body: str, match: re.Match) -> str:
    """The predicate as written, with its inflection: 述べた, 語っている, した (from とした)."""
    if match.group("as"):
        return match.group("as")[1:]
    name, tail, _ = verb_end(body, match)
    return match.group(name) + (tail.group(0) if tail else "")


def verb_end(body: str, match: re.Match) -> tuple[str, re.Match | None, int]:
    """The group of the predicate a match read (cue3: a noun of position after a quote, 意向を示し; cue4: a content
    published; cue6: a manner), its inflection after it (述べ|た) and where the two end."""
    name = cue_name(match)
    tail = _INFLECTION.match(body, match.end(name))
    return name, tail, tail.end() if tail else match.end(name)


# (not a time the words were said at: と思っていた矢先, と語った直後; nor besides: と述べた他、…も「…」と述べた)
_NOUN_NEXT = re.compile(r"(?![上際後]|模様|一方|反面|半面|矢先|直後|直前|途端|瞬間|他(?:[、,]|に[、,]|にも))"
                        r"[\u4e00-\u9fff\u30a1-\u30fa]")
_PUBLISHED_NOUN = re.compile(r"[^、。「」を]{0,6}?(?:声明|談話|コメント|書簡|メッセージ|決議|報告)[^、。「」を]{0,2}を"
                             r"(?:発表|公表|出|発出|送|採択|明らかに)")
# An intent shown, the speech verb before it its matter: 「…」と応じる考えを示した, と反論する姿勢を鮮明にした, と伝える意向を表明
_INTENT_SHOWN = re.compile(r"(?:考え|意向|方針|姿勢|構え|意思)を(?:改めて|重ねて)?(?:示|表明|明らかに|鮮明に|強調)")
_INFERENCE = re.compile(r"[ぁ-ゖ]{0,4}?(?:ことになる|ことになった|ことになります)")


# Verbs whose negation tells that the feeling showed: と憤りを隠せなかった, と喜びを抑えきれなかった
_NOT_HELD_BACK = ("隠せ", "隠しきれ", "隠し切れ", "抑えきれ", "抑え切れ", "禁じ得")
# …the clause ends there (隠せなかった。, 隠せず、), not a noun it describes (驚きを隠せないコメントが続出: the voices')
_SHOWED = re.compile(r"た?(?:[。、\n]|という|$)")


def qualifies_a_noun(body: str, match: re.Match, own_subject: bool = False) -> bool:
    """「評価する」と答えた割合: the speech verb describes a noun, or is negated; nobody is quoted.

    own_subject: the quote's clause names its speaker with が (プロのキャディが「…」と絶賛する装備): the relative
    clause still tells what they said."""
    if match.group("as"):
        return False
    name, tail, at = verb_end(body, match)
    if match.group(name).endswith("言い") and body.startswith(("換え", "替え", "かえ"), match.end(name)):
        return True  # 「…」と言い換えてもいい: the writer's other words for a thing, nobody's statement
    negated = NEGATED.match(body, match.end(name))
    if negated and not (match.group(name).endswith(_NOT_HELD_BACK) and _SHOWED.match(body, negated.end())):
        return True  # …についてコメントしていない: nothing was said (not と憤りを隠せなかった: it showed)
    if tail and (tail.group(0).endswith(("たら", "ても", "でも")) or body.startswith("ば", tail.end())):
        return True  # 会えないと嘆いたら負け, 「…」と一口に語ってみても: a condition or a concession, nothing was said
    if tail and body.startswith("か", tail.end()):
        return True  # …計画を伝えていたかという質問: asked, not said
    if name == "cue" and noun_of_speech(body, match.start(name), match.end(name)):
        return True  # 「…」との発言に対する謝罪: a noun of speech, the quote is its content, nobody says it here
    if tail and tail.group(0).endswith("の") and len(tail.group(0)) > 1 and not tail.group(0).endswith("ものの") \
            and not _CLEFT_AHEAD.match(body, at):
        return True  # …と認めるのが相当, …と述べたのは問題だ: the verb is made a noun (not a cleft's …と語ったのは、X氏。)
    if _INFERENCE.match(body, match.end(name)):
        return True  # …と判断したことになる: the writer's inference
    said_as = re.match(r"との|という", body[at : at + 3])
    if said_as and _NOUN_NEXT.match(body, at + said_as.end()) and not _PUBLISHED_NOUN.match(body, at + said_as.end()):
        return True  # 謝罪すべきとの意見: a noun's content; not …抗議するという声明文を発表した
    if body[match.start() - 1 : match.start()] == "」" and _INTENT_SHOWN.match(body, at):
        return False  # 「…」と応じる考えを示した: the intent the speaker showed is to say the quote, theirs (a quote only:
        # …会期末となる6月1日までに明らかにする意向: と there is no quotative)
    # a verb ending its clause before a noun, its inflection written after its stem: と語った記者, と述べる人, と呟く映像
    # (not ていく: …考えていく事をしています goes on)
    return not own_subject and bool(tail and (tail.group(0).endswith(("た", "る", "いる")) or tail.group(0) == "く")) \
        and bool(_NOUN_NEXT.match(body, at))


# 「…」と話すのは、ビクタースタジオ長の高田英男氏。: a cleft sentence, its speaker the focus after のは
_CLEFT = re.compile(r"の?は、?(?P<focus>(?:[^。「」]|「[^「」。]{1,20}」){2,60}?)(?:[(（][^()（）]{1,16}[)）])?(?:だ|である|です)?。?$")
# The same, read ahead of the verb made a noun: は, a name or office, and the sentence's end (no verb of its own)
_CLEFT_AHEAD = re.compile(r"は、?(?:[^。「」]|「[^「」。]{1,20}」){0,60}?(?:氏|さん|長|官|相|領|者|手|督|授|士|[\u30a1-\u30faー])(?:[(（][^()（）]{1,16}[)）])?(?:だ|である|です)?(?:。|\n|$)")


# The rest of a compound verb before a cleft's のは: 言い + 切る, 話し + 始めた
_VERB_RUNS_ON = re.compile(r"[\u4e00-\u9fff]?[ぁ-ゖ]{1,3}?(?=のは)")


def cleft_speaker(body: str, match: re.Match, s_end: int) -> tuple[int, int] | None:
    """The span of the one a cleft sentence closes on after a quote's verb (と話すのは…高田英男氏。), or None."""
    if match.group("as"):
        return None
    _, tail, at = verb_end(body, match)
    if not (tail and tail.group(0).endswith("の") or body.startswith("のは", at)):
        rest = _VERB_RUNS_ON.match(body, at)  # と言い切るのは: the verb goes on past its stem (言い + 切る)
        if rest is None:
            return None
        at = rest.end()
    end = s_end - 1 if body[s_end - 1] == "\n" else s_end
    cleft = _CLEFT.fullmatch(body, at, end)
    return cleft.span("focus") if cleft is not None else None


def told_again(body: str, q_end: int, s_end: int) -> bool:
    """「…」と語ったと伝えた: the quote's report is itself reported."""
    match = AFTER_QUOTE.match(body, q_end, s_end)
    if match is None or match.group("as"):
        return False
    at = verb_end(body, match)[2]
    return AFTER_CLAUSE.match(body, at, s_end) is not None or _TOLD_AS_NEWS.match(body, at, s_end) is not None


# 毎日新聞は、石原都知事が「…」と述べたことを伝えた: the words' telling is the news the outlet passes on
_TOLD_AS_NEWS = re.compile(r"こと[をも](?:伝え|報じ)")


def cue_name(match: re.Match) -> str:
    for name in ("cue", "cue3", "cue4", "cue5", "cue6", "cue7", "cue8", "cue9", "cue10", "cue11", "cue12", "cue13", "cue14", "cue15", "cue16", "cue17"):
        if name in match.re.groupindex and match.group(name):
            return name
    return "cue"
