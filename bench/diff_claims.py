"""Claim proposals on the Wikinews articles no gold holds, written out and compared between two trees.

    python bench/diff_claims.py --out A.jsonl [--limit N] [--mentions M.pickle] [--livedoor [CATEGORY]]
    python bench/diff_claims.py --out A.jsonl --texts DIR   # any folder of plain-text articles (*.txt, one each)
    python bench/diff_claims.py --compare A.jsonl B.jsonl [--sample 30]
    python bench/diff_claims.py --read A.jsonl [--sample 80] [--seed 1]
    python bench/diff_claims.py --compare A.jsonl B.jsonl --shown [--sample 40]

A rule is judged on thousands of articles nobody annotated: run --out before and after the change,
then --compare prints how many articles changed and a sample of the changed proposals, each with its
holder, cue and sentence, to be read by eye. Entities are detected once and kept (A.jsonl.mentions,
or --mentions) so later runs only redo the claims. --livedoor reads the livedoor news corpus's news
category (topic-news) instead, the articles no claims gold holds (web news: readers' voices, outlets);
--livedoor sports-watch another category (athletes' and commentators' words). --texts reads a folder of
plain-text articles instead (a user's own newspaper pool: the reported speech and statements of ministries
newspapers write and the corpora lack), undated and without headlines. --shown compares what the
claims panel shows beside each proposal's holder: the target its cue names (a file written before that
was kept shows the cue), else nothing and the panel shows the proposal's first words.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import _sentence, articles, text_articles  # noqa: E402
from core.claims.shown_target import shown_target  # noqa: E402
from core.claims.suggest import suggest  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402


LIVEDOOR = ROOT.parent / "shared" / "corpus" / "livedoor" / "text"


def livedoor_articles(limit: int | None, category: str = "topic-news") -> list[tuple[str, str, str | None]]:
    """(key, body, date) of each livedoor article of a category (topic-news) no gold holds, by file name."""
    from bench.pick_claims_draw import gold_ids, livedoor_body

    held = gold_ids()
    out = []
    for path in sorted((LIVEDOOR / category).glob(f"{category}-*.txt")):
        if path.stem not in held:
            lines = path.read_text(encoding="utf-8").split("\n")
            out.append((path.stem, livedoor_body(lines), lines[1].strip()[:10] or None))
    return out[:limit] if limit else out


def headline(key: str, livedoor: str | None, texts: Path | None = None) -> str | None:
    """The headline of a corpus article: a Wikinews file's first line, a livedoor file's third; none for --texts."""
    from bench.diff_meetings import CORPUS

    if texts:
        return None
    path = LIVEDOOR / livedoor / f"{key}.txt" if livedoor else CORPUS / f"{key}.txt"
    lines = path.read_text(encoding="utf-8").split("\n", 3)
    return (lines[2] if livedoor else lines[0]).strip() or None


def write(out: Path, limit: int | None, mentions: Path | None, livedoor: str | None = None,
          texts: Path | None = None) -> None:
    registry = bundled_registry()
    cache = mentions or Path(str(out) + ".mentions")
    found = pickle.loads(cache.read_bytes()) if cache.exists() else {}
    size = len(found)
    with out.open("w", encoding="utf-8") as sink:
        pool = text_articles(texts, limit) if texts else livedoor_articles(limit, livedoor) if livedoor \
            else articles(limit)
        for key, body, published in pool:
            if key not in found:
                found[key] = detect(body, registry, reference_date(published, None))
            rows = []
            day = reference_date(published, None)
            for c in suggest(body, found[key], day.isoformat() if day else None, registry, title=headline(key, livedoor, texts)):
                entity = registry.get(c.holder_entity_id) if c.holder_entity_id else None
                rows.append({"start": c.start, "end": c.end, "attribution": c.attribution, "cue": c.cue,
                             "target": shown_target(c.cue),
                             "holder": entity.name if entity is not None else c.holder_text,
                             "via": [v["text"] for v in c.via], "text": c.text[:60],
                             "sentence": _sentence(body, c.start)})
            sink.write(json.dumps({"article": key, "proposals": rows}, ensure_ascii=False) + "\n")
    if len(found) != size:
        cache.write_bytes(pickle.dumps(found))


def _key(row: dict) -> tuple:
    return (row["start"], row["end"], row["attribution"], row["holder"])


def _proposals(path: Path) -> dict[str, list[dict]]:
    """Article → its proposals, of one --out file."""
    return {r["article"]: r["proposals"] for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def compare(a: Path, b: Path, sample: int) -> None:
    before, after = _proposals(a), _proposals(b)
    changed = [k for k in sorted(before) if k in after and sorted(map(_key, before[k])) != sorted(map(_key, after[k]))]
    count = lambda rows: sum(len(v) for v in rows.values())  # noqa: E731
    quoted = lambda rows: sum(r["attribution"] == "direct" for v in rows.values() for r in v)  # noqa: E731
    print(f"articles {len(before)}; proposals {count(before)} -> {count(after)}; direct quotes "
          f"{quoted(before)} -> {quoted(after)}; articles changed {len(changed)}")
    kinds = Counter()
    for key in changed:
        old = {(r["start"], r["end"]): r for r in before[key]}
        new = {(r["start"], r["end"]): r for r in after[key]}
        kinds["holder changed"] += sum(1 for s in old.keys() & new.keys() if old[s]["holder"] != new[s]["holder"])
        kinds["added"] += len(new.keys() - old.keys())
        kinds["dropped"] += len(old.keys() - new.keys())
    print("  " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    random.seed(0)
    for key in sorted(random.sample(changed, min(sample, len(changed)))):
        old = {(r["start"], r["end"]): r for r in before[key]}
        new = {(r["start"], r["end"]): r for r in after[key]}
        print(f"== {key}")
        for span in sorted(old.keys() | new.keys()):
            o, n = old.get(span), new.get(span)
            if o and n and _key(o) == _key(n):
                continue
            row = n or o
            mark = "~" if o and n else "+" if n else "-"
            holder = f"{o['holder']} -> {n['holder']}" if o and n else row["holder"]
            print(f"  {mark} [{holder}] {row['attribution']} {row['cue']} | {row['text'][:40]} | {row['sentence'][:120]}")


def compare_shown(a: Path, b: Path, sample: int) -> None:
    """How many proposals of the same span show another target beside their holder, and a sample of them."""
    before, after = _proposals(a), _proposals(b)
    changed, kept, same = [], Counter(), 0
    for key in sorted(before.keys() & after.keys()):
        old = {(r["start"], r["end"]): r for r in before[key]}
        for row in after[key]:
            o = old.get((row["start"], row["end"]))
            if o is None:
                continue
            was, now = o.get("target", o["cue"] or ""), row.get("target", row["cue"] or "")
            if was == now:
                same += 1
            else:
                changed.append((key, was, now, row))
                kept["to a noun" if now else "to none (first words)"] += 1
    print(f"proposals of the same span {same + len(changed)}; shown target changed {len(changed)} ("
          + ", ".join(f"{k} {v}" for k, v in kept.items()) + ")")
    print("  most changed from: " + ", ".join(f"{w} {n}" for w, n in Counter(c[1] for c in changed).most_common(15)))
    random.seed(0)
    for n, (key, was, now, row) in enumerate(random.sample(changed, min(sample, len(changed))), 1):
        print(f"{n:3} {key} [{row['holder']}] {was!r} -> {now!r} | {row['text'][:40]}")


def read(path: Path, sample: int, seed: int) -> None:
    """Print a random sample of proposals with holder, cue and sentence, numbered, to be judged by eye."""
    rows = [(r["article"], p) for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
            for p in r["proposals"]]
    random.seed(seed)
    for n, (key, row) in enumerate(sorted(random.sample(rows, min(sample, len(rows))), key=lambda r: r[0]), 1):
        print(f"{n:3} {key} [{row['holder']}] {row['attribution']} {row['cue']} | {row['text'][:40]}")
        print(f"      {row['sentence'][:200]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--mentions", type=Path, help="where detected entities are cached")
    parser.add_argument("--compare", nargs=2, type=Path)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--read", type=Path, help="print --sample random proposals of one --out file")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shown", action="store_true", help="with --compare: the targets the panel shows")
    parser.add_argument("--livedoor", nargs="?", const="topic-news", default=None, metavar="CATEGORY",
                        help="livedoor news instead of Wikinews: topic-news, or the category named (sports-watch)")
    parser.add_argument("--texts", type=Path, help="a folder of plain-text articles (*.txt), read instead of Wikinews")
    args = parser.parse_args()
    if args.compare and args.shown:
        compare_shown(*args.compare, args.sample)
    elif args.compare:
        compare(*args.compare, args.sample)
    elif args.read:
        read(args.read, args.sample, args.seed)
    elif args.out:
        write(args.out, args.limit, args.mentions, args.livedoor, args.texts)
    else:
        parser.error("give --out or --compare")


if __name__ == "__main__":
    main()
