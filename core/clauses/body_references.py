"""Words of 同 that refer back to a body (同社, 同球団, 同森林組合, 同紙), and which body written before they
mean (named_before): the name whose noun they repeat, the paper named after the word for its kind (米紙
ニューヨーク・タイムズ … 同紙), the last 庁 written (同庁: 警視庁). With them the words that tell a body's
kind apart: a news outlet, a public body, a body's word of its own.

Kept apart from core.clauses.referents, which resolves every word that refers back: these are the
body's half of it, which the claims and the meetings read too.
"""

from __future__ import annotations

import re

from core.model import Mention


# What 同 points back to when it is a body's word of three or more characters: 同森林組合, 同県教委, 同委員会
_REFERRED_NOUN = re.compile(r"同(?P<noun>[\u4e00-\u9fff\u30a1-\u30faー]{2,6})")
BODY_NOUN = re.compile(r"(?:委|会|省|庁|局|組合|社|党|団|院|所|部|課|署|府|機構|連盟|協会|銀行|大学|財団|政府|当局|警察|[県府道]警|球団|チーム|"
                       r"地検|高検|地裁|高裁|家裁|検察)$")  # 同地検は: the 横浜地検 named before
_PERSON_WORD = re.compile(r"(?:氏|首相|大統領|長官|外相|相|議員|監督|選手|被告|容疑者)$")
# A news outlet by its name's ending (日本経済新聞, 共同通信, NHK), and the words for one 同 makes (同紙, 同通信): 同社 is a
# company, never the outlet reporting on it
OUTLET_ENDING = re.compile(r"(?:新聞|通信|通信社|日報|放送|新報|タイムズ|ポスト|テレビ|ニュース|BBC|CNN|NHK|ロイター)$")
OUTLET_WORDS = ("紙", "誌", "新聞", "新聞社", "通信", "通信社", "放送", "局")


# A paper's name after the word for its kind: 米紙ニューヨーク・タイムズ, 英紙ガーディアン
_NAME_AFTER_KIND = re.compile(r"[\u30a1-\u30faーA-Za-z][\u30a1-\u30faー・=＝A-Za-z0-9]{1,24}")
_BRACKETED_AFTER_KIND = re.compile(r"「([^「」。、]{2,24})」")


def named_before(body: str, title: str, before: int):
    """The body written before with the noun 同 points back to (熊野地方森林組合 … 同森林組合), as a mention."""
    match = _REFERRED_NOUN.fullmatch(title)
    if match is None or _PERSON_WORD.search(title):
        if re.fullmatch(r"同[庁省党紙局署]", title):  # 同庁は: the last 庁 written (警視庁)
            found = None
            for found in re.finditer(r"(?!同)(?<![\u4e00-\u9fff\u30a1-\u30faー])[\u4e00-\u9fff\u30a1-\u30faー]{1,10}" + title[1],
                                     body[max(0, before - 1500) : before]):
                pass
            if found is not None:
                start = max(0, before - 1500) + found.start()
                named = _NAME_AFTER_KIND.match(body, start + len(found.group(0))) \
                    or _BRACKETED_AFTER_KIND.match(body, start + len(found.group(0)))  # 韓国紙「ヘラルド経済」
                if named is not None and title == "同紙":  # 米紙ニューヨーク・タイムズ … 同紙は: the paper, by name
                    name = named.span(named.lastindex or 0)
                    return Mention(*name, body[name[0] : name[1]], "ORG", source=None)
                return Mention(start, start + len(found.group(0)), found.group(0), "ORG", source=None)
        return None
    noun = match.group("noun")
    at = _last_written(body, noun, max(0, before - 1500), before - len(title), whole=True)
    if at < 0:  # 同県警は: the 富山県警察 written before, the noun inside a longer word
        at = _last_written(body, noun, max(0, before - 1500), before - len(title), whole=False)
    if at < 0:
        if BODY_NOUN.search(noun) and body.startswith(title, before):
            return Mention(before + 1, before + len(title), noun, "ORG", source=None)  # 同県教委 → 県教委
        return None
    start = at
    while start > 0 and re.match(r"[\u4e00-\u9fff\u30a1-\u30faー・]", body[start - 1]) and at - start < 12:
        start -= 1  # the name the body was written with (熊野地方森林組合)
    if body.startswith("同", start):
        start = min(at, start + 2)  # 同市森林組合: the town is a reference of its own
    return Mention(start, at + len(noun), body[start : at + len(noun)], "ORG", source=None)


