"""What a suspect or a defendant told the police or the court (…と供述した): theirs, never the police's or the outlet's.

供述 and 自供 are said by the one questioned, and so is a charge admitted or denied (…と容疑を認めている, …と犯行を
否認した, …と起訴事実を認めた): the words are the suspect's even when a later clause of the sentence has another topic
(…ものの、少女の母親はこれを断っており、「…」と、容疑を認めている). A が-subject opening the claim (さらに容疑者が…と供述した) is the
speaker, not the matter; with none, the suspect or defendant named last before the claim (勝又拓哉容疑者), or
named later in the sentence (…と供述しており、…勝又容疑者の単独での犯行であるとみている); with no suspect named, the
one questioned written by what they are (無職の男を逮捕した。調べに対し「…」と容疑を認めている → 男), never the police
or the court the sentence's topic carries on from.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.sentences import LONGEST
from core.text import previous_sentence_start, sentence_start

_CONFESSED = re.compile(r"^(?:供述|自供)")
# A charge admitted or denied right after the claim: 」と容疑を認めている, 」と、犯行を否認した, 」と起訴事実の一部を認めた
_CHARGE = re.compile(r"[」』]?(?:など)?(?:として|と)、?(?:[^、。「」]{0,6}の)?(?:容疑|犯行|起訴事実|罪)(?:の一部|の大筋|の大半)?(?:を|は)(?:認め|否認)")
# The one questioned opening the claim: さらに容疑者が, 男は, 被告は、
_QUESTIONED = re.compile(r"^(?:(?:さらに|また|なお|その後|調べに対し(?:て)?)、?)?(?P<name>[\u4e00-\u9fff\u30a1-\u30faー・]{0,8}"
                         r"(?:容疑者|被告人|被告|受刑者|少年|男|女))(?:ら)?(?:は|が)、?")
_TITLE_AFTER = re.compile(r"(?:容疑者|被告人|被告|受刑者)")
# A holder written by what the one questioned is, with no name: 47歳の男, 無職の少年
_DESCRIBED = re.compile(r"[^A-Za-zＡ-Ｚａ-ｚ](?:男|女|少年|少女)$")


def is_confession(body: str, candidate) -> bool:
    """Whether the candidate is what one questioned told (…と供述した) or a charge they admitted or denied."""
    return _CONFESSED.match(candidate.cue) is not None or _CHARGE.match(body, candidate.end) is not None


def confessed(body: str, candidate, people: list, types: dict):
    """The candidate held by the suspect or defendant who confessed it, or as it was."""
    if not is_confession(body, candidate):
        return candidate
    opening = _QUESTIONED.match(candidate.text)
    if opening is not None and len(candidate.text) - opening.end() >= 4:
        start = candidate.start + opening.end()
        named = [m for m in people if candidate.start <= m.start < start and m.type == "PERSON"]
        return replace(candidate, start=start, text=body[start:candidate.end],
                       holder_entity_id=named[-1].entity_id if named else None,
                       holder_text=named[-1].text if named else opening.group("name"))
    if candidate.holder_entity_id is not None and types.get(candidate.holder_entity_id) == "PERSON":
        return candidate
    # its sentence's end sought no further on than LONGEST (the people asked about stand nearer): a page with no 。
    # is not read to its end for each claim
    s_end = body.find("。", candidate.end, candidate.end + LONGEST)
    s_end = min(len(body), candidate.end + LONGEST) if s_end < 0 else s_end
    suspects = [m for m in people if m.type == "PERSON" and _TITLE_AFTER.match(body, m.end)
                and (m.end <= candidate.start or candidate.end <= m.start < s_end)]
    before = [m for m in suspects if m.end <= candidate.start and candidate.start - m.end <= 600]
    after = [m for m in suspects if m.start >= candidate.end]
    suspect = before[-1] if before else after[0] if after else None
    if suspect is None and _questioner(candidate, types):  # 男を逮捕した。調べに対し「…」: the man, not the police
        unnamed = _unnamed_questioned(body, candidate.start)
        if unnamed is not None:
            return replace(candidate, holder_entity_id=None, holder_text=unnamed)
    if suspect is None or _named_suspect(body, candidate) and candidate.holder_text not in suspect.text:
        return candidate  # 壱崎容疑者は「…」: a suspect the rules read already, not the one named in full before
    if _DESCRIBED.search(candidate.holder_text or "") \
            and body.find(candidate.holder_text, max(0, candidate.start - 40), candidate.start) >= 0:
        return candidate  # A容疑者は…。また、佐賀市に住む47歳の男は「…」と供述: another suspect, written so right before
    return replace(candidate, holder_entity_id=suspect.entity_id, holder_text=suspect.text)


def _named_suspect(body: str, candidate) -> bool:
    """Whether the holder the rules read is written as a suspect or a defendant before the claim (壱崎容疑者)."""
    at = body.rfind(candidate.holder_text, max(0, candidate.start - 600), candidate.start) if candidate.holder_text else -1
    return at >= 0 and _TITLE_AFTER.match(body, at + len(candidate.holder_text)) is not None


# The one questioned written by what they are, as any argument: 無職の男を, A少年を, 少年は (男性, a victim's word, and
# 長男, 彼女: no)
_UNNAMED = re.compile(r"(?P<name>容疑者|被告人|被告|少年|少女|(?<![\u4e00-\u9fff])(?:男|女))(?:ら)?(?:は|が|を|も|に)")


def _unnamed_questioned(body: str, start: int) -> str | None:
    """The suspect written as no name last before start, in its sentence or the two before (男, 少年, 容疑者)."""
    begin = sentence_start(body, start, LONGEST)
    for _ in range(2):
        begin = previous_sentence_start(body, begin, LONGEST)
    found = None
    for found in _UNNAMED.finditer(body, begin, start):
        pass
    return found.group("name") if found is not None else None


# Who questions or judges, never the one who confesses: 警視庁, 大阪府警察本部捜査一課, 氷見署, 東京地裁
_AUTHORITY = re.compile(r"(?:警察|警|署|庁|課|本部|地検|検察|裁判所|地裁|高裁|最高裁)$")


def _questioner(candidate, types: dict) -> bool:
    """Whether the holder read is nobody, or the police or the court that heard the confession."""
    if not candidate.holder_text:
        return True
    return types.get(candidate.holder_entity_id) == "ORG" or _AUTHORITY.search(candidate.holder_text) is not None
