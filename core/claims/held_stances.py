"""Positions a holder takes without a verb of saying: a stance told as a state (ケニヤッタ氏も反対している, 首相は
増税に否定的だ), a denial or an opposition of what the sentence before told (ブチュタ氏はこのことを一貫して否定していた),
a campaign against something (閣僚が改正案に反対する運動を行っている), a reason given (同紙ではこの原因として、…などを
挙げている, …の武装解除を休戦の条件として挙げている), or a view or a feeling a named topic had (熊谷氏は…任せておけないという思いがあった).

No verb of saying introduces them, so the speech readers (core.claims.reported, core.claims.positions) pass them by;
yet each tells who holds what stance, as a reader marks it. The span follows the gold's convention: the matter the
stance is on when the sentence names it (改正案, この構想), else the stance itself (反対している). Kept out: a stance
inside a quote (someone else's words), a stance word in a compound noun (反対側, 反対車線, 支持率, 反対票), a stance
describing a noun (反対している議員), a negated one (反対していない), one whose holder is no name (…ことも反対
している) and a vote (…%が反対した: an act, 反対した, is read only on a matter named before its holder).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from core.claims.positions import clause_start
from core.claims.reports import Told

# Verbal nouns of a stance: each holds a position on a matter when its holder is named
STANCE_WORDS = "反対|賛成|支持|擁護|批判|非難|反発|懸念|否定|抗議|歓迎|同意|容認|反論|拒否"
# How firmly it is held, between the holder and the stance: 強く反対している, 一貫して否定していた
_HOW = r"(?:(?:強く|一貫して|激しく|公然と|改めて|真っ向から|全面的に|一斉に|一様に|猛|依然として|依然)、?)*"
# The last character of a holder's name before its particle: a name, a title, ら/たち, a bracket (not こと, これ)
_NAME_END = r"(?<=[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９々)）らち])(?<!こと)(?<!もの)(?<!これ)(?<!それ)"
# A stance held as a state: …も反対している, …は一貫して否定していた, …は反対の立場だ
_STATE = re.compile(_NAME_END + r"(?P<particle>は|も|が)、?" + _HOW
                    + r"(?P<span>(?P<word>" + STANCE_WORDS + r")(?:して(?:いる|いた|おり|きた|います|いました)"
                    r"|の立場(?:だ|である|です|をとって|を取って|をとる|を取る)"
                    # an act (反発し、, 反対した): a position only on a matter named (この構想に、各学科は反発し), else a vote
                    r"|(?P<act>し(?=、)|した(?=[。、]))))")
# The matter a stance is on, named before its holder: …の疑いについて、事務局長は否定している; この構想に、各学科は
_MATTER = re.compile(r"(?:について|に関して|に対して|に対し|をめぐって|をめぐり)(?:は|も)?、?|には、?|に、")
# What a holder's name cannot hold: a particle, a comma, a quote
_NOT_IN_NAME = re.compile(r"[、。「」をにがはでと]")
# Pronouns standing for the matter the sentence before told, which the readers of objects leave (この決定を歓迎, この
# 嫌疑を否定 they read): このことを否定していた, この件に反発している (a bare これ or それ tells too little to be held)
_PRONOUN = r"(?:この|その)(?:こと|事|件)|これ|それ"
_REFERRED = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30fa])(?P<span>(?:この|その)(?:こと|事|件))(?:を|に)(?:は|も)?、?" + _HOW
                       + r"(?P<word>否定|反対|批判|非難|反発|歓迎|支持|擁護|抗議|容認|拒否|反論)"
                       r"(?:して(?:いる|いた|おり|きた)|した(?=[。、])|し、|する(?=。))")
# A stance told as an attitude: 増税に否定的だ, 移籍に前向きな姿勢だ, 引き上げに反対の立場だ, 採用に慎重な姿勢を取っている (with 姿勢を示した: core.claims.positions)
# Adverbs closed by に, how an attitude is held and never the matter it is on (非常に慎重だ, 徹底的に否定的だ)
_ADVERB = r"(?:非常|本当|特|実|常|更|極端|完全|十分|大い|相当|一様|一層|意外|既|すで|さら|[\u4e00-\u9fff]{1,4}的)"
_ATTITUDE = re.compile(r"(?P<marker>に|には|に対して(?:は)?|に対し(?:ては)?|について(?:は)?)、?"
                       r"(?:(?P<who>[^。、「」をにがはでと]{2,16})(?:は|も|が)、?)?(?:" + _ADVERB + r"に、?)*"
                       r"(?:(?:否定的|懐疑的|慎重|消極的|批判的|前向き|肯定的|好意的|強硬)"
                       r"(?:(?:だ|である|です|な(?:姿勢|立場|考え|見方|態度|意見|見解)(?:だ|である|です)?)(?=[。、]|$)"
                       r"|な(?:姿勢|構え|態度|立場)を(?:見せ|みせ|取|と[っらりる]|崩さ|崩して|貫))"
                       r"|(?:反対|賛成)(?:(?:の立場)?(?:だ|である|です)(?=[。、]|$)|の立場を(?:取|と[っらりる])))")
# A campaign against a matter: 改正案に反対する運動を行っている (a demonstration nobody is named for is none)
_CAMPAIGN = re.compile(r"に(?P<word>反対|抗議)する(?:運動|キャンペーン|署名活動|集会)を(?:行|展開し|続け|起こ|始め)")
# A stance an outlet passes on from those it names: キリスト教界からも反対を伝えている
_PASSED_ON = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・])"
                        r"(?P<who>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・]{2,16}?)"
                        r"(?:から|の間から|の中から)(?:は|も)?、?(?P<span>(?:" + STANCE_WORDS + r")(?:の声)?)を(?:伝え|報じ)")
# A reason or a cause given, listed with 挙げる: 同紙ではこの原因として、…低迷や…高騰などを挙げている
_GIVEN_AS = re.compile(r"(?:理由|原因|要因|背景|根拠)として(?:は)?、?(?P<span>[^。]{2,80}?)を(?:挙げ|あげ)(?=て|た|、|る(?:[。、]|$))")
# A view or a feeling its holder had, told with ある: 熊谷氏は…任せておけないという思いがあったという, 外務省は…との
# 認識がある (the holder a named topic of the sentence, read by _topic_before: …という考えもある alone is nobody's, and
# 首相には is no topic it reads)
_MIND_NOUNS = "思い|考え|気持ち|認識|懸念|危機感|不安|意識"
_MIND_HELD = re.compile(r"(?:という|との)(?P<word>" + _MIND_NOUNS + r")が、?(?:強く)?(?:あ(?:る|った|り(?!ませ))|強(?:い|かった|まっ))")  # not ありません: none had
# A topic that names who holds a view: a person, a body, a side, a title (not この問題は, 背景は)
_HOLDER_TOPIC = re.compile(r"(?:氏|さん|君|相|長|官|領|党|省|庁|府|側|ら|たち|者|員|会|団|社|国|軍|局|監督|選手|教授|知事|議員|政府|当局)(?:は|も)、?$")
# The same told the other way round, the matter first: …の解放と…の武装解除を休戦の条件として挙げている
_LISTED_AS = re.compile(r"を(?:[^、。「」をはが]{1,12}の)?(?:条件|理由|原因|要因|根拠|前提)として(?:は)?(?:挙げ|あげ)(?=て|た|、|る(?:[。、]|$))")
_TRIM = " \u3000、"
_HOW_FIRST = re.compile(_HOW)
_CONNECTIVE = re.compile(r"(?:(?:なお|また|さらに|一方で?|しかし|ただ|特に)(?![ぁ-ゖ])、?)?")
_NOUN_NEXT = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa]")
# What turns a stance told into a question or a denial of it: 反対しているのか, 反対しているかどうか, 支持しているわけ
# ではない, 支持しているとは言えない, 反対しているのではないか (no one is said to hold it)
_NOT_HELD = re.compile(r"の?か(?:どうか|[。、?？]|$)|わけ(?:では|じゃ)な|とは(?:言え|いえ|限ら|思え)な|のでは(?:な|[?？])")


def held_stances(body: str, s_start: int, s_end: int, found: list[tuple]) -> list[tuple]:
    """Stances the sentence tells as states, attitudes, denials of a matter referred to, campaigns, stances passed on
    and reasons given, outside the claims already found: (start, end, cue, "position", gap) as core.claims.positions
    gives them, or (start, end, cue, "indirect", None, Told) when the holder is read here."""
    if _GATE.search(body, s_start, s_end) is None:
        return []  # most sentences hold no stance word at all (looked for in C)
    taken = [(f[0], f[1]) for f in found]
    quoted = _Quoted(body, s_start, s_end)
    out = []
    for start, end, cue, gap in _state_stances(body, s_start, s_end) + _referred_stances(body, s_start, s_end) \
            + _attitudes(body, s_start, s_end) + _campaigns(body, s_start, s_end) + _passed_on(body, s_start, s_end) \
            + [(*m.span("span"), "として…を挙げ", None) for m in _GIVEN_AS.finditer(body, s_start, s_end)] \
            + _minds_held(body, s_start, s_end) + _listed_as(body, s_start, s_end):
        if end - start < 2 or quoted.at(start) or any(a < end and start < b for a, b in taken):
            continue
        told = isinstance(gap, Told)  # the holder read here (キリスト教界からも反対を伝えている)
        out.append((start, end, cue, "indirect", None, gap) if told else (start, end, cue, "position", gap))
        taken.append((start, end))
    return out


# A word every rule below needs: a stance word, an attitude, or the verb a reason is given with
_GATE = re.compile(STANCE_WORDS + "|否定的|懐疑的|慎重|消極的|批判的|前向き|肯定的|好意的|強硬|挙げ|あげ|(?:という|との)(?:" + _MIND_NOUNS + ")が")


class _Quoted:
    """Whether a place lies inside a quote of the sentence: the stance is the quoted speaker's words, not a position
    told. More 「 than 」 from the sentence's start to it, each counted by bisecting the sentence's marks found once
    (counting them afresh for each stance read the sentence again for each: its square on a page of stances)."""

    def __init__(self, body: str, s_start: int, s_end: int):
        self.s_start = s_start
        self.opens = [m.start() for m in _OPEN.finditer(body, s_start, s_end)]
        self.closes = [m.start() for m in _CLOSE.finditer(body, s_start, s_end)]

    def at(self, at: int) -> bool:
        return at > self.s_start and bisect_left(self.opens, at) > bisect_left(self.closes, at)


_OPEN, _CLOSE = re.compile("「"), re.compile("」")


def _state_stances(body: str, s_start: int, s_end: int) -> list[tuple]:
    out = []
    for match in _STATE.finditer(body, s_start, s_end):
        if _NOUN_NEXT.match(body, match.end("span")) or _NOT_HELD.match(body, match.end("span")):
            continue  # 反対している議員: the stance describes a noun; 反対しているのか: asked, not told
        name_start = _name_start(body, s_start, match.start())
        if match.start() - name_start < 2 or body[name_start - 1 : name_start] in _READ_BEFORE:
            continue  # …ことも反対している: no name; …登録を地元も歓迎し, …おそれがあると教会は懸念: read with the object or clause
        gap = (name_start, match.end("particle"))
        matter = _matter_before(body, s_start, name_start)
        if match.group("act") and matter is None:
            continue  # 44.05%が反対した, イランは反発し: a vote or a reaction, no position on a matter told
        if _MATTER_TOPIC.search(body, name_start, match.start()):
            # 金銭授受への関与は否定している: the matter denied as the topic, its holder named before or not at all
            out.append((name_start, match.start(), match.group("particle") + match.group("span"), None))
            continue
        if matter is not None:
            out.append((*matter, _MATTER_CUE + match.group("span"), gap))
        else:
            out.append((match.start("span"), match.end("span"), match.group("particle") + match.group("span"), gap))
    return out


_MATTER_CUE = "…"
# A topic that is the matter, not who holds the stance: …への関与は否定している, 不倫の事実は否定した
_MATTER_TOPIC = re.compile(r"(?:への|に対する|に関する)|(?:関与|疑い|疑惑|事実|報道|容疑|関係|噂|うわさ|犯行|内容|不倫|交際|熱愛|存在|可能性|計画|案)$")
# The particle before a holder's name that leaves the stance to the readers of objects and clauses (…を地元も歓迎し)
_READ_BEFORE = ("を", "に", "と")


def _name_start(body: str, s_start: int, particle: int) -> int:
    """Where the holder's name ending at particle begins: after the last particle, comma or quote before it."""
    at = particle
    while at > s_start and not _NOT_IN_NAME.match(body, at - 1) and particle - at < 24:
        at -= 1
    return at


