"""A learned reader of a meeting's sides, beside the rules: for each proposed meeting, the people, countries,
bodies and places named within a few sentences of its mentions, each scored as a side or not.

Each candidate is described by shapes that hold across texts: its kind of entity, how many sentences and letters
lie between it and the meeting word, the particle after it (は, が, も, と, との, を, に, の, で), a title after it,
whether it stands inside a quote or inside a longer noun, whether it opens its sentence as the subject, whether its
sentence holds a meeting word, how often the article names it, whether the rules already took it as a side of this
meeting or of another, whether one of the rules' sides already stands for its country. A logistic model (each
candidate against the empty option, fitted as a conditional logit by bench/train_side_reader.py) scores them; the
model is a small JSON file under resources/meetings/. The rules miss sides written a sentence or more away from the
meeting word in forms no rule reads; the reader is asked only to add a side the rules lack when it is sure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from core.meetings.mention import Participant
from core.meetings.triggers import TRIGGER
from core.nlp.offices import office_after
from core.sentences import sentence_spans
from core.softmax_scorer import SoftmaxScorer

MODEL = ("meetings", "side_reader.json")
SIDE_TYPES = ("PERSON", "GPE", "ORG", "LOC")
BEFORE, AFTER = 2, 1  # the window: sentences before and after each of the meeting's mentions
_TAIL = re.compile(r"(?:氏|さん|ら|側|政府|当局)?(?P<p>との|とも|と|は|が|も|を|に|の|で)?")
_NOUN_LETTER = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]")
_QUOTE = re.compile(r"「[^「」]*」")

FEATURES = (
    "bias", "person", "gpe", "org", "loc",
    "same_sentence", "sentence_before", "sentence_after", "farther", "log_letters", "before_word",
    "wa", "ga", "mo", "to", "tono", "wo", "ni", "no", "de", "no_particle",
    "titled", "in_quote", "in_longer_noun",
    "rules_side", "other_meeting_side", "country_taken",
    "subject", "meeting_sentence", "log_count",
    "no_rules_side", "one_rules_side", "visit",
)


@dataclass(frozen=True)
class Candidate:
    """A possible side: an entity at its writing nearest the meeting's mentions."""

    name: str
    entity_id: str | None
    type: str
    start: int
    end: int


class Reading:
    """What the reader reads of one article once: its sentences, quotes and side-like mentions."""

    def __init__(self, body: str, mentions: list) -> None:
        self.body = body
        self.sentences = sentence_spans(body)
        self.quotes = [m.span() for m in _QUOTE.finditer(body)]
        self.mentions = sorted((m for m in mentions if m.type in SIDE_TYPES and m.end - m.start >= 1),
                               key=lambda m: m.start)
        self.counts: dict[str, int] = {}
        for m in self.mentions:
            self.counts[_key(m)] = self.counts.get(_key(m), 0) + 1
        self.meeting_sentences = {i for i, (s, e) in enumerate(self.sentences) if TRIGGER.search(body, s, e)}

    def sentence_index(self, at: int) -> int:
        for i, (start, end) in enumerate(self.sentences):
            if start <= at < end:
                return i
        return max(0, len(self.sentences) - 1)

    def subject_of(self, index: int):
        """The first side-like mention of a sentence marked by は or が (the clause's topic or subject)."""
        start, end = self.sentences[index]
        for m in self.mentions:
            if start <= m.start < end:
                tail = _TAIL.match(self.body, _after_title(self.body, m.end))
                if tail.group("p") in ("は", "が"):
                    return m
        return None

    def candidates(self, proposal) -> list[Candidate]:
        """Each entity written within the window of the proposal's mentions, at its writing nearest them."""
        spots = [(m.start, m.end) for m in proposal.mentions]
        if not spots or not self.sentences:
            return []
        windows = []
        for start, _ in spots:
            i = self.sentence_index(start)
            first, last = max(0, i - BEFORE), min(len(self.sentences) - 1, i + AFTER)
            windows.append((self.sentences[first][0], self.sentences[last][1]))
        nearest: dict[str, tuple[int, object]] = {}
        for m in self.mentions:
            if not any(a <= m.start and m.end <= b for a, b in windows):
                continue
            distance = min(_letters(m.start, m.end, s, e) for s, e in spots)
            key = _key(m)
            if key not in nearest or distance < nearest[key][0]:
                nearest[key] = (distance, m)
        return [Candidate(self.body[m.start:m.end], m.entity_id, m.type, m.start, m.end)
                for _, m in sorted(nearest.values(), key=lambda pair: pair[1].start)]


def _key(m) -> str:
    return m.entity_id or m.text


def _letters(start: int, end: int, s: int, e: int) -> int:
    return s - end if end <= s else start - e if start >= e else 0


def _after_title(body: str, end: int) -> int:
    title = office_after(body, end)
    return title.end() if title else end


