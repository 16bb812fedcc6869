"""Who a claim's subject stands for: the person before an office, the first of joined names, a topic
named by what it is (words that refer back, 同氏 and 首相は, are core.clauses.referents').

Pieces of the clause reader's holder rules (core.claims.suggest), by the surface of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from core.claims.body_memo import table
from core.claims.shares import share_topic_span
from core.clauses.spans import SpanIndex
from core.model import Mention
from core.nlp.offices import OFFICE_WORDS, PRIVATE_TITLES, office_after  # noqa: F401 (PRIVATE_TITLES: the claims readers take it from here)
from core.scan import skipping

# Nouns that are no one, times among them (一時期は「…」と考えていた: the time, not who thought it)
NOT_A_HOLDER = re.compile(r"(?:こと|もの|ため|結果|今回|同日|一方|当時|現在|背景|問題|理由|目的|今後|時期|当初|以前|最近|時代|過去|"
                          r"(?<![\u4e00-\u9fff])(?:一度|何度|再度|今度|一時|最初|最後|前回|次回|毎回|今季|昨季|来季)|"  # 一度は一本となったが: how often, not who
                          r"(?<![\u4e00-\u9fff])(?:昨|今|来|先|翌|前)(?:年|月|週|日)|"  # 昨年は「…」と支持する声: a time
                          # 今回の授賞式では「…」, 会見では, 会談では: an event, where it was said, not who says it
                          r"(?:授賞|表彰|開会|閉会|結婚|記念|完成|就任|卒業)式|式典|会見|発表会|試写会|イベント|セレモニー|パーティー?|舞台挨拶|"
                          r"会談|会合|演説|インタビュー)$")
# Nouns for people that open with 同 and refer back to no one (同級生, 同僚, 同乗者, 同行筋: sources travelling with a
# minister): they name who speaks
NOT_SAME_PEOPLE = r"(?!級生|窓生|期生|僚|業者|行者|行筋|乗者|居人|席者|好者|志)"
_SAME_PEOPLE = r"同" + NOT_SAME_PEOPLE
# Words that open with 当 and mean no "this" (当局, 当局者, 当事者: the authorities and those concerned, not 当社 or 当館
# for the body writing): they name who speaks
NOT_THIS = r"(?!局|事者)"
# Words that refer back or qualify, not names: 同国外相は, 両首脳は, 前首相は
NOT_A_NAME = re.compile(r"(?:" + _SAME_PEOPLE + r"|両|各|前|元|新|現|次期|当時|関係)")

# A foreign name written right before an organisation and its office: ブッシュ・アメリカ合衆国大統領は
# (ルイス・マキャベロ在日ペルー大使は: the envoy's post 在日/駐日 between his name and his country)
_NAME_BEFORE = re.compile(r"(?P<name>[\u30a1-\u30fa][\u30a1-\u30fa・ー=＝]{2,20})(?:[(（][^()（）]{1,20}[)）])?・?(?:(?:在|駐)[\u4e00-\u9fff]?)?$")
# A second name joined by と before the particle: 住友商事とKDDIは、
COORDINATED = re.compile(r"と[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{1,12}?(?=(?:ら|側)?(?:は|が)、?)"
                         # sides listed and summed up: 日本と中国の両政府は, 麻生首相と温家宝首相の両首脳は, 横浜、神戸の両市が
                         r"|(?:(?:と|、)[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{1,12}?)+の?両[\u4e00-\u9fff]{1,3}(?=(?:は|が)、?)")


# Those titles, optionally after the body they lead.
# The body may come between the name and the title (山口信夫日本商工会議所会頭, 小浦武志強化本部長, 高橋政行日本中央競馬会理事長)
OTHER_TITLE = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?|(?<![\u30a1-\u30faーA-Za-z])[\u4e00-\u9fff\u30a1-\u30faーA-Za-z]{3,10}?)(?:" + PRIVATE_TITLES
                         + r"|座長|議長|会頭|代表幹事|頭取|(?:部長|局長)(?![\u4e00-\u9fff])"
                         # a department's head: 地震火山部課長, 広報室長 (the department ending in 部, 局 or 室)
                         + r"|(?:[\u4e00-\u9fff]{1,5}[部局室])?(?:課長|室長|次長)(?![\u4e00-\u9fff]))")


def title_after(body: str, position: int) -> re.Match | None:
    """An office or title right after a name, also behind a middle dot (小沢一郎・民主党代表); read once per place
    of a page (every claim of a sentence asks it of the same names)."""
    answers = table(body)
    key = ("title_after", position)
    if key not in answers:
        answers[key] = _title_after(body, position)
    return answers[key]


def _title_after(body: str, position: int) -> re.Match | None:
    for at in (position, position + 1) if body.startswith("・", position) else (position,):
        title = office_after(body, at) or OTHER_TITLE.match(body, at)
        if title:
            return title
    return None


# A group named after its first member: X議員をはじめとする何人かの議員は
HEADING = re.compile(r"をはじめ(?:とする)?、?[^、。「」をにでと]{1,16}?(?=(?:ら|側)?(?:は|が)、?)")


def person_before(body: str, s_start: int, start: int) -> Mention | None:
    """A person named right before an organisation that carries their office, or None."""
    match = _NAME_BEFORE.search(body, max(s_start, start - 40), start)
    if match is None or match.group("name").strip("・ー=＝") != match.group("name"):
        return None
    return Mention(match.start("name"), match.end("name"), match.group("name"), "PERSON", source=None)


# A title no office list holds, written right after a person's name: グテレス|国連高等難民弁務官
_LONG_TITLE = re.compile(r"[\u4e00-\u9fff・]{2,16}(?:官|長|相|使|員|事|者)")


def titled_person(body: str, people: list, start: int, end: int) -> Mention | None:
    """The person whose name opens the words [start, end) when the rest is their title (グテレス国連高等難民弁務官)."""
    return next((m for m in people if m.type == "PERSON" and m.start == start and _LONG_TITLE.fullmatch(body, m.end, end)),
                None)


# A name opening the sentence as its topic: 西日本スポーツでは、 / 一方、プラウダは、
_OPENING_TOPIC = re.compile(r"(?:また|一方|さらに|なお)?、?(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{2,12}?)(?:では|は)、")


def opening_topic(body: str, s_start: int, s_end: int) -> Mention | None:
    """The topic a sentence opens with, as a mention of its own, when it looks like a name."""
    match = _OPENING_TOPIC.match(body, s_start, s_end)
    if match is None:
        return None
    name = match.group("name")
    if NOT_A_HOLDER.search(name) or NOT_A_NAME.match(name) or name in OFFICE_WORDS or not re.search(
            r"[\u30a1-\u30faA-Z]|新聞|通信|放送|政府|省|庁|党|協会|連盟|委員会", name):
        return None  # only names that read as a body or an outlet, not 今回は or 首相は
    return Mention(match.start("name"), match.end("name"), match.group("name"), "ORG", source=None)


# A person referred to by a pronoun (このとき彼は): the person named as a subject before
PRONOUN = r"彼女ら|彼女|彼ら|彼"
_ASIDE = re.compile(r"[(（][^()（）]{1,30}[)）]")


def without_asides(text: str) -> str:
    """A topic's words with its asides in brackets taken out (京都大学医学部附属病院(京都市) → 京都大学医学部附属病院)."""
    return _ASIDE.sub("", text)


