"""People written right before a quote as its subject say it, though no entity names them: 周囲の職員らも「…」と話している,
…、この女性から相談を受けた弁護士が「…」と抗議, 現地赤十字のスポークスマンは「…」と語った.

News quotes officials, staff and passers-by it describes rather than names (a body's people: 外務省幹部, 政府関係者;
people by what they are: 住民, 専門家). The sentence readers take a quote's holder from the sentence's topic, the subject
carried over from earlier sentences or the source the sentence names; where the words that open the quote's own clause,
right before its bracket, are such people and no person's name is on them, those people say it. Their phrase (its head
noun with the body or place it belongs to: 現地赤十字のスポークスマン, 41歳の女性) becomes the holder, never a name from
elsewhere. A bare role that stands for someone named before (容疑者は, 監督は, 社長は) is left to the readers. The same
people may close a cleft after the quote (「…」と話すのは販売店の店長だ), and a title alone the readers took (弁護士) is held
with whose it is (トランプ氏の弁護士) or the clause describing it (首相に近い議員). Reported speech without quotes is read
the same way from its sentence's last topic (地裁は…したが、遺族は…として拒否した: the bereaved), unless others tell it
of them (…とみられている, …とAFP通信は伝えている).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from core.claims.candidate import Candidate
from core.claims.described_people import describes_people
from core.claims.holders import NOT_A_HOLDER, NOT_SAME_PEOPLE, NOT_THIS, OTHER_TITLE
from core.claims.topic_speakers import OTHER_SUBJECT
from core.claims.mention_views import MentionViews, views_of
from core.nlp.offices import OFFICE_WORDS

# The words of a setting: nouns joined by の (逮捕後の取調べ, 携帯電話), no clause of their own (…選手ということで)
_SETTING = r"[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９のべ]"
# The words opening a quote's clause and their particle, right before the bracket: a comma, the day or the setting they
# spoke in may come between (職員は取材に対し、「, 幹部は10日、「, 店長は会見で「)
_SUBJECT_AT_QUOTE = re.compile(r"(?P<phrase>[^、。「」『』\n]{2,40}?)(?:ら|たち)?(?:は|が|も)、?"
                               r"(?:(?:[0-9０-９]{1,2}日|" + _SETTING + r"{0,16}?(?:に対し(?:て)?|について|に関し(?:て)?|で|に))、?)?$")
# The most _SUBJECT_AT_QUOTE can span: the words (40), ら or たち, the particle, a setting (16) with に対して, two commas
_REACH = 70
# The head noun of those words, with the body or place it belongs to: 現地赤十字のスポークスマン, 41歳の女性, 弁護士
# (a describing clause before it, この女性から相談を受けた, is no part of who speaks)
_HEAD = re.compile(r"(?:[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９・]{1,20}の)?[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９・]{2,14}$")
_ASIDE = re.compile(r"[(（][^()（）「」。]{1,12}[)）]$")  # an age or a trade after the words: 男性店長（45）
_NAME_LETTER = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９・]")
# Bodies, not people (その後政府は, B-CAS社は: a body Kaidan does not know is left to the readers; bodies by their kind
# the readers take as speakers, core.claims.holders.SPEAKER_END: 調査隊, 広報グループ, 研究チーム, その後同隊は), and a count
# of people standing for those named before (2人は, この3人は) or one of a group (政府関係者の一人: the readers hold the group)
_BODY = re.compile(r"(?:省|庁|局|府|会|党|社|紙|誌|軍|派|機関|政府|当局|連合|組合|労組|連盟|協会|団体|団|部|メディア|マスコミ|"
                   r"ニュース|新聞|通信|放送|テレビ|ラジオ|[A-Za-z]{2,}|隊|グループ|チーム|陣営|(?<=[漁農生])協)$"
                   r"|(?:^|の)(?:[0-9０-９一二三四五六七八九十数]+人|ひとり)$")
# Roles that stand for one person the article named (容疑者は, 被告は, 監督は), and words that refer back (同, 当, この)
_ROLE = re.compile(r"(?:容疑者|被告人?|被害者|死刑囚|受刑者|選手|投手|監督|コーチ|騎手|調教師|親方|氏|さん|君|くん|ちゃん|夫人)$")
_OFFICES = tuple(OFFICE_WORDS)
# Those who knew someone from school or youth (当時を知る同級生), people no other list of people's words holds
_SCHOOLMATES = re.compile(r"(?:同級生|同窓生|同期生|元同級生|クラスメート|クラスメイト|幼なじみ|幼馴染み?)$")
_REFERS_BACK = re.compile(r"^(?:同" + NOT_SAME_PEOPLE + r"|当" + NOT_THIS + r"|本|この|その|あの|両|各)")  # (同級生, 同僚,
# 当局者: who they are)


def _speakers_phrase(body: str, quote_start: int) -> tuple[str, int, int, int] | None:
    """(head, head start, words start, end) of the people whose particle ends right at the quote opening at quote_start,
    or None."""
    floor = max(0, quote_start - _REACH)  # (a clause of a thousand quotes is not read again for each of them)
    line = max(body.rfind("。", floor, quote_start), body.rfind("\n", floor, quote_start),
               body.rfind("、", floor, quote_start - 1)) + 1
    found = _SUBJECT_AT_QUOTE.search(body, max(line, floor), quote_start)
    return people_head(body, found.start("phrase"), found.end("phrase")) if found is not None else None


# A cleft closing on who said the quote: 「…」と話すのは販売店の店長だ, と頭を抱えるのは、都内の男性店長（45）だ
_CLEFT = re.compile(r"(?:など)?と(?P<verb>[^、。「」\n]{1,12}?)のは、?(?P<focus>[^、。「」\n]{2,40}?)(?:だ|である|です)?(?:った|でした)?"
                    r"(?=[。\n]|$)")
# A cleft whose verb has a subject of its own closes on those spoken to, not the speaker (「…」と首相が言ったのは地元の
# 住民だ); a passive one (声をかけられたのは) the sentence readers never take as said
_NOT_THE_SPEAKER = OTHER_SUBJECT


def _cleft_phrase(body: str, quote_end: int) -> tuple[str, int, int, int] | None:
    """(head, head start, words start, end) of the people a cleft after the quote ending at quote_end closes on."""
    found = _CLEFT.match(body, quote_end)
    if found is None or _NOT_THE_SPEAKER.search(found.group("verb")):
        return None
    return people_head(body, found.start("focus"), found.end("focus"))


def people_head(body: str, start: int, end: int) -> tuple[str, int, int, int] | None:
    """(head, head start, start, end) of the words [start, end) that may name people, their aside (45) left out: the
    noun they end on with its の-owner (事故を目撃した現地の男性 → 現地の男性), None when they end on no noun."""
    aside = _ASIDE.search(body, start, end)
    end = aside.start() if aside is not None else end
    head = _HEAD.search(body, start, end)
    if head is None or head.end() != end:
        return None
    if head.start() > start and _NAME_LETTER.match(body, head.start() - 1):
        return None  # the words cut inside a longer name
    return head.group(0), head.start(), start, end


def _speaks_for_itself(head: str) -> bool:
    """Whether a phrase names people by what they are, not a role standing for someone named before nor a title alone."""
    if not (describes_people(head) or _SCHOOLMATES.search(head)) or NOT_A_HOLDER.search(head) or _ROLE.search(head) or _REFERS_BACK.match(head) \
            or _BODY.search(head):
        return False
    bare = head.rsplit("の", 1)[-1]
    return "の" in head or not _bare_title(bare)


# Someone a bare word names, who may be anyone the article told of (女性, 少年) or someone described before (この警部補):
# they say the quote only over a holder that is no person at all (a body, a place, an outlet told as the source)
_SOMEONE = re.compile(r"(?:男性|女性|少年|少女|男児|女児)$")
_THIS = ("この", "その")
# The end of a word for a person or people (警部補, 捜査員, 担当者, 職員, 店長), after この or その
_PERSON_END = re.compile(r"(?:[官員者家師士補長手人]|(?<=[学校院業])生|男性|女性|少年|少女|男児|女児)$")


class _Kinds:
    """The kinds (PERSON, ORG, GPE…) the article's mentions give each entity and each name, read once for all quotes:
    asking the whole list again for every quote made the work grow with quotes times mentions."""

    def __init__(self, mentions: list):
        self.of_entity: dict[str, set[str]] = {}
        self.of_text: dict[str, set[str]] = {}
        for m in mentions:
            if m.entity_id:
                self.of_entity.setdefault(m.entity_id, set()).add(m.type)
            self.of_text.setdefault(m.text, set()).add(m.type)

    def no_person(self, candidate: Candidate) -> bool:
        """Whether the holder read is a body or a place the article names, or nobody."""
        if candidate.holder_entity_id is None:  # words read as the holder: none, or the source the claim came through
            return not candidate.holder_text or candidate.holder_text in [v["text"] for v in candidate.via] or bool(
                self.of_text.get(candidate.holder_text, set()) - {"PERSON"})
        kinds = self.of_entity.get(candidate.holder_entity_id, set())
        return bool(kinds) and "PERSON" not in kinds

    def a_person(self, candidate: Candidate) -> bool:
        """Whether the holder read is a person the article names."""
        return "PERSON" in self.of_entity.get(candidate.holder_entity_id or "", ())


def _someone(body: str, head: str, start: int) -> bool:
    """Whether the head names someone only a holder that is no person yields to (判決後に会見した女性, この警部補)."""
    if _ROLE.search(head) or _BODY.search(head) or NOT_A_HOLDER.search(head):
        return False
    return bool(_SOMEONE.search(head)) or body.endswith(_THIS, 0, start) and bool(_PERSON_END.search(head))


# How far after a quote its sentence's words are read for the holder (…」と主治医は話した)
_AFTER_QUOTE_REACH = 80


def _words_from_elsewhere(body: str, candidate: Candidate, words: int) -> bool:
    """Whether the holder read is words (主治医, no entity) written nowhere in the quote's own sentence, before the quote
    or after it up to the sentence's end: carried from another sentence, they are someone else than the 女児 this
    clause opens with (the next sentence naming them again, 主治医も…, is no sentence of the quote's)."""
    text = candidate.holder_text
    if candidate.holder_entity_id or not text:
        return False
    floor = max(0, words - _TOPIC_REACH)
    sentence = max(body.rfind("。", floor, words), body.rfind("\n", floor, words), floor - 1) + 1
    reach = min(len(body), candidate.end + _AFTER_QUOTE_REACH)
    end = min((e for e in (body.find("。", candidate.end, reach), body.find("\n", candidate.end, reach)) if e >= 0),
              default=reach)
    return body.find(text, sentence, end) < 0


def _bare_title(text: str) -> bool:
    """Whether words are a title alone (弁護士, 議員, 報道官), which names no one without its owner or its person."""
    return text in OFFICE_WORDS or OTHER_TITLE.fullmatch(text) is not None


# The end of a clause describing the noun after it: 首相に近い|議員, 事件を担当した|弁護士
_DESCRIBING_END = re.compile(r"(?:[いたるうくすつむぬぶぐ]|ている|ていた)$")


def _title_described(body: str, head: str, start: int, words: int) -> bool:
    """Whether a bare title (議員) is described by the clause before it (安倍晋三首相に近い議員), so names someone the
    article has not named rather than standing for them."""
    return _bare_title(head) and start > words + 2 and _DESCRIBING_END.search(body, words, start) is not None


# Longer than any name a mention holds: only mentions starting this far before the people's own word can reach it
_LONGEST_NAME = 80


class _TitledNames:
    """Where the words after a person's name first read as a given phrase (大野|運転手 for 運転手), built once for each
    phrase length, so that 運転手が「…」 is known as a title written before with a name without reading every name
    again for every quote."""

    def __init__(self, body: str, people: list):
        self.body, self.ends = body, sorted({m.end for m in people})
        self.by_length: dict[int, dict[str, int]] = {}

    def before(self, head: str, start: int) -> bool:
        """Whether head is written right after a person's name that ends before start."""
        firsts = self.by_length.get(len(head))
        if firsts is None:
            firsts = self.by_length[len(head)] = {}
            for end in reversed(self.ends):
                firsts[self.body[end : end + len(head)]] = end
        return firsts.get(head, start) < start


def people_at_quotes(body: str, mentions: list, found: list[Candidate], views: MentionViews | None = None) -> list[Candidate]:
    """found, each quote opened by the people of its own clause (no name on them) held by those people."""
    # the article's mentions indexed, their kinds, the titles after names: built for the first quote opened by people
    # (few articles have one), not for every article
    indexed = None
    for candidate in found:
        if candidate.attribution != "direct" or not body.startswith("「", candidate.start):
            continue
        phrase = _speakers_phrase(body, candidate.start) or _cleft_phrase(body, candidate.end)
        if phrase is None:
            continue
        if indexed is None:
            shared = views_of(mentions, views)
            indexed = shared.everyone, shared.people, shared.built(_Kinds), _TitledNames(body, shared.people.items)
        index, people, kinds, titled = indexed
        head, start, words, end = phrase
        last = start + head.rfind("の") + 1  # the people's own word (トランプ氏の|弁護士: the person only owns them)
        # (a person the article names may be so described, 北極点に立った大公: theirs stays)
        described = _title_described(body, head, start, words) and not kinds.a_person(candidate)
        if described:  # 安倍晋三首相に近い議員: the title and the clause describing it
            head, start = body[words:end], words
        elif not (_speaks_for_itself(head) or _someone(body, head, start) and (
                kinds.no_person(candidate) or _words_from_elsewhere(body, candidate, words))):
            continue
        if body.endswith(_THIS, max(0, start - 2), start) and not _PERSON_END.search(head):
            continue  # ネウパネ会長は、このファンは「…」: those told of before are the matter, the topic says it
        if any(last < m.end for m in people.within(max(0, last - _LONGEST_NAME), end)) or titled.before(head, start):
            continue  # a person's name on the words, or written before with them as a title (大野運転手 … 運転手が)
        text = candidate.holder_text or ""
        if candidate.holder_entity_id and any(m.entity_id == candidate.holder_entity_id for m in index.within(words, last)) \
                or text and (head in text or text in body[words:end] and not (
                text in head and not head.endswith(text) and (
                    describes_people(text) or _SOMEONE.search(text) or re.search("[ぁ-ゖ]", text))
                or _bare_title(text) and len(head) > len(text))):
            # the holder read is named in those words (外務省幹部: the ministry; 近藤保博・番組部長: the person; プカルパの
            # 警察官: the people; 9割以上の男性: the people a share counts), not a piece of a longer word (男性|店長) nor
            # of its describing clause (首相に|近い|議員)
            continue
        if (candidate.holder_entity_id or candidate.holder_text) and head.endswith(_OFFICES) and not described:
            continue  # 米国務長官は: a seat, whose holder the readers found by the article's day
        candidate.holder_entity_id, candidate.holder_text = None, head
    return found


# The topic opening a reported clause, right after the sentence's or clause's start: 遺族は, 周辺の住民らは、, 捜査関係者も
# (words a quote mark cuts, 「プロ」の選手は, are a phrase of their own, not people named at a clause's opening)
_TOPIC = re.compile(r"(?:^|(?<=[。\n、]))(?P<phrase>[^、。「」『』\n]{2,40}?)(?:ら|たち)?(?:は|も)、?")
# A cue told of someone by others, in the passive (とみられている, と伝えられている, と見込まれていた, 意見が寄せられ)
_TOLD_OF = re.compile(r"(?:れ|られ)(?:る|た|て|$)")
# A name followed as a subject is (市長が, 同社は, 政府側も)
_SUBJECT_AFTER = re.compile(r"(?:側|ら|たち)?[はがも]")
# How far before a reported claim its sentence's topic is looked for (a sentence of a thousand clauses is not read again
# for each of them)
_TOPIC_REACH = 120
# A told clause closed before the claim it is followed by (…が遅れているとして、支援を求めた): its topic is what it tells of
_TOLD_CLAUSE_CLOSED = re.compile(r"(?<!こ)とし(?:て)?、")  # (not ことし、: this year)


def _reporting_topic(body: str, start: int) -> tuple[str, int, int, int] | None:
    """(head, head start, words start, end) of the last topic written (Xは, Xも) in the sentence before start, or of the
    one before it when that one's comma opens the last (Xは、Yは…: Y is what X tells of), or None; None too when the last
    one's clause closes with として、 under an earlier topic (Xは、Yは…として、…を求めた: X asks, Y is told of)."""
    floor = max(0, start - _TOPIC_REACH)
    sentence = max(body.rfind("。", floor, start), body.rfind("\n", floor, start), floor - 1) + 1
    last = before = None
    for found in _TOPIC.finditer(body, sentence, start):
        last, before = found, last
    if last is None:
        return None
    phrase = people_head(body, last.start("phrase"), last.end("phrase"))
    if before is not None and before.end() == last.start() and body.endswith("、", 0, before.end()):
        # the topic written right after the comma is the told clause's own, whoever it is: 患者の家族は、病院の説明は
        # 不十分だとして; 報道各社は、生存者はいない模様であると伝えた (the outlets tell it of the survivors)
        return people_head(body, before.start("phrase"), before.end("phrase")) or phrase
    if before is not None and _TOLD_CLAUSE_CLOSED.search(body, last.end(), start):
        return None  # 政府は、住民は生活再建が遅れているとして、支援を求めた: the residents are what the government tells of
    return phrase


class _ClaimWords:
    """Whether a position lies inside the words of a claim found (a running furthest end over the claims by start, so
    each question costs a binary search, not a pass over every claim)."""

    def __init__(self, found: list[Candidate]):
        spans = sorted((c.start, c.end) for c in found)
        self.starts, self.reach, furthest = [s for s, _ in spans], [], -1
        for _, end in spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def hold(self, position: int) -> bool:
        at = bisect_right(self.starts, position)
        return at > 0 and self.reach[at - 1] > position


def people_reporting(body: str, mentions: list, found: list[Candidate], views: MentionViews | None = None) -> list[Candidate]:
    """found, each reported claim (no quote) whose sentence's last topic is people no name is on (遺族は…とし, 周辺の
    住民は…と話している) held by those people rather than a body or place of an earlier clause."""
    # the article's mentions indexed, the titles after names, the claims' words: built for the first reported claim
    # under people's topic, not for every article
    indexed = None
    for candidate in found:
        if candidate.attribution != "indirect" or _TOLD_OF.search(candidate.cue or ""):
            continue  # (負傷者は…と伝えられている, 男子学生は…とみられている: others tell it of them)
        phrase = _reporting_topic(body, candidate.start)
        if phrase is None:
            continue
        if indexed is None:
            shared = views_of(mentions, views)
            indexed = shared.people, shared.everyone, _TitledNames(body, shared.people.items), _ClaimWords(found)
        people, index, titled, claimed = indexed
        head, start, words, end = phrase
        if not _speaks_for_itself(head) or head.endswith(_OFFICES) or "」" in body[end : candidate.start]:
            continue  # (a seat, 米国務長官は, is held by whoever the readers found in it; 「…職員は…」など: a quote's words)
        if claimed.hold(words):
            continue  # 米政府は、北朝鮮の住民は…と指摘し、…と明らかにした: the residents are in another claim's words, told of
        if any(words < m.end for m in people.within(max(0, words - _LONGEST_NAME), end)) or titled.before(head, start):
            continue  # a person's name on the words or among them (田中容疑者と元妻は: the pair)
        close = body.find("。", candidate.end, candidate.end + _TOPIC_REACH)
        after = close if close > 0 else candidate.end
        floor = max(0, words - _LONGEST_NAME)
        spans = [(m.start, m.end) for m in index.within(floor, after)
                 if candidate.holder_entity_id and m.entity_id == candidate.holder_entity_id]
        text = candidate.holder_text or ""
        spans += [(at.start(), at.end()) for at in re.compile(re.escape(text)).finditer(body, floor, after)] if text else []
        if head in text or any(words < e and s < end or end <= s < candidate.start and _SUBJECT_AFTER.match(body, e)
                               or candidate.end <= s for s, e in spans):
            continue  # the holder read is named in those words (外務省幹部: the ministry's people), as the subject of the
            # clause they tell (住民は、市長が…) or after the claim (死者は…とAFP通信は伝えている: the outlet tells of them)
        candidate.holder_entity_id, candidate.holder_text = None, head
    return found
