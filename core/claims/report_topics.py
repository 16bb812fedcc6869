"""Who tells a report without quotes when its sentence lists tellers or turns: two tellers listed with the
first's words left out (Aは117名、Bは109人と伝えている), the topic a sentence turns to after a contrast
(…たが、Xは、…とした), a topic set off by a comma over a later が-subject (「スタッフ」は、…党が…と伝えた),
people opening a clause with no comma after them.

Kept apart from core.claims.reported, which cuts the reported clause: these name its teller from the shape
of the sentence around it.
"""

from __future__ import annotations

import re

from core.claims.candidate import HOLDER_TYPES
from core.claims.holders import NOT_A_HOLDER, SPEAKER_END, topic_phrase
from core.claims.reports import SHORT_OUTLET
from core.claims.subjects import subject_of
from core.clauses.spans import SpanIndex


def second_teller(body: str, people: list, start: int, end: int):
    """((first teller's span), comma, name start, topic end) of two tellers a report lists, the second after a
    comma with the first's words left out (Aは117名、Bは109人と伝えている), else None. Each is a body, a person
    or an outlet written short; the first part ends on a noun: it has no verb of its own."""
    comma = body.rfind("、", start, end)
    if comma - start < 2 or re.match(r"[\u3040-\u309f]", body[comma - 1]) or "「" in body[start:end]:
        return None
    topic = _LISTED_TOPIC.match(body, comma + 1, end)
    if topic is None or end - topic.end() < 2 or not _teller(topic, people):
        return None  # not 負傷者は20人: a figure's matter
    first = None
    for found in _LISTED_TOPIC.finditer(body, start, comma):
        first = found if _teller(found, people) else first
    if first is None or comma - first.end() < 2 or "、" in body[first.end():comma].replace("は、", ""):
        return None  # 犯行当時、竹内容疑者は…: nobody tells the part before the comma
    return (first.start(), first.end()), comma, topic.start(), topic.end()


def opening_speaker(body: str, people: list, start: int, end: int) -> tuple[str, int, int] | None:
    """(name, start, end) of people or a body opening the clause at start as its topic with no comma after it
    (…と語ったが、故人の友人はその希望には…と話している), if they can speak; else None."""
    topic = _OPENING_TOPIC.match(body, start, end)
    if topic is None or end - topic.end() < 6 or NOT_A_HOLDER.search(topic.group("name")):
        return None
    if not (SPEAKER_END.search(topic.group("name")) or any(m.start == topic.start() and m.type in ("ORG", "PERSON")
                                                            for m in people)):
        return None
    return topic.group("name"), topic.start(), topic.end()


def turned_topic(body: str, people: list, s_start: int, start: int):
    """(mention or None, name) of the topic a sentence turns to after a contrast, right before a claim with nobody
    named (…計画を発表したが、これに対して、…司法関係者は懸念を示している), else None."""
    turn = None
    for turn in _CONTRAST.finditer(body, s_start, start):
        pass
    if turn is None:
        return None
    after = _REACTING.match(body, turn.end(), start)
    topic = None
    for topic in _OPENING_TOPIC.finditer(body, after.end() if after else turn.end(), start):
        pass
    if topic is None or start - topic.end() > 1 or NOT_A_HOLDER.search(topic.group("name")):
        return None
    named = next((m for m in people if topic.start() <= m.start and m.end == topic.end("name")
                  and m.type in HOLDER_TYPES), None)
    if named is None and not SPEAKER_END.search(topic.group("name")):
        return None
    return named, topic.group("name") if named is None else named.text


_REACTING = re.compile(r"(?:これに対し(?:て)?|これを受けて|一方)、?")


def _teller(topic: re.Match, people: list) -> bool:
    """Whether a listed topic names a person, a body, an outlet written short (読売や共同) or one of some people
    (ある地元当局者は1,400人、別の地元当局者は1,000人)."""
    if NOT_A_HOLDER.search(topic.group("name")):
        return False
    if re.match(r"(?:ある|別の)", topic.group("name")) and SPEAKER_END.search(topic.group("name")):
        return True
    return any(m.start == topic.start() and m.type in ("ORG", "PERSON", "GPE") for m in people) \
        or SHORT_OUTLET.match(re.split("[や・]", topic.group("name"))[0]) is not None


_OPENING_TOPIC = re.compile(r"(?P<name>[^、。「」はがをにでと\n]{2,16}?)(?:など|ら)?は、?")
_LISTED_TOPIC = re.compile(r"(?<![^、。\n「」])(?P<name>(?:別の)?[^、。「」はがをにでのと\n]{2,16}?)(?:など|ら)?は、?")


def under_a_topic(body: str, s_start: int, subject, after_subject: int) -> tuple[int, int] | None:
    """The span of a topic set off by a comma that can speak, when the clause's subject is a が-subject
    after it (ニュースサイト「スタッフ」は、…NZファースト党が…と伝えた), else None."""
    if subject is None or not body.startswith("が", after_subject - 1 - (body[after_subject - 1] == "、")):
        return None
    # the first topic set off by a comma governs, with は or with も (ハビマナ報道官もまた、ブルンジ軍が…と非難している)
    marker = _COMMA_TOPIC.search(body, s_start, subject.start)
    if marker is None:
        return None
    comma = marker.start()
    if "「" in body[comma:subject.start] or body.count("「", s_start, comma) != body.count("」", s_start, comma):
        return None
    begin = max(s_start, body.rfind("、", s_start, comma) + 1)
    name = _TOPIC_OPENER.sub("", body[begin:comma])
    if not (name.endswith("」") or SPEAKER_END.search(name)) or NOT_A_HOLDER.search(name):
        return None
    return begin, marker.end()


_COMMA_TOPIC = re.compile(r"(?:は|も(?:また)?)、")


_TOPIC_OPENER = re.compile(r"^(?:また|一方|さらに|なお|[0-9０-９]{1,2}日の)")


# Where a sentence turns to another clause with its own topic: …を行ったが、 …したものの、
_CONTRAST = re.compile(r"(?<=[たっだいるす])(?:が|ものの)、(?:(?:同日|[0-9０-９]{1,2}日)、)?")


def new_speaker(body: str, people: list, index: SpanIndex, s_start: int, match, matches: list) -> tuple[int, int] | None:
    """(start, end) of the topic a sentence turns to after a contrast (…たが、Xは、…とした), when the
    report is that topic's and no report comes before the turn; else None."""
    if match is None:
        return None
    turn = None
    for turn in _CONTRAST.finditer(body, s_start, match.start()):
        pass
    if turn is None or any(m.start() < turn.start() for m in matches) or "「" in body[turn.end():match.start()]:
        return None
    subject, _, end = subject_of(body, people, index, turn.end(), match.start())
    if subject is None:  # …明らかにしていないが、エジプトの観光省は、…と伝えている: people or a body no mention names
        return _turned_to_body(body, turn.end(), match.start())
    if body[end - 1] != "、" or subject.start < turn.end() or not body.startswith("は", end - 2):
        return None
    return turn.end(), end


def _turned_to_body(body: str, start: int, limit: int) -> tuple[int, int] | None:
    """(start, end) of a topic set off by a comma that opens the clause after a contrast and is written as people or a
    body speak (省, 報道官, 当局), else None."""
    topic = topic_phrase(body, start, limit, with_comma=True)
    if topic is None or topic[1] != start or not SPEAKER_END.search(topic[0]) or "「" in topic[0]:
        return None
    return start, topic[2]

