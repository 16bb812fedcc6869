"""Precision and recall of Kaidan's joins on pairs of meeting tellings read by a person: whether two tellings
(in one article, or in two) end in one meeting record, against a reader's judgement of whether they are one
meeting.

    python bench/eval_merge_pairs.py [--pairs bench/merge_pairs.jsonl] [--show]

The pairs (bench/merge_pairs.jsonl, one a line) are drawn from Wikinews and livedoor news articles outside every
held part (bench/list_meeting_joins.held_aside; some are in a development gold, none in a held one): the joins
Kaidan made (bench/list_meeting_joins.py, bench/read_merges.py) and tellings it kept apart that share a side,
each judged by reading the article: "same" true (one meeting told twice) or false (two meetings), with a class
naming the kind of pair (a cited headline retelling the body's meeting, a word referring back, the same sides on
another day, one person meeting two partners, a plan and the meetings held before it, a call and a meeting, a
visit and the talks during it…). The corpora outside the golds hold few meetings told in two articles (every
record a library of all of them joins across articles is one Sudanese negotiation round), so most pairs are of
one article. The pairs p01… are every pair bench/sample_identity_pairs.py lists at its defaults (ten days,
seed 1330), judged the same way. Each telling is named by its article and a piece of its sentence ("at") holding
the meeting word, so the pair still reads when offsets move; pairs a reader could not judge were left out.

The articles of each pair are imported into a scratch library oldest first, as an import stores them; a telling
is the record holding a mention inside its piece. Printed: joins right / joins made (precision), same pairs
joined / same pairs (recall), the hard negatives kept apart by class, and the pairs one of whose tellings has no
record (not proposed: neither a join nor a split). --show lists every pair with its outcome.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.list_meeting_joins import texts  # noqa: E402
from bench.read_merges import import_stories  # noqa: E402

PAIRS = ROOT / "bench" / "merge_pairs.jsonl"


def load_pairs(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def record_at(records: list[dict], article_id: int, body: str, piece: str) -> int | None:
    """The record holding a mention inside the piece of the article's stored body; None when the piece is not in
    the body or no record's mention falls in it."""
    start = body.find(piece)
    if start < 0:
        return None
    end = start + len(piece)
    for m in records:
        if any(x["article_id"] == article_id and start <= x["start"] and x["end"] <= end for x in m["mentions"]):
            return m["id"]
    return None


def outcomes(pairs: list[dict]) -> list[tuple[dict, str]]:
    """Each pair with "joined", "apart" or "not proposed", its articles imported oldest first in a library of
    their own (the pairs of one set of articles share it)."""
    keys = {t["article"] for p in pairs for t in (p["a"], p["b"])}
    told = {key: (key, body, day) for key, body, day in texts(every_livedoor=True) if key in keys}
    by_articles = defaultdict(list)
    for p in pairs:
        by_articles[tuple(sorted({p["a"]["article"], p["b"]["article"]}))].append(p)
    out = []
    for articles, group in by_articles.items():
        if any(a not in told for a in articles):
            out += [(p, "missing article") for p in group]
            continue
        ordered = sorted((told[a] for a in articles), key=lambda t: (t[2] or "", t[0]))
        with tempfile.TemporaryDirectory() as scratch:
            names, bodies, _, records = import_stories(Path(scratch) / "lib.db", ordered)
        ids = {name: article_id for article_id, name in names.items()}
        for p in group:
            found = [record_at(records, ids[t["article"]], bodies[ids[t["article"]]], t["at"]) for t in (p["a"], p["b"])]
            out.append((p, "not proposed" if None in found else "joined" if found[0] == found[1] else "apart"))
    return out


def summary(results: list[tuple[dict, str]]) -> list[str]:
    joined = [p for p, got in results if got == "joined"]
    right = sum(1 for p in joined if p["same"])
    same = sum(1 for p, got in results if p["same"] and got in ("joined", "apart"))
    negatives = Counter(p["class"] for p, got in results if not p["same"] and got in ("joined", "apart"))
    kept = Counter(p["class"] for p, got in results if not p["same"] and got == "apart")
    unproposed = Counter("same" if p["same"] else "different" for p, got in results if got == "not proposed")
    lines = [f"  pairs read                                          {len(results)} "
             f"({sum(p['same'] for p, _ in results)} one meeting, {sum(not p['same'] for p, _ in results)} two)",
             f"  joins that are one meeting (precision)              {right}/{len(joined)}"
             + (f" = {right / len(joined):.2f}" if joined else ""),
             f"  one meeting's tellings joined (recall)              {right}/{same}"
             + (f" = {right / same:.2f}" if same else ""),
             f"  two meetings kept apart                             {sum(kept.values())}/{sum(negatives.values())}"]
    lines += [f"      {kept[c]}/{n}  {c}" for c, n in sorted(negatives.items())]
    lines.append(f"  a telling with no record (not proposed)             {sum(unproposed.values())} "
                 f"({unproposed['same']} of one meeting, {unproposed['different']} of two)")
    missing = sum(1 for _, got in results if got == "missing article")
    if missing:
        lines.append(f"  pairs whose article is not in the corpora           {missing}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--show", action="store_true", help="list every pair with its outcome")
    args = parser.parse_args()
    results = outcomes(load_pairs(args.pairs))
    print("== merge pairs")
    print("\n".join(summary(results)))
    if args.show:
        for p, got in results:
            wanted = "one" if p["same"] else "two"
            mark = "ok " if (got == "joined") == p["same"] and got in ("joined", "apart") else "-- "
            print(f"{mark}{p['id']} {wanted} → {got} [{p['class']}] {p['a']['article']} «{p['a']['at']}» / "
                  f"{p['b']['article']} «{p['b']['at']}»")


if __name__ == "__main__":
    main()
