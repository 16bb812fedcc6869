"""Who a claim's sentence names as its holder: the subject or topic before the claim (Xは, Xが, Xも),
a bare title standing for the person named with it (長官は, 同氏は), a name written with an honorific
or an office, a name written between と and the verb, and the sources a claim came through (Xによると).
"""

from __future__ import annotations

import re

from core.claims.clauses import AFTER_QUOTE, ASKED, HOLDER_PARTICLE, clauses_told
from core.claims.holders import (
    COORDINATED, SPEAKER_END, HEADING, NOT_SAME_PEOPLE, NAMED_SUBJECT, NOT_A_HOLDER, NOT_A_NAME, Named, comma_after, group_topic,
    PRIVATE_TITLES, particle_before, person_before, title_after, titled_before, topic_phrase,
)
from core.clauses.reader import strip_title
from core.claims.quotes import quotes
from core.clauses.referents import HEAD_OFFICES, person_with_title, referred, refers_to_a_body
from core.claims.reports import OUTLET_NAME
from core.clauses.spans import SpanIndex
from core.model import Mention, ShortForm
from core.nlp.offices import OFFICE_WORDS
from core.scan import skipping

VIA = re.compile(r"(?:の発表|の報道|の声明)?(?:によると|によれば)(?:して)?、?")  # …の情報によるとして、
_HOLDER_PARTICLE = HOLDER_PARTICLE
# 長官は, 同氏は: a title standing for a person named earlier.
_BARE_TITLE = re.compile(
    r"(?<![\u4e00-\u9fff\u30a0-\u30ffA-Za-z])(?P<title>同氏|同" + NOT_SAME_PEOPLE + r"(?:[\u4e00-\u9fff]{1,4})|長官|外相|首相|大統領|"
    r"国家主席|主席|報道官|副首相|財務長官|国務長官)"
    # 同球団公式ページは, 同省報道官は: the body's page or spokesman speaks for the body named before
    r"(?P<part>の?(?:公式ページ|公式サイト|ウェブサイト|ホームページ|広報担当|広報|報道官|スポークスマン))?"
    r"(?P<particle>(?:側)?(?:では、?|は、?|が|も))"  # 同新聞では、: the paper reports
)
_BARE_TITLE = skipping(_BARE_TITLE)  # core.scan's skipping twin: the same matches
# A name written right before an institution and a title: 溝上恵|東京大学名誉教授は
_NAME_BEFORE = re.compile(r"(?:^|(?<=[、。\n」]))(?P<name>[\u4e00-\u9fff々]{2,5}|[\u30a1-\u30fa][\u30a1-\u30fa・ー]{1,15})")
_PARTICLE_END = re.compile(r"(は|が|も)、?$")
# People or a body as a が-subject: フランス電力公社(EDF)が, プカルパの警察官が
_GA_SPEAKER = re.compile(r"(?:[^、。「」]{0,12}?の)?(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{2,16})(?:[(（][^()（）]{1,12}[)）])?が"
                         r"(?=[^。]{0,24}「|[^。「」]{4,})")
# A ministry or agency and its head, written after a person's name: 外交通商部長官, 国防省報道官
_OFFICE_OF_BODY = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa・]{1,12}?(?:部|省|庁|院|局|府|委員会)(?:長官|大臣|部長|長|報道官|次官|副長官)")
# 佐々木憲昭衆議院議員・衆院国会対策副委員長: offices between a person and the body of their next office
_OFFICES_BETWEEN = re.compile(r"[\u4e00-\u9fff]{1,10}(?:議員|委員|大臣|長官|長|相)・[\u4e00-\u9fff]{0,4}")
_ASIDE_ONLY = re.compile(r"[(（][^()（）]{1,20}[)）]|・")
_BODY_OF_STATE = re.compile(r"軍当局|当局|軍|国防省|外務省")
# Words that end an organisation's name past the entity Kaidan found: NBCテレビ|局, 仙台中央警察|署
_ORG_HEAD = re.compile(r"(?:社|署|局|紙|誌|本社|支局|特捜部|取引所)(?=(?:ら|側)?(?:は|が|も))")
_ASIDE = re.compile(r"[(（][^()（）。]{1,20}[)）](?=[^、。]{0,12}(?:は|が))")
# A name written with an honorific or an office before は/が: the holder even when no entity matches it.
_TITLED_NAME = re.compile(
    r"(?<![\u4e00-\u9fff\u30a1-\u30fa・ー])(?P<name>[\u4e00-\u9fff]{1,3}[\u30a1-\u30fa]{2,3}(?=さん|氏)|[\u4e00-\u9fff]{2,4}|[\u30a1-\u30fa][\u30a1-\u30fa・ー]{1,11}"
    # a child's name with its honorific: 陸くんも, ローズちゃんは (not a grown-up's written so inside words quoted: 浅田真央ちゃんは)
    r"|(?P<child>(?:(?<!同)[\u4e00-\u9fff]|[\u30a1-\u30fa][\u30a1-\u30fa・ー]{1,11})(?=くん|ちゃん)))"
    r"(?:[(（][A-Za-z\s.\-]{2,30}[)）])?"  # 蘇益仁(SuIh-jen)局長: the name in Latin letters
    r"(?(child)(?:くん|ちゃん)|(?:氏|さん|" + "|".join(o for o in OFFICE_WORDS if len(o) > 1) + "|" + PRIVATE_TITLES
    + r"|局長|部長|課長|次長|室長|座長|議長|調教師|騎手|親方|厩務員|住職|編集長|司令官|総司令官|将軍))(?:[(（][^()（）]{1,12}[)）])?(?:兼[\u4e00-\u9fff]{1,4})?(?:ら)?(?:は|が|も)、?"
)
_TITLED_NAME = skipping(_TITLED_NAME)  # core.scan's skipping twin: the same matches