# People named by what they are, opening the sentence: 犯人は, 乗組員2人は, 専門家らは, 少年は, 彼は (男性, 女性 alone name too many)
_GROUP_TOPIC = re.compile(r"(?:(?:これに対し(?:て)?|これを受けて|一方|また|さらに|しかし)、?)?(?:[^、。「」]{0,12}、|[^、。「」]{1,12}?(?:によると|によれば)、?)?(?:[^、。「」はがを]{1,16}?の)?"
                          r"(?:(?:この|その)(?:とき|時)、?)?(?:ある|別の|一部の|多くの)?(?P<name>[\u4e00-\u9fff]{1,5}(?:人|員|者|家|士|官|団|客|男性|女性|少年|少女)|"
                          r"(?<![\u4e00-\u9fff])(?:少年|少女)|" + PRONOUN + "|[\u4e00-\u9fff]{0,5}チーム|[\u4e00-\u9fff]{0,4}メディア"
                          r"|[0-9０-９一二三四五六七八九十数]+(?:カ国|か国|ヶ国|ヵ国)|[\u4e00-\u9fff\u30a1-\u30faー]{1,8}(?:各国|諸国))"
                          r"(?:[0-9０-９一二三四五六七八九十数]+人)?(?:ら|たち)?(?:は|も)、?")


