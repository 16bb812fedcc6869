"""Whether a body named as the subject of a meeting clause holds the talks itself (トヨタ自動車では、GMと
提携交渉を進めている, ソニーはパナソニックと話し合った) rather than only tells of them (国務省報道官は, 大統領府は…と
明らかにし): its partner is named right before the meeting word, or the word is the clause's verb with its
partner joined by と, and no person is named between.

Kept apart from core.meetings.clause_roles, which reads every name's role: this is the one question it asks of
a body, answered from the clause reader's phrases.
"""

from __future__ import annotations

import re

from core.clauses.phrases import phrases
from core.meetings.triggers import MET_VERB, TALKED_VERB


# トヨタ自動車では、…と提携交渉を進めている: a body's では set off by a comma is the topic of the sentence when the body
# holds talks with a partner named before the word (a country's では is where something happens: 中国では)
_BODY_TOPIC = re.compile(r"では(?=、)")


def body_topic(body: str, actors, position: int, start: int):
    """A body's では set off by a comma (トヨタ自動車では、GMと提携交渉を進めている) read as the subject when the meeting
    word has its partner right before it and no person is named between; else None (欧州連合では、委員会が…会合を開く)."""
    topic = _BODY_TOPIC.match(body, position)
    if topic and (partner_of_word(body, actors, topic.end(), start)
                  or _partner_joined(body, actors, topic.end(), start, _VERB_PARTNER)):
        return topic
    return None


# Yとの統合交渉, ソニーはパナソニックと話し合った, Xは…Yとも協議しました: the clause reader's last partner phrase, right
# before the meeting word, with only a few letters of the word's own between (統合, 詰めの: no particle, comma or quote)
_WORD_PARTNER = ("との", "との間で")
_VERB_PARTNER = ("と", "とともに", "と共に")
_OWN_LETTERS = {_WORD_PARTNER: re.compile(r"[^、。「」をがはと]{0,8}"), _VERB_PARTNER: re.compile(r"[^、。「」をがはとの]{0,6}")}
# Yとも協議: と then も, which the phrase reader does not cut
_ALSO_PARTNER = re.compile(r"とも(?=[^、。「」をがはとの]{0,6}$)")
# 話し合った, 会った, 話し合いました, 協議した, 会談しました, 協議の上: the meeting word is the clause's verb
_VERB_ENDING = re.compile(r"(?:し)?(?:た|て|ました|ます|ましょう)|す(?:る|れば)|の(?:上|うえ|結果)")  # (協議の上、決定した)


def _partner_joined(body: str, actors, subject_end: int, start: int, particles: tuple[str, ...]) -> bool:
    """Whether, after a body's subject, the clause's last phrase before the meeting word is a partner phrase (with
    one of particles) after the last side named, and no person is named between: the body holds the talks, it does
    not only tell of them."""
    between = [m for m in actors if subject_end <= m.start and m.end <= start]
    if not between or any(m.type == "PERSON" for m in between):
        return False
    cut = phrases(body, between[-1].start, start)
    last = cut[-1] if cut else None
    if last is not None and last.group == "partner" and last.particle in particles and not last.comma:
        gap = last.after
    else:
        also = _ALSO_PARTNER.search(body, between[-1].end, start) if particles == _VERB_PARTNER else None
        if also is None:
            return False
        gap = also.end()
    return _OWN_LETTERS[particles].fullmatch(body, gap, start) is not None


def partner_of_word(body: str, actors, subject_end: int, start: int) -> bool:
    """Whether the meeting word has its own partner after a body's subject (XはYとの統合交渉を打ち切った)."""
    return _partner_joined(body, actors, subject_end, start, _WORD_PARTNER)


def partner_of_verb(body: str, actors, subject_end: int, start: int, end: int, word: str) -> bool:
    """Whether, after a body's subject, the meeting word is the verb of the clause (話し合った, 協議しました) with its
    partner joined by と right before it and no person named between: the body holds the talks."""
    if not (TALKED_VERB.fullmatch(word) or MET_VERB.fullmatch(word) or _VERB_ENDING.match(body, end)):
        return False
    return _partner_joined(body, actors, subject_end, start, _VERB_PARTNER)
