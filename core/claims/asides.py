"""A speaker named in brackets after a quote (「…」(熊谷氏)), and quotes captioned so or put after their speaker with no verb."""

from __future__ import annotations

import re

from core.claims.described_people import DESCRIBING_CLAUSE, describes_people
from core.claims.holders import SPEAKER_END
from core.claims.quote_marks import has_kana, quotes
from core.claims.said_forms import AGED, NAMED_WITH_TITLE
from core.claims.reports import OUTLET_NAME
from core.nlp.offices import MEDIA_TRADES, OFFICE_WORDS


# (鈴木和史気象台長), (熊谷氏), (野球機構・長谷川一雄事務局長): a speaker in brackets after a quote
_ASIDE_SPEAKER = re.compile(r"[(（](?P<name>[^()（）「」。\n、]{2,24}?)(?:談|の話)?[)）]")
_AGE = re.compile(r"[・、,\s／/]?[0-9０-９]{1,3}[歳才]$")  # (ナツミさん・33歳), (早紀さん／30歳)
_BODY_BEFORE = re.compile(r"^[^・]{2,16}(?:機構|会|委員会|協会|連盟|省|庁|社|局|部|党|団)・")
_TITLE_END = re.compile(r"(?:氏|さん|長|" + "|".join(OFFICE_WORDS) + r")$")
_ASIDE_NOT_A_SPEAKER = re.compile(r"(?:より|による|によれば|から|記事|新聞|通信|放送|テレビ|紙|誌|日報|[0-9０-９]日?|年|月)$|^何れも|^いずれも")


# (34歳・男・未婚), (30代・家電勤務), (32歳女性・独身), (51歳 女性): one asked, described by their age first, as vox pops
# write them
_AGED_PERSON = re.compile(r"[0-9０-９]{1,3}(?:歳|才|代)(?:[ \u3000]?(?:男性|女性|男|女))?(?:[・／/、][^・／/、()（）]{1,10}){0,3}")


_NAME_AND_PLACE = re.compile(r"(?P<name>[\u4e00-\u9fff\u30a1-\u30faー・]{2,12})[：:][^：:]{2,20}")


def aside_speaker(body: str, people: list, q_end: int) -> tuple | None:
    """(mention, text) of the speaker a bracket right after a quote names (「…」(熊谷氏)としている), or None.

    A bracket that names where the quote was read ((朝日新聞より), (琉球新報)) or a date names no speaker.
    """
    match = _ASIDE_SPEAKER.match(body, q_end)
    if match is None:
        return None
    name = match.group("name")
    named = _NAME_AND_PLACE.fullmatch(name)
    if named is not None:  # (岩田宗一:TBS報道局解説委員): the name before the colon, where they work after it
        inside = [m for m in people if m.type == "PERSON" and match.start("name") <= m.start
                  and m.end <= match.start("name") + named.end("name")]
        return (inside[-1], None) if inside else (None, named.group("name"))
    if _ASIDE_NOT_A_SPEAKER.search(name) or OUTLET_NAME.search(name):
        return None
    inside = [m for m in people if match.start("name") <= m.start and m.end <= match.end("name") and m.type == "PERSON"]
    if inside:
        return inside[-1], None
    if _AGED_PERSON.fullmatch(name):
        return None, name  # 「…」（34歳・男・未婚）: the one of that age said it
    name = _BODY_BEFORE.sub("", _AGE.sub("", name))  # 野球機構・長谷川一雄事務局長: the person, not their body
    if name in OFFICE_WORDS or not (SPEAKER_END.search(name) or _TITLE_END.search(name)):
        return None  # (ばかんえき), (シンガポール): a reading or a place, not who spoke
    return None, name


