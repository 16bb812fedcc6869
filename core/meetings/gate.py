"""Whether a meeting word found is a meeting by its use: 記者会見, 本会議, 署名を集め, 協議の場を設け, 事前協議
制度, 対応を協議した are words of a meeting that tell none.
"""

from __future__ import annotations

import re

from core.meetings.addressed import OTHER_MEANS
from core.meetings.cited import bracketed_event, headline_event, in_link_list
from core.meetings.collective_sides import collective_glued
from core.meetings.guests import GUEST_RECEIVED_BEFORE, RECEIVED_AT
from core.meetings.hosted_meal import GUEST_AFTER
from core.meetings.name_read import title_end
from core.meetings.sentence import PAIR_SUBJECT
from core.meetings.sittings import HELD_TOGETHER, body_of_sitting, forum_sitting, sitting_of_states, states_meet
from core.meetings.triggers import (
    AGREEMENT_CONCLUDED, AGREEMENT_OF_PAIR, BY_PHONE_BEFORE, CALLED_AFTER, CALLED_BY, CONCLUDED, CONCLUDED_AT_END,
    DELIBERATION_BEFORE, DOCUMENT_BEFORE, ENVOY_ADDRESSED, EVENT_USE_AFTER, EVENT_USE_BEFORE, HELD_BEFORE, HELD_PRESS_EVENT,
    MET_VERB, NAMED_AGREEMENTS, NEEDS_EVENT_USE, NOT_A_MEETING, NOT_A_MEETING_BEFORE, OWN_SITTING_BEFORE, PARTNER_BEFORE,
    PETITION_BEFORE, PHONE_WORD, PLANNED_WITH_PARTNER, PRESS_CONFERENCE_BEFORE, PRESS_EVENT, PROMOTION,
    QUOTED_BEFORE, SHARED_MEALS, SPOKEN_AT, TALKED_VERB, TRIGGER, VIDEO_MEANS_AFTER, WHAT_SIDES_NEGOTIATE_BEFORE, WITH_PARTNER_AFTER,
    conference_of_states
)
from core.meetings.two_plus_two import is_gloss, past_gloss
from core.scan_ending import search_ending


# 政策再検討会議: a word glued before 再検討会議 that is no treaty (核不拡散条約再検討会議), its letters (NPT再検討会議), a
# round or a year (第10回再検討会議): a body's review of its own policy, no conference of states
_REVIEW_OF_NO_TREATY_BEFORE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff](?<!条約)(?<![回年の])$")