def next_speaker(body: str, people: list, index: SpanIndex, begin: int, start: int):
    """(mention, text) of a speaker named as a topic between an earlier report's verb and a quote, or None."""
    if begin >= start or "「" in body[begin:start] or "」" in body[begin:start]:
        return None
    holder, text, _ = subject_of(body, people, index, begin, start)
    if holder is not None or text is not None:
        return holder, text
    topic = topic_phrase(body, begin, start)
    if topic is not None and any(topic[2] <= told.start() for told in clauses_told(body, topic[2], start)):
        return None  # …と述べ、国民投票は承認されるとの考えを示した上で「…」: the matter of what was said, not who says
    return (None, topic[0]) if topic is not None else None


def _statements(body: str, s_start: int, end: int) -> list[tuple[int, int]]:
    """The quotes before end that say something (a speech verb follows, or they hold a clause's comma or stop),
    not a name set in brackets (「ネパール会議派」の議員は, フジテレビ「すぽると！」では: the body speaks)."""
    return [(a, b) for a, b in quotes(body, s_start, end)
            if AFTER_QUOTE.match(body, b) is not None or any(mark in body[a:b] for mark in "、。")]


def _askers(body: str, s_start: int, end: int) -> list[tuple[int, int]]:
    """Spans from the asker's clause start to the end of their passive question, before end."""
    out = []
    for match in ASKED.finditer(body, s_start, end):
        begin = max(body.rfind("、", s_start, match.start()) + 1, s_start)
        end_at = match.end() if body[match.end() - 1] == "、" else match.end() + 1
        out.append((begin - 1, end_at))  # blanked inside: the commas around the clause are kept
    return out


def _blank(body: str, spans: list[tuple[int, int]]) -> str:
    """body with the inside of each span replaced by 〓, offsets kept (spans may overlap: merged first)."""
    merged = []
    for a, b in sorted(spans):
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    parts, at = [], 0
    for a, b in merged:
        parts += [body[at : a + 1], "〓" * (b - a - 2)]
        at = b - 1
    return "".join(parts) + body[at:]


def sentence_holder(body: str, people: list, index: SpanIndex, s_start: int, start: int, nested: bool):
    """(mention, text) of who holds a claim starting at start, read from its sentence before it.

    Words inside the sentence's earlier quotes name nobody outside them (「…ギャラリーもいなかった…」と明かしつつ、
    「…」と語った: not ギャラリー): they are read blanked out."""
    quoted = [(a, b) for a, b in _statements(body, s_start, start) if b <= start] + _askers(body, s_start, start)
    if quoted:
        found = _sentence_holder(_blank(body, quoted), [m for m in people if not any(a < m.start and m.end < b for a, b in quoted)],
                                 index, s_start, start, nested)
        if "〓" not in (found[1] or ""):
            return found  # else a name read across a quote's blanked words: read it as written
    return _sentence_holder(body, people, index, s_start, start, nested)


