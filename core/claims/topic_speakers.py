"""The speaker of a quote is the one its sentence has made its topic right before it (Xは、「…」と語った), unless
a nearer speaker is written with it.

A reader of 耐えかねた篤姫は「勝負じゃ！」と宣言 or 対するエリザバス・バンクスは「…」と笑顔を覗かせている takes the last
person, body or country written as a topic (は, も; a title, an honorific, an aside may stand between the name and its
particle) before the quote as its speaker, when nothing stands between that topic and the quote but the time, the
place and the manner of saying it: no other quote, no other subject (Bが, Bは). The sentence readers sometimes take
another: a topic farther back (篤姫の接客は, サム・ワーシントンは…が、), words no one is (と何度もコメント, 前半から),
the speaker of a sentence before, or nobody. A nearer speaker the readers found with its own writing (Bから「…」と
言われ, 「…」と首相は述べた) keeps the quote, and a person keeps it over a country or body as topic (王毅外相は、日本
は「…」と述べた: the country is what the words are about; 川口・JAXA教授は: the title).
"""

from __future__ import annotations

import re

from core.claims.candidate import Candidate
from core.claims.mention_views import MentionViews, views_of
from core.claims.reported import PASSIVE
from core.claims.short_forms import letters_in_order
from core.claims.voices import VOICED
from core.clauses.spans import SpanIndex
from core.sentences import LONGEST
from core.text import sentence_end, sentence_start

# What may follow a topic's name before its particle: a title (コミッショナー, 監督), an honorific, an aside (age,
# handle, reading), ら or たち; then は or も, maybe a comma (TOPIC_ASIDE, PERSON_HEAD and VOICES_RAISED are read by
# core.claims.described_topics too)
TOPIC_ASIDE = r"(?:[(（][^()（）「」。]{1,24}[)）])?"
TOPIC_TAIL = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー・]{0,12}?(?:氏|さん|君|くん|ちゃん|様)?" + TOPIC_ASIDE
                         + r"(?:ら|たち)?(?P<p>は|も)、?")
# A subject of its own between the topic and the quote: a noun with は or が (中国が, 同社幹部は; not では, には, たが)
OTHER_SUBJECT = re.compile(r"(?:[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9)）]|さん|ちゃん|くん)(?:は|が)(?![\u3041-\u3096])")
# Voices raised, the quote theirs and not the topic's: 「…」とする意見も出ており, 疑う声もあがった
VOICES_RAISED = re.compile(r"(?:声|意見|書き込み|投稿|反応)(?:が|も)")
# A name joined to the one after it, both the topic: 神浦氏と江畑氏は, ブッシュ氏とローラ夫人は
_JOINED = re.compile(r"[^、。「」]{0,4}?(?:と|や)")
# The kind of an entity by its registry id (person:mike-pompeo: the one in a seat the registry knows, named nowhere)
_KIND_OF_ID = {"person": "PERSON", "org": "ORG", "country": "GPE"}
# What a holder no entity answers to ends on when it names someone (関係者, 同社幹部, 監督, 所属事務所, 両首脳)
PERSON_HEAD = re.compile(r"(?:者|員|人|氏|さん|君|ちゃん|長|官|師|士|手|家|側|陣|団|党|局|省|庁|社|部|課|室|府|軍|会|"
                          r"連盟|政府|当局|首脳|議員|監督|選手|幹部|広報|事務所|代表|教授|医師|知事|市長|大使|大臣|相|ら|たち|"
                          r"筋|県|市|町|村|国|紙|誌|ファン|ユーザー|サポーター|スタッフ|メンバー|チーム)$")


def topic_speakers(body: str, mentions: list, found: list[Candidate], views: MentionViews | None = None) -> list[Candidate]:
    """The quotes, each held by the topic written right before it in its sentence where the readers took someone
    farther, someone of an earlier sentence, words no one is, or nobody."""
    people = None  # read only where a quote asks for the topic before it (most articles: none)
    for claim in found:
        if claim.attribution != "direct" or PASSIVE.search(claim.cue) or VOICED.search(claim.cue) \
                or VOICES_RAISED.search(claim.cue):
            continue  # (Xから「…」と言われた: who it came from; 「…」とする意見も出ており: the voices')
        s_start = sentence_start(body, claim.start, LONGEST)  # a page with no 。: read no further back than that
        if people is None:
            people = _People(views_of(mentions, views).holders)
        topic = _topic_before(body, people.index, s_start, claim.start)
        if topic is not None and _takes_over(body, people, claim, topic, s_start):
            claim.holder_entity_id, claim.holder_text = topic.entity_id, topic.text
    return found