def word_not_a_meeting(body: str, match, s_start: int, s_end: int, actors, places=(), events=()) -> bool:
    """Whether a meeting word found is no meeting by its use: a petition, a press conference, a body's own
    sitting, talks a rule requires, a noun no event happens to, the headline of another story. places are the
    sentence's places (a local government is a side: 兵庫県と神戸市は…会議を開いた), events its named gatherings."""
    sides = sorted([*actors, *(p for p in places if p.type == "LOC")], key=lambda m: m.start)
    if NOT_A_MEETING.match(body, match.start()) or search_ending(NOT_A_MEETING_BEFORE, body, s_start, match.start()):
        return True
    if match.group(0) == "署名" and PETITION_BEFORE.search(body, max(s_start, match.start() - 8), match.start()):
        return True  # 破局を求める署名, 結婚の署名: a petition's or a marriage's signatures, no agreement of sides
    if match.group(0) in ("来日", "訪日") and PROMOTION.search(body, s_start, s_end):
        return True  # 公開に合わせて、メリル・ストリープの来日が決定した: a star's promotional trip
    if is_gloss(body, match.start()):
        return True  # 外務・防衛担当閣僚協議（2プラス2）: the name in brackets of the meeting word before it
    if in_link_list(body, match.start()):
        return True  # ・FBIの電話会議をリーク: the headline of another story the page links to
    if match.group(0) == "会見" and search_ending(PRESS_EVENT, body, s_start, match.start()) \
            and HELD_PRESS_EVENT.match(body, match.end()):
        return True  # 小雪と椎名桔平が会見を行いました: two who held a press conference together
    if match.group(0) in ("テレビ会議", "ビデオ会議", "オンライン会議") and VIDEO_MEANS_AFTER.match(body, match.end()):
        return True  # テレビ会議形式で会談した: the means of the talks told next, one meeting
    if match.group(0) == "会見" and (PRESS_CONFERENCE_BEFORE.search(body, max(s_start, match.start() - 4),
                                                              match.start())
                                   or not search_ending(PARTNER_BEFORE, body, s_start, match.start())):
        return True  # a press conference, not a meeting with someone
    if match.group(0) == "会見" and (search_ending(QUOTED_BEFORE, body, s_start, match.start())
                                   or SPOKEN_AT.match(body, match.end())):
        return True  # 「…」と会見で述べた: the と closes a quote, the 会見 is where it was said
    if match.group(0) == "会議" and (OWN_SITTING_BEFORE.search(body, max(s_start, match.start() - 6), match.start())
                                   or body_of_sitting(body, actors, match.start())
                                   or not (search_ending(PARTNER_BEFORE, body, s_start, match.start())
                                           or HELD_TOGETHER.search(body, s_start, match.start())
                                           or pair_subject(body, sides, s_start, match.start())
                                           or conference_of_states(body, s_start, match.start()) is not None
                                           or sitting_of_states(body, actors, s_start, match.start(), match.end())
                                           or forum_sitting(body, events, s_start, match.start()) is not None)):
        return True  # 本会議で, ドラフト会議, 労働党の代表会議, 経営会議で決定: a chamber's or a body's own sitting
    if match.group(0) == "再検討会議" \
            and _REVIEW_OF_NO_TREATY_BEFORE.search(body, max(s_start, match.start() - 1), match.start()):
        return True  # 党の政策再検討会議: a body's own review, not a treaty's parties meeting
    if match.group(0) == "締結" and not (CONCLUDED.match(body, match.end())
                                         or CONCLUDED_AT_END.match(body, match.start() - 1)):
        return True  # 条約締結以降, 締結するという考え: a treaty spoken of, no signing told
    if match.group(0) in NAMED_AGREEMENTS and not (AGREEMENT_CONCLUDED.match(body, match.end())
                                                   or search_ending(AGREEMENT_OF_PAIR, body, s_start, match.start())):
        return True  # 1994年の停戦合意に違反した: an agreement referred to, no signing told
    if match.group(0) == "結" and body.startswith("契約を", match.start() - 3) and contract_not_of_bodies(body, [*actors, *places], s_start, match.start(), match.end()):
        return True  # 中村紀洋選手と契約を結んだ, 3社と契約を結んでいる: a player's contract, or one that stands
    if match.group(0) == "交わ" and not search_ending(DOCUMENT_BEFORE, body, s_start, match.start()):
        return True  # 言葉を交わした, 契約を交わした: no written agreement of sides
    if (match.group(0) in _WITH_SOMEONE or TALKED_VERB.fullmatch(match.group(0))
            or MET_VERB.fullmatch(match.group(0)) and body.startswith("日に", match.start() - 2)) \
            and not partner_before(body, actors, s_start, match.start()) \
            and not pair_subject(body, sides, s_start, match.start()) \
            and not (TALKED_VERB.fullmatch(match.group(0))  # AとBは9日、電話で約15分間話し合った: a call
                     and BY_PHONE_BEFORE.search(body, max(s_start, match.start() - 24), match.start())) \
            and not (match.group(0) in MEALS + SHARED_MEALS and (search_ending(_GUEST_BEFORE, body, s_start, match.start())
                                                    or ATTENDED.match(body, match.end())
                                                    or GUEST_AFTER.match(body, match.end()))):
        return True  # (Xを歓迎する晩餐会, 晩餐会に出席: a meal given for a guest, or attended)  # 面談, 懇談, 会食, 話し合った are meetings only with someone named (…と懇談した)
    if PHONE_WORD.fullmatch(match.group(0)) and not search_ending(CALLED_BY, body, s_start, match.start()) \
            and not (match.group(0) == "電話で" and CALLED_AFTER.match(body, match.end())):
        return True  # 電話をかけ with no one called or calling: nothing to propose
    if _PRIVATE_PARTNER.search(body, max(s_start, match.start() - 10), match.start()):
        return True  # 乗客の家族と面会した, 被災者と懇談: private people met, no meeting of sides
    if match.group(0) == "協議" and DELIBERATION_BEFORE.search(body, max(s_start, match.start() - 1),
                                                             match.start()) \
            and not partner_before(body, actors, s_start, match.start()):
        return True  # 執行部は対応を協議した: deliberation, nobody met
    if match.group(0) in ("協議", "交渉", "話し合い") and (_RULE_AFTER.match(body, match.end())
                                                       or search_ending(_RULE_BEFORE, body, s_start, match.start())):
        return True  # トレードはKBOと事前に協議するなどの条項, 事前協議制度: talks a rule requires, none held
    if match.group(0) == "協議" and _COUNCIL_HELD.match(body, match.end()) \
            and (search_ending(PARTNER_BEFORE, body, s_start, match.start()) or pair_subject(body, sides, s_start, match.start())):
        return False  # 兵庫県と神戸市は…協議会を開いた: a council the two sides named hold together
    if match.group(0) in NEEDS_EVENT_USE and not (
            EVENT_USE_AFTER.match(body, past_gloss(body, match.end())) or search_ending(EVENT_USE_BEFORE, body, s_start, match.start())
            or search_ending(HELD_BEFORE, body, s_start, match.start())
            or search_ending(WHAT_SIDES_NEGOTIATE_BEFORE, body, s_start, match.start())
            and match.group(0) in ("協議", "交渉") and not body.startswith("会", match.end())
            or match.group(0) in ("交渉", "折衝") and _COURSE_AFTER.match(body, match.end())
            or (PLANNED_WITH_PARTNER.match(body, match.end()) or WITH_PARTNER_AFTER.match(body, match.end()))
            and (search_ending(PARTNER_BEFORE, body, s_start, match.start()) or pair_subject(body, sides, s_start, match.start())
                 or PAIR_SUBJECT.search(body, s_start, match.start()))
            or headline_event(body, match.start(), match.end())
            or bracketed_event(body, s_start, match.start(), match.end())
            or match.group(0) == "会合" and _states_glued_before(actors, match.start())
            or match.group(0) == "協議" and collective_glued(body, match.start()) is not None):  # 与党協議
        return True
    if match.group(0) == "抗議" and (not search_ending(ENVOY_ADDRESSED, body, s_start, match.start())
                                   or OTHER_MEANS.search(body, s_start, s_end)):
        return True  # 市民団体が抗議した, 記者会見で大使に抗議したと: nobody protested to in person
    return False