def _sentence_holder(body: str, people: list, index: SpanIndex, s_start: int, start: int, nested: bool):
    if nested:  # 「…」と語ったと伝えた: the quote is the nearest subject's, told by the topic
        inner = [m for m in people if s_start <= m.start and m.end <= start and m.type == "PERSON"
                 and particle_before(body, m, start) == "が"]
        if inner:
            return inner[-1], None
        named = None
        for named in NAMED_SUBJECT.finditer(body, s_start, start):
            pass
        if named is not None:
            return None, named.group("name")
        for named in _GA_SPEAKER.finditer(body, s_start, start):
            pass
        if named is not None and SPEAKER_END.search(named.group("name")):
            return None, named.group("name")  # …はプカルパの警察官がRPPラジオに対し「…」と語ったと伝えた
    holder, holder_text, _ = subject_of(body, people, index, s_start, start)
    if holder is None and holder_text is None:
        holder_text = _topic(body, s_start, start) or group_topic(body, s_start, start)
    topic = topic_phrase(body, s_start, start, with_comma=True)
    named = holder or (Named(body.rfind(holder_text, s_start, start), holder_text) if holder_text else None)
    if topic and named is not None and topic[2] <= named.start:
        inside = [m for m in people if topic[1] <= m.start and m.end <= topic[2] and m.type == "PERSON"]
        if particle_before(body, named, start) == "が":
            return None, topic[0]  # 報告書は、…秘密警察が…殺害したとしている: the topic holds
        if not comma_after(body, named, start):
            # ジュリオ・トレモンティ伊副首相は、ファツィオ総裁は辞任すべきだと: the first topic holds
            return (inside[-1], None) if inside else (None, topic[0])
    if holder is None and holder_text is None:
        local = _local_government(body, s_start, start)
        if local is not None:  # 県は「…」と話している: the prefecture named before
            return None, local
        topic = topic_phrase(body, s_start, start)  # 議会の広報担当は「…」と話した
        if topic:
            titled = titled_before(body, index, topic[0], topic[1])
            return (titled, None) if titled is not None else (None, topic[0])
        opening = _GA_SPEAKER.match(body, s_start, start)  # フランス電力公社(EDF)が…ことを発表した
        if opening is not None and SPEAKER_END.search(opening.group("name")):
            return None, opening.group("name")
        clause = _CLAUSE_SUBJECT.search(body, s_start, start)  # この投票では、大統領反対派がボイコットを呼びかけた
        if clause is not None and SPEAKER_END.search(clause.group("name")) and not NOT_A_HOLDER.search(clause.group("name")):
            return None, clause.group("name")
        said = _SPEAKER_BEFORE_QUOTE.search(body, max(s_start, start - 20), start + 1)
        if said is not None and said.end() == start + 1 and (SPEAKER_END.search(said.group("name")) or said.group("name").endswith("家族")):
            return None, said.group("name")  # 読売新聞によれば、ゲスト出演者らが「…」と話し: the people right before the quote
    return holder, holder_text


# A local government named by its kind alone, as the sentence's topic: 県は「…」, 市は…を求めた
_KIND_TOPIC = re.compile(r"(?:^|(?<=[、。\n]))(?:これを受け、?|これに対し、?|一方、?|また、?)?(?P<kind>[県市町村])(?:側)?(?:は|も)、?")
_NOT_ONE_PLACE = re.compile(r"[同各全両本他当]")  # 同市, 各県: no one place (matched at its start)


def _local_government(body: str, s_start: int, start: int) -> str | None:
    """The prefecture, city, town or village a bare 県は/市は stands for: the last one named before, else the word."""
    found = _KIND_TOPIC.match(body, s_start, start)
    if found is None:
        return None
    kind = found.group("kind")
    at = found.start("kind")
    while (at := body.rfind(kind, 0, at)) > 0:  # the last one named, 香川県坂出市 → 坂出市
        begin = at
        while begin > 0 and at - begin < 4 and "\u4e00" <= body[begin - 1] <= "\u9fff" and body[begin - 1] not in "都道府県":
            begin -= 1
        if begin < at and not body.startswith(("庁", "警", "議"), at + 1) and not _NOT_ONE_PLACE.match(body, begin):
            return body[begin : at + 1]
    return kind


# People written right before the quote they say, as its が-subject: ゲスト出演者らが「…」, 拉致被害者家族が「…」
_SPEAKER_BEFORE_QUOTE = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー])(?P<name>[\u4e00-\u9fff\u30a1-\u30faー]{2,12})(?:ら|たち)?が「")


