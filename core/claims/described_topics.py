"""A quote or reported statement whose holder is written nowhere in its sentence is held by the one its sentence
describes as topic right before it, a person or body written as a noun and no entity (この教諭は「…」と説明, 両局では
「…」と, 女の子(小学4年)は, 大統領報道官は、…と発表した).

The sentence reader gives a quote with no named speaker the holder of the sentence before: the omitted subject of
Japanese prose. But a sentence may name its speaker by what they are (この教諭は, 大統領報道官は, 同大学側は), which no
entity answers to, so the readers carry a name from before (教委, a school's case told in the sentence before) past
it; core.claims.topic_speakers reads entity topics only. A reader takes the described topic as the speaker when the
holder given is written nowhere in the quote's sentence, the topic's noun ends on what names people or a body
(教諭, 報道官, 側, 当局, 局 with では), and nothing stands between it and the quote but when, where and how. The topic
does not take over the one it refers back to: a title the holder was written with (村上光一社長 … 社長は), a short
form of the holder (県は for 神奈川県, 同市は for 福知山市), 同X when the readers found someone (the referent readers
resolve it), and the family name and title of the person given (寺本真一: 寺本町長は).
"""

from __future__ import annotations

import re

from core.claims.candidate import Candidate
from core.claims.mention_views import MentionViews, views_of
from core.claims.confessions import is_confession
from core.claims.reported import PASSIVE
from core.claims.short_forms import letters_in_order
from core.claims.topic_speakers import OTHER_SUBJECT, PERSON_HEAD, TOPIC_ASIDE, VOICES_RAISED, kind_of_id
from core.claims.voices import VOICED
from core.clauses.referents import referred
from core.clauses.spans import SpanIndex
from core.nlp.offices import OFFICE_WORDS
from core.sentences import LONGEST
from core.text import sentence_end, sentence_start

_NOUN = r"[\u4e00-\u9fff\u30a1-\u30faー々A-Za-z0-9０-９]"
# A topic written as a noun: この/その/同/両 maybe, a run of letters (or 女の子), an aside, then は, では or も; after
# when it was said written with no comma (その後2人は, この日同社は, その一方A委員会は), the topic is the noun after it
_TOPIC = re.compile(r"(?<!" + _NOUN + r")(?:その(?:後|際|一方|上で)|この(?:日(?!本)|度|ほか))?"
                    r"(?P<noun>(?:この|その)?(?:" + _NOUN + r"{1,16}|[女男]の子))" + TOPIC_ASIDE + r"(?P<p>は|では|も)、?")
# Nouns naming people that PERSON_HEAD leaves out (教諭, 生徒, 女の子, 少年), and bodies (同校, 渋谷署, 同大学)
_MORE_HEADS = re.compile(r"(?:教諭|教員|生徒|学生|児童|の子|少年|少女|校|署|大学|病院|委)$")
# What speaks in 「では」: a body or its side (両局では, 同署では), not a ruling, a meeting or a report (判決では, 会見では)
_BODY_HEAD = re.compile(r"(?:局|省|庁|社|部|課|室|署|側|会|団|党|府|当局|政府|校|大学|病院|委|協会|機構)$")
# Words that end like a body or person but say when, where or what (今回, 同日, 内容, 島の北部), and the court's
# people (a ruling is the court's, core.claims.court_judgments): never a speaker here
_NOT_SPEAKER = re.compile(r"(?:裁判[長官所]?|判決|会見|調査|調べ|報道|発表|声明|論評|結果|内容|理由|一方|今回|同日|当時|"
                          r"現場|会場|[東西南北中全一内外上下]部|(?:聴聞|公聴|説明|講演|討論|記者|集|大|総)会)$")
# A speaker written right after the quote (「…」と判事は主張: the sentence names its holder, by a title read back)
_SPEAKER_AFTER = re.compile(r"(?:など)?と、?" + _NOUN + r"{1,16}(?:は|が)")


# How far before its quote a topic is looked for (a topic right before it; a bound keeps each look local)
TOPIC_REACH = 80
# How far from its words a holder is looked for in the sentence (a sentence of many quotes is read near each one)
WRITTEN_REACH = 200


