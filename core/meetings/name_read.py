"""Where a side's name ends in its clause: past a reading in brackets, its office and what a title runs on with
(補佐官, 夫妻), a title no list holds, an organisation's staff, a country's delegation, the delegation a person
heads, an aside and a person's group — up to the particle that tells the side's role (は, が, と …)."""

from __future__ import annotations

import re
from typing import NamedTuple

from core.meetings.people import ASIDE
from core.nlp.office_names import full_office
from core.nlp.offices import HONORIFICS, office_after, shared_title

# 北朝鮮代表団, 中国の政府代表団, 日本側代表団, 米上院議員団: a country's delegation (its head unnamed)
DELEGATION = re.compile(r"(?:側|の|政府)?(?:政府|高官|実務|交渉|経済|貿易|議員|議会|国会|上院|下院)?(?:代表団|使節団|交渉団)"
                        r"|(?:の)?(?:上院|下院|連邦議会|議会)?(?:議員団|訪問団|視察団|調査団|査察団)"  # 米国の議員団, 米上院議員団, IAEA査察団
                        r"|(?:の)?(?:政府|軍|外務省|国防省|当局)?(?:の)?(?:幹部|高官|当局者)(?:ら)?")  # 中国軍幹部と: its officials


# ラブロフ外相を団長とする代表団, 王毅外相が率いる代表団, 首相率いる一行: a delegation named by its head
_HEADING = re.compile(r"(?:を(?:団長|首席代表|代表|トップ)とする|が率いる|の率いる|率いる)[\u4e00-\u9fff\u30a1-\u30ffー]{0,8}?"
                      r"(?:代表団|使節団|交渉団|訪問団|一行)")


# トランプ大統領夫妻: the couple stands for the person; 夫人とともに: a spouse who comes along
_COUPLE = re.compile(r"(?:ご)?夫妻")
_SPOUSE = re.compile(r"(?:夫人|令夫人|妻|夫)(?:と(?:とも|共)に|を伴|も同行|と一緒に)")
_NOT_HELD = re.compile(r"前|元|次期")  # the qualifiers of core.nlp.offices that name no office held then


# A title Kaidan has no list for, between a name and its particle (チェアーマン, 弁護士, 社長).
# (and さま, the honorific of the imperial family: 彬子(あきこ)さまは)
_FREE_TITLE = re.compile(r"(?:[\u4e00-\u9fff\u30a1-\u30ff]{1,6}?|さま"
                         r"|[\u4e00-\u9fff\u30a1-\u30ff]{1,8}?(?:局長|部長|次官|審議官|参事官|大使|公使|委員長|代表))"
                         r"(?=(?:ら|側)?(?:は|が|と|との|とも|や|、))")  # (アジア大洋州局長: a longer official post)
# 斉藤愛璃選手（所属：程ヶ谷ＣＣ）と, 大統領(右)と: an aside after a title, then the particle
_BEFORE_PARTICLE = r"(?=(?:ら|側)?(?:は|が|と|との|とも|や|、))"
_LATE_ASIDE = re.compile(r"[(（][^()（）。]{1,20}[)）]" + _BEFORE_PARTICLE)
_TITLED_ASIDE = re.compile(r"(?:選手|投手|捕手|野手|監督|コーチ|さん|氏|君|議員|弁護士|教授|容疑者|被告)?"
                           r"[(（][^()（）。]{1,20}[)）]" + _BEFORE_PARTICLE)
# 国務次官補, 首相補佐官, 長官代理: the rest of a post written after a title a list holds
_TITLE_TAIL = re.compile(r"(?:特別補佐官|補佐官|補|代理|顧問)")