# People or a body as the が-subject of the clause after a setting: この投票では、大統領反対派が…
# (not 利用者が設定するサービス: a subject inside a clause that describes a noun)
_CLAUSE_SUBJECT = re.compile(r"(?<=、)(?P<name>[\u4e00-\u9fff\u30a1-\u30faー・]{2,12})が"
                             r"(?![^、。「」]*?(?:する|した|している|される|された)[\u4e00-\u9fff\u30a1-\u30fa「])(?=[^、。「」]*$)")


# A name-like topic set off by a comma, at the sentence start or after a source: プラウダは、 ネクシィーズは
# (after a setting: ビデオメッセージの中で天皇陛下は、, 会見の席で監督は、, イベントの挨拶で奥村展三文部科学副大臣は「)
NAME_TOPIC = re.compile(r"(?:^|(?<=[、。\n])|(?<=の中で)|(?<=の席で)|(?<=[\u4e00-\u9fff\u30a1-\u30faー]で(?=[\u4e00-\u9fff]{2,4}[\u4e00-\u9fff\u30a1-\u30faー]*は「)))(?P<name>[\u4e00-\u9fff\u30a1-\u30ffA-Za-z・]{2,12}?)(?:[(（][^()（）。]{1,12}[)）])?"
                    r"(?:など)?(?:では|は(?:[0-9０-９]{1,2}日(?:[(（][^()（）。、]{1,12}[)）])?)?|が)(?:、|(?=「))")  # 防災科学技術研究所は31日、, 沖縄気象台は9日(UTC+9)、


def _topic(body: str, s_start: int, limit: int) -> str | None:
    """The name-like topic of the sentence before limit, when no entity is the subject."""
    found = None
    for match in NAME_TOPIC.finditer(body, s_start, limit + 1):  # one past: the 「 it is followed by
        if match.end() <= limit:
            found = match.group("name")
    if found and not NOT_A_HOLDER.search(found) and not NOT_A_NAME.match(found) and found not in OFFICE_WORDS:
        return found
    return None


def named_in_gap(body: str, start: int, end: int) -> str | None:
    """A holder written between と and the verb that is no entity Kaidan knows (…とNBCが伝えた)."""
    text = re.sub(r"(?:などの?各社|など|ら)?(?:に対し|では|は|が|も|に|で)、?(?:あらためて|改めて|強く|重ねて)?$",
                  "", body[start:end]).strip(" 、")
    text = re.sub(r"[(（][^()（）]{1,12}[)）]$", "", re.sub(r"(?:他|ほか)$", "", text))  # アメリカ地質調査所(USGS)が
    bracketed = re.search(r"「([^「」]{2,20})」$", text)
    text = bracketed.group(1) if bracketed else text.strip("「」")  # ニュースサイト「X」他は: X
    # フジテレビの報道では, サティアルティ氏の説明では: who told it
    text = re.sub(r"の(?:報道|発表|声明文?|談話|発言|取材|番組|記事|調べ|話|説明|見解|報告)(?:の(?:要旨|内容|全文))?$", "", text)
    if not re.search(r"(?:は|が|も)、?(?:あらためて|改めて|強く|重ねて)?$", body[start:end]):
        return None  # …と記者団に語った: the addressee, not the speaker
    text = strip_title(text)  # ヨセフ・サルキス・レバノン観光相は → ヨセフ・サルキス
    if 2 <= len(text) <= 16 and "を" not in text and "と" not in text \
            and not re.search(r"[をのにで]$|記者|会見|声明|取材|番組|^(?:ラジオ|テレビ)", text):
        return text
    return None


# A が-subject inside a clause made a noun of time or matter, before the sentence goes on after a comma
# (株式会社IHIが…虚偽記載をしていたとして、金融庁に…勧告した: the matter of the clause closed by として)
# (…が現教皇に選出された2005年4月の選挙においては、: the subject of a clause describing the setting, not the speaker)
_IN_A_NOUN_CLAUSE = re.compile(r"[^、。「」]*?(?:(?:こと|ため|際|場合)(?:について|に対して|に対し|に関して|を受けて|を受け|から|で|に)?(?:は|も)?"
                               r"|(?<=[たるい])として|(?<=[たるい])[^、。「」がはをにで]{1,24}?において(?:は|も)?)、")


def _name_or_office(body: str, titled: re.Match) -> str:
    """The name read before a title, or the whole office word when those words begin one (国務|長官は: the title
    国務長官 alone, for whoever holds it, never a person called 国務)."""
    name, at = titled.group("name"), titled.start("name")
    return next((o for o in OFFICE_WORDS if len(o) > len(name) and o.startswith(name) and body.startswith(o, at)), name)


