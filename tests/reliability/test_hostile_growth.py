"""Hostile sentences and pages cost the claim readers work that grows with the text, not its square (found with
bench/bench_hostile_growth.py). Work is counted, not timed: the letters the readers' searches cover."""

import core.claims.content_subjects
from core.claims.held_stances import held_stances
from core.claims.suggest import suggest
from core.meetings.detect import detect_meetings
from core.nlp.entities import detect
from core.registry import bundled_registry
from core.sentences import LONGEST
from tests.reliability.counting import CountedText

REGISTRY = bundled_registry()


def _stances_read(stances: int) -> tuple[int, int]:
    """(letters read, stances held) of held_stances over one sentence holding stances stances told as states."""
    body = CountedText("「説明した」" + "野党は反対しており、" * stances + "と伝えた。")
    CountedText.read = 0
    held = held_stances(body, 0, len(body), [])
    return CountedText.read, len(held)


def test_a_sentence_of_stances_is_read_once_for_its_quotes():
    # whether each stance lies inside a quote was told by counting the marks from the sentence's start afresh
    small, small_held = _stances_read(100)
    large, large_held = _stances_read(200)
    assert (small_held, large_held) == (100, 200)  # each 野党は反対しており is held
    assert large <= 2.2 * small + 100, (small, large)  # not four times: the sentence is not re-read for each


def test_a_stance_inside_a_quote_is_still_no_position_held():
    body = "「野党は反対しており、譲れない」と述べた。与党は反対しており、"
    held = held_stances(body, 0, len(body), [])
    assert [body[a:b] for a, b, *_ in held] == ["反対しており"] and held[0][0] > body.index("」")


def _sentence_end_reads(monkeypatch, claims: int) -> tuple[int, int]:
    """(letters content_subjects reads past its claims for their sentence's end, claims) on a page with no 。."""
    body = "米国は懸念を示し、" * claims
    mentions = detect(body, REGISTRY, None)
    read = [0]
    real = core.claims.content_subjects.sentence_end

    def counted(text, at, reach=None):
        end = real(text, at, reach)
        read[0] += end - at
        return end

    monkeypatch.setattr(core.claims.content_subjects, "sentence_end", counted)
    found = suggest(body, mentions)
    monkeypatch.undo()
    return read[0], len(found)


def test_a_page_with_no_sentence_end_is_not_read_to_its_end_for_each_claim(monkeypatch):
    # a reported claim's sentence end was sought to the page's end: a page of n claims read n times over
    small, small_found = _sentence_end_reads(monkeypatch, 600)
    large, large_found = _sentence_end_reads(monkeypatch, 1200)
    assert len("米国は懸念を示し、" * 600) > 2 * LONGEST  # cut into several sentences
    assert small_found >= 500 and large_found >= 2 * small_found - 10  # the claims are read all the same
    # each claim reads no further on than LONGEST (the page's end was half a page on, on average), so twice the
    # claims read about twice the letters, not four times
    assert 0 < large <= LONGEST * large_found and large <= 2.5 * small, (small, large)


def test_whether_a_subject_follows_a_meeting_word_is_told_as_a_search_tells_it():
    import random

    from core.meetings.people import SUBJECT_MARK, subject_mark_after

    rnd = random.Random(1207)
    pieces = ("は", "が", "には", "では", "とが", "会談し", "首相", "、", "訪問")
    for _ in range(300):
        body = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30)))
        end = rnd.randint(0, len(body))
        for pos in sorted(rnd.randint(0, end) for _ in range(5)) + [rnd.randint(0, end)]:
            assert subject_mark_after(body, pos, end) == (SUBJECT_MARK.search(body, pos, end) is not None)


