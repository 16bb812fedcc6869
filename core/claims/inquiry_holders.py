"""A view an inquiry acts on or a judgement of a case (…と見て調べている, …とみて捜査, …と見ている) is held by the body
that inquires: the police, a prosecutor, an investigation's headquarters, an authority, a commission.

News names that body as the sentence's topic before the judged clause (月島署は山田さんは自殺を図ったと見て),
as a topic the clause reader left inside the claim (捜査一課は…とみている; また遺体は…、県警はこれらを使って…と見ており),
as a source (同課の話として, 中央署からの情報によると), or only in an earlier sentence (…三田署幹部の説明では…。
…佐藤さんは自殺したものとみている). The judged clause's own subject (the suspect, the victim) never holds the view, nor
the outlet that tells it. So the body written last before the judged clause in its sentence holds it, else the body the
article named last within a few sentences before; a view an inquiry acts on with no body named is nobody's. A 同 word
(同署, 同課, 同府警) stands for the last body named before with that word's end. A view held, or an inquiry made, by
someone the sentence names as its topic who is neither suspect nor victim (中村教授は…と見ている, …とみて調査を続けている)
is left as read, and a body opening the clause they judge is that clause's own topic (中村教授は、当局は…とみている).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from core.sentences import LONGEST
from core.text import previous_sentence_start, sentence_start

# A view: 見て / みて, alone before an inquiry's verb or held (見ている, みており)
_VIEW = re.compile(r"^[見み]て")
# A view an inquiry acts on, after the claim (…と見て調べている, …とみて、捜査を続けている), not a view held (見ている)
_INQUIRY = re.compile(r"[^。「」]{0,8}?[見み]て、?(?:調べ|捜査|詳し|身元|追及|調査|行方|確認を急|追って)")
# The word an investigating body's name ends with (大阪府警吹田署, 警視庁捜査1課, 東京地検特捜部, 合同捜査班, トルコ当局),
# not a word ending or beginning the same that names no body (各部署, 日課, 放課後, 重要課題, 博士課程, 高額課金)
_ENDS = (r"(?:警察本部|警察署|警察庁|警察|県警|府警|道警|警視庁|地検|高検|検察庁|検察当局|検察|特捜部|捜査本部|捜査班|"
         r"捜査[一二三四1-4１-４]課|[\u4e00-\u9fff0-9０-９]{1,6}(?<![日放賦])課(?![題程金後税目])|[\u4e00-\u9fff](?<!部)署|"
         r"当局|委員会|海上保安本部|海上保安部)")
# Its name: the letters before the word (none for a 同 word's own), not a word going on (警察官, 当局者, 署名)
_BODY = re.compile(r"(?P<name>(?:同|(?:[\u4e00-\u9fff\u30a1-\u30fa0-9０-９][\u4e00-\u9fff\u30a1-\u30faー・0-9０-９]{0,11})?)"
                   + _ENDS + r")(?![官者名長署\u30a1-\u30fa])")
# A short name the body goes by once named: 県警 for 福岡県警, 当局 for トルコ当局
_BARE = frozenset("警察 県警 府警 道警 検察 当局 捜査本部 委員会".split())
# Its short name after it in brackets: 第3管区海上保安本部(3管)は
_SHORT_NAME = r"(?:[(（][^()（）「」。]{1,10}[)）])?"
# Another body named beside it (県警や消防の話として, 地元警察・消防は): the two tell or judge it together
_BESIDE = r"(?:(?:や|と|・)[\u4e00-\u9fff\u30a1-\u30faー]{1,10}?)?"
# A body opening the judged clause or the sentence as its topic or subject (県警は, 警察では, 同署は、)
_AS_TOPIC = re.compile(_SHORT_NAME + _BESIDE + r"(?:は|では|が|も)(?![\u3041-\u3096])")
# A body told as the source (同課の話として, 同署へ取材したところ, 中央署からの情報によると, 捜査1課の話によると, 県警の調べでは)
_AS_SOURCE = re.compile(_SHORT_NAME + _BESIDE + r"(?:(?:幹部|関係者)?(?:からの情報|の話|の調べ|の発表|の説明)?(?:によると|によれば|として|では|で、)"
                        r"|(?:へ|に)取材したところ)")
# A body's topic or source opening the judged clause (県警は, 同署では、, 第3管区海上保安本部(3管)の調べでは)
_TOPIC_OPENING = re.compile(_SHORT_NAME + _BESIDE + r"(?:は|では|の(?:調べ|話)(?:では|によると|によれば))、?")
# A suspect or a victim, as the article writes them: 山本容疑者, 山田さん, 花子ちゃん
_CASE_PERSON = re.compile(r"[^、。「」]{0,3}?(?:容疑者|被告|受刑者|さん|ちゃん|くん|君)")
# A holder written as a suspect or a victim by the word itself (容疑者, 両容疑者, 被告)
_CASE_WORD = re.compile(r"(?:容疑者|被告人|被告|受刑者)(?:ら|たち)?$")
# A person's topic after their name, their title or office between: 中村教授は, 田中氏は, 山田社長は
_PERSON_TOPIC = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]{0,6}は")
# How many sentences before a claim's own the body is sought in
_SENTENCES_BACK = 5


def inquiry_holders(body: str, mentions: list, found: list) -> list:
    """The candidates, a view's holder read as the investigating body where the rules took the judged clause's subject,
    the outlet or nobody."""
    views = [c for c in found if _VIEW.match(c.cue or "")]
    if not views:
        return found
    orgs = sorted((m for m in mentions if m.type in ("ORG", "GPE")), key=lambda m: m.end)
    ends = [m.end for m in orgs]
    types = {m.entity_id: m.type for m in mentions if m.entity_id}
    people: dict[str, list[tuple[int, int]]] = {}  # each person's writings (start, end), in order
    for m in sorted((m for m in mentions if m.type == "PERSON" and m.entity_id), key=lambda m: m.start):
        people.setdefault(m.entity_id, []).append((m.start, m.end))
    named = _Bodies(body)
    out = []
    for candidate in found:
        out.append(_mended(body, candidate, orgs, ends, types, people, named) if _VIEW.match(candidate.cue or "")
                   else candidate)
    return out


class _Bodies:
    """The bodies an article names, read in one scan of it: all of them in order (starts, matches) and those named in
    full (neither a 同 word nor a bare 県警) by their name's last letter. Each claim reads them back by bisection instead
    of scanning the letters before it again (a page of a thousand 同署 claims)."""

    def __init__(self, body: str):
        self.matches = list(_BODY.finditer(body))
        self.starts = [match.start() for match in self.matches]
        self.full: dict[str, tuple[list[int], list[re.Match]]] = {}
        for match in self.matches:
            name = match.group("name")
            if not name.startswith("同") and name not in _BARE:
                starts, matches = self.full.setdefault(name[-1], ([], []))
                starts.append(match.start())
                matches.append(match)


def _mended(body: str, candidate, orgs: list, ends: list[int], types: dict, people: dict, named: _Bodies):
    s_start = sentence_start(body, candidate.start, LONGEST)
    held_by_body = _a_body(candidate.holder_text)  # 警視庁は…と見ている, 警視庁によると…と見ている: the body holds it already
    before = None if held_by_body else _body_before(body, s_start, candidate.start)
    inquiry = _INQUIRY.match(body, candidate.end) is not None
    # an inquiry is a body's, a company's into its own affairs (両社は…とみて調査を行っている) or the person's the sentence
    # names as its topic (中村教授は、…とみて調査を続けている), not one's the rules carried from a sentence before
    kind = types.get(candidate.holder_entity_id)
    wrong = not held_by_body and (
        inquiry and kind not in ("ORG", "GPE") and not (kind == "PERSON" and _named_before(body, candidate, people, s_start))
        or candidate.holder_text is None
        or _a_source(candidate) or _case_person(body, candidate, types, people, s_start)
        or _after_the_body(body, candidate, before, types, people))
    # a body opening the judged clause is the one judging, unless the sentence names another holder before the clause:
    # then it is the clause's own topic (中村教授は、当局は事実を隠しているとみている)
    inside = _topic_inside(body, candidate) if held_by_body or wrong \
        or not _named_before(body, candidate, people, s_start) else None
    if inside is not None:
        start, holder = inside
        entity, text = _resolved(holder, orgs, ends, named)
        return replace(candidate, start=start, text=body[start:candidate.end], holder_entity_id=entity, holder_text=text)
    if not wrong:
        return candidate
    if before is None:
        before = _body_named_last(body, s_start, named)
    if before is None:
        # no body named: a view an inquiry acts on is nobody's (not the suspect's); a view held is left as read
        return replace(candidate, holder_entity_id=None, holder_text=None) if inquiry else candidate
    entity, text = _resolved(before, orgs, ends, named)
    return replace(candidate, holder_entity_id=entity, holder_text=text)


def _a_body(text: str | None) -> bool:
    return bool(text) and _BODY.fullmatch(text) is not None


def _named_before(body: str, candidate, people: dict, s_start: int) -> bool:
    """Whether the holder read is written as the topic of the claim's sentence before the claim, its title or office
    between (中村教授は、…と見ている), not only in a sentence before it nor as another part (オノが発見され、…と見て)."""
    writings = people.get(candidate.holder_entity_id, []) if candidate.holder_entity_id else []
    i = bisect_left(writings, (s_start, 0))
    for start, end in writings[i:]:
        if start >= candidate.start:
            break
        if _PERSON_TOPIC.match(body, end, candidate.start):
            return True
    text = candidate.holder_text
    at = body.find(text, s_start, candidate.start) if text else -1
    return at >= 0 and _PERSON_TOPIC.match(body, at + len(text), candidate.start) is not None


def _a_source(candidate) -> bool:
    """Whether the holder read is the outlet or the source the claim was told through (朝日新聞によると)."""
    return bool(candidate.holder_text) and any(v.get("text") == candidate.holder_text for v in candidate.via)


def _topic_inside(body: str, candidate) -> tuple[int, re.Match] | None:
    """(the judged clause's start, the body) where a body opens the claim or a part of it after a comma as its topic
    (捜査一課は…, …、県警はこれらを使って…), the judged clause after it of 4 letters or more."""
    found = None
    for match in _BODY.finditer(body, candidate.start, candidate.end):
        # at the claim's start, after a comma, or after the verb of a clause describing it (…で編成された合同捜査班は)
        opens = match.start() == candidate.start or body[match.start() - 1] in "、たる"
        topic = _TOPIC_OPENING.match(body, match.end())
        if opens and topic is not None and candidate.end - topic.end() >= 4:
            found = (topic.end(), match)
    return found


def _body_before(body: str, s_start: int, limit: int) -> re.Match | None:
    """The body written last before limit in its sentence as a topic, a subject or a source, outside quotes."""
    found, depth, at = None, 0, s_start
    for match in _BODY.finditer(body, s_start, limit):
        depth += body.count("「", at, match.start()) - body.count("」", at, match.start())
        at = match.start()
        if depth <= 0 and (_AS_TOPIC.match(body, match.end()) or _AS_SOURCE.match(body, match.end())):
            found = match
    return found


def _body_named_last(body: str, s_start: int, named: _Bodies) -> re.Match | None:
    """The body named last in the few sentences before s_start."""
    begin = s_start
    for _ in range(_SENTENCES_BACK):
        if begin <= 0:
            break
        begin = previous_sentence_start(body, begin, LONGEST)
    for j in range(bisect_left(named.starts, s_start) - 1, -1, -1):
        match = named.matches[j]
        if match.start() < begin:
            return None
        if match.end() <= s_start:
            return match
    return None


def _case_person(body: str, candidate, types: dict, people: dict, s_start: int) -> bool:
    """Whether the holder read is a suspect or a victim of the case (山本容疑者, 山田さん), or a person written inside the
    judged clause (its own subject): the one judged of, never the one judging."""
    text = candidate.holder_text
    if _CASE_WORD.search(text):
        return True  # 容疑者は…とみている
    if candidate.holder_entity_id and types.get(candidate.holder_entity_id) != "PERSON" and not _CASE_PERSON.fullmatch(text):
        return False
    if body.find(text, candidate.start, candidate.end) >= 0:
        return True  # 一連の犯行は山本容疑者の単独でのものとみている
    writings = people.get(candidate.holder_entity_id, []) if candidate.holder_entity_id else []
    i = bisect_right(writings, (candidate.start, len(body))) if writings else 0
    at = writings[i - 1][1] if i else body.rfind(text, max(0, s_start - LONGEST), candidate.start) + len(text)
    return at >= len(text) and _CASE_PERSON.match(body, at) is not None


def _after_the_body(body: str, candidate, before: re.Match | None, types: dict, people: dict) -> bool:
    """Whether the holder read is a person written after the body that is its sentence's topic, before the claim: the one
    the view is of (検察当局ではA氏について…と見ている, 月島署は山田さんは…), never a source's."""
    if before is None or not _AS_TOPIC.match(body, before.end()) or not candidate.holder_text \
            or candidate.holder_entity_id and types.get(candidate.holder_entity_id) != "PERSON":
        return False
    if body.find(candidate.holder_text, before.end(), candidate.start) >= 0:
        return True
    writings = people.get(candidate.holder_entity_id, []) if candidate.holder_entity_id else []
    i = bisect_left(writings, (before.end(), 0))
    return i < len(writings) and writings[i][0] < candidate.start


def _resolved(match: re.Match, orgs: list, ends: list[int], named: _Bodies) -> tuple[str | None, str]:
    """(entity id, name) of a body written at match: the organisation the detector read ending there, a 同 word or a bare
    県警 read back to the last body named in full before it (within 4 × LONGEST letters) with that word's end, else the
    name as written."""
    name = match.group("name")
    if name.startswith("同") or name in _BARE:
        word = name[1:] if name.startswith("同") else name
        starts, matches = named.full.get(word[-1], ((), ()))
        floor = match.start() - 4 * LONGEST
        for j in range(bisect_left(starts, match.start()) - 1, -1, -1):
            back_match = matches[j]
            if back_match.start() < floor:
                break
            if back_match.end() <= match.start() and back_match.group("name").endswith(word):
                return _resolved(back_match, orgs, ends, named)
        return None, name
    i = bisect_right(ends, match.end())
    for mention in reversed(orgs[max(0, i - 4) : i]):
        if mention.end == match.end():
            return mention.entity_id, mention.text
        if mention.start <= match.start() < mention.end and mention.end >= match.end() - 1:
            return mention.entity_id, mention.text
    return None, name