def subject_of(body: str, people: list, index: SpanIndex, s_start: int, limit: int):
    """(mention, surface, end) of the clause's subject before limit: the last Xは, else Xが/Xも.

    A bare title or 同氏 (長官は, 同氏は) stands for the last person named with it.
    Returns (None, surface, end) for such a title nobody earlier holds, and
    (None, None, None) when there is no subject at all.
    """
    found = []
    quoted = _statements(body, s_start, limit)  # 「…（ガッツポーズが）…」と明かしつつ、「…」と語った: never a subject outside
    for mention in people:
        start, end = mention.start, mention.end
        if start < s_start or end > limit or any(a < start and end < b for a, b in quoted):
            continue
        if body.startswith("・", end) and SPEAKER_END.search(mention.text) and any(
                m.start == end + 1 and m.type == "PERSON" for m in people):
            continue  # スポーツジャーナリスト・中西哲生氏は: the trade names the person written after it
        position = end + (body.startswith("」", end) and body[start - 1 : start] == "「")  # 「オブザーバー」は
        aside = _ASIDE.match(body, position)  # ミュンテフェリング(ミュンテフェーリング)SPD党首は
        if aside:
            position = aside.end()
        head = _ORG_HEAD.match(body, position) if mention.type == "ORG" else None
        if head:  # NBCテレビ局は, デロイト社が, 仙台中央警察署は: the body's name runs on past its entity
            position = head.end()
        title = title_after(body, position)
        if title is None and mention.type == "PERSON":
            title = _OFFICE_OF_BODY.match(body, position)  # 潘基文(パン・ギムン)外交通商部長官は
        if title:
            position = title.end()
            aside = _ASIDE.match(body, position)  # 王貞治監督(68歳)が: the age after the title
            if aside:
                position = aside.end()
        coordinated = COORDINATED.match(body, position) or HEADING.match(body, position)
        if coordinated and not _HOLDER_PARTICLE.match(body, position):
            # 住友商事とKDDIは、 / X議員をはじめとする議員らは: the one named first holds for the group
            position = coordinated.end()
        particle = _HOLDER_PARTICLE.match(body, position)
        if particle and particle.group(0).rstrip("、").endswith("が") and _IN_A_NOUN_CLAUSE.match(body, particle.end(), limit):
            continue  # 日本政府が…を示したことについては、「…」と述べた: the subject of a matter, not the speaker
        if particle and mention.type in ("GPE", "LOC") and particle.group(0) == "では":
            continue  # 中国では死刑が…: where it happens, not who says it (中国では、…とみて: China's view)
        if particle and particle.end() <= limit:
            # the holder is the name, never its title (石原知事 → 石原); a surname stands for the full name
            name = mention.full_name if isinstance(mention, ShortForm) else None
            named = next((m for m in people if m.type == "PERSON" and m.end <= start
                          and body[m.end:start] in ("", "前", "元", "・")), None) if title and mention.type == "GPE" else None
            if named is not None:  # 李登輝前台湾(中華民国)総裁は: the person before their country and office, not the country
                mention, start = named, named.start
            person = person_before(body, s_start, start) if title and mention.type != "PERSON" else None
            if person is not None:  # ミュンテフェリング(ミュンテフェーリング)SPD党首は: the person, not the party
                mention, name, start = person, body[person.start : person.end], person.start
            elif title and mention.type == "ORG" and (before := [
                    m for m in people if m.type == "PERSON" and m.end <= mention.start
                    and (m.end == mention.start or _ASIDE_ONLY.fullmatch(body, m.end, mention.start)
                         or _OFFICES_BETWEEN.fullmatch(body, m.end, mention.start))]):
                # 潘基文(パン・ギムン)外交通商部長官は: the person named before their ministry and office
                mention, name, start = before[-1], before[-1].text, before[-1].start
            elif title and mention.type == "ORG":
                named = None
                for named in _NAME_BEFORE.finditer(body, s_start, start):
                    pass  # the last name before the institution
                if named is not None and named.end() == start and not NOT_A_NAME.match(named.group("name")):
                    # 溝上恵東京大学名誉教授は: the person named before their institution, no entity of their own
                    start = named.start("name")
                    mention = Mention(start, mention.start, named.group("name"), "PERSON", source=None)
                    name = named.group("name")
            office = title.groupdict().get("office") if title and mention.type == "GPE" else None
            held = person_with_title(body, index, office, start, country=mention.entity_id) \
                if office in HEAD_OFFICES and mention.entity_id else None
            if held is not None:  # 韓国外相は: the Korean foreign minister the article named, not Korea
                mention, name = held, held.text
            body_of = _BODY_OF_STATE.match(particle.group(0))
            if body_of and mention.type == "GPE":
                # 大韓民国軍当局は: the army or ministry holds the claim, not the country
                end = position + body_of.end()
                mention, name = Mention(start, end, body[start:end], "ORG", source=None), body[start:end]
            found.append((_PARTICLE_END.search(particle.group(0)).group(1), mention, name or body[start:end],
                          particle.end()))
    for bare in _BARE_TITLE.finditer(body, s_start, limit):
        if bare.group("part") and not bare.group("title").startswith("同"):
            continue  # 大統領報道官は: the spokesman, not the president
        if bare.group("particle").startswith("では") and not refers_to_a_body(bare.group("title")):
            continue  # 同国領空では: a place, not who speaks (同社では: the company)
        if not any(f[3] == bare.end() for f in found):
            person = referred(body, index, bare.group("title"), bare.start(), s_start)
            if person is not None:  # a title nobody earlier holds is never the holder itself
                found.append((bare.group("particle").lstrip("側").removeprefix("で")[:1], person, body[person.start : person.end],
                              bare.end()))
    # ordered by where the particle ends; of two ending there (小沢一郎・民主党代表が) the first named holds
    # of a body and a person ending there (国際連合・潘基文事務総長は) the person holds
    found.sort(key=lambda f: (f[3], f[1].type == "PERSON", -f[1].start))
    # XはYは…と主張, X首相が、Y国は…と述べた: the first subject set off by a comma governs the sentence, the
    # other sits inside the claim; else the topic (は) over a subject (が)
    commas = [f for f in found if body[f[3] - 1] == "、"]
    # the first such subject (ロイターなどは、X次期大統領が、…と伝えた); of names ending there, as below
    commas = [f for f in commas if f[3] == commas[0][3]]
    topics = commas or [f for f in found if f[0] == "は"] or found
    titles = list(_TITLED_NAME.finditer(body, s_start, limit))
    # 日本政府が…したことについては: the subject of a matter or a setting, written with its title or not, is no speaker
    titles = [t for t in titles if not (t.group(0).rstrip("、").endswith("が") and _IN_A_NOUN_CLAUSE.match(body, t.end(), limit))]
    titled = titles[-1] if titles else None  # the last one before limit
    if titled is not None and NOT_A_NAME.match(titled.group("name")):
        titled = None
    first = next((t for t in titles if t.group(0).endswith("は、")), None)
    if first is not None and not NOT_A_NAME.match(first.group("name")) and found and all(f[3] > first.end() for f in found) \
            and not any(f[0] == "は" and body[f[3] - 1] == "、" for f in found):
        # バイニマラマ司令官は、…ガラセ首相が、…と述べた: the first topic set off by a comma governs, named or not
        return None, _name_or_office(body, first), first.end()
    # 鬼武氏は: a person Kaidan has no entity for, the topic when no entity is, or when it comes later
    if titled is not None and (not topics or (titled.end() > topics[-1][3]
                                              and titled.group(0).rstrip("、").endswith("は"))):
        return None, _name_or_office(body, titled), titled.end()
    if not topics:
        return None, None, None
    _, mention, surface, end = topics[-1]
    before = next((t for t in titles if t.group(0).endswith("は") and t.end() <= mention.start
                   and not re.search(r"[、。「」]", body[t.end() : mention.start])), None)
    if before is not None and topics[-1][0] == "は" and not NOT_A_NAME.match(before.group("name")):
        # 松田騎手はフジダイビクトリーは…と語った: the first of two topics speaks, the second is its matter
        return None, before.group("name"), before.end()
    return mention, surface, end


