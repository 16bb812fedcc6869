"""Claim candidates: quoted passages and reported speech, with their cue and probable holder.

A quote 「…」 followed by a speech verb (と述べた, と指摘。, との見方を示した…) is a
direct claim; a clause ending in と + a speech verb is an indirect one. The
holder is the last person, organisation or country before it that is the
topic or subject of the clause (Xは, X外相は, Xも, Xが); a sentence with no
holder of its own continues the previous claim's holder (the omitted subject
of Japanese prose). 「AによるとBは…」 records A as the source the claim came through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.claims.spans import SpanIndex
from core.nlp.offices import office_after

# Speech verbs as they follow と (or との for the 見方 family), longest first.
SPEECH_VERBS = sorted(
    """
    見方を示した 考えを示した 認識を示した 立場を示した 姿勢を示した 見解を示した 見通しを示した
    考えを表明した 表明した 表明 明らかにした 述べた 述べ 語った 語り 話した 強調した 強調 指摘した
    指摘 伝えた 投稿した 投稿 答えた 応じた 主張した 主張 批判した 批判 訴えた 求めた 呼びかけた
    警告した 警告 説明した 説明 発表した 発言した 記した 書き込んだ 評価した 反論した 否定した
    約束した 宣言した コメントした 断言した 述べている 語っている 強調している 述べていた 語っていた
    補足した 補足 明言した 明言 発表 明かした 言明した 示唆した 非難した 非難 抗議した 要求した
    要請した 提案した 呼び掛けた 付け加えた 力説した 反発した 歓迎した 懸念を示した 期待を示した
    意欲を示した 自信を示した 不満を漏らした 不満を漏らしていた 漏らした 皮肉った 伝達した 伝達
    強調し 指摘し 表明し 明らかにし 説明し 主張し 批判し 訴え 求め した し
    """.split(),
    key=len,
    reverse=True,
)
_VERB = "(?P<cue>" + "|".join(SPEECH_VERBS) + ")"
# 「…」と述べた, 「…」と記者団に語った, 「…」とSNS「X」に投稿した, 「…」とベッセント氏は語った,
# 「…」との見方を示した; した/し only right after と.
_AFTER_QUOTE = re.compile(
    r"(?:との|と(?P<gap>(?:[^。「」、]|「[^」]{1,10}」){1,14}?(?:に|で|は|が)、?)?)" + _VERB
)
_INDIRECT = re.compile(r"(?:との|と)" + _VERB)
_VIA = re.compile(r"(?:の発表|の報道|の声明)?(?:によると|によれば)、?")
_HOLDER_PARTICLE = re.compile(r"(?:ら|側)?(?:は|が|も)、?")
# 長官は, 同氏は: a title standing for a person named earlier.
_BARE_TITLE = re.compile(
    r"(?<![\u4e00-\u9fff\u30a0-\u30ffA-Za-z])(?P<title>同氏|同(?:[\u4e00-\u9fff]{1,4})|長官|外相|首相|大統領|"
    r"国家主席|主席|報道官|副首相|財務長官|国務長官)(?P<particle>は、?|が|も)"
)
HOLDER_TYPES = ("PERSON", "ORG", "GPE")


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    cue: str
    attribution: str
    holder_entity_id: str | None = None
    holder_text: str | None = None
    via: list[dict] = field(default_factory=list)


def sentences(body: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: ends at 。 or a line break outside brackets."""
    out, start, depth = [], 0, 0
    for i, char in enumerate(body):
        if char in "「『":
            depth += 1
        elif char in "」』":
            depth = max(depth - 1, 0)
        elif (char == "。" and depth == 0) or char == "\n":
            out.append((start, i + 1 if char == "。" else i))
            start, depth = i + 1, 0
    if start < len(body):
        out.append((start, len(body)))
    return [(s, e) for s, e in out if body[s:e].strip()]