# (中国軍幹部と, トヨタ自動車社長と: glued to the body's name; ボーダフォン日本法人の社長と, ボーダフォンのイギリス本部と:
# a part of the body; ASEAN各国の外相と: its members, for whom the body stands)
_LEADER = r"(?:社長|会長|副社長|副会長|頭取|理事長|総裁|CEO|最高経営責任者)"
# 国連の事務総長, WHOの事務局長, 自民党の幹事長, 労組の委員長, 共産党の書記長: the head of an international body, a
# party or a union by the post it names, unnamed (the body meets for them, as a company for its 社長)
_HEAD_OF_BODY = r"(?:事務総長|事務局長|幹事長|委員長|党首|書記長)"
# 興南高校の選手団, 民主党の訪中団, 経団連の使節団一行: a body's delegation, its head unnamed (the body meets for it)
_DELEGATION_OF = r"(?:代表団|使節団|交渉団|訪問団|視察団|調査団|選手団|訪[中米朝日韓露欧]団)(?:一行)?|一行"
# 経団連の使節団が, IOCの調査団一行は: the body's delegation, read as the name's rest (STAFF_OF)
_DELEGATION_REST = re.compile(r"の(?:" + _DELEGATION_OF + r")ら?|代表団ら?")


def body_delegation(body: str, name_end: int, position: int) -> bool:
    """Whether a body's name read up to position went on with its delegation (経団連の使節団, 民主党の訪中団): the body
    travels, as a country's delegation does."""
    return name_end < position and _DELEGATION_REST.fullmatch(body, name_end, position) is not None


# ハマスの指導者と, タリバンの代表者が, 国民民主連盟の幹部らと: the people who speak for a body at the table
_MEMBERS = r"(?:最高指導者|指導者|代表者|交渉担当者|担当者|責任者|当局者|高官|メンバー|幹部|代表|首脳|関係者)"
# 阪神の球団社長, ソニーの代表取締役社長, 巨人の球団代表: a post of a company or a club written with its rank or unit
_RANK = r"(?:球団|代表取締役|取締役|専務|常務|執行役員)?"
STAFF_OF = re.compile(r"(?:(?:日本法人|子会社|本社|本部|支社)?の" + _RANK +
                       r"副?(?:" + _MEMBERS + r"|社長|会長|頭取|理事長|総裁|" + _HEAD_OF_BODY + r"|" + _DELEGATION_OF + r")ら?|(?:幹部|高官|首脳|代表団)ら?|" + _LEADER +
                       r"|の[\u4e00-\u9fff\u30a1-\u30ff]{0,6}?(?:本部|本社|日本法人|子会社|支社)"
                       r"|(?:各国|加盟国|加盟各国|諸国)(?:の(?:外相|首脳|代表|閣僚|首相|財務相|国防相|高官)(?:ら)?)?)"
                       r"(?=(?:は|が|と|との|とも|、))")


# アップル社, ロシュ社: a company named with 社 after its name (not 社長, 社員, 社会, 社内)
_COMPANY = re.compile(r"社(?=(?:の|は|が|と|との|とも|や|、))")


# 橋下氏のグループ, 小沢氏の陣営: a person's group, a side of its own (not 氏の発言, 氏の秘書)
_GROUP_OF = re.compile(r"の(?:グループ|陣営|一派|派閥|勢力|新党|新会派)(?=ら?(?:は|が|と|との|とも|、))")


class NameRead(NamedTuple):
    """A side's name as read: where it ends, its aside (a reading, an acronym), its title and office, its kind (a
    person's group is an ORG), the delegation it stands for and the group that stands for a person."""
    position: int
    aside: re.Match | None
    title: re.Match | None
    office: str | None
    kind: str
    delegation: re.Match | None
    group: re.Match | None


