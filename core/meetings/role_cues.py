"""The words after a name in a meeting clause that tell its role: a subject (も), a partner (と, や, を相手に, one
called, welcomed or sitting in), the one visited (Xを訪問), a source who only reports (によると), one sent or inviting,
a relative clause describing a noun, an ambassador's posting. core.meetings.clause_roles reads each name of a
clause with them; core.meetings.sides and core.meetings.setting read visits and clause ends with them too."""

from __future__ import annotations

import re

from core.meetings.country_letters import VISIT_HOST
from core.meetings.mention import Participant
from core.meetings.people import name_of
from core.nlp.offices import office_after


CLAUSE_END = re.compile(r"[、。]")
# 金泳三大統領も1994年に中国を訪問し: a person with も opening the clause is its subject too (Bとも: a partner)
ALSO_SUBJECT = re.compile(r"も(?!の|ので|のの)")


# 金融庁などと協議: a side named first of others (など, 等) is a side all the same
# 大統領に電話をかけ, 幹事長から電話があり: the side called, or calling, right before the call
CALLED = re.compile(r"(?:ら|側)?(?:に|から)(?=(?:[^、。にから]{0,4}の|[^、。「」『』]{0,12}?に)?電話)")  # ブラッシュ党首から祝福の電話
# 日産自動車を相手に交渉, トヨタ・日産間の協議: a partner named as the one across the table, or a pair joined by ・ before 間
PARTNER_AFTER = re.compile(r"(?:ら|側|(?:連邦|中央)?政府|当局)?(?:など|等)?(?:と|との|とも|や|、|および|及び|並びに|＆|&|を相手に|を相手として"
                            r"|・(?=[^、。・]{1,12}?間(?:の|で))|間の|間で)")


# 人民大会堂で小泉首相を迎え、会談した: the guest received is the other side of the talks that follow
WELCOMED = re.compile(r"を(?:[^、。をにで]{0,6}(?:で|として))?迎え(?:て|、|た後)")


# ライス国務長官の同席のもとで, 安倍官房長官を交えて: one who sits in on the talks (a side, as 同席した is)
SITTING_IN = re.compile(r"(?:の同席(?:のもと|の下)で?|が同席して|も同席して|を交えて?|も交えて?|の立ち会いのもと)")


# 日本側は原口大使, 日本側の首席代表は原口大使, 日本側からは: the person named for a side
HEAD_NAMED = re.compile(r"側(?:の[^、。はが]{0,6}?)?(?:は|が|からは|から|も)、?")


# …が訪れた北京で, …が主催した夕食会で, …が提案した案を: a verb ending a clause that describes the noun after it
# (a time or a reason after the verb, 来日した際に, 会談した後, leaves the subject the meeting's)
RELATIVE_SUBJECT = re.compile(r"[^、。「」]{0,12}?(?:した|された|している|していた|する|った|いた|れた|んだ)"
                               r"(?!際|時|とき|後|あと|折|ため|上で|うえで|直後|直前|最中|間|ばかり|こと|の[はがで])"
                               r"[\u4e00-\u9fff\u30a1-\u30ffー]{1,8}(?:で|に|を|と)")  # (…が行った二回目の協議: the meeting's own)


# 駐米日本大使, 駐日米国大使, 駐韓総領事: an ambassador's posting, written as part of the title
POSTING = re.compile(r"駐[\u4e00-\u9fff\u30a1-\u30fcー]{1,8}?(?:特命全権)?(?:大使|公使|総領事)")
# キリスト教民主同盟(CDU)・キリスト教社会同盟(CSU)と…, CDU/CSUと: a side of two bodies joined by ・ or /
MIDDOT_SIDE = re.compile(r"[・/／](?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z]{2,12})(?:[(（][^()（）]{1,10}[)）])?"
                          r"(?:と|との|は|が)(?!して|いう|なる)")


# ハル記者とンドゥウィマナ記者は: two reporters as the subject, not a reporter met
ONLOOKERS_TOGETHER = re.compile(r"と[^、。とはが]{1,15}?(?:記者|特派員|アナリスト|研究員|専門家|教授|准教授|解説委員|編集委員|評論家)"
                                 r"(?:ら)?(?:は|が)")


# 朝日新聞社大阪本社を訪問, 国連本部を訪問: a body called on at its seat
SEAT = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:本社|本部|支社|支店|本店|事務局|事務所|庁舎))?(?=を)")
# Xを訪問, Xを急きょ訪問, Xを公式に訪問: the person or country visited; 大統領のもとを訪れ: the person called on at their place
VISITED = re.compile(r"(?:の(?:もと|下|元|ところ))?を[^、。をでとがは]{0,4}|への(?:[^、。をでとがはの]{1,4}(?:の)?)?")  # 米国への公式訪問


# ウズベキスタンの首都タシュケントを訪問: the country of the city visited hosts the visit (アメリカ・ワシントンを訪問:
# one destination, read by core.meetings.sentence.add_destinations)
VISITED_CITY = re.compile(r"の(?:首都|首府|都市|港湾都市|古都)?[\u4e00-\u9fff\u30a1-\u30ffー]{1,10}を[^、。をでとがは]{0,4}")


# Sources: 産経新聞によると, 朝日新聞が報じた
SOURCE_AFTER = re.compile(r"(?:(?:と|、|や)[^、。と「」]{1,15}?){0,5}(?:によると|によれば|の報道|は報じ|が報じ|が伝え|は伝え)")


_LIST_JOINT = re.compile(r"(?:ら|側)?(?:と|、|や|は|が|・|両|の)")


def listed_next(body: str, actors, position: int) -> bool:
    """Whether a side is named right after a comma (岸田首相、バイデン大統領と), not an object (大統領、議会を解散)."""
    for m in actors:
        if position <= m.start <= position + 3:
            title = office_after(body, m.end)
            return bool(_LIST_JOINT.match(body, title.end() if title else m.end))
    return False


# 胡錦濤国家主席の特使として来日した唐家セン: the one sent travels, not the one who sent him
ON_BEHALF = re.compile(r"の(?:特使|代理|名代|親書|命を受け|[^、。]{0,6}として)")
# プーチン大統領の招待でロシアを訪問中の小泉首相: the one who invites receives the visit, not travels
INVITING = re.compile(r"の(?:招待|招き|招へい|招聘|要請|求め)(?:で|に応じ|を受け)")


SPOKESMAN = re.compile(r"[\u4e00-\u9fff]{0,4}(?:報道官|報道局長|声明|発表)")


def visit_to(word: str) -> bool:
    """訪米, 訪朝, 訪中: a visit to the country its second character names."""
    return word.startswith("訪") and len(word) == 2 and word[1] in VISIT_HOST


# （団長・佐々江賢一郎アジア大洋州局長）, (首席代表=ヒル国務次官補): a delegation's head named in brackets after it
_HEAD_IN_BRACKETS = re.compile(r"[(（](?:団長|首席代表|代表)[・:：=＝、]?(?P<inside>[^()（）]{2,30})[)）]")


def head_in_brackets(body: str, actors, position: int) -> Participant | None:
    """The person a bracket right after a delegation names as its head, or None."""
    bracket = _HEAD_IN_BRACKETS.match(body, position)
    person = next((m for m in actors if m.type == "PERSON" and bracket.start("inside") <= m.start
                   and m.end <= bracket.end("inside")), None) if bracket else None
    return Participant(name_of(body, person), person.entity_id) if person is not None else None