def captioned(body: str, s_start: int, s_end: int, people: list = ()) -> list[tuple]:
    """A quote with, in brackets, who said it and no verb of its own: a sentence that is only that, 「…」（ヒロさん・32歳）
    (vox pops, captions), quotes listed each with its speaker (具体的には「A」（早紀さん／30歳）、「B」（光子さん／34歳）。,
    「A」（テセ）、「B」（吉田）というやり取り), or a quote inside a sentence whose bracket is its subject
    (…決定すると「…」(ある職員)が安どの笑みを). people are the sentence's mentions (a bare name in brackets is a person's)."""
    if body.find("」(", s_start, s_end) < 0 and body.find("」（", s_start, s_end) < 0:
        return []  # most sentences: no quote with a bracket after it
    found = quotes(body, s_start, s_end)
    whole = body[s_start] == "「" and len(found) == 1 and found[0][0] == s_start
    spoken = [(start, end, _ASIDE_SPEAKER.match(body, end)) for start, end in found
              if has_kana(body, start, end) and aside_speaker(body, people, end) is not None]
    if len(spoken) > 1:  # a list of quotes, each with who said it
        return [(start, end, body[match.start():match.end()], "direct", None) for start, end, match in spoken]
    out = []
    for start, end, match in spoken:
        rest = body[match.end():s_end].strip("。 \u3000\n")
        if (whole and not rest) or (_ASIDE_SUBJECT.match(body, match.end()) and _SAYS.search(body, start, end)
                                    and (SPEAKER_END.search(match.group("name")) or _PERSON_ASIDE.search(match.group("name")))):
            out.append((start, end, body[match.start():match.end()], "direct", None))
    return out


# What follows a quote's bracketed speaker that makes the speaker the sentence's subject: 「…」(ある職員)が…
_ASIDE_SUBJECT = re.compile(r"(?:が|は|も)(?![ぁ-ゖ])")
# words that say something, closed as a sentence is, not a name in brackets (「解放のための国民軍」(通称FNL)が)
_SAYS = re.compile(r"[ぁ-ゖ]{2}.*[すたいよねだうるかの！？!?。]」$", re.S)
_PERSON_ASIDE = re.compile(r"(?:さん|氏|歳|代|男性|女性)$")


# Where, when and to whom the words were said, between the speaker and them, no verb of its own: 会見で, 15日、, 記者団に,
# 北朝鮮については (オバマ大統領は15日、ホワイトハウスで記者団に「…」。); nouns and の only, so a clause (出演した番組で,
# 会見を開き、) is none
_SETTING = (r"(?:[0-9０-９]{1,2}日|同日)、?"
            r"|(?:[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９・]|の){1,16}?(?<!の)(?:で|に|へ|に対し|に対して|について|に関して"
            # or the occasion they spoke on: 江畑氏の死去に際し, 判決を受けて, 会談を前に
            r"|に際し(?:て)?|にあたり|に当たり|にあたって|に当たって|を受け(?:て)?|を前に(?:して)?)(?:は|も)?、?")
# A sentence that is its speaker and their words, no verb: 宇城市の31歳の会社員は「…」。, まゆさん（32歳）は、「…」。
# (not テーマは「…」。 nor 名前は「…」。: the speaker is a person or a body by its ending, or a mention of one)
_VERBLESS = re.compile(r"(?P<gap>[^「」。\n]{1,40}?(?P<particle>は|も|が))、?(?:(?P<broken>[ \u3000]*\n[ \u3000]*)|"
                       r"(?P<setting>(?:" + _SETTING + r")*))")
# The topic, maybe when and where, then a clause of its own closed by a comma, no other topic or subject in it, before
# the words: 伊藤部長は同日午前に記者会見し、「…」と陳謝した, ラブロフ外相は10日、記者会見を開き、日本の対応について「…」。
# (the topic goes on into the quote's clause)
_TOPIC_THEN_CLAUSE = re.compile(_VERBLESS.pattern.replace(
    "(?P<setting>", "(?P<setting>(?:" + _SETTING + ")*(?:[^「」。\n、はが]{1,30}?[しているきけえめせれねべみちり]、)?"))
# What may follow the quotes of a speaker alone on the line before (南果歩さんは\n「…」\nと、作品に対する熱い思いに…,
# 依田巽チェアマンは、\n「…」と、自信が伺える発言も): と and whatever the writer adds, not a title (と題した)
_TOLD_ON = re.compile(r"\n?(?:など)?と(?!題|銘打|名付|名づ|命名|呼|いう(?:名|タイトル|題))")
_TITLED = re.compile(NAMED_WITH_TITLE + AGED + "$")
# A person's title after their name, whatever the office (佐々恭二名誉教授は, 川上憲太専務理事は, 伊藤秀美・地震火山部長は): a word
# ending as the names of offices and trades end (not 山田太郎作品は: a thing of theirs)
_TITLE_AFTER = re.compile(r"・?[\u4e00-\u9fff\u30a1-\u30fa]{0,7}[長官員事授師士手督者相臣領表裁使任役問家補佐監将査主席]"
                          r"|[\u30a1-\u30faー]{3,10}|" + MEDIA_TRADES)  # 依田巽チェアマンは, …プロデューサーは, 田中アナは