# People a sentence opens with, described by what they did or where they live (取材に応じた男性は, 事故を目撃した近所の
# 女性(45)は, 近所に住む主婦は, 殺害された姉妹の父親は): the clause before them is no part of who they are, and a bare
# 男性 or 女性 so described is one person
_DESCRIBED_TOPIC = re.compile(r"(?:(?:これに対し(?:て)?|一方|また|さらに|しかし)、?)?[^、。「」はが]{2,24}?(?<=[ぁ-ゖ\u4e00-\u9fff])[たるむくすうつぐぶ]"
                              r"(?P<name>(?![ぁ-ゖ])(?:[^、。「」はがをにでとたる]{1,12}?の)?[\u4e00-\u9fff]{0,5}"
                              r"(?:人|員|者|家|士|官|客|男性|女性|少年|少女|社長|会長|代表|幹部|担当|"
                              r"主婦|母親|父親|学生|生徒|住民|店主|夫妻|夫婦|息子))"
                              r"(?:[(（][^()（）]{1,12}[)）])?(?:ら|たち)?(?:は|も)、?")


def _described_topic(body: str, s_start: int, limit: int):
    """The people a sentence opens with, described by what they did, or None: 取材に応じた男性は (not a bare 人,
    者: 楽しむ人は多い, 訪れたことのある人は… tell how many, not who speaks)."""
    match = _DESCRIBED_TOPIC.match(body, s_start, limit)
    return match if match is not None and len(match.group("name")) >= 2 else None


def group_topic(body: str, s_start: int, limit: int) -> str | None:
    """The people a sentence opens with as its topic (犯人は…と述べた), when no name is its subject."""
    found = group_topic_span(body, s_start, limit)
    return found[0] if found else None


def group_topic_span(body: str, s_start: int, limit: int) -> tuple[str, int] | None:
    """(name, end) of the people a sentence opens with as its topic, or None."""
    share = share_topic_span(body, s_start, limit)
    if share is not None:
        return share  # 一部の議員は, 議員の多くは: the share of the group holds, as written
    match = _GROUP_TOPIC.match(body, s_start, limit) or _described_topic(body, s_start, limit)
    if match is None or NOT_A_NAME.match(match.group("name")) or match.group("name") in OFFICE_WORDS:
        return None  # 長官は: a title stands for a person named before, never for itself
    owner = re.search(r"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z・])([\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{2,16})の$",
                      body[s_start : match.start("name")])
    if re.fullmatch(r"[一二三四五六七八九十数0-9０-９]+人", match.group("name")):
        return (owner.group(1), match.end()) if owner else None  # 政府関係者の一人は: one of the officials
    if owner is not None and (_BODY_OWNER.search(owner.group(1)) or re.search(r"[\u30a1-\u30faA-Za-z]$", owner.group(1))) \
            and not NOT_A_NAME.match(owner.group(1)):
        return owner.group(1) + "の" + match.group("name"), match.end()  # 京都市の担当者は: the city's officer
    return match.group("name"), match.end()


# A body or a place that has officers: 京都市, 総務省, 警察 (the owner of 京都市の担当者; a name in katakana or
# Latin letters too: WFPの担当者)
_BODY_OWNER = re.compile(r"(?:[都道府県市区町村]|省|庁|局|署|府|会|党|社|軍|政府|当局|警察|委員会|機関|連合|協会|大学|銀行|団体)$")


