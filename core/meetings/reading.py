"""What reading an article's meeting words keeps: the article's indexes, one sentence's context, one word's reading.

core.meetings.detect walks the sentences; core.meetings.word_reading reads each meeting word in its steps, each
step a module of its own (word, word_sides, word_title, word_setting, word_reference, word_kept).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.claims.names import EarlierPeople
from core.clauses.spans import SpanIndex
from core.meetings.clause_names import SentenceNames
from core.meetings.mention import MeetingMention

# how a meeting word left unkept moves the reading on: not at all (a word that names no meeting), past the word
# (the next word's clause starts after it), or past it as a meeting word read but not kept (日本銀行は…決定会合で)
NOT_MOVED, PASSED, UNKEPT = "not moved", "passed", "unkept"


@dataclass
class ArticleReading:
    """The article every sentence reads: its body, its entity mentions by kind, the meetings told so far."""

    body: str
    spans: list[tuple[int, int]]
    reference: object  # the article's date (a meeting dated after it has not been held yet)
    registry: object  # the library's registry, None for the bundled one
    all_dates: SpanIndex
    all_actors: SpanIndex
    all_places: SpanIndex
    all_events: SpanIndex
    earlier_countries: SpanIndex
    earlier_bodies: SpanIndex
    earlier: EarlierPeople = field(default_factory=EarlierPeople)
    out: list[MeetingMention] = field(default_factory=list)
    unkept: int = -1  # where the last meeting word Kaidan read but did not keep ends (日本銀行は…決定会合で)


@dataclass
class SentenceReading:
    """One sentence: its dates, places, events and actors, its subject and the subject carried from before."""

    s_start: int
    s_end: int
    paragraph: int  # where the sentence's line starts (its newline), -1 on the first line
    dates: list
    places: list
    events: list
    actors: list
    subject: object
    previous_sentence: tuple[int, int] | None
    last_subject: object  # the person an omitted subject continues (王毅外相は… / カンボジア外相との会談では…)
    far: bool  # whether last_subject was kept past a line that does not go on from it
    thing_since: bool  # whether a sentence whose subject is a thing came since last_subject's sentence
    first_of_sentence: int  # how many meetings were told before the sentence
    previous_trigger: int  # where the last meeting word read ends (the sentence start before the first)
    names: SentenceNames | None  # its actors and places by position, when it holds a meeting word
    # the trips and the last trip or visit its words told so far (a told meeting's kind never changes): each word
    # reads them, not every meeting told before it in the sentence
    trips: list = field(default_factory=list)
    last_journey: MeetingMention | None = None


@dataclass
class Word:
    """One meeting word being read: the meeting it names (kind, where its name starts), then what each step reads."""

    match: object
    start: int
    end: int
    kind: str
    visited: object  # the one called on (会長を訪ね), False when the word tells no call
    pair_of: object  # the two who met (AとBが会った), False when the word tells no pair
    region: object  # アジア訪問: the region a trip goes through
    event: object  # the named event the word is part of (東アジア首脳会議)
    acronym: object  # G20金融サミット: the group written before the word
    placed: int | None  # 伊勢志摩サミット: where a summit's name starts, known by its place
    numbered: object  # 6カ国協議: the meeting of that many countries
    mention: MeetingMention | None = None
    clause: int = 0
    referred_bodies: list = field(default_factory=list)
    envoy: bool = False
    captioned: bool = False
    sides: list = field(default_factory=list)  # the sides the clause names, before a private journey drops them
    grouping: object = None
    in_past: bool = False
    actors: list = field(default_factory=list)  # the sentence's actors near the word, that its readers read
    places: list = field(default_factory=list)  # and its places near the word

    @property
    def word(self) -> str:
        return self.match.group(0)
