"""Who a phrase of a clause may be: whether it can speak (an actor, people or a body without an entity such as
各報道機関 or 安倍氏陣営の幹部, or a title; not a time, a setting or an event), and the mention it stands for (the
person over their country: 米国のトランプ大統領 → トランプ).

Kept apart from core.clauses.reader, which assigns the roles of a clause: these are the tests it puts to each
phrase before it makes one the subject.
"""

from __future__ import annotations

import re

from core.clauses.phrases import Phrase
from core.clauses.titles import ASIDE_END, FOREIGN_NAME_END, strip_title
from core.nlp.offices import OFFICE_WORDS, office_after


# Words after a country that make the phrase a body of its state: ロシア政府, 韓国軍当局, 日本側.
_BODY_AFTER = re.compile(r"(?:政府|当局|軍当局|軍|政権|外務省|国防省|国務省|側)")
# A phrase that names people or a body without an entity: 安倍氏陣営の幹部, 各報道機関, 犯人
_SPEAKER_END = re.compile(r"(?:当局|人|員|者|家|官|団|省|庁|局|府|会|党|社|紙|誌|軍|派|機関|政府|担当|代表|幹部|関係者|閣僚|官僚|各国|諸国|カ国|か国|住民|市民|国民|士|メディア|男性|女性|"
                          r"連合|組合|協会|団体|委員会|部会|通信|新聞|放送|テレビ|グループ|チーム|ひとり|一人|2人|3人|(?<![これそあど])ら|たち|"
                          r"(?<=[局部室課])長|長代行|長代理|代行|ニュース|(?<![A-Za-z])[A-Z]{2,})$")
NOT_A_SPEAKER = re.compile(r"(?:日|年|月|時|今回|今後|現在|当時|一方|ため|こと|もの|点|結果|理由|問題|内容|場合|会談|会議|"
                           r"会見|事件|事故|計画|決定|措置|法案|状況|影響|関係)$")
# What may follow the name a phrase stands for: a title, an age, ら, a body of its state.
_ONLY_TITLE = re.compile(r"(?:[・\s]?(?:" + "|".join(OFFICE_WORDS) + r"|校長|社長|会長|監督|弁護士|教授|容疑者|被告|"
                         r"[\u4e00-\u9fff]{0,8}?(?:相|官|長|員|領|席))|[(（][^()（）]{1,12}[)）]|ら|たち|など|"
                         r"政府|当局|軍当局|軍|政権|外務省|国防省|国務省|側|紙)*")
_TIME = re.compile(r"^(?:[0-9０-９]+日|同日|同じ日|[0-9０-９]+月[0-9０-９]+日|きょう|今日|昨日|前日)")


def named_in(phrase: Phrase, mine) -> list:
    """The actors (mine) the phrase names."""
    return [m for m in mine if phrase.start <= m.start and m.end <= phrase.end]


def can_speak(body: str, phrase: Phrase, mine) -> bool:
    """A phrase that names an actor, or people or a body (各報道機関, 安倍氏陣営の幹部), or a title."""
    text = ASIDE_END.sub("", body[phrase.start : phrase.end]).removesuffix("など")  # 警察当局などは
    if re.fullmatch(r"「[^「」。]{2,20}」", text):
        return True  # 「ネパールニュース」は: a name in brackets
    if not text or "「" in text or NOT_A_SPEAKER.search(text) or _TIME.match(text):
        return False
    named = named_in(phrase, mine)
    head = head_of(body, named, phrase.start, phrase.end) if named else None
    if head is not None and head.type in ("GPE", "LOC") and phrase.particle == "では" and head.end == phrase.end \
            and not phrase.comma:
        return False  # 中国では死刑が…: where it happens, not who says it (中国では、…とみて: China's view)
    if head is not None:
        return True  # 米国のトランプ大統領, ロイター: an actor; 米国の関与 names one but is none
    return bool(_SPEAKER_END.search(text) or FOREIGN_NAME_END.search(strip_title(text))) or text in OFFICE_WORDS \
        or bool(office_after(text, 0))


def head_of(body: str, named: list, start: int, end: int):
    """The mention the phrase stands for: the first of a list (A首相、B首相は), and in each name the
    one only a title follows (米国のトランプ大統領 → トランプ; 安倍氏陣営の幹部 → none: the cadre)."""
    comma = body.find("、", start, end)
    piece_end = comma if comma >= 0 and any(m.end <= comma for m in named) else end
    for mention in named:
        if mention.end <= piece_end and _ONLY_TITLE.fullmatch(body, mention.end, piece_end):
            if mention.type == "GPE" and _BODY_AFTER.fullmatch(body, mention.end, piece_end):
                return None  # ロシア政府, 韓国軍当局: the body speaks, its text is the phrase
            return mention
    return None
