"""A body told by a bare word for its kind (事務所は, 球団は, 協会は, 連盟は, 委員会は, 政府は, 当局は) or by a 同 word the
sentence readers left as words (同紙は): the body the article named before with that word holds the claim.

News names a body once in full, with the word for its kind as its name's end (日本スケート連盟, ノルウェーノーベル委員会,
メキシコ政府, イラク当局) or as the word describing the name after it (所属芸能事務所・アップフロントエージェンシー,
所属事務所のアップフロント), then calls it by that word alone: 事務所は「…」とコメントした, 連盟の説明では…としている.
Where exactly one body was named before with the word, the bare word stands for it; where two were (メキシコ政府 and
日本政府 before 政府は), it could mean either and is left as written. The bodies are read once per article, in order,
so each claim's word is a look-up, not a read of the article again.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from core.clauses.body_references import OUTLET, OUTLET_WORDS, refers_to_a_body
from core.clauses.referents import referred
from core.claims.mention_views import MentionViews, views_of
from core.clauses.spans import SpanIndex
from core.sentences import LONGEST
from core.text import sentence_start

# The words for a body's kind that stand alone for the body named with them; a prefecture's police too, named once in
# full (長野県警, 大阪府警, 北海道警) and then by its unit and 警 alone (県警は「…」としている)
HEADS = ("事務所", "球団", "協会", "連盟", "委員会", "組合", "政府", "当局", "県警", "府警", "道警")
# A holder written as one of them bare, or with what describes whose it is (所属事務所, 所属芸能事務所)
_BARE = re.compile(r"(?:所属)?(?:芸能)?(?P<head>" + "|".join(HEADS) + ")")
# A 同 word alone (同紙, 同協会), not a body's part or people (同社の広報部, 同国の保健福祉家族省: the readers' own)
_SAME_WORD = re.compile(r"同[\u4e00-\u9fff]{1,4}")
# A prefecture's police written in full (兵庫県警察, 兵庫県警察本部): its short form is 県警
_POLICE = ("県警", "府警", "道警")
_POLICE_FULL = "察"
# Where the words a name is written in run (a name ends at the head word; what comes before a run is no part of it),
# the kanji repeat mark too (佐々木憲昭事務所 is no 木憲昭事務所)
_LETTER = r"[\u4e00-\u9fff々\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ0-9０-９・]"
_NAMED = re.compile(r"(?<!" + _LETTER + r")(?P<name>" + _LETTER + r"{1,24}?)(?P<head>" + "|".join(HEADS) + ")")
# Words before the head that say whose or which body, not its name (所属事務所, 各国政府, 両政府, 同協会, 当委員会), a
# count of bodies (事実上2球団, パ5球団; 第3委員会 is one) or an item of a list the head is another of (辞任・事務所移籍)
_NOT_A_NAME = re.compile(r"(?:本|新|前|元|所属|芸能|所属芸能|大手|地元|現地|一部|関係|関連|親|子|各国|[0-9０-９一二三四五六七八九十]+)"
                         r"|.*[同当各両全他旧・]|.*(?<![第0-9０-９])[0-9０-９]+")
# A head word describing the name right after it: 所属芸能事務所・アップフロントエージェンシー, 所属事務所のアップフロント
_DESCRIBES = re.compile(r"(?:・|の|「|（|\()")
# Heads a country's name is written with for its state: メキシコ政府, イラク当局 (the state holds what they say)
_OF_A_STATE = ("政府", "当局")


class _Named:
    """The bodies the article named with each head word, in order: where each was named, and whether by then one body
    (its entity id and text) or two or more were named with that word."""

    def __init__(self, body: str, mentions: list):
        self.ends: dict[str, list[int]] = {}
        self.held: dict[str, list[tuple | None]] = {}
        orgs = {m.start: m for m in mentions if m.type == "ORG" and m.entity_id}
        bodies = SpanIndex(orgs.values())
        states = {m.end: m for m in mentions if m.type == "GPE" and m.entity_id}
        found = []
        for match in _NAMED.finditer(body):
            head, name = match.group("head"), match.group("name")
            state = states.get(match.start("head"))
            if head in _OF_A_STATE:  # メキシコ政府: the country; 保健当局: the words; 政府 alone (日本政府 no): none
                if state is not None:
                    found.append((match.end(), head, state.entity_id, state.text))
                elif head == "当局" and not _NOT_A_NAME.fullmatch(name):
                    found.append((match.end(), head, None, match.group(0)))
                continue
            if state is not None and state.start == match.start("name"):
                continue  # 中国協会: a country's body the detector did not read; its words are no name of one body
            if _NOT_A_NAME.fullmatch(name) is not None:  # 所属事務所・アップフロント: the name after the word
                after = _DESCRIBES.match(body, match.end())
                described = orgs.get(after.end()) if after is not None else None
                if described is not None:
                    found.append((described.end, head, described.entity_id, described.text))
                continue
            org = next((m for m in bodies.within(match.start() - 24, match.start("head") + 1)
                        if m.start <= match.start("head") < m.end), None)
            if org is None:  # 世界遺産委員会: the words name it
                found.append((match.end(), head, None, match.group(0)))
            elif org.end == match.end() or head in _POLICE and body.startswith(_POLICE_FULL, match.end()) \
                    and org.end in (match.end() + 1, match.end() + 3):  # 日本スケート連盟, 兵庫県警察本部: the detector's body
                found.append((org.end, head, org.entity_id, org.text))
        for end, head, entity_id, text in sorted(found, key=lambda f: f[0]):
            ends, held = self.ends.setdefault(head, []), self.held.setdefault(head, [])
            last = held[-1] if held else None
            key = entity_id or text
            if held and (last is None or (last[0] or last[1]) != key):
                held.append(None)  # a second body named with the word: from here on it could mean either
            else:
                held.append((entity_id, text))
            ends.append(end)

    def before(self, head: str, position: int) -> tuple | None:
        """(entity id, text) of the one body named with head before position, or None (none named, or two)."""
        ends = self.ends.get(head, ())
        i = bisect_right(ends, position)
        return self.held[head][i - 1] if i else None


def bare_body_holders(body: str, mentions: list, found: list, views: MentionViews | None = None) -> list:
    """found, each claim held by a bare word for a body's kind (事務所, 所属事務所, 連盟, 政府) or a 同 word left as words
    (同紙) held instead by the one body the article named before with that word; left as written when none or two were."""
    named = None
    index = None
    for claim in found:
        text = claim.holder_text
        if claim.holder_entity_id or not text:
            continue
        bare = _BARE.fullmatch(text)
        if bare is not None:
            named = named or _Named(body, mentions)
            at = _written_at(body, text, claim)
            held = named.before(bare.group("head"), at if at >= 0 else claim.start)
            if held is not None:
                claim.holder_entity_id, claim.holder_text = held
        elif _SAME_WORD.fullmatch(text) and refers_to_a_body(text):  # 同紙は: the paper named before (朝日新聞)
            at = _written_at(body, text, claim)
            if at < 0:
                continue
            index = index or views_of(mentions, views).everyone
            mention = referred(body, index, text, at, sentence_start(body, at, LONGEST))
            if not _named_with(mention, text) and text[1:] in OUTLET_WORDS:  # 朝日新聞は…。同紙は: the paper named last
                mention = next((m for m in index.before(at) if m.type == "ORG" and _outlet_of(m.text, text)), None)
            if _named_with(mention, text):
                claim.holder_entity_id, claim.holder_text = mention.entity_id, mention.text
    return found


def _named_with(mention, word: str) -> bool:
    """Whether a body's mention is named with the head of a 同 word: its name ends with it (同協会: 日本相撲協会), or it is
    an outlet of the kind a word for one names (同紙: 朝日新聞)."""
    return mention is not None and bool(mention.entity_id) and mention.type == "ORG" and (
        mention.text.endswith(word[1:]) or _outlet_of(mention.text, word))


# The kinds of outlet a name says it is, and the kind each 同 word for an outlet names: 同紙 is a paper or a magazine,
# never 共同通信 nor NHK named in between; 同局 a broadcaster; 同通信 an agency (ロイター, ル・モンド: a name that says
# no kind may be any)
_PRINT = re.compile(r"新聞|紙$|誌$|日報|タイムズ|ポスト")
_BROADCAST = re.compile(r"放送|テレビ|ラジオ|BBC|CNN|NHK|局$")
_AGENCY = re.compile(r"通信")
_KINDS = (_PRINT, _BROADCAST, _AGENCY)
_KIND_OF_WORD = {"紙": _PRINT, "誌": _PRINT, "新聞": _PRINT, "新聞社": _PRINT, "放送": _BROADCAST, "局": _BROADCAST,
                 "通信": _AGENCY, "通信社": _AGENCY}


def _outlet_of(name: str, word: str) -> bool:
    """Whether a body's name is an outlet a 同 word for one (同紙, 同局, 同通信) may stand for: an outlet of the word's
    kind, or one whose name says no kind."""
    kind = _KIND_OF_WORD.get(word[1:])
    if kind is None or not OUTLET.search(name):
        return False
    said = next((k for k in _KINDS if k.search(name)), None)
    return said is None or said is kind


def _written_at(body: str, text: str, claim) -> int:
    """Where the claim's holder words are written in its sentence, nearest before the claim, else after it; -1 if not."""
    s_start = sentence_start(body, claim.start, LONGEST)
    at = body.rfind(text, s_start, claim.start)
    if at < 0:
        stop = body.find("。", claim.end, claim.end + LONGEST)
        at = body.find(text, claim.end, stop if stop >= 0 else min(len(body), claim.end + LONGEST))
    return at
