"""The entity mentions Kaidan chose as a claim's holder or a meeting's side on articles no gold holds, drawn at
random to judge by eye (a real person, body or state of that type, cut right?), and the statements it left without
an entity holder, to judge whether an untagged name stood there.

    python bench/sample_holder_entities.py --out A.jsonl [--articles N] [--seed 1]   # Wikinews + livedoor news
    python bench/sample_holder_entities.py A.jsonl --sample 200 --seed 1 [--skip-seed 1 --skip-count 200]
    python bench/sample_holder_entities.py A.jsonl --empty --sample 150 --seed 1
    python bench/sample_holder_entities.py --compare A.jsonl B.jsonl --sample 200 --seed 1

--out reads every article of each pool (Wikinews, every livedoor category), or --articles drawn from each with --seed, detects entities,
proposes claims and meetings, and writes one line per holder or side mention (its surface, type, source and the
words around it) and one per claim whose holder is no mention. A sample prints them numbered; --skip-* leaves out a
sample drawn before (a second sample not looked at while mending); --empty draws the statements without an entity
holder, each with the words before its claim; --compare prints, for the same draw of A, what B holds in its place.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_claims import LIVEDOOR  # noqa: E402
from bench.diff_meetings import articles, livedoor_articles  # noqa: E402
from core.claims.suggest import suggest  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.meetings.plan import plan_meetings  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

NAMED = ("PERSON", "ORG", "GPE")
AROUND = 30


def _nearest(mentions, before: int, entity_id: str | None, name: str | None):
    """The mention of the entity (or written as the name) nearest before a position, else nearest after it."""
    fits = [m for m in mentions if m.type in NAMED and ((entity_id and m.entity_id == entity_id) or m.text == name)]
    if not fits:
        return None
    ahead = [m for m in fits if m.start <= before]
    return max(ahead, key=lambda m: m.start) if ahead else min(fits, key=lambda m: m.start)


def _row(key: str, body: str, role: str, mention) -> dict:
    return {"article": key, "role": role, "start": mention.start, "end": mention.end, "surface": mention.text,
            "type": mention.type, "source": mention.source,
            "left": body[max(0, mention.start - AROUND):mention.start].replace("\n", "/"),
            "right": body[mention.end:mention.end + AROUND].replace("\n", "/")}


def rows_of(key: str, body: str, published: str | None, registry) -> list[dict]:
    """Every holder and side mention of one article, and each claim whose holder is no mention."""
    day = reference_date(published, None)
    found = detect(body, registry, day)
    out = []
    for c in suggest(body, found, day.isoformat() if day else None, registry):
        m = _nearest(found, c.start, c.holder_entity_id, c.holder_text)
        if m is not None:
            out.append(_row(key, body, "holder", m))
        else:
            out.append({"article": key, "role": "empty", "start": c.start, "holder": c.holder_text,
                        "left": body[max(0, c.start - 80):c.start].replace("\n", "/"),
                        "right": body[c.start:c.start + 40].replace("\n", "/")})
    for p in plan_meetings(body, found, published, None, registry).proposals:
        at = p.mentions[0].start if p.mentions else 0
        for x in p.participants:
            m = _nearest(found, at, x.entity_id, x.name)
            if m is not None:
                out.append(_row(key, body, "side", m))
    return out


def write(out: Path, count: int, seed: int) -> None:
    registry = bundled_registry()
    pool = []
    for source in (articles(None), livedoor_articles(LIVEDOOR, None)):
        random.seed(seed)
        pool += random.sample(source, min(count, len(source))) if count else source
    with out.open("w", encoding="utf-8") as sink:
        for key, body, published in pool:
            seen = set()
            for row in rows_of(key, body, published, registry):
                mark = (row["role"] == "empty", row["start"], row.get("end"))
                if mark not in seen:  # one line per mention, however many claims or sides chose it
                    seen.add(mark)
                    sink.write(json.dumps(row, ensure_ascii=False) + "\n")


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def draw(rows: list[dict], empty: bool, sample: int, seed: int, skip_seed: int, skip_count: int) -> list[dict]:
    """A random sample of the mentions (or of the empty holders), apart from an earlier sample if asked."""
    kept = sorted((r for r in rows if (r["role"] == "empty") == empty), key=lambda r: (r["article"], r["start"]))
    if skip_count:
        random.seed(skip_seed)
        skipped = {id(r) for r in random.sample(kept, min(skip_count, len(kept)))}
        kept = [r for r in kept if id(r) not in skipped]
    random.seed(seed)
    return sorted(random.sample(kept, min(sample, len(kept))), key=lambda r: (r["article"], r["start"]))


def show(row: dict) -> str:
    if row["role"] == "empty":
        return f"{row['article']} [{row['holder']}] …{row['left']}⟦{row['right']}"
    return (f"{row['article']} {row['role']} {row['type']} [{row['surface']}] ({row['source']}) "
            f"…{row['left']}⟦{row['surface']}⟧{row['right']}")


def compare(a: Path, b: Path, sample: int, seed: int) -> None:
    """For A's drawn mentions: whether B still chooses a mention at the same start, and how it is cut and typed."""
    after = {(r["article"], r["start"]): r for r in _load(b) if r["role"] != "empty"}
    tally = Counter()
    for n, row in enumerate(draw(_load(a), False, sample, seed, 0, 0), 1):
        new = after.get((row["article"], row["start"]))
        if new is None:
            tally["gone"] += 1
            print(f"{n:3} - {show(row)}")
        elif (new["surface"], new["type"]) != (row["surface"], row["type"]):
            tally["changed"] += 1
            print(f"{n:3} ~ {row['type']} [{row['surface']}] -> {new['type']} [{new['surface']}]")
        else:
            tally["same"] += 1
    print(", ".join(f"{k} {v}" for k, v in tally.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--articles", type=int, default=0, help="articles drawn from each pool (0: all)")
    parser.add_argument("--compare", nargs=2, type=Path)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-seed", type=int, default=0)
    parser.add_argument("--skip-count", type=int, default=0)
    parser.add_argument("--empty", action="store_true", help="the statements without an entity holder")
    args = parser.parse_args()
    if args.out:
        write(args.out, args.articles, args.seed)
    elif args.compare:
        compare(*args.compare, args.sample, args.seed)
    elif args.path:
        rows = _load(args.path)
        kinds = Counter(r["type"] if r["role"] != "empty" else "empty" for r in rows)
        print(f"lines {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
        for n, row in enumerate(draw(rows, args.empty, args.sample, args.seed, args.skip_seed, args.skip_count), 1):
            print(f"{n:3} {show(row)}")
    else:
        parser.error("give --out, --compare or a file to sample")


if __name__ == "__main__":
    main()
