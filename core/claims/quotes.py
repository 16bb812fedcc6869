"""Quotes and the predicates that report them: which 「…」 or clause is said, and by which verb.

Pieces of the clause reader (core.claims.clauses) that read one sentence's quotes: a quote
and its verb (「…」と述べた), quotes one after the other sharing it, what someone told as a
source (…が語ったところによると), and the uses that report nothing (a verb describing a noun,
a negated verb, a question).
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.claims.clauses import AFTER_CLAUSE, AFTER_QUOTE, NEGATED, TOLD, gap_of
from core.claims.said_forms import TOLD_CUES, described_speaker
from core.clauses.predicates import noun_of_speech


_HALF_WIDTH = str.maketrans("｢｣", "「」")


def as_corner_quotes(body: str) -> str:
    """body with every quote written as 「…」, character for character (offsets stay the same).

    Half-width brackets ｢…｣ (old keyboards, some wires) are quotes like 「…」; 『…』, “…” or 〝…〟 outside
    any 「…」 is a quote when a speech verb follows it (『…』と述べた), else a title or a word set apart
    (『…』を出版, a cited headline, “控えめ”な性格).
    The text is returned as it came when it has neither, so the article is split into sentences once.
    """
    if "｢" in body:
        body = body.translate(_HALF_WIDTH)
    if not any(opening in body for opening in _OTHER_QUOTES):
        return body
    chars, depth, at = None, 0, 0
    for mark in _MARKS.finditer(body):
        if mark.start() < at:
            continue
        char = mark.group(0)
        if char == "「":
            depth += 1
        elif char == "」":
            depth = max(depth - 1, 0)
        elif depth == 0:
            close = body.find(_OTHER_QUOTES[char], mark.start() + 1)
            if close < 0 or "「" in body[mark.start() + 1 : close] or "\n" in body[mark.start() + 1 : close]:
                continue
            if char != "『" and not re.search(r"[ぁ-ゖ]", body[mark.start() + 1 : close]):
                continue  # “リーダー”と紹介し, “収録”と伝える: a word set apart, not words said
            said = AFTER_QUOTE.match(body, close + 1)
            if said is not None and not said.group("as") and not qualifies_a_noun(body, said):
                chars = chars or list(body)
                chars[mark.start()], chars[close] = "「", "」"
                at = close + 1
    return "".join(chars) if chars else body


_OTHER_QUOTES = {"『": "』", "“": "”", "〝": "〟"}  # brackets some writers quote with: “…”と述べた
_MARKS = re.compile("[「」『“〝]")


_CORNERS = re.compile("[「」]")


def quotes(body: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Outermost 「…」 spans inside [start, end) (kept: the readers ask for a sentence's quotes many times)."""
    if body.find("」", start, end) < 0:
        return ()  # no quote closes there (most sentences): found in C, without the cache
    return _quotes(body, start, end)


