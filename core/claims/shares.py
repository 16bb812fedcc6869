"""Holders written as no name: a survey's share is no speaker, the people it counts are (9割以上の男性 → 男性;
74.1%が「…」と答えた → the people asked, 20代の男性500人に聞いたところ), else nobody; 彼 or 彼女 for someone the
article never names is the person noun it was last written as (ある男性が駅で倒れた。彼は「…」 → 男性)."""

from __future__ import annotations

import re

from core.sentences import LONGEST
from core.text import previous_sentence_start, sentence_start

_SHARE = re.compile(r"^(?:約|およそ)?(?:[0-9０-９]+(?:[.．][0-9０-９]+)?(?:%|％|パーセント|割)|[一二三四五六七八九十]割|半数|過半数|大半)"
                    r"(?:以上|以下|近く|強|弱|超)?(?:の|が)?")
# Who was asked, in the sentence before the answer: 20代の男性500人に聞いたところ, 全国の女性を対象にした調査
# (…というアンケートをギャル約2万人に行った所)
_ASKED = re.compile(r"(?P<who>[^、。「」をにはが\n]{2,24}?)(?:約|およそ)?(?:[0-9０-９,，万千百]+人)?"
                    r"(?:に(?:聞いた|尋ねた|質問した|調査した|アンケート|行った|行なった|実施した)|を対象に)")


# A share of a group opening a sentence as its topic or subject: the group's members it counts hold the claim, written
# as the article writes them (一部の議員は, 多くの専門家が, 議員の多くは, 加盟国の大半は, 閣僚のうち5人は); an office word
# so counted (議員, 閣僚) is people of that office, never one person named before
_QUANTITY = r"(?:一部|多く|大半|半数|過半数|ほとんど|大多数|複数|数人|(?![一1１]人)[0-9０-９一二三四五六七八九十数]+人)"  # (one of them: the group)
_PEOPLE = r"[\u4e00-\u9fff\u30a1-\u30faー]{0,8}?(?:人|員|者|家|官|僚|民|派|国|団体|メディア|機関|男性|女性|ユーザー|ファン)"
# A share counted after the people it counts: 回答者の6割, 住民の約半数, 参加者の8割以上 (before them it is a survey's
# figure, and the people it counts hold: 9割以上の男性 → 男性)
_PART = r"[0-9０-９一二三四五六七八九十]+(?:[.．][0-9０-９]+)?(?:割|%|％|パーセント)(?:以上|近く|強|弱|超)?"
SHARE_NAME = _QUANTITY + "の" + _PEOPLE + "|" + _PEOPLE + "(?:の|のうち)(?:約|およそ)?(?:" + _QUANTITY + "|" + _PART + ")"
# The source the sentence opens with may stand before the share (共同通信によると、住民の多くは): it tells, they hold;
# whose or where the people are is part of their name (現地の日本人の多く)
_SOURCE_FIRST = r"(?:[^、。「」]{1,16}?(?:によると|によれば|の話では)、?)?"
_SHARE_TOPIC = re.compile(r"(?:(?:また|一方|さらに|しかし|ただ|これに対し)、?)?" + _SOURCE_FIRST
                          + r"(?P<name>(?:[^、。「」はがをのもで]{1,12}?の)?(?:" + SHARE_NAME + r"))(?:ら|たち)?(?:は|も|が)、?")


def share_topic_span(body: str, s_start: int, limit: int) -> tuple[str, int] | None:
    """(name, end) of the share of a group a sentence opens with (一部の議員は, 議員の多くは), or None."""
    match = _SHARE_TOPIC.match(body, s_start, limit)
    return (match.group("name"), match.end()) if match is not None else None


def is_group_share(text: str | None) -> bool:
    """Whether a holder's text is a share of a group (一部の議員, 議員の多く): people of an office, not a title to strip."""
    return bool(text) and re.fullmatch(SHARE_NAME, text) is not None


def without_share(body: str, text: str, start: int) -> str | None:
    """The holder text with a share taken off, the people asked when only a share is left, or None."""
    share = _SHARE.match(text)
    if share is None:
        return text
    rest = text[share.end():]
    if len(rest) >= 2:
        return rest
    s_start = previous_sentence_start(body, sentence_start(body, start, LONGEST), LONGEST)  # this sentence and the one before
    asked = None
    for asked in _ASKED.finditer(body, s_start, start):
        pass
    return asked.group("who") if asked is not None else None


# A person written by what they are, as a subject or topic: ある男性が, その男は, 少女も
_PERSON_NOUN = re.compile(r"(?:ある|その|この)?(?P<who>[\u4e00-\u9fff]{0,6}?(?:男性|女性|男|女|少年|少女|容疑者|被告|運転手|乗客|住民))"
                          r"(?:は|が|も)")
_HIS = {"彼": ("男性", "男", "少年", "容疑者", "被告", "運転手", "乗客", "住民"),
        "彼ら": ("男性", "男", "少年", "容疑者", "被告", "運転手", "乗客", "住民", "女性", "女", "少女"),
        "彼女": ("女性", "女", "少女", "容疑者", "被告", "運転手", "乗客", "住民"),
        "彼女ら": ("女性", "女", "少女", "乗客", "住民")}


def person_noun_before(body: str, s_start: int, pronoun: str) -> str | None:
    """The person noun a pronoun stands for when nobody is named: the last one written as a subject in the two
    sentences before, of the pronoun's sex (彼 not for 女性)."""
    begin = previous_sentence_start(body, previous_sentence_start(body, s_start, LONGEST), LONGEST)
    found = None
    for match in _PERSON_NOUN.finditer(body, begin, s_start):
        if match.group("who").endswith(_HIS.get(pronoun, ())):
            found = match
    return found.group("who") if found is not None else None