def _last_written(body: str, noun: str, start: int, end: int, whole: bool) -> int:
    """Where noun was last written in body[start:end] not as part of a 同 word, or -1; whole: as a word's end
    (同高校 is the 酒田南高校 named, not the 高校 of 日本高校野球連盟 named after it)."""
    at = body.rfind(noun, start, end)
    while at >= 0 and (body[at - 1 : at] == "同" or whole and _LETTER.match(body, at + len(noun))):
        at = body.rfind(noun, start, at)
    return at


_LETTER = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]")


# 同社, 同党…: words that refer back to the last organisation named
_SAME_BODY = ("同社", "同党", "同紙", "同省", "同庁", "同局", "同球団", "同協会", "同団体", "同大学", "同機構", "同連盟", "同銀行",
              "同議会", "同委員会", "同裁判所", "同チーム", "同グループ", "同組織", "同財団", "同研究所", "同誌")
# 同連合, 同委員会: a word for a body refers back to the last organisation
_BODY_WORD = re.compile(r"^同.{0,3}(?:社|党|紙|誌|省|庁|局|団|会|連盟|連合|機構|銀行|議会|裁判所|大学|研究所|財団|球団|チーム|グループ|組織|隊)$")
NOT_REFERRING = re.compile(r"同(?:日|月|年|時|様|期|週|夜|朝|午前|午後|地|所|市|町|村|県|州|会場|会議|会談|条約|協定|法|案)")


def refers_to_a_body(title: str) -> bool:
    """同社, 同球団, 同気象台: a word that refers back to an organisation (not 同国, 同日, 同氏)."""
    return title in _SAME_BODY or bool(_BODY_WORD.search(title)) or bool(_REPORTING_BODY.fullmatch(title)) or (
        title.startswith("同") and not NOT_REFERRING.match(title) and bool(BODY_NOUN.search(title)))


# Words for a kind of body that calls itself by another name (同球団: the Hawks); 同森林組合 stays the 森林組合
GENERIC_BODY = re.compile(r"球団|チーム|クラブ|会社|番組|政党|団体|組織|協会")
OUTLET = re.compile(r"新聞|通信|放送|テレビ|ラジオ|紙$|誌$|ニュース|タイムズ|ポスト|BBC|CNN|NHK")
# A public body, a court or a party: what a company word (同社) never stands for
PUBLIC_BODY = re.compile(r"(?:裁|裁判所|省|庁|署|警察|警|局|府|委員会|政府|当局|党|議会)$")
# An outlet written as the source of what follows: 朝日新聞によれば、 産経新聞の報道では
_SOURCE_WORDS = "によると|によれば|の報道|の記事"
AS_SOURCE = re.compile(r"(?:など)?(?:" + _SOURCE_WORDS + "|が報じ|が伝え)")
# An outlet written as the one telling, its verb a few words on: 朝日新聞が同社の話として伝えたところによると
TELLING = re.compile(r"(?:など)?(?:" + _SOURCE_WORDS + r"|が[^。「」]{0,30}?(?:報じ|伝え|紹介し))")
# What a company word (同社) never stands for, besides a public body: a company's own branch or depot (大阪支社,
# 奈良電車区: 同支社 names them) and a machine the tagger took for a body (緊急列車停止装置, EB装置)
NOT_A_COMPANY = re.compile(r"(?:支社|支店|支局|営業所|事業所|工場|[電車両]区|装置)$")
# Registry kinds of organisation no company word stands for
PUBLIC_KINDS = frozenset({"ministry", "agency", "international", "party", "government", "legislature"})
_REPORTING_BODY = re.compile(r"同.{0,3}(?:新聞|通信|放送|テレビ|番組|館|気象台)")