@lru_cache(maxsize=1024)
def _quotes(body: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    out, depth, opened = [], 0, 0
    for mark in _CORNERS.finditer(body, start, end):  # only the marks: a sentence is read a dozen times
        if mark.group() == "「":
            if depth == 0:
                opened = mark.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append((opened, mark.end()))
    return tuple(out)


def quote_spans(body: str, s_start: int, s_end: int) -> list[tuple[int, int]]:
    """A sentence's outermost quotes, the first from the sentence's start when its opening mark was lost."""
    lost = body.find("」", s_start, s_end)
    if lost < 0:
        return []  # no quote closes in the sentence
    spans = list(_quotes(body, s_start, s_end))
    if lost > s_start + 4 and "「" not in body[s_start:lost] and body[s_start] not in "(（『":
        spans = [(s_start, lost + 1)] + spans  # もし…べきである」と大統領は語った: the opening mark was lost
    return spans


_INFLECTION = re.compile(r"[ぁ-ゖ]{0,5}?(?=[^ぁ-ゖ]|$|と|が|は|を|こと)")


def cue_of(body: str, match: re.Match) -> str:
    """The predicate as written, with its inflection: 述べた, 語っている, した (from とした)."""
    if match.group("as"):
        return match.group("as")[1:]
    name, tail, _ = _verb_end(body, match)
    return match.group(name) + (tail.group(0) if tail else "")


def _verb_end(body: str, match: re.Match) -> tuple[str, re.Match | None, int]:
    """The group of the predicate a match read (cue3: a noun of position after a quote, 意向を示し; cue4: a content
    published; cue6: a manner), its inflection after it (述べ|た) and where the two end."""
    name = _cue_name(match)
    tail = _INFLECTION.match(body, match.end(name))
    return name, tail, tail.end() if tail else match.end(name)


# (not a time the words were said at: と思っていた矢先, と語った直後; nor besides: と述べた他、…も「…」と述べた)
_NOUN_NEXT = re.compile(r"(?![上際後]|模様|一方|反面|半面|矢先|直後|直前|途端|瞬間|他(?:[、,]|に[、,]|にも))"
                        r"[\u4e00-\u9fff\u30a1-\u30fa]")
_PUBLISHED_NOUN = re.compile(r"[^、。「」を]{0,6}?(?:声明|談話|コメント|書簡|メッセージ|決議|報告)[^、。「」を]{0,2}を"
                             r"(?:発表|公表|出|発出|送|採択|明らかに)")
_INFERENCE = re.compile(r"[ぁ-ゖ]{0,4}?(?:ことになる|ことになった|ことになります)")


def qualifies_a_noun(body: str, match: re.Match, own_subject: bool = False) -> bool:
    """「評価する」と答えた割合: the speech verb describes a noun, or is negated; nobody is quoted.

    own_subject: the quote's clause names its speaker with が (プロのキャディが「…」と絶賛する装備): the relative
    clause still tells what they said."""
    if match.group("as"):
        return False
    name, tail, at = _verb_end(body, match)
    if match.group(name).endswith("言い") and body.startswith(("換え", "替え", "かえ"), match.end(name)):
        return True  # 「…」と言い換えてもいい: the writer's other words for a thing, nobody's statement
    if NEGATED.match(body, match.end(name)):
        return True  # …についてコメントしていない: nothing was said
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
    return not own_subject and bool(tail and tail.group(0).endswith(("た", "る", "いる"))) and bool(_NOUN_NEXT.match(body, at))


# A bracketed aside right after a quote: who said it or where it was read (（中央日報）, (東京新聞による))
_ASIDE_AFTER_QUOTE = re.compile(r"[(（](?![0-9０-９]{1,4}年|[0-9０-９]{1,2}月)[^()（）「」。\n]{1,24}[)）]")  # not a date (2008年6月5日)


# What follows として when a quote is what was said: 「不当」として抗議した, 「違憲」として提訴
_AS_SAID = re.compile(r"(?:は、?)?(?:[^、。「」]{0,12}?)(?:批判|非難|抗議|反発|反対|主張|提訴|訴え|説明|発表|表明|強調|指摘|拒否|"
                      r"否定|評価|歓迎|要求|求め|撤回|懸念|問題視|処分|告発)")
# 「A」と、またオダギリ氏も「B」とそれぞれ話していた: a second speaker named between two quotes under one verb
_NEXT_SPEAKER = re.compile(r"と、(?:また|さらに)?、?[^。「」、]{1,24}?(?:は|も|が)、?(?=「)"
                           # 清原選手は「A」、桑田氏(元巨人軍)も「B」と話している: speakers listed, each before their words
                           r"|、(?:また|さらに)?、?[^。「」、と]{1,24}?(?:[(（][^()（）「」。]{1,20}[)）])?(?:も|が)、?(?=「)")


# Views listed with their speakers in brackets, under one passive noun: などの分析が述べられた, といった意見が出た
_LISTED_VIEWS = re.compile(r"(?:など|といった)の?(?P<cue>(?:分析|意見|見方|見解|指摘|コメント|声|解説|予想)(?:が|も)"
                           r"(?:述べられ|出され|示され|寄せられ|相次|出)[ぁ-ゖ]{0,4})")


# What follows として when the quote is a name something is known by: 「…」として有名, として知られる, として親しまれ
_KNOWN_AS = re.compile(r"(?:[^、。「」]{0,8}?(?:に|で|の間で))?(?:有名|知られ|親しまれ|人気|話題|定着|愛され)")
# A quote that is a title: 「…」と題した記事, 「…」と銘打った, 「…」と名付けた
_TITLED = re.compile(r"(?:など)?と(?:題し|題す|題され|銘打|名付け|名づけ|命名)")


# A が-subject right before a quote, in the quote's own clause: 、プロのキャディが「 (not …のが「, ことが「: a clause made a noun)
_OWN_SUBJECT = re.compile(r"[\s\u3000]*(?:(?:そして|それも|ここでも|また|さらに|その後|一方|なお|ただ|しかし|合計|計)、?)?[\s\u3000]*"
                          r"(?P<name>(?!(?:これ|それ|あれ|どれ|何|誰|だれ|彼ら|自分)が)[^、。「」\n\s\u3000：:]{1,10}(?<=[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９%％らん])が)、?")


# A topic with a comma and no clause ended after it before the が-subject: 松下は、11日、広報グループが (not オリックス
# 球団は…記者会見を開き、中村監督が: the topic's clause ended, the が-subject speaks)
_TOPIC_HOLDS = re.compile(r"(?:は|では)、(?![^。「」]*?(?:[いしてりけえめせれ」]|ており|ていて)、)")


def _own_subject(body: str, s_start: int, q_start: int) -> re.Match | None:
    """The が-subject that opens a quote's clause right before it (、プロのキャディが「), or None."""
    if body[q_start - 1 : q_start] not in ("が", "、") or q_start - 1 <= s_start:
        return None  # most quotes: one look at the letter before
    left = max(body.rfind("、", s_start, q_start - 1), body.rfind("\n", s_start, q_start - 1), s_start - 1) + 1
    own = _OWN_SUBJECT.fullmatch(body, left, q_start)
    return None if own is None or _A_SHARE_OF_THINGS.search(own.group("name")) else own


# A share of things or a matter as the が-subject (削除依頼の大半が「…」として): what is told of, nobody who speaks
_A_SHARE_OF_THINGS = re.compile(r"(?:大半|半数|一部|全て|すべて|ほとんど|内容|結果|理由|原因|こと|もの|ため)が$")


# 「…」というのは、結婚5年目の美紀さん（29歳）。, 「…」と言うのは…麻美さん（32歳）。: a cleft on いう, its focus a person by title or honorific (not
# 「的を得る」というのは誤用だ: what the words mean)
_SAID_CLEFT = re.compile(r"(?:って|と)?(?:いう|言う)のは、?(?P<focus>[^。「」、]{1,30}?(?:氏|さん|ちゃん|くん|君|選手|監督|社長|教授|代表))"
                         r"(?:[(（][^()（）]{1,16}[)）])?(?:だ|です|である)?(?:。|\n|$)")
# 「…」と嘆くのは保険会社に勤務する宏子さん（36歳）。, 「…」と公言するのは東子さん（36歳）。: a cleft on any verb whose focus is
# a person by honorific (and age): the quote is theirs, however the verb tells it (not a question: 「…？」と聞くのは; not a
# name, 「ノリック」と呼ばれているのは…さん, nor words someone was told, と言われたのは, nor a thing so called that someone
# tried or had, 「…」というおまじないを試したのは)
_NAMED_OR_HEARD = re.compile(r"(?:れ|られ|せ|させ)(?:る|た|ている|ていた|てい)$|呼|名付|名乗|題|称|聞|尋|問|^(?:い|言)(?:う|った).")
_PERSON_CLEFT = re.compile(r"と(?P<cue>[^。「」、]{1,12}?)のは、?(?P<focus>(?:[^。「」、]|「[^「」。]{1,20}」){1,30}?(?:氏|さん|ちゃん|くん|君))"
                           r"(?:[(（][^()（）]{1,16}[)）])?(?:だ|です|である)?(?:。|\n|$)")
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
    _, tail, at = _verb_end(body, match)
    if not (tail and tail.group(0).endswith("の") or body.startswith("のは", at)):
        rest = _VERB_RUNS_ON.match(body, at)  # と言い切るのは: the verb goes on past its stem (言い + 切る)
        if rest is None:
            return None
        at = rest.end()
    end = s_end - 1 if body[s_end - 1] == "\n" else s_end
    cleft = _CLEFT.fullmatch(body, at, end)
    return cleft.span("focus") if cleft is not None else None


def direct(body: str, s_start: int, s_end: int) -> list[tuple]:
    """Quotes followed by a speech verb, with the span between them (it may name the holder)."""
    found, waiting = [], []
    for q_start, q_end in quote_spans(body, s_start, s_end):
        match = AFTER_QUOTE.match(body, q_end, s_end)
        aside = _ASIDE_AFTER_QUOTE.match(body, q_end, s_end) if match is None else None
        if aside is not None:  # 「…」(朝日新聞より)とコメントした, 「…」(同社幹部談)として: a source or speaker in brackets
            match = AFTER_QUOTE.match(body, aside.end(), s_end)
            if match is not None and match.group("as") and not re.search(r"[ぁ-ゖ]", body[q_start + 1 : q_end - 1]):
                match = None  # 「馬関駅」(ばかんえき)として開業: a name and its reading
        if match and match.group("as") and body[q_start - 1 : q_start] == "を" \
                and not re.search(r"[ぁ-ゖ]", body[q_start + 1 : q_end - 1]):
            match = None  # 3日間を「哀悼日」とし: a name given, not a statement
        if match and match.group("as") == "として" and not re.search(r"[ぁ-ゖ]", body[q_start + 1 : q_end - 1]) \
                and not _AS_SAID.match(body, match.end()):
            match = None  # 「ノリック」として知られ, 「紳助・竜介」として活躍: a name, not what was said
        if match and match.group("as") == "として" and _KNOWN_AS.match(body, match.end()):
            match = None  # 「負け組の星」として有名となった: a name it is known by, not what anyone said
        if match and _cue_name(match) in TOLD_CUES and not re.search(r"[ぁ-ゖ]", body[q_start + 1 : q_end - 1]):
            match = None  # …を「起訴相当」と議決したことを明らかにした: a term in a clause told, not words said
        if match and _TITLED.match(body, q_end):
            match = None  # 「在韓日本大使館にトラック突入！」と題した記事: a title given, not a statement
        if match is None and (cleft := _SAID_CLEFT.match(body, q_end, s_end)) is not None:
            # 「…」というのは、結婚5年目の美紀さん（29歳）。: the one the cleft closes on said it
            found += [(a, b, "いう", "direct", cleft.span("focus")) for a, b in waiting + [(q_start, q_end)]]
            waiting = []
            continue
        if match is None and body[q_end - 2] not in "？?" and re.search(r"[ぁ-ゖ]", body[q_start + 1 : q_end - 1]) \
                and (cleft := _PERSON_CLEFT.match(body, q_end, s_end)) is not None and not _NAMED_OR_HEARD.search(cleft.group("cue")):
            found += [(a, b, cleft.group("cue"), "direct", cleft.span("focus")) for a, b in waiting + [(q_start, q_end)]]
            waiting = []
            continue
        if match is None and aside is not None and (listed := _LISTED_VIEWS.match(body, aside.end(), s_end)):
            # 「A」(高英起:デイリーNK)、「B」(…)などの分析が述べられた: each said by the one in its brackets
            found += [(a, b, listed.group("cue"), "direct", None) for a, b in waiting]
            found.append((q_start, q_end, listed.group("cue"), "direct", None))
            waiting = []
            continue
        described = None
        if match is None and body.startswith("という", q_end):
            described = described_speaker(body, q_end + 3)  # 「…」というユミさんは: she says it
        elif match is not None and qualifies_a_noun(body, match):
            described = described_speaker(body, _verb_end(body, match)[2])  # 「…」と明かしたデーブ氏は: he said it
        if described is not None and re.search(r"[ぁ-ゖ]", body[q_start + 1 : q_end - 1]):
            cue = cue_of(body, match) if match is not None else "いう"
            found += [(a, b, cue, "direct", described) for a, b in waiting + [(q_start, q_end)]]
            waiting = []
            continue
        own = _own_subject(body, s_start, q_start) if match and not waiting and gap_of(match) is None else None
        if match and not qualifies_a_noun(body, match, own is not None):
            # プロのキャディが「…」と絶賛する装備: a clause describing a noun names its own speaker, the one read
            if own is not None and not qualifies_a_noun(body, match) and _TOPIC_HOLDS.search(body, s_start, own.start("name")):
                own = None  # 松下は、11日、広報グループが「…」: the topic speaks through its own people
            gap = gap_of(match) or (own.span("name") if own is not None else None) \
                or cleft_speaker(body, match, s_end)
            # 「A」「B」と述べた: quotes written one after the other share the last one's predicate
            found += [(a, b, cue_of(body, match), "direct", gap) for a, b in waiting]
            found.append((q_start, q_end, cue_of(body, match), "direct", gap))
            waiting = []
        elif body.startswith(("「", "、「", "とか、「", "とか「"), q_end) or _NEXT_SPEAKER.match(body, q_end, s_end) \
                or aside is not None and body.startswith(("「", "、「"), aside.end()):
            # 「A」とか、「B」などと話し: both said; 「A」と、またB氏も「C」とそれぞれ話した: each said theirs
            waiting.append((q_start, q_end))
        else:
            waiting = []
    return found


# 「…」トランプ大統領は、そう強調した。 「…」別の男性、クライド・パウレスは言った。: the speaker after the quote, no と;
# not 「…支援」も供与すると、…外相が語った (the quote is part of a clause)
_SAID_AFTER = re.compile(r"(?![ぁ-ゖ])(?:[^「」。]{0,40}?(?:、|に|で|後|前))??(?P<gap>[^「」。、をにでがはと]{2,24}?(?:は|が)、?)(?:そう|こう)?"
                         r"(?P<cue>言っ|語っ|述べ|話し|強調し|答え|説明し|主張し|付け加え|反論し|切り返し)(?:た|ている)。?$")


def said_after(body: str, s_start: int, s_end: int) -> list[tuple]:
    """A sentence that is a quote and then who said it, with no と between (a translated style)."""
    if body[s_start] != "「" or body[s_end - 1] not in "。た":
        return []
    found = quotes(body, s_start, s_end)
    if not found:
        return []
    end = found[-1][1]
    match = _SAID_AFTER.fullmatch(body, end, s_end)
    if match is None:
        return []
    gap, cue = match.span("gap"), match.group("cue") + body[match.end("cue"):s_end].rstrip("。")
    return [(a, b, cue, "direct", gap) for a, b in found]


# 「…」。岸田外相は10日の記者会見でこう語った。: the quote stands alone, the next sentence names who said it
_SAID_SO = re.compile(r"(?P<gap>[^「」。、]{2,40}?(?:は|が)、?)[^「」。]{0,30}?(?:こう|そう|このように|そのように)"
                      r"(?P<cue>語っ|語り|述べ|話し|強調し|説明し|明かし|訴え|答え|主張し|指摘し|力説し|振り返っ|語る|話す|述べる)"
                      r"(?:た|ている|ていた)?。?$")


def _only_quotes(body: str, s_start: int, s_end: int) -> tuple:
    """The quotes of a sentence that is nothing but quotes, else ()."""
    if body[s_start] != "「":
        return ()
    found = quotes(body, s_start, s_end)
    if not found or found[0][0] != s_start or body[found[-1][1] : s_end].strip("。 \n\u3000"):
        return ()
    return found


def said_next(body: str, s_start: int, s_end: int, later: list[tuple[int, int]]) -> list[tuple]:
    """A sentence that is only a quote, its speaker and verb in a later sentence (…はこう語った。), maybe after
    more sentences that are only quotes (「A」\n「B」\nX外相はこう語った。: A is said too)."""
    found = _only_quotes(body, s_start, s_end)
    for n_start, n_end in later:
        if not found or n_start >= n_end:
            return []
        match = _SAID_SO.fullmatch(body, n_start, n_end.__index__() - (body[n_end - 1] == "\n"))
        if match is not None:
            cue = body[match.start("cue") : match.end()].rstrip("。")
            return [(a, b, cue, "direct", match.span("gap")) for a, b in found]
        if not _only_quotes(body, n_start, n_end):
            return []
    return []


def continued(body: str, s_start: int, s_end: int, n_start: int, n_end: int) -> list[tuple]:
    """A sentence that ends with a quote and no verb, the next opening with a quote and its verb:
    首相は記者団に「A」。\n「B」と述べた. A is said by the same verb; the speaker is this sentence's."""
    found = quotes(body, s_start, s_end)
    if not found or body[found[-1][1] : s_end].strip("。 \n\u3000") or AFTER_QUOTE.match(body, found[-1][1], s_end):
        return []
    if n_start >= n_end or body[n_start] != "「":
        return []
    said = direct(body, n_start, n_end)
    if not said or said[0][0] != n_start or said[0][4] is not None:
        return []  # the next quote names its own speaker (「B」と外相は述べた): nothing carries over
    return [(found[-1][0], found[-1][1], said[0][2], "direct", None)]


def clause_before(body: str, s_start: int, quote_start: int) -> int:
    """Where the clauses before a sentence's first quote end: at its last comma."""
    comma = body.rfind("、", s_start, quote_start)
    return comma if comma > s_start else s_start


def told(body: str, s_start: int, s_end: int) -> list[tuple]:
    """What a source told, written as the source of the rest: キャロル氏が語ったところによると、…。"""
    if body.find("ところ", s_start, s_end) < 0:
        return []  # every reading holds ところ: most sentences are read no further
    match = TOLD.search(body, s_start, s_end)
    if match is None or s_end - match.end() < 6:
        return []
    end = s_end - 1 if body[s_end - 1] == "。" else s_end
    attribution = "mixed" if "「" in body[match.end():end] else "indirect"
    return [(match.end(), end, match.group("cue"), attribution, (s_start, match.start("cue")))]


def told_again(body: str, q_end: int, s_end: int) -> bool:
    """「…」と語ったと伝えた: the quote's report is itself reported."""
    match = AFTER_QUOTE.match(body, q_end, s_end)
    if match is None or match.group("as"):
        return False
    at = _verb_end(body, match)[2]
    return AFTER_CLAUSE.match(body, at, s_end) is not None or _TOLD_AS_NEWS.match(body, at, s_end) is not None


# 毎日新聞は、石原都知事が「…」と述べたことを伝えた: the words' telling is the news the outlet passes on
_TOLD_AS_NEWS = re.compile(r"こと[をも](?:伝え|報じ)")


def _cue_name(match: re.Match) -> str:
    for name in ("cue", "cue3", "cue4", "cue5", "cue6", "cue7", "cue8", "cue9", "cue10", "cue11"):
        if name in match.re.groupindex and match.group(name):
            return name
    return "cue"
