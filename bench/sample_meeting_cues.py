"""Sentences that may tell a meeting, on text no meetings gold holds, each with whether Kaidan proposed one there.

A seeded draw of the sentences of gold-free articles that name a state's office or a government (Wikinews and
livedoor topic news articles no gold holds, the claims gold's development articles no meetings gold holds, and the
tuning pages of ../shared/pages cleaned as an import cleans them) holding a word a meeting is often told by (会談,
会見, 協議, 訪問, 来日, 署名, 合意, 出席 …). Each sentence is printed with its place (article:offset), P when a
meeting proposal's mention stands in it (with its kinds) and - when none does, to be judged by reading: a meeting a
reader would mark, or not. A judged file (one JSON line a sentence: article, at, meeting true or false) turns the
reading into figures: the sentence-level recall (sentences telling a meeting where Kaidan proposed one) and
precision (sentences proposed that tell a meeting); a sentence no line judges is left out of them. Part 2 is the
sentences drawn after part 1's: a second sample, read apart. bench/meeting_cues_judged.ndjson holds both parts read
once (a meeting a reader would mark, as the meetings gold marks one: an agreement told alone, 合意した, a body's own
sitting and a press conference of one side are none).

    python bench/sample_meeting_cues.py --livedoor LIVEDOOR_TEXT_DIR [--part 2] [--judged J.ndjson] [--only -]

Entities are detected once per article and kept in --cache (when given), so a second run only redoes the meetings.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import articles, livedoor_articles  # noqa: E402
from bench.gate_drops import claims_dev_articles  # noqa: E402
from bench.meeting_steps import traced_detection  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.meetings.plan import plan_meetings  # noqa: E402
from core.meetings.triggers import TRIGGER  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.sentences import sentence_spans  # noqa: E402

# the words a meeting between people, countries or bodies is most often told by, and some of its outcomes and
# settings (合意, 出席, 共同声明): a sentence holding none is not drawn
CUES = re.compile("会談|会見|会合|会議|協議|交渉|首脳|サミット|訪問|来日|訪日|訪[米中ロ露韓朝英仏独印]|歴訪|電話(?:会談|協議|で|を|が|し)"
                  "|面会|面談|表敬|会食|(?<![出立])会[っい]|署名|調印|締結|合意|出席|出迎|訪れ|握手|対話|懇談|意見交換|共同声明")
# an article of public affairs: a state's office or a government named (most meetings between people, countries or
# bodies are told there; livedoor's and Wikinews' sports and entertainment news tell press conferences instead)
AFFAIRS = ("外交", "首脳", "外相", "大統領", "首相", "大使", "政府", "国務長官", "国家主席", "大臣", "長官", "知事")
LONGEST = 300  # a longer "sentence" (a page's run of text with no 。) is no sentence to judge


def page_articles() -> list[tuple[str, str, str | None]]:
    """(key, body, date) of the tuning pages of ../shared/pages, cleaned as an import cleans them."""
    from bench.eval_pages import dump_article, read_pages

    _, names, raws, common, counts = read_pages(tune_only=True)
    out = []
    for name in names:
        article = dump_article(name, raws[name], common[name], counts[name])
        if article.body:
            out.append((Path(name).stem, article.body, article.published))
    return out


def draw(pool: list, n: int, seed: int, part: int) -> list[tuple[str, int, int]]:
    """(article key, start, end) of n sentences holding a cue in an article of public affairs, in a seeded order: part 1
    the first n, part 2 the n after them (a second sample, read apart from the first)."""
    rng = random.Random(seed)
    every = [(key, s, e) for key, body, _ in pool if any(word in body for word in AFFAIRS)
             for s, e in sentence_spans(body) if e - s <= LONGEST and CUES.search(body, s, e)]
    rng.shuffle(every)
    return every[(part - 1) * n:part * n]


def proposed_kinds(body: str, found: list, published: str | None, registry) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every mention of the article's meeting proposals."""
    plan = plan_meetings(body, found, published, None, registry)
    return [(m.start, m.end, p.kind) for p in plan.proposals for m in p.mentions]


