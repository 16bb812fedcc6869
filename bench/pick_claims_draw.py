"""Which Wikinews articles a new draw of the claims gold covers: a fixed rule and seed, not an eye.

An article qualifies when no gold holds it (claims.jsonl, meetings.json, identity.json, the entity
gold in bench/news_gold), its body holds a diplomacy word (外交, 会談, 首脳, 外相, 外務省, 大使,
国務長官) and a speech verb (述べ, 語っ, 批判, 表明, 強調, 報じ, 非難, 歓迎), and it is at most
MAX_CHARS long. With --offices (the thirteenth draw: the diplomacy words being spent) the body
need only name a state's office or body (OFFICES) instead of a diplomacy word; with --leaders (the
eighteenth draw) a leader or foreign minister (LEADERS) and a verb of reported speech (REPORTED); with
--spokespeople (the nineteenth draw) a ministry, a government's or leader's office or spokesperson, or a
summit (SPOKESPEOPLE) and a verb of reported speech; with --conflicts (the twentieth draw) a word of armed
conflict, sanctions or a treaty (CONFLICT), a 「 quote and a verb of reported speech. With --both LIVEDOOR_TEXT_DIR
(the twenty-first draw) the pool is every Wikinews article and every livedoor topic-news article (its body kept as
below) in no gold whose body, at most 2,000 characters unless --max-chars says, holds a diplomacy word (DIPLOMACY)
or a state's office (OFFICES) and a 「 quote or a verb of reported speech (REPORTED), sorted by name; --draw N (the
twenty-second draw: --draw 22; the twenty-third: --draw 23 --seed 2323; the twenty-fourth: --draw 24 --seed 2424)
takes the same pool after the draws before N joined the gold; of the meetings gold it leaves out only the articles of
the meetings draws made before draw N (MEETINGS_SEEN), so a meetings draw made later leaves the pool as it was. With
--statements (the twenty-fifth draw) the pool is Wikinews alone: every article in no gold whose body names a state, a
ministry, a party, a company or a court (STATEMENTS) and holds a verb of reported speech (REPORTED), at most 1,500
characters unless --max-chars says; it also leaves out the articles of the claims samples in bench/ (BENCH_DRAWS),
read and tuned on like a gold, and takes the pool as it was when draw --draw (25 unless given; the twenty-sixth:
--draw 26 --seed 2626; the twenty-seventh: --draw 27 --seed 2727; the twenty-eighth: --draw 28 --seed 2828; the
twenty-ninth: --draw 29 --seed 2929; the thirtieth: --draw 30 --seed 3030; the thirty-first: --draw 31 --seed 3131; the
thirty-second: --draw 32 --seed 3232) was made. The qualifying articles, sorted by file name, are sampled with
random.Random(seed).
With --livedoor the corpus is the livedoor news corpus and the articles are those of its news
category (topic-news), at any length; the body is what a reader keeps of the file (no 【関連記事】
link blocks, no URLs), one paragraph a line. With --category another livedoor category is drawn
(the fourteenth draw: sports-watch) and --speech asks for a speech verb and a 「 quote instead of a
diplomacy word; --max-chars then bounds the livedoor body too.

    python bench/pick_claims_draw.py CORPUS_TXT_DIR [--seed 9009] [--count 10] [--max-chars 2500]
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --offices --seed 1313 --count 8
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --leaders --seed 1818 --count 10
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --spokespeople --seed 1919 --count 10
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --conflicts --seed 2020 --count 10
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --both LIVEDOOR_TEXT_DIR --seed 2121 --count 12
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --both LIVEDOOR_TEXT_DIR --draw 22 --seed 2222 --count 14
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --both LIVEDOOR_TEXT_DIR --draw 23 --seed 2323 --count 12
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --both LIVEDOOR_TEXT_DIR --draw 24 --seed 2424 --count 10
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --statements --seed 2525 --count 10
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --statements --draw 26 --seed 2626 --count 10
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --statements --draw 27 --seed 2727 --count 10
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --statements --draw 28 --seed 2828 --count 10
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --statements --draw 29 --seed 2929 --count 10
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --statements --draw 30 --seed 3030 --count 10
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --statements --draw 31 --seed 3131 --count 10
    python bench/pick_claims_draw.py CORPUS_TXT_DIR --statements --draw 32 --seed 3232 --count 10
    python bench/pick_claims_draw.py LIVEDOOR_TEXT_DIR --livedoor [--seed 1111] [--count 10]
    python bench/pick_claims_draw.py LIVEDOOR_TEXT_DIR --livedoor --category sports-watch --speech --max-chars 800 --seed 1414 --count 6
    python bench/pick_claims_draw.py LIVEDOOR_TEXT_DIR --livedoor --category livedoor-homme --speech --max-chars 1200 --seed 1616 --count 8
    python bench/pick_claims_draw.py LIVEDOOR_TEXT_DIR --livedoor --category peachy --speech --max-chars 1200 --seed 1717 --count 10

Prints one line per drawn article (draw order): id, length, headline.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.eval_cleaning_livedoor import reference_body  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "wikinews_gold"
DIPLOMACY = ("外交", "会談", "首脳", "外相", "外務省", "大使", "国務長官")
OFFICES = ("大統領", "首相", "外相", "国務長官", "大使", "外務", "国家主席", "閣僚", "政府", "報道官")
VERBS = ("述べ", "語っ", "批判", "表明", "強調", "報じ", "非難", "歓迎")
# The eighteenth draw: a leader or foreign minister of a state named, and a verb of reported speech.
LEADERS = ("外相", "外務大臣", "外務長官", "外務相", "国務長官", "外交部長", "大統領", "首相", "国家主席", "首脳")
# The nineteenth draw: a ministry, an office or spokesperson of a government, or a summit, named.
SPOKESPEOPLE = ("報道官", "報道担当", "スポークスマン", "広報官", "外務省", "国務省", "国防省", "外交部", "大統領府",
                "官房長官", "首脳会議", "サミット")
# The twentieth draw: armed conflict, sanctions or a treaty, told with a quote.
CONFLICT = ("紛争", "制裁", "条約", "停戦", "戦闘", "侵攻", "武装", "テロ", "和平", "空爆", "軍事")
REPORTED = ("と述べ", "と語っ", "考えを示", "を批判", "に反対", "と報じ", "と伝え", "を非難", "を歓迎", "と強調", "を表明")
# The last meetings draw in the meetings gold when each claims draw over both corpora was made: the meetings gold's
# later draws (written beside the claims draws) stay in that draw's pool, so the draw repeats. A new draw adds its line.
MEETINGS_SEEN = {21: 20, 22: 20, 23: 21, 24: 21, 25: 23, 26: 24, 27: 24, 28: 24, 29: 25, 30: 25, 31: 25, 32: 25}
# The twenty-fifth draw: a statement a state, a ministry, a party, a company or a court may make.
STATEMENTS = ("政府", "省", "党", "会社", "社長", "裁判所", "地裁", "高裁", "判決")
# Claims written by reading outside the gold (bench samples), tuned on like a gold: from the twenty-fifth draw on
# their articles leave the pool too.
BENCH_DRAWS = ("crowded_draws", "holder_draws", "quote_draws", "speaker_draws", "speech_draws")
FIRST_WITHOUT_BENCH_DRAWS = 25


def gold_ids(since: int | None = None) -> set[str]:
    """Every article some gold already holds (without the .txt); since: but those of that claims draw and later, and
    those of the meetings draws made after it (MEETINGS_SEEN)."""
    claims = [json.loads(line) for line in (GOLD / "claims.jsonl").read_text(encoding="utf-8").splitlines() if line]
    ids = {item["id"] for item in claims if since is None or item.get("draw", 1) < since}
    meetings = json.loads((GOLD / "meetings.json").read_text(encoding="utf-8"))["articles"]
    last = MEETINGS_SEEN.get(since)
    ids |= {ident for ident, article in meetings.items() if last is None or article.get("draw", 1) <= last}
    identity = json.loads((GOLD / "identity.json").read_text(encoding="utf-8"))
    ids |= set(identity["articles"])
    paths = list((ROOT / "bench" / "news_gold").glob("*.jsonl"))
    if since is not None and since >= FIRST_WITHOUT_BENCH_DRAWS:
        paths += [ROOT / "bench" / f"{name}.jsonl" for name in BENCH_DRAWS]
    for path in paths:
        ids |= {json.loads(line)["id"].removesuffix(".txt") for line in path.read_text(encoding="utf-8").splitlines() if line}
    return ids


def eligible(corpus: Path, max_chars: int, words: tuple[str, ...] = DIPLOMACY,
             verbs: tuple[str, ...] = VERBS, since: int | None = None) -> list[tuple[str, str, str]]:
    """(id, headline, body) of every qualifying article, in file-name order (since: as gold_ids)."""
    taken = gold_ids(since)
    out = []
    for path in sorted(corpus.glob("wn-*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        body = "\n".join(lines[3:])
        if path.stem in taken or len(body) > max_chars:
            continue
        if any(w in body for w in words) and any(v in body for v in verbs):
            out.append((path.stem, lines[0].strip(), body))
    return out


def livedoor_body(lines: list[str]) -> str:
    """The body lines a reader keeps of a livedoor file (URL, date, title, body), one paragraph a line."""
    return "\n".join(reference_body(lines)) + "\n"


def eligible_livedoor(corpus: Path, category: str = "topic-news", speech: bool = False,
                      max_chars: int | None = None, words: tuple[str, ...] = DIPLOMACY,
                      verbs: tuple[str, ...] = VERBS, since: int | None = None) -> list[tuple[str, str, str]]:
    """(id, headline, body) of every qualifying livedoor article of a category, in file-name order.

    speech: a 「 quote and a speech verb qualify without a diplomacy word; since: as gold_ids."""
    taken = gold_ids(since)
    out = []
    for path in sorted((corpus / category).glob(f"{category}-*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        body = livedoor_body(lines)
        if path.stem in taken or (max_chars is not None and len(body) > max_chars):
            continue
        topical = "「" in body if speech else any(w in body for w in words)
        if topical and any(v in body for v in verbs):
            out.append((path.stem, lines[2].strip(), body))
    return out


def both_pool(corpus: Path, livedoor: Path, max_chars: int = 2000, since: int = 21) -> list[tuple[str, str, str]]:
    """(id, headline, body) of every article of the twenty-first draw, Wikinews and livedoor topic-news, by name:
    a diplomacy word or a state's office, and a 「 quote or a verb of reported speech. The claims gold's articles of
    draw `since` and later stay in the pool, so a draw repeats once its articles are annotated."""
    words, cues = tuple(dict.fromkeys(DIPLOMACY + OFFICES)), REPORTED + ("「",)
    return sorted(eligible(corpus, max_chars, words, cues, since)
                  + eligible_livedoor(livedoor, max_chars=max_chars, words=words, verbs=cues, since=since))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--seed", type=int, default=9009)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--max-chars", type=int, default=None, help="longest body (Wikinews: 2500 unless given)")
    parser.add_argument("--offices", action="store_true", help="a state's office or body instead of a diplomacy word")
    parser.add_argument("--leaders", action="store_true",
                        help="a leader or foreign minister (LEADERS) and a verb of reported speech (REPORTED)")
    parser.add_argument("--spokespeople", action="store_true",
                        help="a ministry, spokesperson or summit (SPOKESPEOPLE) and a verb of reported speech")
    parser.add_argument("--conflicts", action="store_true",
                        help="conflict, sanctions or a treaty (CONFLICT), a 「 quote and a verb of reported speech")
    parser.add_argument("--both", type=Path, metavar="LIVEDOOR_TEXT_DIR",
                        help="Wikinews and livedoor topic-news: a diplomacy word or office, a quote or reported speech")
    parser.add_argument("--statements", action="store_true",
                        help="Wikinews: a state, ministry, party, company or court (STATEMENTS) and reported speech")
    parser.add_argument("--draw", type=int, default=None,
                        help="--both (21 unless given), --statements (25 unless given): the claims draw made "
                             "(the articles of earlier draws leave the pool)")
    parser.add_argument("--livedoor", action="store_true", help="draw from the livedoor news corpus (topic-news)")
    parser.add_argument("--category", default="topic-news", help="the livedoor category drawn from")
    parser.add_argument("--speech", action="store_true", help="livedoor: a quote and a speech verb, no diplomacy word")
    args = parser.parse_args()
    if args.both:
        pool = both_pool(args.corpus, args.both, args.max_chars or 2000, args.draw or 21)
    elif args.statements:
        pool = eligible(args.corpus, args.max_chars or 1500, STATEMENTS, REPORTED, since=args.draw or 25)
    elif args.livedoor:
        pool = eligible_livedoor(args.corpus, args.category, args.speech, args.max_chars)
    elif args.leaders:
        pool = eligible(args.corpus, args.max_chars or 2500, LEADERS, REPORTED)
    elif args.spokespeople:
        pool = eligible(args.corpus, args.max_chars or 2500, SPOKESPEOPLE, REPORTED)
    elif args.conflicts:
        pool = [a for a in eligible(args.corpus, args.max_chars or 2500, CONFLICT, REPORTED) if "「" in a[2]]
    else:
        pool = eligible(args.corpus, args.max_chars or 2500, OFFICES if args.offices else DIPLOMACY)
    print(f"{len(pool)} qualifying articles")
    for ident, title, body in random.Random(args.seed).sample(pool, min(args.count, len(pool))):
        print(ident, len(body), title)


if __name__ == "__main__":
    main()