class _People:
    """The persons, bodies and countries an article names, found by position and by who they are (a pass over all
    of them for each quote made a long article's work grow with its square)."""

    def __init__(self, index: SpanIndex) -> None:
        self.index = index  # the persons, bodies and countries by start
        self._first: dict = {}  # the first mention of each entity and of each text
        for mention in self.index.items:
            self._first.setdefault(("id", mention.entity_id), mention)
            self._first.setdefault(("text", mention.text), mention)

    def first(self, entity_id: str | None, text: str | None):
        """The first mention of the entity or of its text, or None."""
        named = [m for m in (entity_id and self._first.get(("id", entity_id)),
                             text and self._first.get(("text", text))) if m]
        return min(named, key=lambda m: m.start) if named else None

    def written(self, entity_id: str | None, text: str | None, start: int, end: int) -> bool:
        """Whether the entity or its text is named by a mention starting between start and end."""
        return any(entity_id and m.entity_id == entity_id or text and m.text == text
                   for m in self.index.within(start, end))


# The longest name a topic's window reaches back over (names are far shorter; a bound keeps each look local)
NAME_REACH = 64


def _topic_before(body: str, index: SpanIndex, s_start: int, start: int):
    """The last name written as a topic before the quote at start in its sentence, with nothing between them but
    words of when, where and how (no quote, no other subject), or None."""
    for mention in reversed([m for m in index.within(s_start, start) if m.end <= start]):
        named = body[mention.start - 1 : mention.start] == "「" and body.startswith("」", mention.end)
        tail = TOPIC_TAIL.match(body, mention.end + named, start)  # 「杉山すぴ豊」氏は: a name set in brackets
        if tail is None:
            continue
        gap = body[tail.end():start]
        if "「" in gap or "」" in gap or OTHER_SUBJECT.search(gap) or not body.startswith("「", start):
            return None
        if not named and body.rfind("「", s_start, mention.start) > body.rfind("」", s_start, mention.start):
            return None  # inside a quote still open
        if any(m.end <= mention.start and _JOINED.fullmatch(body, m.end, mention.start)
               for m in index.within(mention.start - NAME_REACH, mention.start)):
            return None  # two or more as one topic: neither alone
        while (named := next((m for m in index.within(mention.start - NAME_REACH, mention.start)
                              if m.type == "PERSON" and m.end <= mention.start
                              and body[m.end:mention.start] in ("", "・")), None)) is not None:
            mention = named  # ハワード・ディーン民主党全国委員長は: the person, the body is their title
        return mention
    return None


def _takes_over(body: str, people: _People, claim: Candidate, topic, s_start: int) -> bool:
    """Whether the topic is to hold the quote instead of the holder the readers gave it."""
    entity_id, text = claim.holder_entity_id, claim.holder_text
    if not text and not entity_id:
        return True  # nobody
    if entity_id and entity_id == topic.entity_id or text and (
            topic.text in text or text in topic.text or len(topic.text) > 1 and letters_in_order(topic.text, text)):
        return False  # the topic already (パキスタン外務大臣 for パキスタン, 日本高等学校野球連盟 for 高野連)
    first = people.first(entity_id, text)
    at = body.rfind(text, s_start, topic.start) if text else -1
    if at >= 0 and body[at + len(text):topic.start] in ("", "・"):
        return False  # デイヴィッド・ポーリソンFEMA長官は: the name, its body its title
    kind = first.type if first else kind_of_id(entity_id) or ("PERSON" if text and PERSON_HEAD.search(text) else None)
    if topic.type != "PERSON" and (kind == "PERSON" or topic.type == "GPE" and kind is not None):
        return False  # the person over a country or body as topic (王毅外相は、日本は「…」, ルイス・マキャベロ在日ペルー大使は)
    s_end = sentence_end(body, claim.end, LONGEST)
    if first and entity_id:
        return not people.written(entity_id, text, topic.end, s_end)  # farther back, or before
    at = body.rfind(text, s_start, claim.start) if text else -1
    if at >= topic.end:
        return False  # a nearer speaker written between them (…、同社幹部は「…」, 監督から「…」)
    after = body.find(text, claim.end, s_end) if text else -1
    if after >= 0:  # named after the quote (「…」と首相は述べた), unless words no one is (と何度もコメント)
        return body.startswith("も", after + len(text)) and not PERSON_HEAD.search(text)
    return True  # farther back (篤姫の接客は), in a sentence before, or nowhere: the topic


def kind_of_id(entity_id: str | None) -> str | None:
    """PERSON, ORG or GPE by an entity's id (person:mike-pompeo, found:PERSON:熊倉海渡), or None."""
    parts = (entity_id or "").split(":")
    return parts[1] if parts[0] == "found" and len(parts) > 2 else _KIND_OF_ID.get(parts[0])