def _quotes(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost 「…」 spans inside [start, end)."""
    out, depth, opened = [], 0, 0
    for i in range(start, end):
        if body[i] == "「":
            if depth == 0:
                opened = i
            depth += 1
        elif body[i] == "」" and depth:
            depth -= 1
            if depth == 0:
                out.append((opened, i + 1))
    return out


def suggest(body: str, mentions: list) -> list[Candidate]:
    """Claim candidates in body; mentions are the article's entity mentions (start, end, type...)."""
    index = SpanIndex(mentions, HOLDER_TYPES)
    out: list[Candidate] = []
    last_subject = None  # the omitted subject of Japanese prose continues the last one named
    for s_start, s_end in sentences(body):
        people = index.within(s_start, s_end)  # each sentence reads only its own mentions
        found = _direct(body, s_start, s_end) or _indirect(body, people, index, s_start, s_end)
        for start, end, cue, attribution, gap in found:
            holder, holder_text, _ = _subject(body, people, index, *gap) if gap else (None, None, None)
            if holder is None and holder_text is None:
                holder, holder_text, _ = _subject(body, people, index, s_start, start)
            if holder is None and holder_text is None and last_subject is not None:
                holder = last_subject
                holder_text = body[_get(holder, "start") : _get(holder, "end")]
            out.append(Candidate(start, end, body[start:end], cue, attribution,
                                 _get(holder, "entity_id") if holder else None, holder_text,
                                 _via(body, people, s_start, start)))
            last_subject = holder or last_subject
        subject = _subject(body, people, index, s_start, s_end)[0]
        if not found and subject is not None:
            last_subject = subject
    return out


def _direct(body: str, s_start: int, s_end: int) -> list[tuple]:
    """Quotes followed by a speech verb, with the span between them (it may name the holder)."""
    found = []
    for q_start, q_end in _quotes(body, s_start, s_end):
        match = _AFTER_QUOTE.match(body, q_end, s_end)
        if match and _ends_clause(body, match) and not (match.group("gap") and match.group("cue") in ("した", "し")):
            gap = match.span("gap") if match.group("gap") else None
            found.append((q_start, q_end, match.group("cue"), "direct", gap))
    return found


def _ends_clause(body: str, match: re.Match) -> bool:
    """した/し count only as 'said' when the clause ends there (とした。, とし、)."""
    if match.group("cue") in ("した", "し"):
        return body[match.end() : match.end() + 1] in ("。", "、", "")
    return True


def _indirect(body: str, people: list, index: SpanIndex, s_start: int, s_end: int) -> list[tuple[int, int, str, str]]:
    """A clause ending in と + speech verb, with no quote of its own: the reported content.

    It starts after its holder (Xは、) or the source it came through (Xによると、).
    """
    match = None
    for candidate in _INDIRECT.finditer(body, s_start, s_end):
        if _ends_clause(body, candidate):
            match = candidate
    if match is None:
        return []
    clause_end = match.start()
    clause_start = s_start
    for via in _VIA.finditer(body, s_start, clause_end):
        if via.group(0):
            clause_start = via.end()
    _, _, after_subject = _subject(body, people, index, s_start, clause_end)
    if after_subject is not None:
        clause_start = max(clause_start, after_subject)
    while clause_start < clause_end and body[clause_start] in " \u3000、":
        clause_start += 1
    if clause_end - clause_start < 6:
        return []
    attribution = "mixed" if "「" in body[clause_start:clause_end] else "indirect"
    return [(clause_start, clause_end, match.group("cue"), attribution, None)]


def _subject(body: str, people: list, index: SpanIndex, s_start: int, limit: int):
    """(mention, surface, end) of the clause's subject before limit: the last Xは, else Xが/Xも.

    A bare title or 同氏 (長官は, 同氏は) stands for the last person named with it.
    Returns (None, surface, end) for such a title nobody earlier holds, and
    (None, None, None) when there is no subject at all.
    """
    found = []
    for mention in people:
        start, end = _get(mention, "start"), _get(mention, "end")
        if start < s_start or end > limit:
            continue
        position = end
        title = office_after(body, position)
        if title:
            position = title.end()
        particle = _HOLDER_PARTICLE.match(body, position)
        if particle and particle.end() <= limit:
            found.append((particle.group(0).lstrip("ら側")[:1], mention, body[start:position], particle.end()))
    for bare in _BARE_TITLE.finditer(body, s_start, limit):
        if not any(f[3] == bare.end() for f in found):
            person = _last_with_title(body, index, bare.group("title"), bare.start())
            found.append((bare.group("particle")[:1], person, bare.group(0)[: -len(bare.group("particle"))], bare.end()))
    found.sort(key=lambda f: f[3])
    topics = [f for f in found if f[0] == "は"] or found
    if not topics:
        return None, None, None
    _, mention, surface, end = topics[-1]
    return mention, surface, end


def _last_with_title(body: str, index: SpanIndex, title: str, before: int):
    """The last person before position whose name was followed by this title (ルビオ長官 … 長官は).

    Only the nearest mentions are read: a title refers back a few sentences, not across a book.
    """
    for mention in index.before(before):
        end = _get(mention, "end")
        if end > before or _get(mention, "type") != "PERSON":
            continue
        written = office_after(body, end)
        if title.startswith("同") or (written and title in written.group(0)):
            return mention
    return None


def _via(body: str, people: list, s_start: int, claim_start: int) -> list[dict]:
    """Sources the claim is reported through: 新華社によると, 中国外務省の発表によると."""
    out = []
    for mention in people:
        start, end = _get(mention, "start"), _get(mention, "end")
        if s_start <= start and end <= claim_start and _VIA.match(body, end) and _VIA.match(body, end).group(0):
            out.append({"entity_id": _get(mention, "entity_id"), "text": body[start:end]})
    return out


def _get(mention, key):
    return mention[key] if isinstance(mention, dict) else getattr(mention, key)