def test_a_sentence_packed_with_meeting_words_is_searched_once_for_a_subject_after_them(monkeypatch):
    # each word's sides asked whether a は or が follows it: a search to the sentence's end for each word
    import core.meetings.people

    body = "「" + "日米会談、" * 300 + "」と述べた。"
    mentions = detect(body, REGISTRY, None)
    searched = [0]
    real = core.meetings.people.SUBJECT_MARK

    class Counted:
        def finditer(self, text, pos, end):
            searched[0] += end - pos
            return real.finditer(text, pos, end)

        def search(self, text, pos, end):
            searched[0] += end - pos
            return real.search(text, pos, end)

    import core.meetings.more_sides
    import core.meetings.word_setting
    from core.meetings.detect import detect_meetings

    for module in (core.meetings.people, core.meetings.more_sides, core.meetings.word_setting):
        monkeypatch.setattr(module, "SUBJECT_MARK", Counted(), raising=False)  # wherever the readers search it

    assert len(detect_meetings(body, mentions)) >= 290
    assert 0 < searched[0] <= 3 * len(body), searched[0]  # the sentence about once, not once a word


def _flat_page(claims: int) -> str:
    """A page with no 。 and no line break: reported claims told by reference and by an outlet, over and over."""
    return "米国は懸念を示し、同省によると首相は協力すると述べ、共同通信は政府が反対していると伝え、" * claims


def _looked_back(monkeypatch, body: str) -> tuple[int, int, int]:
    """(letters looked back for a sentence's start, those looks, claims) while suggesting claims on body: the claim
    readers' own look-backs and core.text's (the sentence before's, for each claim) counted alike."""
    import pkgutil
    import importlib

    import core.claims
    import core.text

    mentions = detect(body, REGISTRY, None)
    read, looks = [0], [0]
    real = core.text.sentence_start

    def counted(text, at, reach=None):
        start = real(text, at, reach)
        read[0] += at - start
        looks[0] += 1
        return start

    monkeypatch.setattr(core.text, "sentence_start", counted)  # what previous_sentence_start looks back with
    for info in pkgutil.iter_modules(core.claims.__path__):
        module = importlib.import_module("core.claims." + info.name)
        if getattr(module, "sentence_start", None) is real:
            monkeypatch.setattr(module, "sentence_start", counted)
    found = len(suggest(body, mentions))
    monkeypatch.undo()
    return read[0], looks[0], found


def test_a_page_with_no_sentence_end_is_not_read_back_to_its_start_for_each_claim(monkeypatch):
    # the readers of a claim's topic, teller or source found its sentence's start by the last 。 before it: on a
    # page with none, its start, read back for every claim (and scanned from there)
    small, small_looks, _ = _looked_back(monkeypatch, _flat_page(100))
    large, large_looks, _ = _looked_back(monkeypatch, _flat_page(200))
    assert len(_flat_page(100)) > 2 * LONGEST and small_looks > 100  # the readers look back, claim after claim
    assert large <= LONGEST * large_looks and large <= 2.5 * small * large_looks / small_looks, (small, large)


def test_both_heads_look_back_to_the_last_talks_told_not_to_every_meeting():
    # 両首脳は…会談した asked which talks were told before it: every meeting of the article read for each such word
    from core.meetings.mention import MeetingMention, Participant
    from core.meetings.named_before import both_named_before

    reads = [0]

    class Told(MeetingMention):
        def __getattribute__(self, name):
            if name == "participants":
                reads[0] += 1
            return object.__getattribute__(self, name)

    sides = [Participant("日本", "country:JP"), Participant("米国", "country:US")]
    earlier = [Told(i, i + 2, "会談", "talks", "held", (0, 0), list(sides)) for i in range(1000)]
    body = "両首脳は会談した。"
    mention = MeetingMention(body.index("会談"), body.index("会談") + 2, "会談", "talks", "held", (0, len(body)))
    both_named_before(body, mention, [], 0, mention.start, earlier)
    assert mention.participants == [] and reads[0] <= 2  # the last talks told: the words refer back to them
    both_named_before("首相は会談した。", mention, [], 0, 3, earlier)
    assert reads[0] <= 2  # no 両首脳 before the word: no meeting read at all