def _matter_before(body: str, s_start: int, name_start: int) -> tuple[int, int] | None:
    """The matter named right before the holder (…の疑いについて、事務局長は), as its span, or None."""
    matter = None
    for matter in _MATTER.finditer(body, max(s_start, name_start - 12), name_start):
        pass  # the last one
    if matter is None or matter.end() != name_start:
        return None
    # a noun phrase, maybe holding a clause of its own (今回持ち上がったチケット不正取引の疑い): after the last comma
    start = max(body.rfind("、", s_start, matter.start()) + 1, body.rfind("」", s_start, matter.start()) + 1, s_start)
    start += len(_CONNECTIVE.match(body, start).group(0))
    if matter.start() - start < 2 or re.fullmatch(_PRONOUN, body[start : matter.start()]):
        return None  # これに対し、イランは反発し: the matter told before, read as the stance itself
    return start, matter.start()


def _referred_stances(body: str, s_start: int, s_end: int) -> list[tuple]:
    out = []
    for match in _REFERRED.finditer(body, s_start, s_end):
        if _NOUN_NEXT.match(body, match.end()) or _NOT_HELD.match(body, match.end()):
            continue  # これに反対している議員: the stance describes a noun; …否定しているのか: asked
        out.append((match.start("span"), match.end("span"), body[match.end("span") : match.end()].rstrip("、"), None))
    return out