# ブッシュ大統領と、北朝鮮の拉致問題について話し合った, 中国の外相と北朝鮮の核問題などについて意見交換した: the
# partner's と, after a name (and its office), some way before the word (a comma or a long topic between)
_PARTNER_AFAR = re.compile(r"(?:氏|さん|政府|側|当局)?(?:と(?!いう|いった|して|なっ|なる|なり|見られ|思わ|考え|同様|の|共に|ともに|一緒|並)|との間で|とも(?!に))、?"
                           r"[^、。「」『』]{0,30}(?:、[^、。「」『』]{0,30})?")

_SOURCE = re.compile(r"によ[るれり]|の話|から")  # (読売新聞とスポーツ報知によると、…: sources, not partners)


def partner_before(body: str, actors, s_start: int, start: int) -> bool:
    """Whether the sentence names a partner before the word at start: a と right before it (首相と懇談), or after a
    person, a country or a body named in the sentence, with a topic or a comma between (大統領と、…について話し合った;
    never across another meeting word, but one the topic names: 次官補と6カ国協議の期日などについて話し合う)."""
    if search_ending(PARTNER_BEFORE, body, s_start, start):
        return True
    for m in actors:
        if m.type in ("PERSON", "ORG", "GPE") and s_start <= m.start and m.end < start \
                and (_PARTNER_AFAR.fullmatch(body, m.end, start)
                     or (end := title_end(body, m)) is not None and end < start
                     and _PARTNER_AFAR.fullmatch(body, end, start)) \
                and not _meeting_between(body, m.end, start) and _SOURCE.search(body, m.end, start) is None:
            return True
    return False


# 6カ国協議の期日などについて, 首脳会談の日程をめぐって: a meeting word that names what is discussed
_TOPIC_OF = re.compile(r"の[^、。]{0,16}?(?:について|をめぐ|に関(?:す|し))")


def _meeting_between(body: str, start: int, end: int) -> bool:
    """Whether a meeting word stands between start and end, other than one the topic names (…と6カ国協議の期日など
    について話し合う: the partner's と still tells who the talks are with; …と会談し、…話し合った: the first word's)."""
    return any(not _TOPIC_OF.match(body, m.end(), end) for m in TRIGGER.finditer(body, start, end))


