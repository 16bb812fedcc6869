"""What the meeting reader finds: a meeting word in the text, with the people it names."""

from __future__ import annotations

from dataclasses import dataclass, field


# a pair's talks, held by phone or by video, in person, and their rounds of negotiation: the kinds whose sides are
# the two who talk
CALL_KINDS = ("phone_call", "video_call")
TALK_KINDS = ("talks", *CALL_KINDS)
PAIRED_KINDS = (*TALK_KINDS, "negotiation_round")


@dataclass
class Participant:
    name: str
    entity_id: str | None = None
    role: str = "participant"
    office: str | None = None
    country: str | None = None  # the country the text writes with a person (北朝鮮の朴宜春外相, ライス米国務長官)


@dataclass
class MeetingMention:
    start: int
    end: int
    text: str
    kind: str
    status: str
    sentence: tuple[int, int]
    participants: list[Participant] = field(default_factory=list)
    date: object | None = None  # the DATE mention it was resolved from
    place: object | None = None  # the LOC/GPE mention of the place
    anaphoric: bool = False
    title: str | None = None  # a named or grouping meeting: 東アジア首脳会議, ASEANなどの会合
    attendees_of_previous: bool = False  # 両外相は…に出席: the people of the meeting told before
    level: str | None = None  # heads, foreign, defence…: the level the words before it tell (林外相と会談)
    summit: bool = False  # 首脳会談, 両首脳会談: a meeting of heads of state or government
    qualified: bool = False  # 閣僚級会談, 南北会談: a level or a pair that no earlier meeting may have
    cited: bool = False  # inside a cited headline (『…知事と会談』): its own text, it refers back to nothing
    date_carried: bool = False  # dated by an earlier sentence of the paragraph, not its own
    planned_by_carried_day: bool = False  # scheduled only because the day carried from before is still to come
    partnered: bool = False  # a partner is joined to it by と (…と会談): the sides are named, not referred to
    refers_back: bool = False  # a bare 会談 with its subject only (岩屋氏は会談後): the meeting told before
    at_meeting: object | None = None  # the meeting mention a signing took place at (首脳会議で署名)
    referring: bool = False  # 今回の会談, 同会談: words that point back to a meeting told before
    next_round: bool = False  # 第3回党首会談, 再び会談, 次回の協議: another round of the sides met before
    told_past: bool = False  # held, in a sentence that ends in the past tense (会談では…で一致した。)
    unkept_before: int = -1  # end of the last meeting word before it that Kaidan did not keep (会合で, no sides)
    ambiguous: bool = False  # a bare word that several meetings told before may be meant by (left alone)
    day_written: tuple | None = None  # (month, day) its sentence writes when no date resolves (9日: (None, 9))
    sides_elsewhere: bool = False  # its sides read from another sentence (core.meetings.sides_elsewhere)
    since_point: bool = False  # the point a span starts from (会談して以来): an earlier meeting (core.meetings.occasion)
    counted_from: bool = False  # 首脳会談から10年: years or months counted from it, a meeting long before the words
    this_time: bool = False  # 今回の会談: the occasion at hand, never a meeting only proposed
    in_person: bool = False  # 対面で会談: not a call
    another_occasion: bool = False  # 前回の会談, ソウルでも会談した: not the meeting told before (core.meetings.occasion)
    earlier_occasion: bool = False  # 前回の会談, 3年前の会談: a meeting of the past, not of the report's days
    repeated: bool = False  # 何度も会談している, 定期的に協議: meetings on many occasions, none of them a day told before
    former_plan: bool = False  # 当初…予定だった: the meeting held as first planned, not a plan to come
    joined_by: str | None = None  # why it joined a meeting told before in the article (read by the evaluation)
