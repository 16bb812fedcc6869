"""Pick pairs of Wikinews articles that may tell one meeting, by a rule (not by eye).

    python bench/pick_identity_groups.py [--corpus DIR] [--draw 2]

Rule: every article of the corpus with a date line, a body of at most 4,000 characters, a
diplomatic meeting word (会談, 首脳会議, 外相会合, 6か国協議, 訪問, 来日, 訪中, 訪米 …) and not in the
identity gold already; the countries its running text names (the gazetteer's names and aliases
of two characters or more, source lines left out). Two such articles form a pair when their
dates are at most seven days apart, they share a meeting word and their running texts name a
country other than Japan in common (Japanese news names Japan everywhere). Articles joined by a chain of pairs are one group;
a group holding an article held aside in the meetings gold is held aside
(identity_held: Kaidan's output on it is never looked at while tuning), the others are
development (identity_dev). Articles of the meetings gold keep its meetings; the others are
annotated by reading before Kaidan runs on them.

Draw 2 (the first rule's pool is used up): the wider meeting words of WIDE (協議, 交渉, 会合, サミット …),
bodies of at most 6,000 characters, dates at most fourteen days apart, articles of neither the identity
gold nor its groups; pairs, not chains (a common word such as 協議 would chain half the corpus into one
group), shuffled with seed 1313014, each article in the first pair that holds it only. A pair holding an
article held aside in the meetings gold is left out; the others alternate identity_dev, identity_held in
that order, and the first six are annotated (draw 2 in identity.json).

Draw 3 (--draw 3): the rule of draw 2 over the articles of neither the first two draws nor their groups,
seed 1313015; every pair is annotated by reading before Kaidan runs on it (draw 3 in identity.json).
Each draw leaves out only the articles of the draws before it, so it picks the same pairs after it joined
the gold.

Draw 4 (--draw 4; the pairs of draws 2 and 3 mostly share a country only, seldom a meeting): Wikinews and
the livedoor news corpus (its sibling folder; a livedoor article is named by its file, its day is its time
stamp's), the wider meeting words, bodies of at most 3,000 characters, dates at most seven days apart,
articles of none of the draws before, their groups or the meetings gold; two articles pair when both
headlines name one country other than Japan (the headline names the story's sides) and a meeting word is in
both bodies; the headline and the body's first line (the lead) are read as the headline. Articles joined
by a chain of pairs are one group (one story told three times); groups shuffled with seed 1313016, dev and
held in turn. Every group is annotated by reading before Kaidan runs on
it (draw 4 in identity.json).

Draw 5 (--draw 5; draw 4's headlines named mostly film and celebrity stories): Wikinews and livedoor's topic
news, the articles of none of the draws before and their groups, those of the meetings gold's development part
admitted (their meetings are already written) and its held part left out; the meeting words of WIDE less 協議,
交渉, 会合 (words of business and sport as often as of diplomacy); an article's sides are the countries and the
registry's people named in a sentence holding a meeting word (source lines left out), Japan apart; two articles
pair when they share a side and their days are at most 31 days apart (a retelling, or the same sides' other
meeting: a hard negative); chains of pairs are groups, shuffled with seed 1313017, dev and held in turn. Read
before Kaidan ran on them, its 3 groups (28 articles admitted) share no meeting and no pair of sides: an animator
touring South America beside the Rio summit of 1992, a party secretary in Russia beside the Prime Minister's talks
in Ghana, an actor's visit to Korea beside Korean reactions to a death. The shared corpora hold no retelling the
draws before left (Wikinews has 221 articles with a meeting word, all but 31 in the golds), so draw 5 adds no
group: the identity gold grows only with new sources.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# A source line (『…』。 or 新聞、2005年9月27日。) names outlets, not sides.
CITATION = re.compile(r"『|新聞|通信|、\d{4}年\d+月\d+日。$")
DAYS = 7
MEETING = re.compile("会談|首脳会議|首脳会合|外相会議|外相会合|か国協議|カ国協議|ヶ国協議|者協議|訪問|来日|訪中|訪米|訪日|訪朝|訪韓")
WIDE = re.compile("会談|首脳会議|首脳会合|外相会議|外相会合|閣僚会合|閣僚会議|か国協議|カ国協議|ヶ国協議|者協議|協議|会合|"
                  "サミット|訪問|来日|訪中|訪米|訪日|訪朝|訪韓|電話会談|交渉")


def countries(body: str, names: list[tuple[str, str]]) -> set[str]:
    return {cid for name, cid in names if name in body}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "wikinews" / "txt"))
    parser.add_argument("--draw", type=int, default=1, choices=(1, 2, 3, 4, 5))
    args = parser.parse_args()
    if args.draw == 5:
        _draw_five(Path(args.corpus))
        return
    wide = args.draw >= 2
    words, longest, days = (WIDE, 6000, 14) if wide else (MEETING, 4000, DAYS)
    if args.draw == 4:
        longest, days = 3000, DAYS
    gold = ROOT / "tests" / "fixtures" / "wikinews_gold"
    meetings = json.loads((gold / "meetings.json").read_text(encoding="utf-8"))["articles"]
    held = {key for key, article in meetings.items() if article.get("part") == "held"}
    identity = json.loads((gold / "identity.json").read_text(encoding="utf-8"))
    earlier = (lambda item: item.get("draw", 1) < args.draw) if wide else (lambda item: True)
    used = {key for key, article in identity["articles"].items() if earlier(article)}
    used |= set(identity.get("from_meetings_json", []))
    if wide:
        used |= {key for group in identity["groups"] if earlier(group) for key in group["articles"]}
    if args.draw == 4:
        used |= set(meetings)
    names = []
    for c in json.loads((ROOT / "resources" / "gazetteer" / "countries.json").read_text(encoding="utf-8")):
        names += [(n, c["id"]) for n in [c["name"], *c.get("aliases", [])] if len(n) >= 2]
    articles = []
    for path in sorted(Path(args.corpus).glob("wn-*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n", 3)
        if len(lines) < 4 or not lines[1] or path.stem in used:
            continue
        body = lines[3]
        if len(body) > longest or not words.search(body):
            continue
        running = "\n".join(line for line in body.split("\n") if not CITATION.search(line))
        lead = lines[0] + "\n" + body.lstrip("\n").split("\n", 1)[0]
        sides = countries(lead, names) - {"country:JP"} if args.draw == 4 else countries(running, names)
        articles.append((path.stem, dt.date.fromisoformat(lines[1]), sides, set(words.findall(body))))
    if args.draw == 4:
        articles += _livedoor(Path(args.corpus).parents[1] / "livedoor" / "text", used, names, words, longest)
    pairs = []
    for i, (a, day_a, ca, wa) in enumerate(articles):
        for b, day_b, cb, wb in articles[i + 1:]:
            if abs((day_a - day_b).days) <= days and len((ca & cb) - {"country:JP"}) >= 1 and wa & wb:
                pairs.append((a, b))
    if wide and args.draw < 4:
        _print_pairs(articles, pairs, held, 1313012 + args.draw)
        return
    groups: dict[str, set[str]] = {}  # articles joined by a chain of pairs are one group
    for a, b in pairs:
        group = groups.get(a, {a}) | groups.get(b, {b})
        for member in group:
            groups[member] = group
    chosen = sorted({tuple(sorted(g)) for g in groups.values()})
    random.seed(1313013 if args.draw == 1 else 1313016)
    random.shuffle(chosen)
    print(f"{len(articles)} articles, {len(pairs)} pairs, {len(chosen)} groups")
    for i, group in enumerate(chosen):
        if args.draw == 4:
            print("identity_held" if i % 2 else "identity_dev", *group)
        else:
            print("identity_held" if held & set(group) else "identity_dev", *group)


def _livedoor(corpus: Path, used: set[str], names: list, words: re.Pattern, longest: int) -> list:
    """Draw 4: the livedoor articles the rule admits, as (name, day, the headline's countries, meeting words)."""
    sys.path.insert(0, str(ROOT))
    from bench.pick_claims_draw import livedoor_body

    out = []
    for path in sorted(corpus.glob("*/*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        if len(lines) < 4 or path.stem in used or not re.match(r"\d{4}-\d\d-\d\d", lines[1]):
            continue
        body = livedoor_body(lines)
        if len(body) <= longest and words.search(body):
            lead = lines[2] + "\n" + body.split("\n", 1)[0]
            out.append((path.stem, dt.date.fromisoformat(lines[1][:10]), countries(lead, names) - {"country:JP"},
                        set(words.findall(body))))
    return out


# Draw 5: the meeting words of an article's sentences (協議, 交渉, 会合 left out: business and sport use them)
STRICT = re.compile("会談|首脳会議|首脳会合|外相会議|外相会合|閣僚会合|閣僚会議|か国協議|カ国協議|ヶ国協議|者協議|"
                    "サミット|訪問|来日|訪中|訪米|訪日|訪朝|訪韓|電話会談")
# 日中首脳会談, 米朝協議: one-character country names run together before a meeting or relations word
_RUN_BEFORE = "(?=両国|両首脳|首脳|外相|会談|協議|関係|戦略|電話)"


def _draw_five(corpus: Path) -> None:
    """Draw 5: articles whose meeting sentences name a side in common, at most 31 days apart, grouped by chains."""
    sys.path.insert(0, str(ROOT))
    from bench.pick_claims_draw import livedoor_body

    gold = ROOT / "tests" / "fixtures" / "wikinews_gold"
    meetings = json.loads((gold / "meetings.json").read_text(encoding="utf-8"))["articles"]
    identity = json.loads((gold / "identity.json").read_text(encoding="utf-8"))
    used = set(identity["articles"]) | set(identity.get("from_meetings_json", []))
    used |= {key for group in identity["groups"] for key in group["articles"]}
    used |= {key for key, article in meetings.items() if article.get("part") == "held"}
    names, single = [], {}
    for c in json.loads((ROOT / "resources" / "gazetteer" / "countries.json").read_text(encoding="utf-8")):
        names += [(n, c["id"]) for n in [c["name"], *c.get("aliases", [])] if len(n) >= 2]
        single.update({a: c["id"] for a in c.get("abbreviations", []) if len(a) == 1})
    for p in json.loads((ROOT / "resources" / "gazetteer" / "people.json").read_text(encoding="utf-8")):
        names += [(n, p["id"]) for n in {p["name"], p.get("surname") or "", *p.get("aliases", [])} if len(n) >= 2]
    run = re.compile(f"[{''.join(single)}]{{2,4}}{_RUN_BEFORE}")

    def sides(body: str) -> set[str]:
        out = set()
        for line in body.split("\n"):
            for sentence in ([] if CITATION.search(line) else re.split("(?<=。)", line)):
                if STRICT.search(sentence):
                    out |= {cid for name, cid in names if name in sentence}
                    out |= {single[ch] for found in run.finditer(sentence) for ch in found.group(0)}
        return out - {"country:JP"}

    articles = []
    for path in sorted(corpus.glob("wn-*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n", 3)
        if len(lines) == 4 and lines[1] and path.stem not in used and len(lines[3]) <= 6000 and sides(lines[3]):
            articles.append((path.stem, dt.date.fromisoformat(lines[1]), sides(lines[3])))
    for path in sorted((corpus.parents[1] / "livedoor" / "text").glob("topic-news/*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        if len(lines) < 4 or path.stem in used or not re.match(r"\d{4}-\d\d-\d\d", lines[1]):
            continue
        body = livedoor_body(lines)
        if len(body) <= 6000 and sides(body):
            articles.append((path.stem, dt.date.fromisoformat(lines[1][:10]), sides(body)))
    groups: dict[str, set[str]] = {}
    for i, (a, day_a, sa) in enumerate(articles):
        for b, day_b, sb in articles[i + 1:]:
            if abs((day_a - day_b).days) <= 31 and sa & sb:
                group = groups.get(a, {a}) | groups.get(b, {b})
                for member in group:
                    groups[member] = group
    chosen = sorted({tuple(sorted(g)) for g in groups.values()})
    random.seed(1313017)
    random.shuffle(chosen)
    print(f"{len(articles)} articles, {len(chosen)} groups")
    for i, group in enumerate(chosen):
        print("identity_held" if i % 2 else "identity_dev", *group)


def _print_pairs(articles: list, pairs: list, held: set[str], seed: int) -> None:
    """Draws 2 and 3: pairs apart from those with a held article, shuffled, each article once, dev and held in turn."""
    free = [pair for pair in pairs if not held & set(pair)]
    random.seed(seed)
    random.shuffle(free)
    seen: set[str] = set()
    print(f"{len(articles)} articles, {len(pairs)} pairs, {len(free)} without a held article")
    for a, b in free:
        if a in seen or b in seen:
            continue
        print("identity_dev" if len(seen) % 4 == 0 else "identity_held", a, b)
        seen |= {a, b}


if __name__ == "__main__":
    main()