# An honorific after a person's name, maybe with their age or trade in brackets: 南果歩さんは, 薫さん（35歳）は
_HONORIFIC_AFTER = re.compile(r"(?:さん|氏|君|くん|ちゃん|さま|様)(?:[(（][^()（）「」]{1,16}[)）])?")
# What the topic opens with before the one who speaks: これについて中国外務省の報道官は, 式典の後、首相は
_BEFORE_SPEAKER = re.compile(r".*(?:、|について|に対して|に対し|を受けて|をめぐって|を巡って|をめぐり|を巡り)")


def verbless(body: str, s_start: int, s_end: int, people: list) -> list[tuple]:
    """The quotes of a sentence that is a speaker with は/も/が and then only quotes (宇城市の会社員は「…」。), each said
    by them."""
    end = s_end
    while end > s_start and body[end - 1] in "。 \u3000\n":
        end -= 1
    start = body.find("「", s_start, end)
    if start <= s_start or body[end - 1] != "」" and body.find("\n「", s_start, end) < 0:
        return []  # most sentences: no quote, or words after the last one and no speaker's line before it
    topic = _VERBLESS.fullmatch(body, s_start, start)
    found = quotes(body, start, end)
    if topic is None and found and found[-1][1] == end:
        # ラブロフ外相は10日、記者会見を開き、…について「…」。: a clause of the topic's own before its words;
        # 国内交通局によると、「…」。: the source the sentence names is all that speaks
        topic = _TOPIC_THEN_CLAUSE.fullmatch(body, s_start, start) or _SOURCE_ONLY.fullmatch(body, s_start, start)
    if found and body[end - 1] != "」" and topic is not None and topic.group("broken") \
            and _TOLD_ON.match(body, found[-1][1]):
        end = found[-1][1]  # the speaker alone on the line before: their words, whatever the と after them leads to
    if topic is None or not found or found[0][0] != start or found[-1][1] != end \
            or any(body[b:c].strip("、") for (_, b), (c, _) in zip(found, found[1:])) \
            or not all(has_kana(body, a, b) for a, b in found):
        return []
    if topic.re is _SOURCE_ONLY:  # the source named right before によると holds its words (none named: nothing read)
        at = topic.start("account") if topic.group("account") else topic.start("particle")  # (外務省の発表によると)
        source = next((m for m in reversed(people) if m.type in ("PERSON", "ORG") and topic.start() <= m.start
                       and (m.end == at or _ALIAS.fullmatch(body, m.end, at))), None)
        return [(a, b, topic.group("particle"), "direct", (source.start, at)) for a, b in found] if source else []
    mention = _topic_mention(body, topic, people, bool(topic.group("broken")))
    if mention is None and topic.group("broken"):
        return []  # 孫社長は、\n「…」: on a line of its own, only a name the article knows is read as the speaker
    described = _described_topic(body, topic) if mention is None else None
    if mention is None and (described is None or topic.group("particle") == "も"):
        return []  # (…タンカー衝突、死者も「…」。: a cited headline; も takes a speaker the article named)
    # the name alone when it is a mention (明るく社交的なまゆさん（32歳）は: まゆ), else the whole topic (宇城市の会社員は)
    name_start = mention.start if mention is not None else described[0]
    return [(a, b, topic.group("particle"), "direct", (name_start, topic.end("particle"))) for a, b in found]


# A sentence opening with the source its words came through and then only those words: 国内交通局(ANWB)によると、「…」。,
# 外務省の声明によると、「…」。
_SOURCE_ONLY = re.compile(r"(?P<gap>[^「」。\n]{1,40}?(?:[(（][^()（）「」。\n]{1,16}[)）])?(?P<account>の(?:発表|声明))?"
                          r"(?P<particle>によると|によれば))、?"
                          r"(?P<broken>(?!))?(?P<setting>)")