def read_name(body: str, mention) -> NameRead | None:
    """Read past the name of an entity mention of the clause to its particle; None for a spouse who comes along."""
    position = mention.end
    if body.startswith("」", mention.end) and body.endswith("「", 0, mention.start):
        position += 1  # 団体「PSE問題を考える会」と経済産業省との話し合い: a body named in brackets
    opened = body.rfind("(", mention.start, mention.end)
    if mention.type == "PERSON" and opened > mention.start and body.find(")", mention.start, mention.end) < 0:
        # a name read up to its aside: メフリス(メーリス
        position = body.find(")", mention.end, mention.end + 20) + 1 or mention.end
    aside = ASIDE.match(body, position)
    position = aside.end() if aside else position  # メフリス(メーリス)団長が: a reading or a former name
    title = office_after(body, position)
    office = full_office(title) if title and title["office"] not in HONORIFICS else None  # 氏 is no office
    if office and not office.startswith("副") and body[title.start("office") - 1] == "副":
        office = "副" + office  # 何立峰副総理 is a deputy, not the head of government
    if office and _NOT_HELD.search(body, title.start(), title.start("office")):
        office = None  # 岩屋毅前外相, 元首相, 次期大統領: an office held before or after, not then
    if title is None and mention.type == "PERSON" and (shared := shared_title(body, position)) is not None \
            and shared["office"] not in HONORIFICS:
        office = shared["office"]  # ブッシュ、プーチン両大統領と: the title the listed names share
    kind = mention.type
    if kind == "PERSON" and _SPOUSE.match(body, position):
        return None  # 昭恵夫人とともに: a spouse who comes along is no side
    # (経団連の使節団一行: a body's staff after の, read below)
    delegation = DELEGATION.match(body, position) if kind == "GPE" or kind == "ORG" and not body.startswith("の", position) \
        else None
    if delegation:  # 北朝鮮代表団と会談, EU代表団と: the country's or the body's delegation meets for it (代表団 is no 代表)
        title, office, position = None, None, delegation.end()
    if title:
        position = title.end()
        tail = _TITLE_TAIL.match(body, position)  # ヒル国務次官補と
        position = tail.end() if tail else position
        couple = _COUPLE.match(body, position)  # トランプ大統領夫妻と会食: the couple stands for the person
        position = couple.end() if couple else position
    elif kind == "PERSON":
        free = _FREE_TITLE.match(body, position)  # 鬼武健二チェアーマンと, 浦田弁護士は
        position = free.end() if free else position
    elif kind == "ORG":
        company = _COMPANY.match(body, position)  # アップル社と, ロシュ社との交渉: the company, named with 社
        position = company.end() if company else position
        staff = STAFF_OF.match(body, position)  # F・マリノスの幹部と: the organisation meets
        position = staff.end() if staff else position
    headed = _HEADING.match(body, position) if kind == "PERSON" else None
    position = headed.end() if headed else position  # ラブロフ外相を団長とする代表団は: its head stands for it
    late = _LATE_ASIDE.match(body, position) if kind != "PERSON" or title else \
        _TITLED_ASIDE.match(body, position)
    position = late.end() if late else position  # 斉藤愛璃選手（所属：程ヶ谷ＣＣ）と: an aside after the title
    group = _GROUP_OF.match(body, position) if kind == "PERSON" else None
    if group is not None:  # 橋下氏のグループは結いの党と: the person's group is the side, named as written
        kind, office, position = "ORG", None, group.end()
    return NameRead(position, aside, title, office, kind, delegation, group)


def office_end(body: str, position: int) -> int | None:
    """Where a public office written right at position ends (田中首相: after 首相; 王毅国務委員兼外相, 崔相穆副首相兼
    企画財政相: after the last office the 兼 joins), else None (氏, さん: no office)."""
    end = None
    while (title := office_after(body, position)) is not None and title.start() == position \
            and title["office"] not in HONORIFICS:
        end = title.end()
        if not body.startswith("兼", end):
            break
        position = end + 1
    return end


# the head of a company, an association or a mission (offices of state are core.nlp.offices')
HEAD_OF_BODY = re.compile(r"(?:会長|社長|理事長|頭取|チェアマン|CEO|最高経営責任者|団長|特使)")


def title_end(body: str, m, aside: bool = False) -> int | None:
    """Where the public office or the head of a body (会長, 団長) written right after a name ends (with aside: after
    its reading, メフリス(メーリス)団長), else None."""
    end = m.end
    if aside and (found := ASIDE.match(body, end)):
        end = found.end()
    office = office_end(body, end)
    if office is not None:
        tail = _TITLE_TAIL.match(body, office)  # ヒル国務次官補と: the post goes on past the office a list holds
        return tail.end() if tail else office
    head = HEAD_OF_BODY.match(body, end)
    return head.end() if head else None
