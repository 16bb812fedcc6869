"""core.clauses.phrases.phrases_to: the phrases of a clause up to each word, the same as reading them afresh, with
the clause walked once for all its words."""

import random
import re

import core.clauses.phrases
from core.clauses.phrases import phrases, phrases_to

_PIECES = ("首相は", "同氏が", "外相と", "との間で", "中国を", "訪問し", "、", "。", "\n", "「", "」", "会談し", "の", "は", "が",
           "と", "に", "で", "から", "米国への", "について", "によると", "の発表によると", "日本では", "もの", "こと", "ら",
           "（", "）", "まで", "へ", "とする", "での")


def test_the_phrases_up_to_any_place_are_those_read_afresh():
    rnd = random.Random(1201)
    for _ in range(600):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 60)))
        clause = rnd.randint(0, len(text))
        for end in sorted(rnd.randint(clause, len(text)) for _ in range(6)):
            assert phrases_to(text, clause, end) == phrases(text, clause, end), (text, clause, end)


def test_a_particle_running_past_the_place_is_read_as_the_cut_reads_it():
    text = "「外務省の発表によると、会談は来月だ」と述べた。"
    end = text.index("によると") + 2  # a particle cut there reads as に, not によると
    assert phrases_to(text, 1, end) == phrases(text, 1, end)
    assert phrases_to(text, 1, len(text)) == phrases(text, 1, len(text))


def _counted_walks(monkeypatch) -> list[int]:
    """[letters walked], counted from here on over every walk of a clause's phrases."""
    walked = [0]
    real = core.clauses.phrases._walk

    def counted(text, i, end, *args, **kwargs):
        walked[0] += end - i
        return real(text, i, end, *args, **kwargs)

    monkeypatch.setattr(core.clauses.phrases, "_walk", counted)
    return walked


def test_a_packed_quote_is_walked_once_and_near_each_word(monkeypatch):
    text = "首相は「" + "中国を訪問し、" * 250 + "」と語った。"
    clause, words = text.index("「") + 1, [found.start() for found in re.finditer("訪問", text)]
    walked = _counted_walks(monkeypatch)
    for end in words:
        assert [p.group for p in phrases_to(text, clause, end)][-1:] == ["object"]  # 中国を
    # the clause once, then a particle's reach and the stop before it for each word (afresh: the square of the quote)
    assert walked[0] <= len(text) + len(words) * 20, walked[0]


def test_the_phrases_asked_in_any_order_are_those_read_afresh():
    # the walk goes on as far as each word asks, twice as far each time: places asked far, near, then far again
    rnd = random.Random(1207)
    for _ in range(200):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(20, 120)))
        clause = rnd.randrange(len(text) // 3)
        places = list(range(clause, len(text) + 1))
        rnd.shuffle(places)
        for end in places[:30] + sorted(places[:30]):
            assert phrases_to(text, clause, end) == phrases(text, clause, end), (text, clause, end)


def test_a_text_of_short_clauses_is_walked_near_their_words_only(monkeypatch):
    # each quote opens a clause whose word is near its start: walking each LONGEST letters on read the text's square
    text = "米国を訪問した。「中国を訪問する」と述べた。" * 200
    clauses = [found.start() + 1 for found in re.finditer("「", text)]
    walked = _counted_walks(monkeypatch)
    for clause in clauses:
        assert [p.group for p in phrases_to(text, clause, clause + 3)] == ["object"]  # 中国を
    assert walked[0] <= len(clauses) * 80, walked[0]
