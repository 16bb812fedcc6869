"""One meeting word read in its steps: the meeting it names, the sides its clause names, its name and attendees,
its day, place and tense, what it says of the meetings before it; kept or not, and the meetings it tells."""

from __future__ import annotations

from core.meetings.arguments import teller
from core.meetings.body_alone import body_beside_partners, body_carried_alone
from core.meetings.bystanders import without_bystanders
from core.meetings.collective_sides import collective_sides
from core.meetings.counted import counted_in_aside
from core.meetings.carried_speaker import sentence_topic, speaker_carried
from core.meetings.each import each_apart, each_host
from core.meetings.letter_sides import compound_sides
from core.meetings.mention import MeetingMention
from core.meetings.named_before import apart_by_country
from core.meetings.reading import NOT_MOVED, UNKEPT, ArticleReading, SentenceReading, Word
from core.meetings.sides_elsewhere import not_on_the_day_before, partner_told_before, sides_elsewhere
from core.meetings.sentence import in_the_past
from core.meetings.word import meeting_word
from core.meetings.word_kept import left_unkept
from core.meetings.word_reference import read_reference
from core.meetings.word_setting import read_setting
from core.meetings.word_sides import read_sides
from core.meetings.visitors import described_visitor
from core.meetings.word_title import a_sitting_of_its_own, read_title


def read_word(a: ArticleReading, s: SentenceReading, match) -> list[MeetingMention]:
    """The meetings one meeting word tells (none, one, or one with each side); the reading moves on past it
    (s.previous_trigger, a.unkept) as the word says."""
    # the names near the word, at most READ_AROUND on either side: a sentence packed with thousands of meeting
    # words and names costs each word's readers (its gate, sides, setting, title, reference) no more than an
    # ordinary sentence
    word = meeting_word(a, s, match, s.names.actors_near(match.start()), s.names.places_near(match.start()))
    if word is None:
        return []
    word.actors, word.places = s.names.actors_near(word.start), s.names.places_near(word.start)
    read_sides(a, s, word)
    moved = UNKEPT if a_sitting_of_its_own(a, s, word) else None
    if moved is None:
        read_title(a, s, word)
        read_setting(a, s, word)
        speaker_carried(a.body, word.mention, word.actors, s.s_start, word.clause, word.start,  # 「…と協議する」として
                        None if s.far else s.last_subject, sentence_topic(a.body, a.spans, a.all_actors))
        read_reference(a, s, word)
        moved = left_unkept(a, s, word)
    if moved is not None:
        _move_past(a, s, word, moved)
        return []
    if not word.mention.participants:  # 今後の協議で決定: the sides another sentence told
        if sides_elsewhere(a.body, word.mention, a.all_actors.within(0, s.s_start), word.actors,
                           lambda m: _outlet(a, m), a.all_places.within(max(0, s.s_start - 600), s.s_start)):
            pass
        elif body_carried_alone(a.body, word.mention, word.actors, a.spans, a.all_actors, a.all_places,  # 後任監督は交渉中
                                lambda m: _outlet(a, m), a.registry):
            # 浦和は…A氏と基本合意した。同クラブは交渉を進めていた: the body carried, and its partner of the sentence before
            partner_told_before(a.body, word.mention, a.all_actors.within(0, s.s_start), word.actors,
                                lambda m: _outlet(a, m))
        else:
            collective_sides(a.body, word.mention)  # 与党協議: the ruling parties as the text names them
    else:  # AはBと提携すると発表した。Aは昨年から交渉を続けていた: the partner of the sentence before
        partner_told_before(a.body, word.mention, a.all_actors.within(0, s.s_start), word.actors,
                            lambda m: _outlet(a, m)) \
            or body_beside_partners(a.body, word.mention, word.actors, a.spans, a.all_actors, a.all_places,  # AやBと交渉
                                    a.registry)
    if word.mention.title is None:  # イランは欧州3か国（英国、フランス、ドイツ）と核協議: the counted the aside names,
        word.mention.participants = counted_in_aside(a.body, word.mention.participants, word.actors,  # beside those
                                                     word.clause, word.start)  # read
    not_on_the_day_before(a.body, word.mention)
    without_bystanders(a.body, word.mention, word.actors, word.clause, word.start, word.end)  # 報道官は…AとBの協議を
    compound_sides(a.body, word.mention, s.s_start, word.actors, a.registry)  # 日中韓首脳会談, 南北首脳会談,
    # インド・パキスタン外相会談: each country of the letters or of the list
    told = meetings_told(a, s, word)
    for m in told:  # (what the sentence's next words read of the journeys told before them)
        if m.kind in ("trip", "visit"):
            s.last_journey = m
        if m.kind == "trip":
            s.trips.append(m)
    if not _describes_the_next(a.body, s, word):
        s.previous_trigger = word.end
    return told


def _describes_the_next(body: str, s: SentenceReading, word) -> bool:
    """Whether the word is a visit told as a relative clause of the person right after it (森次官と日本を訪問した米国の
    シャーマン国務副長官との会談): it ends no clause, and the names before it stay in the next word's."""
    return word.mention.kind == "visit" and described_visitor(body, word.actors, word.end) is not None


def _outlet(a: ArticleReading, m) -> bool:
    return teller(a.body[m.start : m.end], m.entity_id, a.registry)


def _move_past(a: ArticleReading, s: SentenceReading, word: Word, moved: str) -> None:
    if moved != NOT_MOVED:
        s.previous_trigger = word.end
    if moved == UNKEPT:
        a.unkept = word.end


def meetings_told(a: ArticleReading, s: SentenceReading, w: Word) -> list[MeetingMention]:
    """The meetings a kept mention tells: one, or one with each host, each country or each side named apart."""
    mention = w.mention
    hosts = max((sum(p.role == "host" for p in m.participants) for m in s.trips),
                default=0)  # 中国と韓国を訪問し、A、Bと会談した: a talk in each
    # 両国を訪問し、それぞれの外相と会談した: a talk with each host; 両外相が…を訪れた: each from their own country
    each_of = [mention] if s.last_journey is None else each_host(a.body, mention, s.last_journey, w.clause, w.start)
    told = []
    for one in (apart for m in each_of for apart in apart_by_country(m)):
        told.extend(each_apart(a.body, one, w.clause, w.start, s.dates,  # Aは B、Cとそれぞれ会談: two meetings
                               (lambda d: in_the_past(d, a.reference)) if w.in_past else None, hosts))
    return told

