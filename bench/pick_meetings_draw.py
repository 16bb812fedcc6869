"""Which articles the ninth to twenty-fifth draws of the meetings gold cover: a fixed rule and seed, not an eye.

Ninth draw: the pool is every article in no gold (meetings, claims, identity, nor the entity gold in
bench/news_gold) whose headline or body holds 会談, 首脳, 来日, 訪中, 訪米, 訪朝, 訪日, 訪韓,
電話協議, 電話会談, 面会, と会い or 協議 (the seventh draw's words) and whose body is at most
2,000 characters long, sorted by file name; random.Random(909) draws sixteen. The first twelve
drawn are development (dev9), the last four held aside (held9).

Tenth draw (--draw 10): meetings told with other words. The pool is every article in no gold (the
ninth draw's included) whose headline or body holds one of 電話会談, 電話で, 首脳会議, サミット, 会合,
協議, 訪問, 来日, 訪中, 訪米, 訪朝, 訪韓, 訪日, 会見, 署名, 交渉 and whose body holds one of 大統領, 首相,
外相, 国務長官, 大使, 外務, 国家主席, 閣僚, 政府, at most 2,000 characters long, sorted by file name;
random.Random(1010) draws twelve: the first eight development (dev10), the last four held (held10).

Eleventh draw (--draw 11): the tenth draw's words, in longer articles. The pool is every article in no
gold (the tenth draw's included) that the tenth draw's rule admits with bodies up to 4,000 characters;
random.Random(1111) draws twelve: the first nine development (dev11), the last three held (held11).

Twelfth draw (--draw 12): the Wikinews pools being spent, the livedoor news corpus (CC BY-ND 2.1 JP),
its news category (topic-news). The pool is every topic-news article in no gold whose headline or body
(what a reader keeps of the file: no 【関連記事】 link blocks, no URLs, one paragraph a line) holds one of
WORDS_12, at any length, sorted by file name; random.Random(1212) draws sixteen: the first twelve
development (dev12), the last four held aside (held12).

Thirteenth draw (--draw 13): any meeting word, Wikinews again. The pool is every Wikinews article in no
gold (the twelfth draw's included) whose headline or body holds one of WORDS_13 (the twelfth draw's words
without 会見, with 会議, 意見交換, 表敬 and と会っ), its body at most 1,500 characters long, sorted by file
name; random.Random(1313) draws forty: the first twenty development (dev13), the last twenty held (held13).

Fourteenth (--draw 14) and fifteenth (--draw 15) draws: the thirteenth draw's rule over the articles the
draws before left; random.Random(1414) and random.Random(1515) draw forty each, twenty development, twenty held.
Sixteenth draw (--draw 16): the same rule over the articles the fifteenth left; random.Random(1616) draws forty, the
first twenty development (dev16), the last twenty held (held16).
Seventeenth draw (--draw 17): the same rule over the articles the sixteenth left; random.Random(1717) draws forty,
the first twenty development (dev17), the last twenty held (held17).
Eighteenth draw (--draw 18): the same rule over the articles the seventeenth left; random.Random(1818) draws forty,
the first twenty development (dev18), the last twenty held (held18).

Nineteenth draw (--draw 19): diplomacy, both corpora. The pool is every Wikinews article and every livedoor
topic-news article in no gold whose headline or body names a head of state or government, a minister, an
ambassador or a foreign ministry (LEADERS_19) and holds a meeting word (MEETING_19: the thirteenth draw's words
without 外相 and 首脳, which name people, with 署名, 調印, 電話で and 会った), its body at most 3,000 characters long,
sorted by article name; random.Random(1919) draws sixteen: the first ten development (dev19), the last six held
(held19).

Twentieth draw (--draw 20): any meeting word, both corpora. The pool is every Wikinews article and every livedoor
topic-news article in no gold whose headline or body holds one of WORDS_13 (the thirteenth draw's words), its body at
most 2,000 characters long, sorted by article name; random.Random(2020) draws thirty: the first twenty development
(dev20), the last ten held (held20).

Twenty-first draw (--draw 21): any meeting word, both corpora whole. The pool is every Wikinews article and every
livedoor article of any category in no gold whose headline or body holds one of WORDS_13, at any length, sorted by
article name; random.Random(2121) draws twenty-four: the first sixteen development (dev21), the last eight held
(held21).

Twenty-second draw (--draw 22): the twentieth draw's rule over the articles it and the twenty-first left. The pool is
every Wikinews article and every livedoor topic-news article in no gold (the twentieth and twenty-first draws'
included) whose headline or body holds one of WORDS_13, its body at most 2,000 characters long, sorted by article
name; random.Random(2222) draws twelve: the first six development (dev22), the last six held (held22).

Twenty-third draw (--draw 23): diplomacy at any length, both corpora whole. No Wikinews article in no gold holds 会談,
首脳, 外相, 訪問 or 来日 with a state's office any more, whatever its length (the claims draws and the entity gold took
the last), so the pool is every Wikinews article and every livedoor article of any category in no gold (the
twenty-second draw's included) whose body holds one of WORDS_23 (会談, 首脳, 外相, 訪問, 来日) and names a head of state
or government, a minister, an ambassador or a foreign ministry (LEADERS_19), at any length, sorted by article name;
random.Random(2323) draws eight: the first four development (dev23), the last four held (held23).

Twenty-fourth draw (--draw 24): Wikinews text no meetings rule was written for. Every Wikinews article with 会談 is in
some meetings draw; the pool is every Wikinews article in no meetings gold (meetings, identity) whose headline or body
holds one of WORDS_24 (other meeting words: 首脳, 訪問, 来日, 協議, 会合, 電話会談, 首相と, 大統領と, 交渉, 面会 …), at any
length, sorted by file name. The claims gold's and the entity gold's development articles stay in it (meetings were
never tuned on them); their held parts leave it, since whoever reads the draw's development part reads its text.
random.Random(2424) draws fourteen: the first seven development (dev24), the last seven held (held24).

Twenty-fifth draw (--draw 25): the twenty-second draw's rule over the articles the draws before left, and no article a
bench sample or test of the project names (read there, so not fresh). At 2,000 characters that pool holds fifteen
articles and the nineteenth draw's rule three, so the draw takes the twenty-second's words with the nineteenth's
length: every Wikinews article and every livedoor topic-news article in no gold (meetings, claims, identity, the
entity gold), in no sample file of bench/ (BENCH_SAMPLES, bench/dates_gold) and named in no test or bench script
when the draw was made (NAMED_BEFORE_25), whose headline or body holds one of WORDS_13, its body at most 3,000
characters long, sorted by article name; random.Random(2525) draws sixteen, the whole pool in its order: the first ten
development (dev25), the last six held (held25). The draw's own articles (the meetings gold's draw 25 and after) and
the claims gold's draws made after it (CLAIMS_AFTER) stay in its pool, and the names tests write later do not change
it, so it repeats.

    python bench/pick_meetings_draw.py CORPUS_DIR [--draw 10|11|13|14|15|16|17|18]
    python bench/pick_meetings_draw.py LIVEDOOR_TEXT_DIR --draw 12
    python bench/pick_meetings_draw.py CORPUS_DIR --draw 19|20|21|22|23 --livedoor LIVEDOOR_TEXT_DIR
    python bench/pick_meetings_draw.py CORPUS_DIR --draw 24
    python bench/pick_meetings_draw.py CORPUS_DIR --draw 25 --livedoor LIVEDOOR_TEXT_DIR
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import in_meetings_gold, in_some_gold  # noqa: E402
from bench.pick_claims_draw import livedoor_body  # noqa: E402

WORDS = ("会談", "首脳", "来日", "訪中", "訪米", "訪朝", "訪日", "訪韓", "電話協議", "電話会談", "面会", "と会い", "協議")
LONGEST = 2000
SEED, COUNT, DEV = 909, 16, 12
# the tenth draw: other meeting words, in an article that speaks of states
WORDS_10 = ("電話会談", "電話で", "首脳会議", "サミット", "会合", "協議", "訪問", "来日", "訪中", "訪米", "訪朝",
            "訪韓", "訪日", "会見", "署名", "交渉")
STATE_WORDS = ("大統領", "首相", "外相", "国務長官", "大使", "外務", "国家主席", "閣僚", "政府")
DRAW_10 = (1010, 12, 8)
DRAW_11 = (1111, 12, 9, 4000)
# the twelfth draw: livedoor news, meeting words of every kind
WORDS_12 = ("会談", "首脳", "外相", "訪問", "来日", "電話協議", "電話会談", "訪中", "訪米", "訪朝", "訪韓", "訪日",
            "面会", "協議", "会合", "懇談", "晩餐会", "サミット", "交渉", "会見")
DRAW_12 = (1212, 16, 12)
# the thirteenth draw: any meeting word, a press conference's 会見 left out
WORDS_13 = tuple(w for w in WORDS_12 if w != "会見") + ("会議", "意見交換", "表敬", "と会っ")
DRAW_13 = (1313, 40, 20, 1500)
# the fourteenth draw: the thirteenth's rule over the articles it left
DRAW_14 = (1414, 40, 20, 1500)
# the fifteenth draw: the thirteenth's rule over the articles the fourteenth left
DRAW_15 = (1515, 40, 20, 1500)
# the sixteenth draw: the thirteenth's rule over the articles the fifteenth left
DRAW_16 = (1616, 40, 20, 1500)
# the seventeenth draw: the thirteenth's rule over the articles the sixteenth left
DRAW_17 = (1717, 40, 20, 1500)
# the eighteenth draw: the thirteenth's rule over the articles the seventeenth left
DRAW_18 = (1818, 40, 20, 1500)
# the nineteenth draw: diplomacy (a leader, minister, ambassador or foreign ministry and a meeting word), both corpora
LEADERS_19 = ("大統領", "首相", "国王", "女王", "国家主席", "総書記", "天皇", "皇太子", "首脳", "大臣", "閣僚", "長官", "外相",
              "大使", "公使", "領事", "外務", "外交部", "国務省", "外交")
MEETING_19 = tuple(w for w in WORDS_13 if w not in ("外相", "首脳")) + ("署名", "調印", "電話で", "会った")
DRAW_19 = (1919, 16, 10, 3000)
# the twentieth draw: any meeting word of the thirteenth draw, both corpora
DRAW_20 = (2020, 30, 20, 2000)
# the twenty-first draw: any meeting word of the thirteenth draw, both corpora whole (every livedoor category, any length)
DRAW_21 = (2121, 24, 16, None)
# the twenty-second draw: the twentieth's rule over the articles it and the twenty-first left
DRAW_22 = (2222, 12, 6, 2000)
# the twenty-third draw: a diplomatic meeting word and a state's office in the body, both corpora whole
WORDS_23 = ("会談", "首脳", "外相", "訪問", "来日")
DRAW_23 = (2323, 8, 4, None)
# the twenty-fifth draw: the twenty-second draw's words over what the draws before left, bench samples and the articles
# tests name left out too, at the nineteenth draw's length (at 2,000 characters fifteen articles are left)
DRAW_25 = (2525, 16, 10, 3000)
BOTH_CORPORA = {19: DRAW_19, 20: DRAW_20, 21: DRAW_21, 22: DRAW_22, 23: DRAW_23, 25: DRAW_25}
# the draws that read every livedoor category (the others read its news, topic-news)
EVERY_CATEGORY = {21, 23}
# the twenty-fourth draw: Wikinews articles in no meetings gold with another meeting word; the held parts of the claims
# gold (its draws before the twenty-fifth) and of the entity gold (its held files of then) left out, so that their text
# stays unread and the golds' growing later leaves the pool as it was
WORDS_24 = ("会談", "首脳", "訪問", "来日", "協議", "会合", "電話会談", "電話協議", "首相と", "大統領と", "交渉", "面会", "懇談",
            "と会い", "と会っ", "会った")
DRAW_24 = (2424, 14, 7)
# Drawn among the last seven but read before the draw was annotated, so development whatever their place: wn-03072 is
# in bench/merge_pairs.jsonl (meeting joins were tuned on it), wn-03092 in the claims gold's twenty-fifth draw (dev25,
# whose claims were tuned on in the same round).
READ_BEFORE_24 = frozenset({"wn-03072", "wn-03092"})
CLAIMS_BEFORE_24 = 25
# The articles the project named (named_in_project) that the twenty-fifth draw's rule admits, as they were when the
# draw was made: its pool leaves these out, not the names of today, so a test written later that names an article or
# one that stops naming one leaves the draw as it was (its pool held sixteen, all drawn)
NAMED_BEFORE_25 = frozenset({"topic-news-6613650", "wn-01143", "wn-01860", "wn-03309"})
# The samples of bench/ whose articles the twenty-fifth draw left out (read while rules were written)
BENCH_SAMPLES = ("crowded_draws.jsonl", "holder_draws.jsonl", "quote_draws.jsonl", "speaker_draws.jsonl",
                 "speech_draws.jsonl", "merge_pairs.jsonl", "link_cues_judged.ndjson")
ENTITY_HELD_24 = ("news_held", "news_held2", "news_held3", "news_held4", "news_held5", "news_held6", "news_held7")


def entity_gold(names: tuple[str, ...] = ()) -> set[str]:
    """The articles of the entity gold's files (names: those files only; none: every file)."""
    folder = ROOT / "bench" / "news_gold"
    paths = [folder / f"{name}.jsonl" for name in names] or folder.glob("*.jsonl")
    return {json.loads(line)["id"].removesuffix(".txt")
            for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def taken() -> set[str]:
    """Every article some gold holds, the entity gold's included."""
    return in_some_gold() | entity_gold()


def pool(corpus: Path, number: int = 9) -> list[str]:
    """The articles the rule of a draw admits, by file name."""
    out, skip = [], taken()
    if number == 12:
        for path in sorted((corpus / "topic-news").glob("topic-news-*.txt")):
            lines = path.read_text(encoding="utf-8").split("\n")
            body = livedoor_body(lines)
            if path.stem not in skip and any(w in lines[2] or w in body for w in WORDS_12):
                out.append(path.stem)
        return out
    for path in sorted(corpus.glob("wn-*.txt")):
        title, _, rest = path.read_text(encoding="utf-8").partition("\n")
        body = rest.partition("\n")[2].lstrip("\n")
        longest = {11: DRAW_11[3], 13: DRAW_13[3], 14: DRAW_14[3], 15: DRAW_15[3], 16: DRAW_16[3],
                   17: DRAW_17[3], 18: DRAW_18[3]}.get(number, LONGEST)
        if path.stem in skip or len(body) > longest:
            continue
        if number == 9 and any(w in title or w in body for w in WORDS):
            out.append(path.stem)
        elif number in (10, 11) and any(w in title or w in body for w in WORDS_10) and any(w in body for w in STATE_WORDS):
            out.append(path.stem)
        elif number in (13, 14, 15, 16, 17, 18) and any(w in title or w in body for w in WORDS_13):
            out.append(path.stem)
    return out


def meetings_articles() -> dict[str, dict]:
    """The meetings gold's articles by name (part, draw …)."""
    path = ROOT / "tests" / "fixtures" / "wikinews_gold" / "meetings.json"
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def annotated_since(number: int) -> set[str]:
    """The articles the meetings gold holds from one draw and the draws after it (their joining the gold leaves the
    draw's pool as it was)."""
    return {key for key, article in meetings_articles().items() if article.get("draw", 1) >= number}


# The claims gold's draws made after each meetings draw over both corpora: their articles joined the gold later, so
# that draw's pool keeps them
CLAIMS_AFTER = {19: 22, 20: 22, 21: 22, 22: 24, 23: 25, 25: 28}


def claims_gold() -> list[dict]:
    """The claims gold's articles (id, part, draw …)."""
    path = ROOT / "tests" / "fixtures" / "wikinews_gold" / "claims.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def claims_since(number: int) -> set[str]:
    """The articles of the claims gold's draw number and the draws after it."""
    return {item["id"] for item in claims_gold() if item.get("draw", 1) >= number}


def held_elsewhere() -> set[str]:
    """The articles held aside in the claims gold (its draws before the twenty-fifth) or the entity gold (its held
    files before an eighth): a meetings draw that reads them would show their text."""
    held = {item["id"] for item in claims_gold()
            if item.get("part") == "held" and item.get("draw", 1) < CLAIMS_BEFORE_24}
    return held | entity_gold(ENTITY_HELD_24)


def pool_24(corpus: Path) -> list[str]:
    """The Wikinews articles the twenty-fourth draw's rule admits, by file name (the draw keeps its own articles and
    the later meetings draws' in its pool)."""
    skip = (in_meetings_gold() - annotated_since(24)) | held_elsewhere()
    out = []
    for path in sorted(corpus.glob("wn-*.txt")):
        title, _, rest = path.read_text(encoding="utf-8").partition("\n")
        body = rest.partition("\n")[2].lstrip("\n")
        if path.stem not in skip and any(w in title or w in body for w in WORDS_24):
            out.append(path.stem)
    return out


def taken_before(number: int) -> set[str]:
    """Every article a gold held when the nineteenth to twenty-third or twenty-fifth draw was made: the meetings gold's
    draws before it, the identity gold, the claims gold's draws before CLAIMS_AFTER[number], the entity gold. A later
    meetings draw's article the claims gold held already stays out (the twenty-fourth draw takes claims articles)."""
    meetings = meetings_articles()
    earlier = {key for key, article in meetings.items() if article.get("draw", 1) < number}
    claims = {item["id"] for item in claims_gold() if item.get("draw", 1) < CLAIMS_AFTER[number]}
    return earlier | (in_meetings_gold() - set(meetings)) | claims | entity_gold()


# an article's name: a Wikinews file or a livedoor one (its category, a dash, its number)
ARTICLE_NAME = re.compile(r"\bwn-\d{5}\b|\b[a-z]+(?:-[a-z]+)*-\d{6,8}\b")


def named_in_project() -> set[str]:
    """The articles the bench samples (BENCH_SAMPLES, bench/dates_gold), the tests and the bench scripts name: read
    while rules were written, so not fresh text for a draw."""
    paths = [ROOT / "bench" / name for name in BENCH_SAMPLES] + sorted((ROOT / "bench" / "dates_gold").glob("*.jsonl"))
    paths += sorted((ROOT / "tests").rglob("*.py")) + sorted((ROOT / "bench").glob("*.py"))
    return {match for path in paths if path.is_file()
            for match in ARTICLE_NAME.findall(path.read_text(encoding="utf-8"))}


def _admits(number: int, title: str, body: str) -> bool:
    """Whether the rule of the nineteenth to twenty-fifth draw (not the twenty-fourth) admits an article by its words."""
    def holds(words):
        return any(w in title or w in body for w in words)
    if number == 19:
        return holds(LEADERS_19) and holds(MEETING_19)
    if number == 23:  # the body alone holds both
        return any(w in body for w in WORDS_23) and any(w in body for w in LEADERS_19)
    return holds(WORDS_13)


def both_pool(corpus: Path, livedoor: Path, number: int = 19) -> list[str]:
    """The articles of both corpora the nineteenth to twenty-third or twenty-fifth draw's rule admits, by name (the
    twenty-first and twenty-third read every livedoor category, the others its news)."""
    out, longest = [], BOTH_CORPORA[number][3]
    skip = taken_before(number)
    if number == 25:  # fresh text: no bench sample nor test named it when the draw was made
        skip |= NAMED_BEFORE_25
    texts = [(path.stem, *path.read_text(encoding="utf-8").partition("\n")[::2]) for path in corpus.glob("wn-*.txt")]
    texts = [(key, title, rest.partition("\n")[2].lstrip("\n")) for key, title, rest in texts]
    categories = [path for path in livedoor.iterdir() if path.is_dir()] if number in EVERY_CATEGORY else [livedoor / "topic-news"]
    for path in (path for category in categories for path in category.glob(f"{category.name}-*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        texts.append((path.stem, lines[2], livedoor_body(lines)))
    for key, title, body in texts:
        if key not in skip and (longest is None or len(body) <= longest) and _admits(number, title, body):
            out.append(key)
    return sorted(out)


def draw(corpus: Path, number: int = 9, livedoor: Path | None = None) -> list[tuple[str, str]]:
    """(article, part) of the ninth to twenty-fifth draw, in draw order."""
    if number in BOTH_CORPORA:
        seed, count, dev, _ = BOTH_CORPORA[number]
        admitted = both_pool(corpus, livedoor, number)
    elif number == 24:
        (seed, count, dev), admitted = DRAW_24, pool_24(corpus)
    else:
        seed, count, dev = {9: (SEED, COUNT, DEV), 10: DRAW_10, 11: DRAW_11[:3], 12: DRAW_12, 13: DRAW_13[:3],
                            14: DRAW_14[:3], 15: DRAW_15[:3], 16: DRAW_16[:3], 17: DRAW_17[:3], 18: DRAW_18[:3]}[number]
        admitted = pool(corpus, number)
    drawn = _sample(seed, admitted, count, number)
    read_before = READ_BEFORE_24 if number == 24 else frozenset()
    return [(key, "dev" if index < dev or key in read_before else "held") for index, key in enumerate(drawn)]


def _sample(seed: int, admitted: list[str], count: int, number: int) -> list[str]:
    """The draw from its pool; a pool the later golds have spent below the draw's size is said, not a traceback
    (the ninth to eighteenth pools leave out every gold article, those drawn since included)."""
    if len(admitted) < count:
        raise SystemExit(f"draw {number}: the pool holds {len(admitted)} articles now, fewer than the {count} drawn: "
                         "the golds have taken the rest since")
    return random.Random(seed).sample(admitted, count)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="the Wikinews text folder (livedoor's for --draw 12)")
    parser.add_argument("--draw", type=int, default=9, choices=range(9, 26), metavar="9..25",
                        help="which draw (default 9)")
    parser.add_argument("--livedoor", type=Path, metavar="LIVEDOOR_TEXT_DIR", help="livedoor's texts (draws 19 to 23 and 25)")
    args = parser.parse_args()
    corpus, number, livedoor = args.corpus, args.draw, args.livedoor
    if number in BOTH_CORPORA and livedoor is None:
        raise SystemExit(f"--draw {number} reads both corpora: --livedoor LIVEDOOR_TEXT_DIR")
    admitted = (both_pool(corpus, livedoor, number) if number in BOTH_CORPORA
                else pool_24(corpus) if number == 24 else pool(corpus, number))
    print(f"pool: {len(admitted)} articles")
    for key, part in draw(corpus, number, livedoor):
        print(key, part)
