"""A page with 。 but no line break costs the readers that look back to a line's start work that grows with the page,
not its square: each look-back stops after core.sentences.LONGEST letters. Work is counted, not timed: the letters
the readers' count, find and rfind calls cover."""

from core.claims.suggest import suggest
from core.claims.transcripts import label_holders
from core.nlp.entities import detect
from core.nlp.person_clauses import treated_as_person
from core.registry import bundled_registry
from core.sentences import LONGEST
from core.text import line_start
from tests.reliability.counting import CountedText

REGISTRY = bundled_registry()


def test_a_line_s_start_is_looked_back_for_at_most_the_reach():
    body = "・首相は会談した。\n" + "あ" * 50
    assert line_start(body, len(body)) == body.index("\n") + 1 == line_start(body, len(body), 60)
    assert line_start(body, len(body), 10) == len(body) - 10  # none within reach: where the reach starts
    assert line_start(body, 5, 10) == 0 and line_start("", 0, 10) == 0


def _speaker_line_reads(claims: int) -> tuple[int, list]:
    """(letters read, holders) of the transcript reader over a speaker's line of claims sentences long."""
    text = "影山：はい。\n影山：" + "私は新しい車を作りたいと考えています。" * claims
    found = suggest(text, detect(text, REGISTRY, None))
    body = CountedText(text)
    CountedText.read = 0
    label_holders(body, [], found)
    return CountedText.read, [c.holder_text for c in found]


def test_a_speaker_s_long_line_is_not_read_back_to_its_start_for_each_claim():
    # each claim of a transcript's line looked for its line's start, the page's start on a line with no break
    small, small_held = _speaker_line_reads(150)
    large, large_held = _speaker_line_reads(300)
    assert len("私は新しい車を作りたいと考えています。" * 150) > LONGEST
    assert len(small_held) >= 150 and len(large_held) >= 300
    # the label holds the claims within reach of it, as before; those further on than a line's reach are no longer
    # its, the label being so far back
    assert large_held[:50] == ["影山"] * 50
    assert large <= 2.4 * small, (small, large)


def _own_predicate_reads(quotes: int) -> tuple[int, int]:
    """(letters the quote readers read, claims) on a page with no line break of quotes closed by their own verb."""
    text = "菅官房長官は「大変申し訳ないと言わざるを得ない」と陳謝した。" * quotes
    mentions = detect(text, REGISTRY, None)
    body = CountedText(text)
    CountedText.read = 0
    found = suggest(body, mentions)
    return CountedText.read, len(found)


def test_quotes_on_one_line_are_not_each_read_back_to_the_line_s_start():
    # whether a quote's line is an item of a list of links was told from the line's start: the page's start
    small, small_found = _own_predicate_reads(150)
    large, large_found = _own_predicate_reads(300)
    assert len("菅官房長官は「大変申し訳ないと言わざるを得ない」と陳謝した。" * 150) > 2 * LONGEST
    assert small_found >= 150 and large_found >= 2 * small_found  # each quote is read all the same
    assert large <= 2.4 * small, (small, large)


def _bare_name_reads(names: int) -> tuple[int, set]:
    """(letters read, verdicts) telling whether each bare 澤 of a page with no line break is treated as a person."""
    text = "「勝ちたい」と切り出した澤は走った。" * names
    body = CountedText(text)
    CountedText.read = 0
    at = [i for i, char in enumerate(text) if char == "澤"]
    verdicts = {treated_as_person(body, i, i + 1, []) for i in at}
    return CountedText.read, verdicts


def test_bare_names_on_one_line_are_not_each_read_back_to_the_line_s_start():
    # whether a name stood inside a quote was told by counting the marks from its line's start: the page's start
    small, small_verdicts = _bare_name_reads(300)
    large, large_verdicts = _bare_name_reads(600)
    assert len("「勝ちたい」と切り出した澤は走った。" * 300) > 2 * LONGEST
    assert small_verdicts == large_verdicts == {True}  # a speech clause describes each
    assert large <= 2.4 * small, (small, large)