_ALIAS = re.compile(r"[(（][^()（）「」。\n]{1,16}[)）]")  # (ANWB): the name's short form after it


def _described_topic(body: str, topic: re.Match) -> tuple[int, int] | None:
    """The span of the people a topic of _VERBLESS names by what they are or by a name with an honorific the article
    does not know (宇城市の会社員は, 外務省幹部は, 郵便局員の男性は, 山田さんは), from after the words that open its clause
    (これについて中国外務省の報道官は: 中国外務省の報道官) to its particle; else None."""
    name_end = topic.start("particle")
    opening = _BEFORE_SPEAKER.match(body, topic.start(), name_end)
    name_start = opening.end() if opening is not None else topic.start()
    clause = DESCRIBING_CLAUSE.match(body, name_start, name_end)
    name_start = clause.end() if clause is not None else name_start  # 列に並ぶ市内の女性: 市内の女性
    if _TITLED.search(body, topic.start(), name_end) is None and not describes_people(body[name_start:name_end]):
        return None
    return name_start, topic.end("particle")


def _topic_mention(body: str, topic: re.Match, people: list, honorific: bool) -> object | None:
    """The person or body a topic of _VERBLESS names right before its particle (佐々恭二名誉教授は, 同社は), or None;
    honorific: a name with さん or 氏 (and an age in brackets) after it counts too."""
    name_end = topic.start("particle")
    return next((m for m in people if m.type in ("PERSON", "ORG") and topic.start() <= m.start and (
        m.end == name_end or m.type == "PERSON" and (_TITLE_AFTER.fullmatch(body, m.end, name_end) or honorific
                                                     and _HONORIFIC_AFTER.fullmatch(body, m.end, name_end))
        or body.startswith("の", m.end) and _TITLE_AFTER.fullmatch(body, m.end + 1, name_end))), None)


def speaker_before(body: str, s_start: int, q_start: int, people: list) -> tuple[int, int] | None:
    """The span of the speaker a sentence names as its topic or subject right before a quote, maybe with where and to
    whom they spoke between (菅官房長官は記者会見で「…」, 浜田社長は「…」), when the article knows them as a person or a
    body; else None."""
    for start in clause_starts(body, s_start, q_start):
        topic = _VERBLESS.fullmatch(body, start, q_start) or _TOPIC_THEN_CLAUSE.fullmatch(body, start, q_start)
        if topic is None or topic.group("broken"):
            continue
        mention = _topic_mention(body, topic, people, True)
        if mention is None:
            continue
        end = topic.end("particle")
        return mention.start, end + body.startswith("、", end)  # (内川は、「…」: the comma is the particle's)
    return None


def described_speaker_before(body: str, s_start: int, q_start: int) -> tuple[int, int] | None:
    """The span of the speaker a sentence names right before a quote as speaker_before reads them, when they are
    people by what they are and no entity (サービスエリア関係者は「…」と真っ向から反論した, 警察の報道担当者は「…」と形容):
    their words are as much a statement as a named person's, the phrase their holder."""
    for start in clause_starts(body, s_start, q_start):
        topic = _VERBLESS.fullmatch(body, start, q_start) or _TOPIC_THEN_CLAUSE.fullmatch(body, start, q_start)
        if topic is None or topic.group("broken") or topic.group("particle") == "も":
            continue
        described = _described_topic(body, topic)
        if described is not None:
            return described
    return None


def clause_starts(body: str, s_start: int, q_start: int):
    """Where the clause a quote stands in may open: the sentence's start, then each comma after another quote the
    sentence told before it (or after its start), nearest the quote first, then that quote's end (…と振り返ると、ペレは
    「…」と返し; 「…」と語った釜本氏は、「…」; …話題になっている中、漫画家・小林よしのり氏が、自身のブログで「…」): the
    speaker is the topic of the quote's own clause, not the sentence's."""
    yield s_start
    last = body.rfind("」", s_start, q_start)
    commas = [i + 1 for i in range(max(last, s_start) + 1, q_start) if body[i] == "、"]
    yield from reversed(commas)
    if last >= 0:
        yield last + 1
