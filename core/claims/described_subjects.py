"""A speaker described by a clause that names someone else: 手島さんが経営していた店の近くの建具店のオーナーも「…」と
絶句した. The name inside the describing clause (手島) is the matter of the description, not the one who speaks; the
speaker is the noun the clause describes (建具店のオーナー), people by what they are.
"""

from __future__ import annotations

import re

from core.claims.holders import SPEAKER_END
from core.clauses.titles import strip_title

# The name, with its title, as an argument of the describing clause's verb: 手島さんが経営していた, 佐藤選手が通っていた,
# 被告を担当した; not a source (毎日新聞によると) nor the first of a group (日本道路公団をはじめとする4公団), who may hold it
_ARGUMENT = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]{0,6}?(?:さん|氏|ら|側)?(?:が|を|に|と|から)"
                       r"(?!よ[るれ]|はじめ|始め|含め|中心に)(?=[\u3040-\u309f\u4e00-\u9fff\u30a1-\u30faー])")
# The describing clause's verb or adjective (経営していた, 担当した, 親しい): kana other than の between the name and the noun
_VERB = re.compile(r"[\u3041-\u306d\u306f-\u309f]")
# The described noun: people by what they are, with the place or body they belong to (建具店のオーナー, 近所の住民)
_HEAD = re.compile(r"(?:[\u4e00-\u9fff\u30a1-\u30faー]{1,10}の)?[\u4e00-\u9fff\u30a1-\u30faー]{2,10}$")
# People by their kin, their bond, where they live or the shop they keep, beside the words that end people's names (SPEAKER_END)
PEOPLE_WORD = re.compile(r"(?:母親|父親|妻|夫|息子|娘|兄|姉|弟|妹|友人|知人|恩師|上司|同僚|先輩|後輩|隣人|住民|オーナー|店主|主人|女将|マスター)$")


def described_speaker(body: str, subject, holder_text: str | None, s_start: int, holder_id: str | None = None) -> str | None:
    """The noun a subject phrase's describing clause qualifies (建具店のオーナー), when the holder the rules read is
    (holder_id: its entity) only named inside that clause as one of its verb's arguments, in the phrase or right before it when the phrase
    read starts at the clause's verb (山本容疑者が|住んでいたアパートの住民は); else None."""
    if subject is None or subject.carried or subject.particle not in ("は", "が", "も") or not holder_text:
        return None
    name = strip_title(holder_text)
    begin = max(s_start, subject.start - 2 * len(name) - 8)
    at = body.find(name, begin, subject.end) if name else -1
    member = next((m for m in subject.members if holder_id and m.entity_id == holder_id), None)
    if at < 0 and member is not None:  # 手島慶介 named in full before, 手島さん in the phrase
        name, at = member.text, member.start
    argument = _ARGUMENT.match(body, at + len(name), subject.end) if at >= 0 else None
    if argument is None or argument.end() > subject.start + 12:
        return None
    head = _HEAD.search(body[: subject.end], max(argument.end(), subject.start))
    if head is None or not (SPEAKER_END.search(head.group(0)) or PEOPLE_WORD.search(head.group(0))) \
            or not _VERB.search(body, argument.end(), head.start()):
        return None
    if any(head.start() <= m.start < subject.end for m in subject.members):
        return None  # a name in the described noun itself (…した田中監督は): the clause reader's own case
    return head.group(0)