def why_not(body: str, found: list, published: str | None, registry, start: int, end: int) -> str:
    """What Kaidan made of a sentence with no proposal: no meeting word of its own, the gates (function:line) that
    dropped its words, or a word detected with no side read (then dropped in grouping)."""
    detected, drops = traced_detection(body, found, reference_date(published, None), registry)
    if any(start <= m.start < end for m in detected):
        return "detected, dropped in grouping"
    gates = sorted({g for at, names in drops.items() if start <= at < end for g in names})
    if gates:
        return "dropped " + ",".join(gates)
    return "no meeting word" if not TRIGGER.search(body, start, end) else "word kept by no reading"


def proposed_in(plans: dict, key: str, start: int, end: int) -> list[str]:
    """The kinds of the proposals holding a mention in the sentence (start, end) of an article."""
    return sorted({kind for s, _, kind in plans[key] if start <= s < end})


def summary(sample: list, plans: dict, judged: dict) -> str:
    """The sentence-level recall and precision of the judged sentences of the sample."""
    tally = {(m, p): 0 for m in (True, False) for p in (True, False)}
    for key, start, end in sample:
        if (key, start) in judged:
            tally[(judged[(key, start)], bool(proposed_in(plans, key, start, end)))] += 1
    right = tally[(True, True)]
    meetings, proposed = right + tally[(True, False)], right + tally[(False, True)]
    return (f"judged {sum(tally.values())} of {len(sample)}; meetings told {meetings}, proposed there {right} "
            f"(recall {right / max(meetings, 1):.2f}); sentences proposed {proposed}, telling a meeting {right} "
            f"(precision {right / max(proposed, 1):.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--livedoor", type=Path, required=True, help="the livedoor news corpus's text folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--part", type=int, choices=(1, 2), default=1, help="2: the sentences drawn after part 1's")
    parser.add_argument("--cache", type=Path, help="a file keeping the drawn articles' entity mentions")
    parser.add_argument("--judged", type=Path, help="JSON lines: article, at (the sentence's start), meeting")
    parser.add_argument("--only", choices=("P", "-"), help="print only the sentences proposed (P) or not (-)")
    parser.add_argument("--why", action="store_true",
                        help="give each sentence not proposed (and not judged to tell no meeting) what Kaidan made of it")
    args = parser.parse_args()
    topic = [a for a in livedoor_articles(args.livedoor, None) if a[0].startswith("topic-news")]
    pool = articles(None) + topic + page_articles() + claims_dev_articles()
    by_key = {key: (body, published) for key, body, published in pool}
    sample = draw(pool, args.n, args.seed, args.part)
    found = pickle.loads(args.cache.read_bytes()) if args.cache and args.cache.exists() else {}
    registry = bundled_registry()
    plans = {}
    for key in dict.fromkeys(k for k, _, _ in sample):
        body, published = by_key[key]
        if key not in found:
            found[key] = detect(body, registry, reference_date(published, None))
        plans[key] = proposed_kinds(body, found[key], published, registry)
    if args.cache:
        args.cache.write_bytes(pickle.dumps(found))
    judged = {}
    if args.judged:
        for line in args.judged.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                judged[(row["article"], row["at"])] = row["meeting"]
    for key, start, end in sample:
        kinds = proposed_in(plans, key, start, end)
        mark = "P" if kinds else "-"
        meeting = judged.get((key, start))
        if args.only in (None, mark):
            told = {True: " M", False: " x", None: ""}[meeting]
            body, published = by_key[key]
            why = ",".join(kinds) if kinds else f"({why_not(body, found[key], published, registry, start, end)})" \
                if args.why and meeting is not False else ""
            print(f"{mark}{told} {key}:{start} {why} | {body[start:end].replace(chr(10), ' ')}")
    if judged:
        print(summary(sample, plans, judged))


if __name__ == "__main__":
    main()