def _attitudes(body: str, s_start: int, s_end: int) -> list[tuple]:
    out = []
    for match in _ATTITUDE.finditer(body, s_start, s_end):
        start = _clause_before(body, s_start, match.start())
        matter = body[start : match.start()]
        if match.start() - start >= 2 and not re.fullmatch(_PRONOUN, matter) and not re.fullmatch(_ADVERB, matter):
            gap = match.span("who") if match.group("who") else (
                _subject_before(body, s_start, start) or _topic_before(body, s_start, start))
            out.append((start, match.start(), body[match.start() : match.end()], gap))
    return out


def _campaigns(body: str, s_start: int, s_end: int) -> list[tuple]:
    out = []
    for match in _CAMPAIGN.finditer(body, s_start, s_end):
        start = _clause_before(body, s_start, match.start())
        out.append((start, match.start(), body[match.start() : match.end()],
                    _subject_before(body, s_start, start) or _topic_before(body, s_start, start)))
    return out


def _clause_before(body: str, s_start: int, at: int) -> int:
    """Where the matter ending at at begins: its clause (core.claims.positions.clause_start), after a reason given
    with として (…が多額になるとして同規格の採用に), past commas, spaces and how firmly the stance is held."""
    start = clause_start(body, s_start, at)
    reason = body.rfind("として", start, at)
    start = reason + 3 if reason >= 0 else start
    while start < at and body[start] in _TRIM:
        start += 1
    return _HOW_FIRST.match(body, start, at).end()  # 一様に高島氏に批判的だ: how it is held, no part of the matter