def described_topics(body: str, mentions: list, found: list[Candidate],
                     views: MentionViews | None = None) -> list[Candidate]:
    """The quotes, each one held by a described topic right before it where the holder the readers gave it is
    written nowhere in its sentence."""
    index = titles = None  # read only where a statement asks (most articles: none)
    for claim in found:
        if claim.attribution not in ("direct", "indirect") or PASSIVE.search(claim.cue) or VOICED.search(claim.cue) \
                or VOICES_RAISED.search(claim.cue):
            continue  # (Xから「…」と言われた: who it came from; 「…」と疑う声もあがった: the voices')
        if is_confession(body, claim) and kind_of_id(claim.holder_entity_id) == "PERSON":
            continue  # 府警捜査一課は、「…」と容疑を否認していると説明: the suspect the readers gave, not the police
        if index is None:
            index = views_of(mentions, views).holders  # the sentence reader's (core.claims.mention_views)
        s_start = sentence_start(body, claim.start, LONGEST)
        s_end = sentence_end(body, claim.end, LONGEST)
        if _written(body, index, claim, s_start, s_end) or _SPEAKER_AFTER.match(body, claim.end):
            continue  # the sentence names its holder
        topic = _topic_before(body, max(s_start, claim.start - TOPIC_REACH), claim.start)
        if topic is None:
            continue
        noun, at = topic
        if claim.attribution == "indirect" and _SOURCE.search(body, s_start, at):
            continue  # スポーツ紙によると、…中学生は…義務付けるとしている: the reported clause's topic, not its teller
        if _refers_back(body, noun, at):
            if claim.holder_entity_id or claim.holder_text:
                continue  # 同市は, 首相は, 同社の広報部は: the referent readers resolved it to the one named before
            meant = referred(body, index, noun, at, s_start)
            if meant is None and _bare_title(noun):
                continue  # 長官は with no one named before: a title is never the holder
            claim.holder_entity_id, claim.holder_text = (meant.entity_id, meant.text) if meant else (None, noun)
            continue
        if titles is None:
            titles = _titles(body, index)
        if _takes_over(titles, claim, noun):
            claim.holder_entity_id, claim.holder_text = None, noun
    return found


def _written(body: str, index: SpanIndex, claim: Candidate, s_start: int, s_end: int) -> bool:
    """Whether the claim's holder is written in its sentence outside its words, within WRITTEN_REACH of them: a
    mention of it, or its text."""
    entity_id, text = claim.holder_entity_id, claim.holder_text
    for start, end in ((max(s_start, claim.start - WRITTEN_REACH), claim.start),
                       (claim.end, min(s_end, claim.end + WRITTEN_REACH))):
        if entity_id and any(m.entity_id == entity_id and m.end <= end for m in index.within(start, end)):
            return True
        if text and body.find(text, start, end) >= 0:
            return True
    return False


# A topic written before the one found, in the same sentence, and what ends its clause (…求めたが、同大学側は)
_OUTER_TOPIC = re.compile(r"(?:[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9)）]|さん|ちゃん|くん)は(?![\u3041-\u3096])")
_NEW_CLAUSE = re.compile(r"が、|ところ、|ため、|後、|上で、|」")
# A question or exclamation ending the topic's sentence (no 。 after it: …しないのか？　Xによると「…」)
_ASKED = re.compile(r"[？！]|[?!](?=[\s\u3000])")


def _refers_back(body: str, noun: str, at: int) -> bool:
    """Whether the topic refers back to one named before: 同X (同大学側), an office by its title (首相, 首相側, 新首相,
    韓国外相, 米国務長官), a bare kind of body (当局は: the commission named before), X of 同Y (同社の広報部)."""
    return noun.startswith("同") or _bare_title(noun) or _BARE_BODY.fullmatch(noun) is not None \
        or _OF_REFERRED.search(body, max(0, at - 8), at) is not None


def _bare_title(noun: str) -> bool:
    """Whether the topic is an office by its title (長官, 首相側, 新首相, 韓国外相, 米国務長官): it ends with an office
    that no other office comes before, which would name one person (大統領報道官: the president's spokesman)."""
    bare = noun.removesuffix("側")
    before = [bare[:-len(office)] for office in OFFICE_WORDS if bare.endswith(office)]
    return bool(before) and not any(words in OFFICE_WORDS for words in before)