# The noun phrase a sentence or clause takes as its topic: 議会の広報担当は, 反対派は, 地元も,
# 在日同胞の生活を考える会の…代表(73)は. Read when no entity is the subject, before the last
# sentence's holder is carried over.
_TOPIC_PHRASE = re.compile(
    r"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・])(?:(?:また|一方|さらに|なお|ただ|しかし)、?)?"
    r"(?P<name>(?:(?<![ぁ-ゖ])ある)?(?:[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・「」]{1,16}(?:[(（][^()（）。]{1,12}[)）])?(?:の|・))*"
    r"(?:[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{2,16}|[\u4e00-\u9fff\u30a1-\u30faー]{0,12}(?:「[^「」。]{2,16}」)+(?:紙|誌)?))"
    r"(?:[(（][^()（）。]{1,12}[)）]|(?<=」)[(（][A-Za-z0-9 .・]{13,30}[)）])*"  # 「ラジオ・ピュブリク・アフリカン」(RadioPublicAfrican)は
    r"(?:他|ほか|など)?(?P<particle>は|も|では)(?P<comma>、)?")
_TOPIC_PHRASE = skipping(_TOPIC_PHRASE)  # core.scan's skipping twin: the same matches
# Words that end a phrase of time, place or matter, not of someone who speaks.
_NOT_A_SPEAKER = re.compile(
    r"(?:日|年|月|時|分|週|頃|前|後|中|間|際|上|内|外|今回|今後|現在|当時|同日|一方|ため|こと|もの|点|面|結果|理由|目的|"
    r"背景|問題|内容|場合|方針|予定|見通し|可能性|会談|会議|会合|会見|選挙|事件|事故|計画|決定|措置|制度|法案|状況|影響|関係)$")


# Words that end the name of people or a body (政府当局, 報道官, ヌエル人の団体, 高校生)
# People by what they are (ユーザー達, ファン) and a body's department (編集部, 広報部; not 一部, 北部);
# not 生徒 nor 国民, more often the matter a source tells of (…によると、生徒もいた) than who speaks
SPEAKER_END = _SPEAKER_END = re.compile(r"(?:当局|人|員|者|家|官|団|(?<![相切上下])手|師|(?<!同)士|住職|(?<=[学校院業])生|"
                          r"ユーザー|ファン|(?<=[^\u3040-\u309f])達|"
                          r"(?<=[\u4e00-\u9fff]{2})(?<![一全内外北南東西中上下細])部|省|庁|局|府|会|党|社|紙|誌|軍|派|機関|政府|担当|代表|関係者|連合|組合|労組|連盟|協会|団体|客|メディア|マスコミ|幹部|"
                          r"ニュース|新聞|通信|放送|テレビ|ラジオ|News|Times|Post|Journal|(?<![A-Za-z])[A-Z]{2,}|"
                          r"(?<=[局部室課店所署館園院])長|社長|会長|"
                          r"スポークスマン|スポークスパーソン|報道官|広報|"
                          # people by the trade they speak from: アイドルライター, ワイドショーのデスク, 評論家 (家 above),
                          # 関西テレビのプロデューサー, 球団のスタッフ, トラックの運転手, 医師, 弁護士, 住職 (not 相手, 同士)
                          r"ライター|ジャーナリスト|アナリスト|コメンテーター|リポーター|レポーター|キャスター|アナウンサー|"
                          r"デスク|スカウト|エコノミスト|ストラテジスト|プロデューサー|ディレクター|マネージャー|マネジャー|スタッフ|オーナー|"
                          # a body of people by its kind, no entity the tagger knows: 日本の調査隊, 研究グループ, 救助チーム,
                          # 反政府陣営, 地元の漁協 (漁業協同組合; 農協, 生協)
                          r"(?<=[\u4e00-\u9fff])隊|グループ|チーム|陣営|(?<=[漁農生])協)$")
