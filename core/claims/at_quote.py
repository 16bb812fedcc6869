"""A speaker written right before a quote: 男は「…」, トレンドマイクロも「…」, …キーファーだったが、「…」."""

from __future__ import annotations

import re

from core.claims.holders import NOT_A_NAME, title_after
from core.claims.subjects import ASIDE


# People named by who they are to someone, right before what they said: 男は「…」, 母は「…」, 沢尻さんの母親は「…」,
# 容疑者の妻は、「…」, 男は調べに対し「…」 (a name the detector cannot give, and no one named earlier)
_KIN = re.compile(r"(?P<name>(?:[\u4e00-\u9fff\u30a1-\u30faー・0-9０-９]{1,12}(?:さん|氏|容疑者|被告)?の)?(?:(?<![\u4e00-\u9fff])(?:男|女|母|父)|"
                  r"母親|父親|妻|夫|長男|長女|次男|次女|息子|娘|叔母|叔父|伯母|伯父|祖母|祖父|孫|兄|姉|弟|妹|遺族|家族|親族|友人|知人|"
                  r"恋人|代理人|側近|秘書))(?:[(（][^()（）]{1,12}[)）])?"
                  r"(?:ら|たち)?(?:は|も|が)、?(?:[^、。「」]{0,12}(?:に対し|に対して|に|で)、?|(?:会見|取材に応じ|記者団に対)し、?"
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
        aside = ASIDE.match(body, at) or _ASIDE_AT_QUOTE.match(body, at)
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