# 兵庫県と神戸市は, 日本政府と韓国政府が, 岸田首相とバイデン大統領は: two sides joined by と, the clause's subject
_PAIR_JOINT = re.compile(r"(?:政府|側|当局)?と")
_LOCAL_GOVERNMENT = re.compile(r"[都道府県市区町村]$")
# (ソニーとパナソニックはそれぞれ会議を開いた: each its own; a quote or a sentence's end between: another clause)
_APART = re.compile(r"[。「」『』]|それぞれ|各々|おのおの|別々|個別|単独|独自")
# 茶道表千家「不審菴」での: a short name in brackets, no quote (no comma inside, no と after it)
_BRACKETED_NAME = re.compile(r"「[^「」『』、。]{1,20}」(?!と)")
# 監督同士が, 両社は, 双方が, 2人は: a pair told by one word as the subject
_PAIR_WORD_SUBJECT = re.compile(r"(?:同士|両者|双方|(?<![\u4e00-\u9fff])両(?:国|社|党|首脳|氏|政府|首相|外相|陣営|団体|球団|チーム)"
                                r"|(?<![0-9０-９\u4e00-\u9fff])(?:2人|２人|二人|両人))(?:は(?!じめ)|(?:が|とも)(?![\u3041-\u3093]))")
# (両首脳はお茶会や…で懇談, 両国はまず: は may be followed by any word; 2人がかり, 両国ともに are no subject)
_SUBJECT_END = re.compile(r"(?:ら|側|政府|当局|の両[\u4e00-\u9fff]{1,4})?(?:は|が)(?![\u3041-\u3093])")


def pair_subject(body: str, actors, s_start: int, start: int) -> bool:
    """Whether the clause of the word at start opens on two sides joined by と as its subject (兵庫県と神戸市は10日、
    会議を開いた; トヨタと日産は…話し合った): the sides hold the meeting together, each the other's partner. Sides are
    people, bodies, countries and local governments, or a pair told by one word (両社は, 監督同士が) or by the letters
    of two countries (日中両国は, 日米両政府は, 米朝は); no other
    subject, quote or sentence end stands between, and nothing tells each held its own (それぞれ, 単独で)."""
    sides = [m for m in actors if s_start <= m.start and m.end < start
             and (m.type in ("PERSON", "ORG", "GPE") or m.type == "LOC" and _LOCAL_GOVERNMENT.search(body, m.start, m.end))]
    for found in (*_PAIR_WORD_SUBJECT.finditer(body, s_start, start), *PAIR_SUBJECT.finditer(body, s_start, start)):
        if _subject_up_to(body, actors, found.end(), start):
            return True  # 監督同士が話し合い, 両社は…会議を開いた, 日中両国は: the pair told by one word (or two letters)
    for a, b in zip(sides, sides[1:]):
        a_end = title_end(body, a) or a.end
        said = _SUBJECT_END.match(body, title_end(body, b) or b.end)
        if a_end <= b.start and _PAIR_JOINT.fullmatch(body, a_end, b.start) and said is not None \
                and _subject_up_to(body, actors, said.end(), start):
            return True
    return False


def _subject_up_to(body: str, actors, end: int, start: int) -> bool:
    """Whether a subject ending at end stays the subject up to start: no other subject, quote or sentence end
    between, nor a word that tells each side apart."""
    return end <= start and not _APART.search(_BRACKETED_NAME.sub("", body[end:start])) and not any(
        end <= o.start and o.end < start and _SUBJECT_END.match(body, title_end(body, o) or o.end) for o in actors)


def _states_glued_before(actors, start: int) -> bool:
    """Whether a body of states is written glued to the 会合 at start (G7会合, 国連会合, NATO会合): the meeting of
    those states, named as 首脳会合 names one, whatever is told of it after (G7会合および…会議に出席)."""
    return any(m.end == start and m.type == "ORG" and states_meet(m.entity_id) for m in actors)


# 交渉の結果、協定が締結された, 交渉の過程で: talks told by their course or what came of them; a negotiation is
# always of two sides, its partner named or not (協議の結果 may be a body's own deliberation: read with a partner)
_COURSE_AFTER = re.compile(r"の(?:過程|結果)")