def sources_of(body: str, people: list, s_start: int, claim_start: int) -> list[dict]:
    """Sources the claim is reported through: 新華社によると, 中国外務省の発表によると, ハッダド教育相によると."""
    out, listed = [], []  # listed: sources named before this one (朝日新聞・読売新聞・47NEWSによると)
    for mention in people:
        start, end = mention.start, mention.end
        title = title_after(body, end) if mention.type == "PERSON" else None
        at = title.end() if title else end
        aside = _SOURCE_ASIDE.match(body, at)
        if aside:  # 47NEWS(共同通信)によると, 日本放送協会(NHK)によれば
            at = aside.end()
        if body.startswith("」", at) and body[start - 1 : start] == "「":
            at += 1  # 「レディフ・コム」によると: the name in brackets
        if listed and listed[-1][1] != start:
            listed = []
        if s_start <= start and at <= claim_start and VIA.match(body, at) and VIA.match(body, at).group(0):
            out += [item for item, _ in listed] + [{"entity_id": mention.entity_id, "text": body[start:end]}]
            listed = []
        elif s_start <= start and at < claim_start and body[at] in "・、とや" and mention.type == "ORG":
            listed.append(({"entity_id": mention.entity_id, "text": body[start:end]}, at + 1))
    return out


_SOURCE_ASIDE = re.compile(r"[(（][^()（）「」。、]{1,20}[)）]")