def _same(candidate: Candidate, participant: Participant) -> bool:
    if candidate.entity_id and participant.entity_id:
        return candidate.entity_id == participant.entity_id
    return candidate.name == participant.name or (len(candidate.name) >= 2 and candidate.name in participant.name)


def features(reading: Reading, proposal, candidates: list[Candidate], others: list, country_of) -> list[list[float]]:
    """One row of FEATURES per candidate of the proposal; others: the article's other proposals."""
    body = reading.body
    sides = proposal.participants
    side_countries = {country_of(p.entity_id) for p in sides if p.entity_id} - {None}
    spots = [(m.start, m.end) for m in proposal.mentions]
    word_sentences = {reading.sentence_index(s) for s, _ in spots}
    rows = []
    for c in candidates:
        i = reading.sentence_index(c.start)
        gap = min(abs(i - j) for j in word_sentences)
        nearest_word = min(spots, key=lambda spot: _letters(c.start, c.end, *spot))
        title = office_after(body, c.end)
        particle = _TAIL.match(body, title.end() if title else c.end).group("p")
        subject = reading.subject_of(i)
        ruled = any(_same(c, p) for p in sides)
        country = country_of(c.entity_id) if c.entity_id else None
        rows.append([
            1.0, float(c.type == "PERSON"), float(c.type == "GPE"), float(c.type == "ORG"), float(c.type == "LOC"),
            float(gap == 0), float(gap == 1 and i < min(word_sentences)), float(gap == 1 and i > max(word_sentences)),
            float(gap >= 2), math.log1p(_letters(c.start, c.end, *nearest_word)),
            float(gap == 0 and c.end <= nearest_word[0]),
            float(particle == "は"), float(particle == "が"), float(particle in ("も", "とも")),
            float(particle == "と"), float(particle == "との"), float(particle == "を"), float(particle == "に"),
            float(particle == "の"), float(particle == "で"), float(particle is None),
            float(title is not None), float(any(a < c.start and c.end < b for a, b in reading.quotes)),
            float(bool(_NOUN_LETTER.match(body, c.end)) and title is None and particle is None
                  or (c.start > 0 and bool(_NOUN_LETTER.match(body, c.start - 1)))),
            float(ruled), float(any(_same(c, p) for o in others if o is not proposal for p in o.participants)),
            float(not ruled and country is not None and country in side_countries),
            float(subject is not None and subject.start == c.start), float(i in reading.meeting_sentences),
            math.log1p(reading.counts.get(c.entity_id or c.name, 1)),
            float(not sides), float(len(sides) == 1), float(proposal.kind == "visit"),
        ])
    return rows


class SideReader(SoftmaxScorer):
    """Scores candidates as sides: each one's chance against the empty option (a row of zeros)."""

    FEATURES = FEATURES

    def chances(self, rows: list[list[float]]) -> list[float]:
        empty = [0.0] * len(self.FEATURES)
        return [self.probabilities([row, empty])[0] for row in rows]


@lru_cache(maxsize=1)
def shipped() -> SideReader | None:
    """The reader shipped under resources/, or None when the file is missing or from another feature set."""
    return SideReader.load(*MODEL)


# How the reader's opinion is used: "rules" (not asked) or "add" (a candidate the rules lack becomes a side when the
# reader gives it at least SURE, the surest one per meeting). bench/train_side_reader.py measures each: on dev, by
# article folds, "add" never found more meetings than the rules (the rules lack 10 gold sides among 655 candidates
# there, too few to learn from), so the reader is off and no model ships (--write makes one).
POLICY = "rules"
SURE = 0.7  # by the article folds (bench/train_side_reader.py): no wrong side added there at 0.6 or 0.7


def reader_for(body: str) -> SideReader | None:
    """The reader asked for an article (bench/train_side_reader.py gives each article the model of its fold)."""
    return shipped() if POLICY != "rules" else None


def described(body: str, mentions: list, proposals: list, country_of) -> list[tuple[list[Candidate], list]]:
    """Each proposal's candidates and their feature rows, in the proposals' order."""
    reading = Reading(body, mentions)
    out = []
    for proposal in proposals:
        candidates = reading.candidates(proposal)
        out.append((candidates, features(reading, proposal, candidates, proposals, country_of)))
    return out


def add_sides(body: str, mentions: list, proposals: list, country_of, reader: SideReader | None = None,
              sure: float | None = None) -> None:
    """Give each proposal the candidate the reader is surest of, when the rules lack it and the reader's chance
    reaches sure (SURE when None)."""
    reader = reader or reader_for(body)
    if reader is None or not proposals:
        return
    sure = SURE if sure is None else sure
    for proposal, (candidates, rows) in zip(proposals, described(body, mentions, proposals, country_of)):
        picked = [(chance, c) for c, row, chance in zip(candidates, rows, reader.chances(rows))
                  if chance >= sure and not row[FEATURES.index("rules_side")]]
        if picked:
            _, best = max(picked, key=lambda pair: (pair[0], -pair[1].start))
            proposal.participants.append(Participant(best.name, best.entity_id))