def test_a_bullet_is_read_only_at_a_line_s_real_start():
    # a line longer than the reach is not cut into a line opening with whatever letter the reach starts on
    from core.claims.positions import _item_of_a_list

    body = "・対話を強調したこと\n" + "あ" * (LONGEST + 5) + "・" + "い" * (LONGEST - 1) + "批判したこと"
    assert _item_of_a_list(body, 3)
    assert not _item_of_a_list(body, len(body) - 6)


def test_a_sentence_start_a_reach_cut_is_shared_by_the_positions_near_it():
    from core.text import shared_sentence_start

    page = "米国は懸念を示し、" * 1000
    starts = {shared_sentence_start(page, at, LONGEST) for at in range(LONGEST, len(page))}
    assert len(starts) <= 4 * len(page) // LONGEST + 1  # one in a quarter reach, not one a position
    assert all(at - LONGEST <= shared_sentence_start(page, at, LONGEST) <= at for at in range(0, len(page), 7))
    body = "首相は述べた。" + page[:100]
    assert shared_sentence_start(body, len(body), LONGEST) == body.index("。") + 1  # a real start is kept


def _sentences_read(monkeypatch, claims: int) -> tuple[int, int]:
    """(letters of the sentences the governor readers build, claims) on a page with no 。 of claims claims."""
    import core.claims.content_subjects
    import core.claims.governed_holders
    from core.claims.governing import Sentence

    read = [0]

    class CountedSentence(Sentence):
        def __init__(self, body, start, end):
            super().__init__(body, start, end)
            read[0] += self.end - self.start

    body = "首相は、米国が懸念を示したと述べ、" * claims
    mentions = detect(body, REGISTRY, None)
    for module in (core.claims.content_subjects, core.claims.governed_holders):
        monkeypatch.setattr(module, "Sentence", CountedSentence)
    found = suggest(body, mentions)
    monkeypatch.undo()
    return read[0], len(found)


def test_a_page_with_no_stop_builds_no_sentence_for_each_claim(monkeypatch):
    # the governor readers keyed the sentences they read by its start, a reach back from each claim on such a page:
    # a new sentence LONGEST letters long for every claim
    small, small_found = _sentences_read(monkeypatch, 300)
    large, large_found = _sentences_read(monkeypatch, 600)
    length = len("首相は、米国が懸念を示したと述べ、" * 600)
    assert small_found >= 250 and large_found >= 2 * small_found - 10  # the claims are read all the same
    assert large <= 10 * length and large <= 2.4 * small, (small, large)


def _statement_reads(monkeypatch, quotes: int) -> tuple[int, int]:
    """(letters the subject reader's quote scans cover, claims) over one sentence of quotes quotes said."""
    import core.claims.subjects

    body = "首相は" + "「交渉を続ける」と述べ、" * quotes + "述べた。"
    mentions = detect(body, REGISTRY, None)
    read = [0]
    real = core.claims.subjects.quotes

    def counted(text, start, end):
        if text is body:  # (the copies with earlier quotes blanked out, one a claim, are read afresh: see below)
            read[0] += end - start
        return real(text, start, end)

    monkeypatch.setattr(core.claims.subjects, "quotes", counted)
    found = suggest(body, mentions)
    monkeypatch.undo()
    return read[0], len(found)


def test_a_sentence_of_quotes_is_scanned_for_its_quotes_about_once(monkeypatch):
    # each claim's subject asked for the quotes said from the sentence's start to it: the sentence scanned once a claim
    # (sentence_holder still reads each claim's subject on a copy of the page with the quotes before it blanked out)
    small, small_found = _statement_reads(monkeypatch, 70)
    large, large_found = _statement_reads(monkeypatch, 140)
    assert len("「交渉を続ける」と述べ、" * 140) < LONGEST  # one sentence
    assert small_found >= 70 and large_found >= 140
    assert large <= 2.5 * small, (small, large)


def test_the_quotes_said_before_a_place_are_those_read_to_it():
    from core.claims.subjects import statements

    body = "首相は「交渉を続ける」と述べ、「協力する」と語り、「『あ』を見た」と話した。"
    whole = statements(body, 0, len(body))
    assert [body[a:b] for a, b in whole] == ["「交渉を続ける」", "「協力する」", "「『あ』を見た」"]
    for end in range(len(body), -1, -1):  # asked from the far end back: each a prefix of the kept reading
        assert statements(body, 0, end) == [(a, b) for a, b in whole if b <= end]