# (鈴木和史気象台長), (熊谷氏), (野球機構・長谷川一雄事務局長): a speaker in brackets after a quote
_ASIDE_SPEAKER = re.compile(r"[(（](?P<name>[^()（）「」。\n、]{2,24}?)(?:談|の話)?[)）]")
_AGE = re.compile(r"[・、,\s]?[0-9０-９]{1,3}歳$")  # (ナツミさん・33歳)
_BODY_BEFORE = re.compile(r"^[^・]{2,16}(?:機構|会|委員会|協会|連盟|省|庁|社|局|部|党|団)・")
_TITLE_END = re.compile(r"(?:氏|さん|長|" + "|".join(OFFICE_WORDS) + r")$")
_ASIDE_NOT_A_SPEAKER = re.compile(r"(?:より|による|によれば|から|記事|新聞|通信|放送|テレビ|紙|誌|日報|[0-9０-９]日?|年|月)$|^何れも|^いずれも")


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
    name = _BODY_BEFORE.sub("", _AGE.sub("", name))  # 野球機構・長谷川一雄事務局長: the person, not their body
    if name in OFFICE_WORDS or not (SPEAKER_END.search(name) or _TITLE_END.search(name)):
        return None  # (ばかんえき), (シンガポール): a reading or a place, not who spoke
    return None, name


def captioned(body: str, s_start: int, s_end: int) -> list[tuple]:
    """A quote with, in brackets, who said it and no verb of its own: a sentence that is only that, 「…」（ヒロさん・32歳）
    (vox pops, captions), or a quote inside a sentence whose bracket is its subject (…決定すると「…」(ある職員)が安どの笑みを)."""
    if body.find("」(", s_start, s_end) < 0 and body.find("」（", s_start, s_end) < 0:
        return []  # most sentences: no quote with a bracket after it
    found = quotes(body, s_start, s_end)
    whole = body[s_start] == "「" and len(found) == 1 and found[0][0] == s_start
    out = []
    for start, end in found:
        match = _ASIDE_SPEAKER.match(body, end)
        if match is None or aside_speaker(body, [], end) is None:
            continue
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


# People named by who they are to someone, right before what they said: 男は「…」, 沢尻さんの母親は「…」,
# 容疑者の妻は、「…」 (a name the detector cannot give, and no one named earlier)
_KIN = re.compile(r"(?P<name>(?:[\u4e00-\u9fff\u30a1-\u30faー・0-9０-９]{1,12}(?:さん|氏|容疑者|被告)?の)?(?:(?<![\u4e00-\u9fff])(?:男|女)|"
                  r"母親|父親|妻|夫|長男|長女|次男|次女|息子|娘|叔母|叔父|伯母|伯父|祖母|祖父|孫|兄|姉|弟|妹|遺族|家族|親族|友人|知人|"
                  r"恋人|代理人|側近|秘書))(?:[(（][^()（）]{1,12}[)）])?"
                  r"(?:ら|たち)?(?:は|も|が)、?(?:[^、。「」]{0,12}(?:に対し|に対して|に|で)、|(?:会見|取材に応じ|記者団に対)し、?"
                  # what they did before saying it: 孫が千住署を訪ねて「…」
                  r"|[^、。「」はがを]{1,12}を[^、。「」はがを]{1,6}?て、?)?$")


def kin_speaker(body: str, s_start: int, start: int) -> str | None:
    """The person a quote's sentence names by a word for who they are, right before the quote, or None."""
    match = _KIN.search(body, max(s_start, start - 40), start)
    return match.group("name") if match is not None and body.startswith("「", start) else None