def test_the_sentences_before_a_claim_are_not_read_back_to_the_page_start(monkeypatch):
    # a document's issuer and a confession's suspect are sought in the sentences before the claim's: on a page with
    # no 。 the sentence before was read back to the page's start for each claim (and searched from there)
    for phrase in ("声明は日本に反対すると主張した、", "男は調べに対し盗んだと供述している、"):
        small, small_looks, small_found = _looked_back(monkeypatch, phrase * 300)
        large, large_looks, large_found = _looked_back(monkeypatch, phrase * 600)
        assert small_found >= 150 and large_found >= 300
        assert len(phrase * 300) > 2 * LONGEST
        assert large <= LONGEST * max(large_looks, 1) and large <= 2.5 * max(small, 1) * large_looks / max(small_looks, 1), \
            (phrase, small, large)


def _confession_reads(claims: int) -> tuple[int, list]:
    """(letters the confession reader's searches cover, holders) over a page with no 。 of claims confessions."""
    from core.claims.confessions import confessed

    body = "男は調べに対し盗んだと供述している、" * claims
    found = suggest(body, detect(body, REGISTRY, None))
    counted = CountedText(body)
    CountedText.read = 0
    held = [confessed(counted, candidate, [], {}).holder_text for candidate in found]
    return CountedText.read, held


def test_a_confession_s_sentence_end_is_not_sought_to_the_page_end():
    # the end of a confession's sentence was sought to the page's end with no 。 on it: read once for each claim
    small, small_held = _confession_reads(300)
    large, large_held = _confession_reads(600)
    assert len(large_held) >= 590 and set(large_held) == {"男"}  # the man confesses each, as before
    assert large <= 2.5 * small, (small, large)


class LookedBack(str):
    """A text that tallies the letters its rfind calls cover: the look-backs to a sentence's or a clause's start."""

    read = 0

    def rfind(self, sub, start=0, end=None):
        LookedBack.read += (len(self) if end is None else min(end, len(self))) - max(start or 0, 0)
        return str.rfind(self, sub, start, end)


def _look_back_reads(phrases: int) -> tuple[int, int]:
    """(letters the claim and meeting readers look back over, claims) on a page with no 。 of phrases reports."""
    text = "朝日新聞によると、岸田首相が訪米を促したと報じ、" * phrases
    mentions = detect(text, REGISTRY, None)
    body = LookedBack(text)
    LookedBack.read = 0
    found = suggest(body, mentions)
    detect_meetings(body, mentions, None)
    return LookedBack.read, len(found)


def test_a_page_with_no_stop_is_not_read_back_to_its_start_for_each_claim():
    # a sentence's start was sought back to the last 。 (the page's start) by the seat, relay, outlet and clause readers
    small, small_found = _look_back_reads(250)
    large, large_found = _look_back_reads(500)
    assert len("朝日新聞によると、岸田首相が訪米を促したと報じ、" * 250) > 2 * LONGEST
    assert small_found >= 200 and large_found >= 2 * small_found - 10  # the claims are read all the same
    assert large <= 2.4 * small, (small, large)  # not four times


class LookedAround(LookedBack):
    """A text that tallies the letters its rfind and find calls cover: look-backs and look-ons alike."""

    def find(self, sub, start=0, end=None):
        LookedBack.read += (len(self) if end is None else min(end, len(self))) - max(start or 0, 0)
        return str.find(self, sub, start, end)


def _headline_reads(words: int) -> int:
    """Letters the meeting readers look back and on over, on a page of cited headlines never closed nor broken."""
    text = "『首脳会談の延期も、" * words
    mentions = detect(text, REGISTRY, None)
    LookedBack.read = 0
    detect_meetings(LookedAround(text), mentions, None)
    return LookedBack.read


def test_a_headline_never_closed_is_not_read_to_the_page_end_for_each_meeting_word():
    # (the headline's pair and the sides told before looked for its 』 to the page's end, its line's start to the
    # page's start)
    small, large = _headline_reads(500), _headline_reads(1000)
    assert len("『首脳会談の延期も、" * 500) > 2 * LONGEST
    assert large <= 2.4 * small, (small, large)  # not four times
