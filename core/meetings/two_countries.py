"""Who 両国 names at a meeting: the two countries named last before it, or the two people (or their countries) of
the talks told last a few sentences above."""

from __future__ import annotations

import re

from core.meetings.mention import TALK_KINDS, MeetingMention, Participant
from core.meetings.people import holds_level, person_country
from core.registry import bundled_registry
from core.text import previous_sentence_start


_PLACE_USE = re.compile(r"(?:での|で|へ|に(?:おける|ある)|を(?:訪|経由))")
BOTH_COUNTRIES = re.compile(r"両国(?:の)?(?:首脳|外相|政府|首相|大統領|代表)?(?:ら)?(?:は|が|も|による|の)")
# 両国は10日、ソウルで局長級協議を開いた: 両国 the subject its sentence opens on, however far the meeting word is
# (after a connective or a day: その後、両国は; 11日、両国の外相は)
_BOTH_OPENING = re.compile(r"(?:[^、。「」『』]{0,8}、)?両国(?:の)?(?:首脳|外相|政府|首相|大統領|代表)?(?:ら)?(?:は|が)"
                           r"(?![らのにで])")


def both_countries(body: str, mention: MeetingMention, actors, s_start: int, start: int, earlier=()) -> None:
    """両国首脳が電話会談: the two countries named last before it, not 両国 as a side; with none named, the
    countries of the two people of the talks told last (小泉首相は盧武鉉大統領と会談した。両国は…外相会談を開く)."""
    if mention.participants:
        return
    near = BOTH_COUNTRIES.search(body, max(s_start, start - 12), start)
    both = near or _opening_subject(body, s_start, start)
    if both is None:
        return
    # (a subject opening the sentence: the countries named before it; one named after it in its clause,
    # 両国は北朝鮮問題で協議, is talked of)
    named_by = start if near else body.index("両国", both.start())
    pair = _pair_of_level(both, earlier, s_start)
    if pair:  # 小泉首相は盧武鉉大統領と会談した。両国首脳は11日にも電話で協議した: the two leaders again
        mention.participants = pair
        return
    countries = []
    for m in reversed([m for m in actors if m.type == "GPE" and m.end <= named_by
                       and (m.entity_id or "").startswith("country:")]):
        if _PLACE_USE.match(body, m.end):
            continue  # 米中首脳が韓国での会談を控える中、両国の…: the place of a meeting is no side of 両国
        if m.entity_id not in [c.entity_id for c in countries]:
            countries.append(Participant(body[m.start : m.end], m.entity_id))
        if len(countries) == 2:
            mention.participants = countries[::-1]
            return
    # fewer than two countries named (北朝鮮 only as a topic): the countries of the two people of the talks told
    # last, a few sentences above at most
    last = next((m for m in reversed(earlier) if m.kind in TALK_KINDS
                 and len(m.participants) == 2), None)
    of = [person_country(p.entity_id) or (p.country or "").removeprefix("country:") or None
          for p in (last.participants if last is not None else ())]
    if len(of) == 2 and all(of) and of[0] != of[1] and s_start - last.sentence[1] <= BOTH_REACH:
        named = [bundled_registry().get(f"country:{c}") for c in of]
        mention.participants = [Participant(n.name if n is not None else c, f"country:{c}") for c, n in zip(of, named)]


def _opening_subject(body: str, s_start: int, start: int) -> re.Match | None:
    """両国は… opening the sentence of the meeting word, with no other subject between them (両国は、Aが…と会談した
    speaks of A's talks)."""
    found = _BOTH_OPENING.match(body, s_start, start)
    if found is None or _OTHER_SUBJECT.search(body, found.end(), start):
        return None
    return found


_OTHER_SUBJECT = re.compile(r"[\u4e00-\u9fff\u30a1-\u30ffー](?:は|が)(?![らのにで])")

# 両者は, 双方が: the two sides, opening the sentence
_BOTH_SIDES_OPENING = re.compile(r"(?:[^、。「」『』]{0,8}、)?(?:両者|双方)(?:は|が)(?![らのにで])")


def both_sides_countries(body: str, mention: MeetingMention, actors, s_start: int, start: int) -> None:
    """北朝鮮は米国を強く非難した。両者は10日、会談した: 両者 or 双方 opening the sentence are the two countries the
    sentence before names, when it names no person or body (then 両者 may be those: core.meetings.each)."""
    if mention.participants or _BOTH_SIDES_OPENING.match(body, s_start, start) is None:
        return
    before = previous_sentence_start(body, s_start)
    named = [m for m in actors.within(before, s_start)]
    if any(m.type != "GPE" for m in named):
        return
    countries = []
    for m in named:
        if (m.entity_id or "").startswith("country:") and not _PLACE_USE.match(body, m.end) \
                and m.entity_id not in [c.entity_id for c in countries]:
            countries.append(Participant(body[m.start : m.end], m.entity_id))
    if len(countries) == 2:
        mention.participants = countries


BOTH_REACH = 600  # how far after the talks told last 両国 may still mean their two countries (a few sentences)


# The level 両国 is written with (両国首脳, 両国首相: the two heads; 両国の外相: the foreign ministers)
_LEVEL_WORDS = {"首脳": "首脳", "首相": "首脳", "大統領": "首脳", "外相": "外相"}


def _pair_of_level(both: re.Match, earlier, s_start: int) -> list[Participant]:
    """The two people of the talks told last, a few sentences above, when 両国 names their level (両国首脳,
    両国の外相) and each holds an office of it: they, not their countries, are the sides; none otherwise."""
    level = next((_LEVEL_WORDS[word] for word in _LEVEL_WORDS if word in both.group(0)), None)
    last = next((m for m in reversed(earlier) if m.kind in TALK_KINDS
                 and len(m.participants) == 2), None) if level else None
    if last is None or s_start - last.sentence[1] > BOTH_REACH:
        return []
    people = [p for p in last.participants if not (p.entity_id or "").startswith("country:")]
    if len(people) != 2 or not all(p.office and holds_level(p.office, p.office, level) for p in people):
        return []  # (each holds that level's office itself: 両国首脳 are no deputy prime minister)
    return [Participant(p.name, p.entity_id, office=p.office) for p in people]
