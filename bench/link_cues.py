"""The sentences that may tell a link between two meetings, cue by cue, on articles no gold holds, with the link
Kaidan reads there: a sample to judge by eye and, once judged, the precision of each cue.

    python bench/link_cues.py [--n 1000] [--seed 24] [--livedoor LIVEDOOR_TEXT_DIR] [--sentences WIKIPEDIA.jsonl]
                              [--most 40] [--cue を受け] [--cache ENTITIES.pickle]
    python bench/link_cues.py --livedoor LIVEDOOR_TEXT_DIR --sentences WIKIPEDIA.jsonl --judged

Draws n articles holding a sentence with a link cue and a meeting word at random (by the seed) from the Wikinews
articles and, with --livedoor, the livedoor news articles of every category, that no gold, draw or bench list names,
and with --sentences the sentences of a JSON-lines file (the stockmark Wikipedia NER sentences); plans their meetings
as an import does, and prints for each cue every sentence where it stands with a meeting word, after the sentence
before: the meeting words marked with their offsets (【会談@312】), the cue in 《》, and the links Kaidan reads between
meetings told in those two sentences ([precedes [290]→[312]]).

--judged reads judgments, one hit a line ({"article", "at": the cue's offset, "cue", "link": the relation the
sentences tell or null, "from", "to": the offsets of its two meeting words}; bench/link_cues_judged.ndjson when no
file is given), and prints for each cue the hits judged, the links they tell, the links Kaidan reads there and how
many of those are right (that relation between the meetings of those two words).

Judged by eye (all 257 articles the two corpora and the Wikipedia sentences hold, 319 hits, by the meetings gold's
conventions: press conferences, a film star's 来日 and generic business talks are no meetings): three hits tell a link
(金泳三大統領も1994年に中国を訪問して江沢民と会談し: the talks part of the visit; 交渉の結果「日韓大陸棚協定」が締結
された, twice: the signing part of the talks); Kaidan reads two of them, right, and no other link (the third's talks
are not proposed: their sides stand in the sentence before). The diplomacy of the Wikinews corpus is nearly all in a
gold: the text outside them holds almost no sentence relating two meetings of states, so the sample shows above all
that the cues do not fire on their look-alikes (その後, ドラフト会議で指名を受け, 3度目の来日, 会見で改めて,
話し合いの結果、退団を決意).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import articles as wikinews_articles, livedoor_articles  # noqa: E402
from bench.gate_drops import _mentions, _sentence_rows, named_anywhere  # noqa: E402
from core.meetings.plan import plan_meetings  # noqa: E402
from core.meetings.triggers import TRIGGER  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.sentences import sentence_spans  # noqa: E402

# the words that may tie one meeting to another, and words like them that may not (the judge tells them apart)
CUES = {
    "に先立": r"に先立[ちっ]", "を前に": r"を前に", "前日": r"前日", "直前": r"直前", "を控え": r"を控え",
    "前回": r"前回", "を受け": r"を受け", "に続": r"に続[きいく]", "続く": r"続く", "再び": r"再び|再度|改めて",
    "N度目": r"[0-9０-９一二三四五六七八九十]+(?:度目|回目)", "に向け": r"に向け|へ向け", "準備": r"準備",
    "の一環": r"の一環", "の際": r"の際", "期間中": r"期間中|会期中", "中の": r"(?:訪問|歴訪|滞在|訪[米中日韓朝露])中",
    "の合間": r"の合間|の傍ら|に合わせ", "出席するため": r"出席するため|出席のため", "の後": r"の後|後に", "の結果": r"の結果",
}
# the sample judged, JSON lines under a name the draws' look-up of listed articles (bench/gate_drops.named_anywhere)
# does not read: a judgment of cues annotates no meeting, so its articles stay in every gold-free pool, this one's too
JUDGED = ROOT / "bench" / "link_cues_judged.ndjson"
CUE = re.compile("|".join(f"(?P<c{i}>{p})" for i, p in enumerate(CUES.values())))
_NAMES = list(CUES)


def _cue_name(match: re.Match) -> str:
    return _NAMES[int(match.lastgroup[1:])]


def _holds_a_hit(body: str) -> bool:
    """Whether an article holds a sentence with a cue and a meeting word."""
    return any(CUE.search(s) and TRIGGER.search(s) for s in re.split(r"[。\n]", body))


def pool(livedoor: Path | None, sentences: Path | None, n: int, seed: int) -> list[tuple[str, str, str | None]]:
    """n articles (every one when fewer) holding a hit, drawn by the seed among the Wikinews articles and, with
    livedoor, the livedoor news articles of every category that no gold, draw or bench list names, and the
    sentences of a JSON-lines file."""
    named = named_anywhere()
    rows = wikinews_articles(None) + (livedoor_articles(livedoor, None) if livedoor else []) \
        + (_sentence_rows(sentences) if sentences else [])
    rows = [a for a in rows if a[0] not in named and _holds_a_hit(a[1])]
    random.Random(seed).shuffle(rows)
    return sorted(rows[:n])


def hits(drawn, found) -> list[dict]:
    """Each cue standing with a meeting word in its sentence and another there or in the sentence before: the
    sentence with the meeting words marked, and Kaidan's links between meetings told in those two sentences."""
    registry = bundled_registry()
    rows = []
    for key, body, published in drawn:
        plan = None
        spans = sentence_spans(body)
        for i, (begin, end) in enumerate(spans):
            before = spans[i - 1][0] if i else begin
            words = [m for m in TRIGGER.finditer(body, before, end)]
            if not any(m.start() >= begin for m in words):
                continue
            for cue in CUE.finditer(body, begin, end):
                if plan is None:
                    plan = plan_meetings(body, found[key], published, None, registry)
                rows.append({"article": key, "at": cue.start(), "cue": _cue_name(cue),
                             "text": _marked(body, before, end, words, cue),
                             "kaidan": _links_in(plan.links, before, end)})
    return rows