# 協議会を開いた, 協議会を開催: a council held (read only with the sides that hold it named: 協議会は is a body)
_COUNCIL_HELD = re.compile(r"会を(?:[^、。を]{0,8}?)(?:開[いかきく]|開催|行[いっうわ])")


_WITH_SOMEONE = ("面談", "懇談", "会食", "商談", "歓談", "密談", "意見交換", "意見を交わ", "意見を交換", "立ち話", "夕食会", "晩餐会", "昼食会", "朝食会",
                 *SHARED_MEALS, "ワーキングランチ", "ワーキング・ランチ", "ワーキングディナー", "ワーキング・ディナー")


MEALS = ("夕食会", "晩餐会", "昼食会", "朝食会")




# 事前に協議するなどの条項, 協議する義務, 事前協議制度: talks a rule or an agreement requires, no meeting told
_RULE_AFTER = re.compile(r"(?:する|を行う|しなければならない)?(?:こと)?(?:など)?の?(?:条項|規定|義務|ルール|取り決め|仕組み|制度)")


_RULE_BEFORE = re.compile(r"事前(?:に|の)?$")


# 大統領夫妻を歓迎する宮中晩餐会, 首相を招いて夕食会を: a meal given for a guest; オバマ大統領主催の韓国・李大統領
# 晩餐会: a meal a host named gives (警察主催の夕食会: a body's, read with its sides as any meal)
_GUEST_BEFORE = re.compile(RECEIVED_AT + r"[^、。]{0,8}$"
                           r"|主催(?:の|する|した)[^、。をがは]{0,12}$"
                           r"|" + GUEST_RECEIVED_BEFORE)


# 晩餐会に参加し, 夕食会に出席した: a meal attended by the clause's subject
ATTENDED = re.compile(r"に(?:参加|出席|臨|招かれ)")


# 乗客の家族と, 被災者らと: the partner is private people, unnamed
_PRIVATE_PARTNER = re.compile(r"(?:家族|遺族|住民|市民|被災者|被害者|避難者|学生|生徒|児童|子供|子ども|ファン|支持者|患者|乗客|乗員)"
                              r"(?:ら|たち)?(?:と|とも)$")


# 京セラと命名権契約を結び, 鳥栖市は…「ベストアメニティー」と契約を結んだ: a contract two bodies conclude; the partner's と
# (or との間で) and the contract's name between the partner and 契約を
_CONTRACT_PARTNER = re.compile(r"[」』]?(?:と|との間で)[^、。とを]{0,12}契約を$")
_ALLIANCE_CONTRACT = re.compile(r"提携契約を$")
# 契約を結んでいる, 結んでおり, 結んでいた: a contract that stands (or stood), no signing told
_STANDING = re.compile(r"んで(?:いる|おり|いた|いま)")
# 結んだ松井秀喜, 結ぶ3社: the contract of a clause describing its holder
_HOLDER_AFTER = re.compile(r"(?:んだ|ぶ)(?=[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9０-９Ａ-Ｚａ-ｚ「『])")
_BODIES = ("ORG", "GPE", "LOC")


def contract_not_of_bodies(body: str, named, s_start: int, start: int, end: int) -> bool:
    """Whether a contract concluded (契約を結ぶ) is no signing of sides: its partner is a person or nobody named (a
    player's or a coach's contract: 中村選手と契約を結んだ), the side named last before the partner is a person or
    there is none (a player's, the subject left out: レッドソックスとマイナー契約を結んだ), it describes who holds it
    (…と一年契約を結んだ松井秀喜, …と契約を結ぶ3社), or it is told as standing (…と契約を結んでいる). A contract of
    alliance (提携契約を結ぶ) is always one."""
    if search_ending(_ALLIANCE_CONTRACT, body, s_start, start):
        return False
    if _STANDING.match(body, end) or _HOLDER_AFTER.match(body, end):
        return True
    partner = max((m for m in named if s_start <= m.start and m.end < start
                   and _CONTRACT_PARTNER.fullmatch(body, m.end, start)), key=lambda m: m.end, default=None)
    before = max((m for m in named if partner is not None and s_start <= m.start and m.end <= partner.start),
                 key=lambda m: m.end, default=None)
    return partner is None or partner.type not in _BODIES or before is None or before.type not in _BODIES
