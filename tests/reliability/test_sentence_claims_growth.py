"""Many claims in one long sentence (up to core.sentences.LONGEST letters) cost the holder readers work that grows with
the sentence, not with its claims times its names (issue 14, found with bench/bench_hostile_growth.py): the title
after each name, subject_of's reading of each name and the clause breaks before each claim are read once per
sentence. Work is counted (calls, letters scanned), never timed."""

import random

import core.claims.holders
import core.claims.positions
import core.claims.subjects
from core.claims.subjects import _TITLED_NAME
from core.claims.body_memo import matches_before, table
from core.claims.holders import last_topic_match, title_after, topic_phrase_scanned
from core.claims.positions import clause_start, clause_start_scanned
from core.claims.suggest import suggest
from core.nlp.entities import detect
from core.registry import bundled_registry
from core.sentences import LONGEST

REGISTRY = bundled_registry()
STANCE = "日本政府は中国の方針に反対し、"


class Counted:
    """A compiled pattern's stand-in that tallies its match calls and the letters its finditer calls cover."""

    def __init__(self, pattern):
        self.pattern, self.matches, self.letters = pattern, 0, 0

    def match(self, text, pos=0, endpos=None):
        self.matches += 1
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        self.letters += max(0, endpos - pos)
        return self.pattern.finditer(text, pos, endpos)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def _work(monkeypatch, stances: int) -> tuple[int, int, int, int, int]:
    """(office_after calls of title_after, subject_of's aside reads, clause-break letters scanned, claims, letters,
    topic-phrase letters scanned)
    of suggest over one sentence packed with stances stances."""
    body = STANCE * stances + "述べた。"
    assert len(body) < LONGEST  # one sentence
    mentions = detect(body, REGISTRY, None)
    calls = [0]
    real_office = core.claims.holders.office_after

    def office_after(text, at):
        calls[0] += 1
        return real_office(text, at)

    aside = Counted(core.claims.subjects.ASIDE)
    breaks = Counted(core.claims.positions._CLAUSE_BREAK)
    topics = Counted(core.claims.holders._TOPIC_PHRASE)
    monkeypatch.setattr(core.claims.holders, "_TOPIC_PHRASE", topics)
    monkeypatch.setattr(core.claims.holders, "office_after", office_after)
    monkeypatch.setattr(core.claims.subjects, "ASIDE", aside)
    monkeypatch.setattr(core.claims.positions, "_CLAUSE_BREAK", breaks)
    found = suggest(body, mentions)
    monkeypatch.undo()
    return calls[0], aside.matches, breaks.letters, len(found), len(body), topics.letters


def test_a_sentence_of_many_stances_reads_each_name_and_break_once(monkeypatch):
    small = _work(monkeypatch, 40)
    large = _work(monkeypatch, 80)
    assert small[3] >= 40 and large[3] >= 2 * small[3] - 2, (small, large)  # every stance is still a claim
    # each claim read every name from the sentence start (its title, its aside): four times the work at twice the
    # length; now each name's place is read once, and each claim looks it up
    assert large[0] <= 2.3 * small[0] + 20, (small[0], large[0])
    assert large[1] <= 2.3 * small[1] + 20, (small[1], large[1])
    # clause_start scanned the sentence from its start for each claim; now the scan is kept and doubled at most
    assert large[2] <= 4 * large[4], (large[2], large[4])
    assert large[2] <= 2.5 * small[2] + 100, (small[2], large[2])
    # topic_phrase likewise scanned the sentence from its start for each claim
    assert large[5] <= 6 * large[4], (large[5], large[4])
    assert large[5] <= 2.5 * small[5] + 100, (small[5], large[5])


# Pieces of sentences that hold every clause break and its look-arounds: によると, では and ではない, は after a kana
# or after こと/など/ら, が, も after an office, 、 and 」
PIECES = ["日本政府", "は", "、", "首相", "も", "が", "外務省によると", "朝日新聞によれば", "ではない", "では", "こと",
          "など", "ら", "「", "」", "中国の方針に反対し", "懸念を示した", "彼らは", "ところが", "協議では", "党も",
          "記者団", "に対し", "ことを表明した"]


def test_clause_start_kept_per_sentence_reads_as_the_scan_from_its_start():
    rng = random.Random(14)
    for _ in range(300):
        body = "前の文。" + "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 60))) + "。次の文"
        s_start = 4
        for _ in range(12):  # claims asked in any order, with any flags, against the same kept breaks
            end = rng.randint(s_start, len(body))
            flags = rng.choice([(False, False), (True, False), (False, True), (True, True)])
            assert clause_start(body, s_start, end, *flags) == clause_start_scanned(body, s_start, end, *flags), \
                (body, end, flags)


def test_the_last_topic_kept_per_sentence_reads_as_the_scan_from_its_start():
    rng = random.Random(41)
    pieces = PIECES + ["米国務省報道官", "(AP通信)", "「朝日新聞」", "紙", "他", "ほか", "また、", "一方", "ある", "・", "の"]
    for _ in range(300):
        body = "前の文。" + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60))) + "。次の文"
        for _ in range(12):
            limit, comma = rng.randint(4, len(body)), rng.random() < 0.5
            kept, scanned = last_topic_match(body, 4, limit, comma), topic_phrase_scanned(body, 4, limit, comma)
            assert (kept and kept.span()) == (scanned and scanned.span()), (body, limit, comma)


def test_titled_names_kept_per_sentence_read_as_the_scan_from_its_start():
    rng = random.Random(43)
    pieces = PIECES + ["山田", "太郎", "氏", "さん", "くん", "ちゃん", "マイケル", "・", "監督", "局長", "(Smith)", "(46)",
                       "兼", "外相", "ら", "陸", "ローズ"]
    for _ in range(300):
        body = "前の文。" + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60))) + "。次の文"
        for _ in range(12):
            limit = rng.randint(4, len(body))
            kept = [m.span() for m in matches_before(body, _TITLED_NAME, 4, limit)]
            assert kept == [m.span() for m in _TITLED_NAME.finditer(body, 4, limit)], (body, limit)


def test_answers_are_kept_for_the_text_they_were_read_on():
    first, second = "岸田首相は述べた。", "岸田外相は述べた。"
    assert title_after(first, 2).group(0) == "首相"
    assert title_after(second, 2).group(0) == "外相"  # the same place of another text is read afresh
    assert title_after(first, 2).group(0) == "首相"
    same = "".join(["岸田", "首相は述べた。"])  # equal text, another object: its own table, the same answers
    assert table(same) is not table(first) and title_after(same, 2).group(0) == "首相"