def _marked(body: str, begin: int, end: int, words: list[re.Match], cue: re.Match) -> str:
    marks = sorted([(m.start(), m.end(), f"【{m.group(0)}@{m.start()}】") for m in words]
                   + [(cue.start(), cue.end(), f"《{cue.group(0)}》")])
    out, at = [], begin
    for s, e, mark in marks:
        if s < at:
            continue
        out += [body[at:s], mark]
        at = e
    out.append(body[at:end])
    return "".join(out).replace("\n", " / ").strip()


def _links_in(links, begin: int, end: int) -> list[list]:
    """[relation, from offsets, to offsets] of each link between meetings with a mention in body[begin:end]."""
    told = lambda p: [m.start for m in p.mentions if begin <= m.start < end]  # noqa: E731
    return [[relation, told(a), told(b)] for a, b, relation, _ in links if told(a) and told(b)]


def score(rows: list[dict], judged: list[dict]) -> dict[str, list[int]]:
    """Per cue: [hits judged, hits telling a link, Kaidan links at those hits, Kaidan links right]."""
    kaidan = {(r["article"], r["at"]): r["kaidan"] for r in rows}
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for j in judged:
        if (j["article"], j["at"]) not in kaidan:
            continue
        counts = out[j["cue"]]
        counts[0] += 1
        counts[1] += bool(j["link"])
        for relation, froms, tos in kaidan[(j["article"], j["at"])]:
            counts[2] += 1
            counts[3] += bool(j["link"]) and relation == j["link"] and j["from"] in froms and j["to"] in tos
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument("--livedoor", type=Path, help="the livedoor news corpus's text folder (topic-news drawn too)")
    parser.add_argument("--sentences", type=Path, help="a JSON-lines file of sentences ({\"text\": …}) drawn too")
    parser.add_argument("--most", type=int, default=40, help="hits printed per cue")
    parser.add_argument("--cue", help="one cue alone (its name, as printed)")
    parser.add_argument("--judged", type=Path, nargs="?", const=JUDGED,
                        help="judgments (JSON lines; bench/link_cues_judged.ndjson when no file is given): print each "
                             "cue's precision instead")
    parser.add_argument("--cache", type=Path, help="entities kept here between runs")
    args = parser.parse_args()
    drawn = pool(args.livedoor, args.sentences, args.n, args.seed)
    rows = hits(drawn, _mentions(drawn, args.cache))
    if args.judged:
        judged = [json.loads(line) for line in args.judged.read_text(encoding="utf-8").splitlines() if line.strip()]
        print(f"{'cue':<12} {'judged':>6} {'links':>6} {'Kaidan':>6} {'right':>6}  precision  recall")
        total = [0, 0, 0, 0]
        for cue, (n, told, read, right) in sorted(score(rows, judged).items()):
            total = [a + b for a, b in zip(total, (n, told, read, right))]
            print(f"{cue:<12} {n:>6} {told:>6} {read:>6} {right:>6}  {right / read if read else float('nan'):>9.2f}"
                  f"  {right / told if told else float('nan'):>6.2f}")
        print(f"{'all':<12} {total[0]:>6} {total[1]:>6} {total[2]:>6} {total[3]:>6}")
        return
    print(f"articles {len(drawn)}; hits {len(rows)}")
    by_cue = defaultdict(list)
    for r in rows:
        by_cue[r["cue"]].append(r)
    for cue, cue_rows in sorted(by_cue.items(), key=lambda kv: -len(kv[1])):
        if args.cue and cue != args.cue:
            continue
        print(f"== {cue}: {len(cue_rows)}")
        for r in cue_rows[:args.most]:
            links = "; ".join(f"{rel} {a}→{b}" for rel, a, b in r["kaidan"]) or "-"
            print(f"  {r['article']} @{r['at']} [{links}] | {r['text'][:300]}")


if __name__ == "__main__":
    main()