def speaker_at_quote(body: str, people: list, s_start: int, start: int, quoted: bool = True):
    """The person or body written right before a quote with も or が (トレンドマイクロも「…」), or before a position's
    object with が and a setting (北沢防衛大臣が記者会見で遺憾の意を), when the sentence named another topic before a clause
    that ended (総務省は…を行い、, 日本政府は…を設置、): they said it, not that topic. quoted: start opens a quote."""
    found = None
    for mention in reversed(people):
        if mention.end > start or mention.start < s_start:
            continue
        title = title_after(body, mention.end) if mention.type == "PERSON" else None
        at = title.end() if title else mention.end
        aside = _ASIDE.match(body, at) or _ASIDE_AT_QUOTE.match(body, at)
        at = aside.end() if aside else at
        if body[at:start] in ("も", "が", "も、", "が、") and (quoted or _SETTING.match(body, start)) \
                or _AT_OBJECT.fullmatch(body, at, start):
            # (before an object, a bare が is the object clause's own subject: インフルエンザが収束する兆しがない認識を示し)
            found = (mention, None, mention.start)
        break
    if found is None and quoted:  # トレンドマイクロも「…」: a name no entity knows
        named = _NAME_AT_QUOTE.search(body, max(s_start, start - 24), start)
        if named is not None and named.end() == start and not NOT_A_NAME.match(named.group("name")):
            found = (None, named.group("name"), named.start("name"))
    if found is None:
        return None
    turn = None
    for turn in _CLAUSE_ENDED.finditer(body, s_start, found[2]):
        pass
    return found[:2] if turn is not None and _TOPIC_BEFORE.search(body, s_start, turn.start()) else None


# A clause ended by a verb's comma (行い、, 述べ、, 明らかにし、) or a quote's (清原選手は「…」、桑田氏も「…」: speakers
# listed) and a topic before it
_CLAUSE_ENDED = re.compile(r"(?:[いしてりけえめせれ」]|ており|ていて|(?<=を)[\u4e00-\u9fff]{2}(?=、))、(?:また|さらに)?、?")
# Before a position's object, the one who takes it and where (北沢防衛大臣が記者会見で遺憾の意を表した)
_AT_OBJECT = re.compile(r"が、?[^、。「」はがをにと]{1,10}?で、?")
_SETTING = re.compile(r"[^、。「」はがをにと]{1,10}?で、?")
_ASIDE_AT_QUOTE = re.compile(r"[(（][^()（）。]{1,20}[)）](?=[もが]、?「)")  # 桑田氏(元巨人軍)も「…」
_TOPIC_BEFORE = re.compile(r"(?:は|では)、?")
_NAME_AT_QUOTE = re.compile(r"(?<![\u30a1-\u30faー・])(?P<name>[\u30a1-\u30fa][\u30a1-\u30faー・]{2,15}|[\u4e00-\u9fff\u30a1-\u30faー]{1,10}"
                            r"(?:社|省|庁|党|協会|連盟|委員会|政府|当局|団体))(?:も|が)、?$")


# A sentence opening on the one about to speak, closed by a copula that gives way before the quote:
# テレビドラマ出演を控えていたキーファーだったが、「…」と, お立ち台で…持ち上げた“アニキ”金本だったが、「…」と語った
# (…と名言を残していた石田さんだが、今回の授賞式では「…」: a setting may stand between)
_DESCRIBED = re.compile(r"(?:だった|であった|(?<=[\u4e00-\u9fff\u30a1-\u30faーんA-Za-z])だ)が、?(?:[^、。「」はが]{1,12}?では、?)?$")
_PEOPLE_DESCRIBED = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー])(?P<name>[\u4e00-\u9fff\u30a1-\u30faー]{1,8}"
                               r"(?:[0-9０-９二三四五六七八九十]人|さん|氏|たち|ら))(?:だった|であった)が、?$")


def described_at_quote(body: str, people: list, s_start: int, start: int):
    """(mention, text) of the person a sentence describes and closes with だったが right before a quote, or None."""
    if not body.startswith("「", start):
        return None
    copula = _DESCRIBED.search(body, max(s_start, start - 24), start)
    if copula is None:
        return None
    for mention in people:
        if mention.type == "PERSON" and s_start <= mention.start and mention.end <= copula.start():
            title = title_after(body, mention.end)
            if (title.end() if title else mention.end) == copula.start():
                return mention, None
    group = _PEOPLE_DESCRIBED.search(body, max(s_start, start - 24), start)
    return (None, group.group("name")) if group is not None else None
