"""A page of sentences whose claims follow an earlier quote of their own sentence costs the holder reader work that
grows with the page, not its square: the quotes are blanked out on a copy of the sentence and at most
core.sentences.LONGEST letters before it, not of the whole page for each claim; a bare 市は looks back for its city at
most as far, in the sentence reader and in the tellers alike. Work is counted, not timed: the letters the blanked copies
hold, the letters the look-backs read."""

import core.claims.sentence_holder as sentence_holder
from core.claims.suggest import suggest
from core.nlp.entities import detect
from core.registry import bundled_registry
from core.sentences import LONGEST
from tests.reliability.counting import CountedText

REGISTRY = bundled_registry()
SENTENCE = "岸田文雄首相は「交渉を続ける」と述べ、「合意は近い」と語った。"


def _copied(sentences: int, monkeypatch) -> tuple[int, list]:
    """(letters copied blanked, holders) of the claims of a page of sentences each quoting twice."""
    copied = []
    blanked = sentence_holder.blanked

    def counted(body, spans, fill="〓"):
        copied.append(len(body))
        return blanked(body, spans, fill)

    monkeypatch.setattr(sentence_holder, "blanked", counted)
    text = SENTENCE * sentences
    found = suggest(text, detect(text, REGISTRY, None))
    return sum(copied), [(c.start, c.holder_text) for c in found]


def test_a_claim_after_a_quote_copies_its_sentence_not_the_page(monkeypatch):
    small, small_held = _copied(200, monkeypatch)
    large, large_held = _copied(400, monkeypatch)
    assert len(SENTENCE * 200) > 2 * LONGEST
    assert small > 0 and len(large_held) == 2 * len(small_held) >= 400
    # the second quote of each sentence is the first's speaker's, as when the whole page was read
    assert [h for _, h in large_held[1::2]][:5] == ["岸田文雄"] * 5
    assert large <= 2.4 * small, (small, large)


def _city_reads(sentences: int) -> tuple[int, str | None]:
    """(letters rfind read, the city read) for a bare 市は closing a page of sentences that name no city."""
    text = "坂出市は会見した。" + "市は協力すると述べた。" * sentences
    body = CountedText(text)
    CountedText.read = 0
    s_start = len(text) - len("市は協力すると述べた。")
    city = sentence_holder._local_government(body, s_start, s_start + 2)
    return CountedText.read, city


def test_a_bare_city_looks_back_for_the_city_at_most_the_reach():
    near, near_city = _city_reads(3)
    assert near_city == "坂出市"  # named a few sentences before: still the city
    small, _ = _city_reads(400)
    large, far_city = _city_reads(800)
    assert len("市は協力すると述べた。" * 400) > 2 * LONGEST
    assert far_city == "市"  # named further back than the reach: the word as written
    assert large <= 1.2 * small, (small, large)


def test_a_bare_city_opening_a_clause_looks_back_for_the_city_at_most_the_reach():
    from core.claims.clause_topics import place_topic

    text = "坂出市は会見した。" + "市は協力すると述べた。" * 3
    assert place_topic(text, [], len(text) - len("協力すると述べた。")) == (None, "坂出市")
    reads = []
    for sentences in (400, 800):
        text = "坂出市は会見した。" + "市は協力すると述べた。" * sentences
        body = CountedText(text)
        CountedText.read = 0
        assert place_topic(body, [], len(text) - len("協力すると述べた。")) is None  # named further back than the reach
        reads.append(CountedText.read)
    assert len("市は協力すると述べた。" * 400) > 2 * LONGEST
    assert reads[1] <= 1.2 * reads[0], reads


def test_a_city_named_right_at_the_windows_start_is_read_whole():
    """The copy the quotes are blanked on starts LONGEST letters before the sentence: a city whose kind lies inside it
    and whose name begins just before it is read whole, as on the page (坂出市, not 出市)."""
    from core.clauses.spans import SpanIndex

    sentence = "市は「協力する」と述べ、「合意は近い」と語った。"
    for filler in range(LONGEST - 6, LONGEST):  # its 市 from 5 letters inside the reach to its first letter
        body = "会見が開かれた。坂出市" + ("あ" * (filler - 1) + "。") + sentence
        s_start = len(body) - len(sentence)
        start = body.rindex("「")
        assert sentence_holder.sentence_holder(body, [], SpanIndex([]), s_start, start, False) == (None, "坂出市"), filler