SPEAKER_END = _SPEAKER_END = skipping(SPEAKER_END)  # core.scan's skipping twin: the same matches
_NOT_A_TOPIC_NAME = re.compile(r"(?:" + _SAME_PEOPLE + r"|両|前|元|新|現|次期|当時|関係)")  # 各報道機関は may speak


# A topic's own clause closed by a copula before the claim: 恋愛は“自由”だったが、 恋愛は…タイプであり、
_COPULA_ENDS = ("だった", "であった", "であり", "でした", "です", "だったが", "であったが", "でしたが", "ですが", "だったけど",
                "ですけど")


def _described(body: str, start: int, limit: int) -> bool:
    """Whether the clause from start closes with a copula and a comma before limit (…“自由”だったが、)."""
    comma = body.find("、", start, min(limit, start + 32))
    return comma > start and body.endswith(_COPULA_ENDS, start, comma) and not any(
        mark in body[start:comma] for mark in "。「」")


# A phrase of matter closing right before a topic (招致疑惑についてアリ王子は「…」): the topic opens its own clause
_AFTER_MATTER = re.compile(r"(?:について|に関して|に関し|をめぐって|を巡って|をめぐり|を巡り)$")


# A role's time written before it with a dot: 現・時津風親方, 前・理事長, 元・横綱
_ROLE_TIME = re.compile(r"[現前元新]・(?=[\u4e00-\u9fff\u30a1-\u30fa])")


# People of a body named before (同社の広報部, 同寺の住職, 同校の校長): they speak, the body is written as 同X
_THEIR_PEOPLE = re.compile(r"同[\u4e00-\u9fff]{1,3}の[^、。「」]*" + "(?:" + SPEAKER_END.pattern.rstrip("$") + r")$")


def last_topic_match(body: str, s_start: int, limit: int, with_comma: bool = False) -> re.Match | None:
    """The last _TOPIC_PHRASE match of the scan from s_start to limit (with a comma after its particle when
    with_comma), kept per sentence: every claim of a sentence asks from the same start.

    The scan is run once, as far as the claims reach (twice as far when one reaches past it), and a claim's answer read
    from it: the phrase found ending by limit is the one a scan stopping at limit finds (the pattern has no look
    ahead, so a scan cut shorter only fails more); only the phrase running past limit is read again from its start to
    limit (a shorter phrase, no further than that one's length)."""
    answers = table(body)
    key = ("topic_phrases", s_start)
    kept = answers.get(key)
    if kept is None or kept[0] < limit:
        reach = limit if kept is None else min(len(body), max(limit, s_start + 2 * (kept[0] - s_start)))
        matches = list(_TOPIC_PHRASE.finditer(body, s_start, reach))
        commas, last = [], None
        for match in matches:
            last = match if match.group("comma") else last
            commas.append(last)
        kept = answers[key] = (reach, matches, [m.end() for m in matches], commas)
    _, matches, ends, commas = kept
    k = bisect_right(ends, limit)
    found = (commas[k - 1] if with_comma else matches[k - 1]) if k else None
    if k < len(matches) and matches[k].start() < limit:  # the phrase that runs past limit: read again up to limit
        for match in _TOPIC_PHRASE.finditer(body, matches[k].start(), limit):
            if match.end() <= limit and (match.group("comma") or not with_comma):
                found = match
    return found


def topic_phrase_scanned(body: str, s_start: int, limit: int, with_comma: bool = False) -> re.Match | None:
    """last_topic_match read by scanning from the sentence start for this claim alone (as every claim did before the
    scan was kept per sentence): the equivalence tests compare the two."""
    found = None
    for match in _TOPIC_PHRASE.finditer(body, s_start, limit):
        if match.end() <= limit and (match.group("comma") or not with_comma):
            found = match
    return found