# A source the sentence's report came through (…によると, …によれば)
_SOURCE = re.compile(r"によ(?:ると|れば)")
# A body by its kind alone, the one the article is about: 当局は, 政府は, 警察は
_BARE_BODY = re.compile(r"当局|政府|警察|県警|会社|球団|協会|委員会|事務局|事務所|大学|病院|学校")
# 同社の, 同支社の right before a topic: its officers speak for the body named before
_OF_REFERRED = re.compile(r"同[\u4e00-\u9fff]{1,5}の$")


def _topic_before(body: str, floor: int, start: int) -> tuple[str, int] | None:
    """The noun written as topic last before the quote at start (read back to floor, its sentence's start or
    TOPIC_REACH before it), naming people or a body, with nothing between it and the quote but when, where and how
    (no quote, no other subject), and where it begins; None if there is none."""
    last = None
    for match in _TOPIC.finditer(body, floor, start):
        last = match
    if last is None:
        return None
    noun, particle = last.group("noun"), last.group("p")
    gap = body[last.end():start]
    if "「" in gap or "」" in gap or OTHER_SUBJECT.search(gap) or _ASKED.search(gap) \
            or body.count("「", floor, last.start()) > body.count("」", floor, last.start()):
        return None  # another quote, subject or sentence between (…しないのか？ Xによると「…」), or inside an open quote
    outer = None
    for outer in _OUTER_TOPIC.finditer(body, floor, last.start()):
        pass
    if outer is not None and not _NEW_CLAUSE.search(body, outer.end(), last.start()):
        return None  # the topic of a clause inside another's words (娘は…意向に反して病院側は…と疑惑を提起した)
    bare = noun.removeprefix("この").removeprefix("その")
    if len(bare) < 2 or _NOT_SPEAKER.search(bare) or not (PERSON_HEAD.search(bare) or _MORE_HEADS.search(bare)):
        return None
    if particle == "では" and not _BODY_HEAD.search(bare):
        return None  # 会見では, 調べでは: where it was said
    return noun, last.start()


# The letters of a title written right after a name (村上光一社長: 社長)
_RUN = re.compile(_NOUN + "*")


def _titles(body: str, index: SpanIndex) -> dict:
    """Each entity's and each text's mentions and the words written right after them (村上光一社長: 社長), once an
    article."""
    titles: dict = {}
    for m in index.items:
        run = _RUN.match(body, m.end + (body[m.end:m.end + 1] == "・"), m.end + 13)
        for key in (("id", m.entity_id), ("text", m.text)):
            titles.setdefault(key, set()).update(w for w in (m.text, run and run.group()) if w)
    return titles


def _takes_over(titles: dict, claim: Candidate, topic: str) -> bool:
    """Whether the described topic is someone else than the holder the readers gave, not a way back to it."""
    entity_id, text = claim.holder_entity_id, claim.holder_text
    if not entity_id and not text:
        return True  # nobody
    bare = topic.removeprefix("この").removeprefix("その")
    short = bare.removeprefix("両")
    if text and (short in text or text in bare or letters_in_order(short, text)):
        return False  # a short form of the holder (県は: 神奈川県; 教諭は: この教諭)
    runs = titles.get(("id", entity_id), set()) | titles.get(("text", text), set())
    if any(short in run for run in runs):
        return False  # the title the holder was written with (村上光一社長 … 社長は, 小泉首相 … 首相は)
    if kind_of_id(entity_id) in ("ORG", "GPE") or text and _BODY_HEAD.search(text):
        return True  # a body's name is no person's family name (教委: この教諭は)
    names = {text} | {run for run in runs if not PERSON_HEAD.search(run)} if text else set(runs)
    # the person by their family name (寺本真一: 寺本町長は; ジャスティン・ガトリン: ガトリン選手は)
    return not any(name and (name[0] == bare[0] or any(len(part) > 1 and bare.startswith(part)
                                                       for part in name.split("・"))) for name in names)