def _subject_before(body: str, s_start: int, start: int) -> tuple[int, int] | None:
    """The span of the name and particle right before a clause (5人の閣僚が|改正案に反対する…), or None."""
    if body[start - 1 : start] not in ("は", "が", "も"):
        return None
    name_start = _name_start(body, s_start, start - 1)
    return (name_start, start) if start - 1 - name_start >= 2 else None


_TOPIC = re.compile(_NAME_END + r"(?:は|も)(?!じめ)、?")


def _topic_before(body: str, s_start: int, start: int) -> tuple[int, int] | None:
    """The span of the sentence's last topic before start (テレビ局は…として同規格の採用に慎重な姿勢), or None."""
    for topic in reversed(list(_TOPIC.finditer(body, s_start, start))):
        name_start = _name_start(body, s_start, topic.start())
        if topic.start() - name_start >= 2:
            return name_start, topic.end()
    return None


def _minds_held(body: str, s_start: int, s_end: int) -> list[tuple]:
    """熊谷氏は…任せておけないという思いがあった: the view is the named topic's, its content the clause before という."""
    out = []
    for match in _MIND_HELD.finditer(body, s_start, s_end):
        if _NOUN_NEXT.match(body, match.end()) or _NOT_HELD.match(body, match.end()):
            continue  # …という思いがある人: it describes a noun; …思いがあるのか: asked
        start = _clause_before(body, s_start, match.start())
        topic = _topic_before(body, s_start, start)
        if match.start() - start < 4 or topic is None or not _HOLDER_TOPIC.search(body, topic[0], topic[1]):
            continue  # …という懸念がある: nobody named holds it
        out.append((start, match.start(), body[match.start() : match.end()], topic))
    return out


def _listed_as(body: str, s_start: int, s_end: int) -> list[tuple]:
    """…の武装解除を休戦の条件として挙げている: the matter given as a condition or a reason, its clause before を."""
    out = []
    for match in _LISTED_AS.finditer(body, s_start, s_end):
        start = _clause_before(body, s_start, match.start())
        if body[start - 1 : start] == "」":
            continue  # 「…」「…」などの理由を根拠として挙げた: the quotes are what is given, read with them
        if match.start() - start >= 2 and not re.fullmatch(_PRONOUN, body[start : match.start()]):
            out.append((start, match.start(), body[match.start() : match.end()], None))
    return out


def _passed_on(body: str, s_start: int, s_end: int) -> list[tuple]:
    """キリスト教界からも反対を伝えている: the stance is theirs, the outlet only passes it on."""
    return [(*match.span("span"), body[match.end("who") : match.end()], Told(None, match.span("who")))
            for match in _PASSED_ON.finditer(body, s_start, s_end)]