def topic_phrase(body: str, s_start: int, limit: int, with_comma: bool = False) -> tuple[str, int, int] | None:
    """(text, start, end) of the last noun phrase before limit taken as a topic (Xは, Xも), if it can speak."""
    found = last_topic_match(body, s_start, limit, with_comma)
    if found is None:
        return None
    name = found.group("name")
    begin = found.start("name")
    if _ROLE_TIME.match(name):  # 現・時津風親方も, 元・監督の…は: the one who holds or held the role, not 現
        name, begin = name[2:], begin + 2
    opens = found.start() == s_start or body[found.start() - 1] in "、。\n" or found.start() != found.start("name") \
        or _AFTER_MATTER.search(body, max(s_start, found.start() - 5), found.start()) is not None
    if not opens and not _SPEAKER_END.search(name.strip("「」")):
        return None  # 監督が海底で見つけた生物は: inside a clause, only people or a body speak
    if with_comma and found.group("particle") != "は":
        return None  # 式典のクライマックスでは、: a setting, not who speaks
    if _described(body, found.end(), limit) and not _SPEAKER_END.search(name):
        return None  # 恋愛は“自由”だったが、「…」: a matter the clause describes and closes, not who speaks after it
    if _NOT_A_TOPIC_NAME.match(name) and not _THEIR_PEOPLE.match(name) or _NOT_A_SPEAKER.search(name) \
            or NOT_A_HOLDER.search(name) or name in OFFICE_WORDS \
            or OTHER_TITLE.fullmatch(name) \
            or re.fullmatch(r"(?:これ|それ|あれ|どれ|ある)[^ぁ-ゖ]{0,2}", name):
        return None
    named = re.search(r"「([^「」]+)」(?:紙|誌)?$", name)  # ニュースサイト「カトリック・ニュースサービス」: the name in brackets
    if named:
        return named.group(1), begin + named.start(1), found.end()
    return name.strip("「」"), begin, found.end()


def speaker_topic(body: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The first topic phrase in [start, end) that names people or a body (フランスの政府当局は)."""
    for match in _TOPIC_PHRASE.finditer(body, start, end):
        name = match.group("name").strip("「」")
        if _SPEAKER_END.search(name) and not _NOT_A_TOPIC_NAME.match(name) and name not in OFFICE_WORDS:
            return name, match.start("name"), match.end()
    return None


# A foreign name, maybe with an office, as a が-subject: ソールハイム開発相が
NAMED_SUBJECT = re.compile(r"(?<![\u30a1-\u30fa・ー])(?P<name>[\u30a1-\u30fa][\u30a1-\u30fa・ー]{1,15})"
                            r"(?:[\u4e00-\u9fff]{0,6}(?:相|官|長|領|氏|員))?が")


def titled_before(body: str, index: SpanIndex, title: str, before: int):
    """The last person before position whose name was written with title right after it (ロバーツ判事 … 判事は)."""
    for mention in index.before(before):
        if mention.type == "PERSON" and body.startswith(title, mention.end):
            return mention
    return None


class Named:
    """Where a subject no entity knows is written (the span _subject read it from)."""

    def __init__(self, start: int, text: str) -> None:
        self.start, self.end = start, start + len(text)


def comma_after(body: str, holder, limit: int) -> bool:
    """Whether the holder's particle is set off by a comma (Xは、), as a sentence's topic is."""
    match = re.compile(r"[^、。「」はがも]{0,12}?(?:は|が|も)、").match(body, holder.end, limit)
    return match is not None


def particle_before(body: str, holder, limit: int) -> str | None:
    """The particle that makes holder a subject (は, が or も), read after its name and title."""
    match = re.compile(r"[^、。「」はがも]{0,12}?(は|が|も)").match(body, holder.end, limit)
    return match.group(1) if match else None


def blanked(body: str, spans: list[tuple[int, int]], fill: str = "〓") -> str:
    """body with the inside of each span (a quote's, its brackets kept) replaced by fill, offsets kept (spans may
    overlap: merged first), so words inside are not read as the clause's own."""
    merged = []
    for a, b in sorted(spans):
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    parts, at = [], 0
    for a, b in merged:
        parts += [body[at : a + 1], fill * (b - a - 2)]
        at = b - 1
    return "".join(parts) + body[at:]
