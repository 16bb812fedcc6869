"""Who a claim's sentence names as its holder: the subject or topic before the claim (Xは, Xが, Xも),
a bare title standing for the person named with it (長官は, 同氏は), a name written with an honorific
or an office, a name written between と and the verb. The sentence's holder when its quote names none is read in
core.claims.sentence_holder, speakers at the quote in core.claims.at_quote and core.claims.asides, sources in
core.claims.sources.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from core.claims.body_memo import matches_before, table
from core.claims.clauses import AFTER_QUOTE, HOLDER_PARTICLE
from core.claims.holders import (
    COORDINATED, HEADING, NOT_A_NAME, NOT_SAME_PEOPLE, PRIVATE_TITLES, SPEAKER_END, person_before, title_after,
)
from core.claims.name_shape import DEMONSTRATIVE
from core.claims.quote_marks import quotes
from core.claims.title_runs import leaders_person, title_run
from core.clauses.titles import strip_title
from core.clauses.body_references import AS_SOURCE, refers_to_a_body
from core.clauses.referents import HEAD_OFFICES, STAFF, person_with_title, referred
from core.clauses.spans import SpanIndex
from core.model import Mention, ShortForm
from core.nlp.offices import MEDIA_TRADES, OFFICE_WORDS
from core.scan import skipping


_HOLDER_PARTICLE = HOLDER_PARTICLE
# 長官は, 同氏は: a title standing for a person named earlier.
_BARE_TITLE = re.compile(
    r"(?<![\u4e00-\u9fff\u30a0-\u30ffA-Za-z])(?P<title>同氏|同" + NOT_SAME_PEOPLE + r"(?:[\u4e00-\u9fff]{1,4})|長官|外相|首相|大統領|"
    r"国家主席|主席|報道官|副首相|財務長官|国務長官)"
    # 同球団公式ページは, 同省報道官は, 同社の広報担当者は: the body's page or people speak for the body named before
    r"(?P<part>の?(?:公式ページ|公式サイト|ウェブサイト|ホームページ|" + STAFF + "))?"
    r"(?P<particle>(?:側)?(?:では、?|は、?|が|も))"  # 同新聞では、: the paper reports
)
_BARE_TITLE = skipping(_BARE_TITLE)  # core.scan's skipping twin: the same matches
# A name written right before an institution and a title: 溝上恵|東京大学名誉教授は
_NAME_BEFORE = re.compile(r"(?:^|(?<=[、。\n」]))(?P<name>[\u4e00-\u9fff々]{2,5}|[\u30a1-\u30fa][\u30a1-\u30fa・ー]{1,15})")
_PARTICLE_END = re.compile(r"(は|が|も)、?$")
# A ministry or agency and its head, written after a person's name: 外交通商部長官, 国防省報道官
_OFFICE_OF_BODY = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa・]{1,12}?(?:部|省|庁|院|局|府|委員会)(?:長官|大臣|部長|長|報道官|次官|副長官)")
# A title no list holds, between a person and their particle: 安川拓次グループ長は, 松本充史主査は, 山田センター長が
_UNLISTED_TITLE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]{0,8}?(?:長|主査|主任|主幹|参事|理事|リーダー|マネージャー|"
                             r"マネジャー|" + MEDIA_TRADES + r")(?=[はがも])")
# 佐々木憲昭衆議院議員・衆院国会対策副委員長: offices between a person and the body of their next office
_OFFICES_BETWEEN = re.compile(r"[\u4e00-\u9fff]{1,10}(?:議員|委員|大臣|長官|長|相)・[\u4e00-\u9fff]{0,4}")
_ASIDE_ONLY = re.compile(r"[(（][^()（）]{1,20}[)）]|・")
_BODY_OF_STATE = re.compile(r"軍当局|当局|軍|国防省|外務省")
# Words that end an organisation's name past the entity Kaidan found: NBCテレビ|局, 仙台中央警察|署
_ORG_HEAD = re.compile(r"(?:社|署|局|紙|誌|本社|支局|特捜部|取引所)(?=(?:ら|側)?(?:は|が|も))")
ASIDE = re.compile(r"[(（][^()（）。]{1,20}[)）](?=[^、。]{0,12}(?:は|が|も))")  # 多村美紀さん(46歳)も、: も as well
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


def statements(body: str, s_start: int, end: int) -> list[tuple[int, int]]:
    """The quotes before end that say something (a speech verb follows, or they hold a clause's comma or stop),
    not a name set in brackets (「ネパール会議派」の議員は, フジテレビ「すぽると！」では: the body speaks)."""
    # read once per sentence start as far as its claims reach (again twice as far when one reaches past it): the quotes
    # closed before end are a prefix of those of a longer reach, as the marks are read in order
    answers = table(body)
    key = ("statements", s_start)
    kept = answers.get(key)
    if kept is None or kept[0] < end:
        reach = end if kept is None else min(len(body), max(end, s_start + 2 * (kept[0] - s_start)))
        said = [(a, b) for a, b in quotes(body, s_start, reach)
                if AFTER_QUOTE.match(body, b) is not None or any(mark in body[a:b] for mark in "、。")]
        kept = answers[key] = (reach, said, [b for _, b in said])
    return kept[1][: bisect_right(kept[2], end)]


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
    if DEMONSTRATIVE.fullmatch(re.sub(r"(?:は|が|も)、?$", "", body[start:end])):
        return None  # 「…」とこちらも不快感を示した: this side too, the speaker named before
    text = strip_title(text)  # ヨセフ・サルキス・レバノン観光相は → ヨセフ・サルキス
    if 2 <= len(text) <= 16 and "を" not in text and "と" not in text \
            and not re.search(r"[をのにで]$|記者|会見|声明|取材|番組|^(?:ラジオ|テレビ)", text):
        return text
    return None


# A が-subject inside a clause made a noun of time or matter, before the sentence goes on after a comma
# (株式会社IHIが…虚偽記載をしていたとして、金融庁に…勧告した: the matter of the clause closed by として)
# (…が現教皇に選出された2005年4月の選挙においては、: the subject of a clause describing the setting, not the speaker)
# (the clause may hold a quote of its subject's: トランプ大統領が「…」と批判したことについて、「…」と反論した; and a matter
# closed by こと and its particle may run right into the claim: …が関税を引き上げたことに「極めて遺憾だ」と述べた)
_CLAUSE_WORDS = r"(?:[^、。「」]|「[^「」]*」)*?"
_IN_A_NOUN_CLAUSE = re.compile(_CLAUSE_WORDS + r"(?:(?:こと|ため|際|場合)(?:について|に対して|に対し|に関して|を受けて|を受け|から|で|に)?(?:は|も)?"
                               # 安明進さんが…目撃したとする発言に対し、: the clause describes the matter answered
                               r"|(?:[たるい]|とする|という)[一-鿿]{1,6}(?:に対して|に対し|について|に関して|を受けて|を受け)(?:は|も)?"
                               r"|(?<=[たるい])として|(?<=[たるい])[^、。「」がはをにで]{1,24}?において(?:は|も)?)、"
                               r"|" + _CLAUSE_WORDS + r"(?<=[たるいだ])こと(?:について|に対して|に対し|に関して|を受けて|には|に)(?:は|も)?$")


def in_a_noun_clause(body: str, at: int, limit: int) -> bool:
    """Whether the が-subject ending at `at` is inside a clause made a noun of time or matter before limit."""
    return _IN_A_NOUN_CLAUSE.match(body, at, limit) is not None


# A claim's report made the matter of what follows: …と批判したことについて、 …と発言した事に対し、
_ANSWERED = re.compile(r"[^、。「」]{0,12}?[たるい](?:こと|事)(?:について|に対して|に対し|に関して|を受けて|を受け)、?")


def answered_after(body: str, end: int) -> bool:
    """Whether the claim ending at end is the matter a later claim of its sentence answers (…と批判したことについて、):
    its holder is no subject the sentence goes on with."""
    return _ANSWERED.match(body, end) is not None


# Between a person's が and the quote they say: nothing, the press conference they held (会見し、, 記者会見で), and
# their quotes before it (「…」と謝罪し、「…」とコメントした: both theirs)
_AT_QUOTE = re.compile(r"(?:[^、。「」]{0,12}?(?:会見|取材)(?:を開き|を行い|し|して|で|に応じ|に対し)、?)?"
                       r"(?:「[^「」]*」(?:など)?と[^、。「」]{1,12}?、)*")


def _name_or_office(body: str, titled: re.Match) -> str:
    """The name read before a title, or the whole office word when those words begin one (国務|長官は: the title
    国務長官 alone, for whoever holds it, never a person called 国務)."""
    name, at = titled.group("name"), titled.start("name")
    phrase = re.sub(r"(?:ら)?(?:は|が|も)、?$", "", body[at : titled.end()])
    if leaders_person(body, at, at + len(phrase)):
        return phrase  # ブッシュ大統領報道官は: the spokesman, never the president
    return next((o for o in OFFICE_WORDS if len(o) > len(name) and o.startswith(name) and body.startswith(o, at)), name)


def _told_by(body: str, name: str, s_start: int, end: int) -> bool:
    """Whether the sentence names name as the source of what it tells before end (読売新聞によれば、)."""
    at = body.find(name, s_start, end)
    while at >= 0:
        if AS_SOURCE.match(body, at + len(name)):
            return True
        at = body.find(name, at + 1, end)
    return False


def _name_reading(body: str, start: int, end: int, kind: str) -> tuple[int, re.Match | None, int | None]:
    """(where the name's particle may stand, the title written after it, the end of the phrase when the name and
    title name a leader's aide, else None) of the name at [start, end) of type kind: the same for every claim of the sentence, read once."""
    answers = table(body)
    key = ("name_reading", start, end, kind)
    if key not in answers:
        answers[key] = _read_name(body, start, end, kind)
    return answers[key]


def _read_name(body: str, start: int, end: int, kind: str) -> tuple[int, re.Match | None, int | None]:
    position = end + (body.startswith("」", end) and body[start - 1 : start] == "「")  # 「オブザーバー」は
    aside = ASIDE.match(body, position)  # ミュンテフェリング(ミュンテフェーリング)SPD党首は
    if aside:
        position = aside.end()
    head = _ORG_HEAD.match(body, position) if kind == "ORG" else None
    if head:  # NBCテレビ局は, デロイト社が, 仙台中央警察署は: the body's name runs on past its entity
        position = head.end()
    title = title_after(body, position)
    if title is None and kind == "PERSON":
        title = _OFFICE_OF_BODY.match(body, position) \
            or _UNLISTED_TITLE.match(body, position)  # 潘基文(パン・ギムン)外交通商部長官は, 安川拓次グループ長は
    if title and kind == "PERSON" and leaders_person(body, start, title.end()):
        return position, None, title.end()  # ブッシュ大統領報道官は: the phrase up to the title's end
    if title:
        position = title.end()
        aside = ASIDE.match(body, position)  # 王貞治監督(68歳)が: the age after the title
        if aside:
            position = aside.end()
    return position, title, None


def _particle_after(body: str, position: int) -> tuple[int, re.Match | None, bool]:
    """(where the particle stands, the holder's particle, whether it stands right at position) after a name and its
    title ending at position: past a group named after its first member. Read once per place of the page."""
    answers = table(body)
    key = ("particle_after", position)
    if key not in answers:
        right_there = _HOLDER_PARTICLE.match(body, position) is not None
        coordinated = COORDINATED.match(body, position) or HEADING.match(body, position)
        if coordinated and not right_there:
            # 住友商事とKDDIは、 / X議員をはじめとする議員らは: the one named first holds for the group
            position = coordinated.end()
        answers[key] = (position, _HOLDER_PARTICLE.match(body, position), right_there)
    return answers[key]


def _last_name_before(body: str, s_start: int, start: int) -> re.Match | None:
    """The last name _NAME_BEFORE finds in [s_start, start): read once per sentence and name."""
    answers = table(body)
    key = ("name_before", s_start, start)
    if key not in answers:
        named = None
        for named in _NAME_BEFORE.finditer(body, s_start, start):
            pass  # the last name before the institution
        answers[key] = named
    return answers[key]


def subject_of(body: str, people: list, index: SpanIndex, s_start: int, limit: int):
    """(mention, surface, end) of the clause's subject before limit: the last Xは, else Xが/Xも.

    A bare title or 同氏 (長官は, 同氏は) stands for the last person named with it.
    Returns (None, surface, end) for such a title nobody earlier holds, and
    (None, None, None) when there is no subject at all.
    """
    found = []
    quoted = statements(body, s_start, limit)  # 「…（ガッツポーズが）…」と明かしつつ、「…」と語った: never a subject outside
    for mention in people:
        start, end = mention.start, mention.end
        if start < s_start or end > limit:
            continue
        # the name's title and particle are read once per place (every claim of the sentence asks them); a name
        # with no particle after it is no subject, whatever else holds
        position, title, leaders = _name_reading(body, start, end, mention.type)
        kind = "PERSON" if leaders is not None else mention.type
        run = title_run(body, position, limit) if kind == "PERSON" and not _particle_after(body, position)[2] else None
        if run is not None:  # 梅村和伸高体連専務理事は, 前田浩文代表取締役は: the whole title, past the word a list read
            position = run.end()
        position, particle, _ = _particle_after(body, position)
        if particle is None or any(a < start and end < b for a, b in quoted):
            continue
        if body.startswith("・", end) and SPEAKER_END.search(mention.text) and any(
                m.start == end + 1 and m.type == "PERSON" for m in people):
            continue  # スポーツジャーナリスト・中西哲生氏は: the trade names the person written after it
        if leaders is not None:  # ブッシュ大統領報道官は: the spokesman, held as the phrase, never the president
            end = leaders
            mention = Mention(start, end, body[start:end], "PERSON", source=None)
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
                named = _last_name_before(body, s_start, start)
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
            if person is not None and bare.group("part") and _told_by(body, person.text, s_start, bare.start()):
                person = None  # 読売新聞によれば、同社の広報部は: the company, never the outlet that tells of it
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
    speaking = next((f for f in reversed(found) if f[0] == "が" and f[1].type == "PERSON"
                     and topics[-1][1].type != "PERSON" and topics[-1][3] <= f[1].start
                     and _AT_QUOTE.fullmatch(body, f[3], limit)), None) if topics else None
    if speaking is not None and body.startswith("「", limit) and not any(
            g[1].type == "PERSON" and topics[-1][3] <= g[1].start < speaking[1].start for g in found):
        # RKB毎日はこの事件を受けて石神大和社長が会見し、「…」: the person speaks for the body (not with another person
        # before them: 番組では、高須克弥氏が、…野村沙知代氏が“すぐにブチ切れる”と訴え, the quote tells of her)
        topics = [speaking]
    titles = matches_before(body, _TITLED_NAME, s_start, limit)  # one scan per sentence, kept
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
