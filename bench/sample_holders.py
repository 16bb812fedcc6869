"""A random sample of quoted statements (「…」と + a verb of saying) among the claims Kaidan proposes on articles no
gold holds, each with the holder it chose and the words before the quote, to judge holders by eye.

    python bench/sample_holders.py A.jsonl [--sample 150] [--seed 1] [--skip-seed 0 --skip-count 0] [--keys]
    python bench/sample_holders.py --compare A.jsonl B.jsonl [--seed 1] [--sample 150]

A.jsonl is a bench/diff_claims.py --out file (Wikinews, or --livedoor). Each drawn statement is printed numbered:
the holder, the article, then up to CONTEXT letters of its paragraph before the quote, the quote cut short, and the
words after it to the sentence's end. --skip-seed / --skip-count leave out a sample drawn before (a second sample
not looked at while mending). --compare prints, for the same draw, the statements whose holder differs between two
--out files (the judged sample read again after a change).
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

from bench.diff_claims import LIVEDOOR  # noqa: E402
from bench.diff_meetings import CORPUS  # noqa: E402
from bench.pick_claims_draw import livedoor_body  # noqa: E402

# A quote followed, in its sentence, by と (などと) and within 30 letters a verb of saying (とも述べた; not としている)
SAID = re.compile(r"」(?:など)?と[^。「」\n]{0,30}?(?:述べ|語|話|言|い[っいうえ]|説明|強調|指摘|主張|明らかに|コメント|発表|"
                  r"訴え|批判|答え|明か|表明|記|書|報じ|伝え|要求|求め|示し|呼びかけ|呼び掛け|反論|否定|認め)")
CONTEXT = 160


def _bodies(keys: set[str]) -> dict[str, str]:
    """The body of each article as bench/diff_claims.py read it: a Wikinews file's after its title and date, a
    livedoor file's (topic-news-6732718, in its category's folder) as a reader keeps it."""
    out = {}
    for key in keys:
        path = CORPUS / f"{key}.txt"
        livedoor = LIVEDOOR / key.rpartition("-")[0] / f"{key}.txt"
        if path.exists():
            _, _, rest = path.read_text(encoding="utf-8").partition("\n")
            out[key] = rest.partition("\n")[2].lstrip("\n")
        elif livedoor.exists():
            out[key] = livedoor_body(livedoor.read_text(encoding="utf-8").split("\n"))
    return out


def statements(path: Path) -> list[tuple[str, dict]]:
    """(article, proposal) of each direct quote whose sentence goes on with と and a verb of saying."""
    rows = [(r["article"], p) for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
            for p in r["proposals"] if p["attribution"] == "direct"]
    bodies = _bodies({key for key, _ in rows})
    out = []
    for key, row in rows:
        body = bodies.get(key)
        if body is None or body[row["start"]: row["start"] + 1] != "「":
            continue
        close = body.find("」", row["start"])
        if close >= 0 and SAID.match(body, close, min(len(body), close + 40)):
            out.append((key, row))
    return out


def draw(rows: list, sample: int, seed: int, skip: set) -> list:
    pool = sorted((r for r in rows if (r[0], r[1]["start"]) not in skip), key=lambda r: (r[0], r[1]["start"]))
    random.seed(seed)
    return sorted(random.sample(pool, min(sample, len(pool))), key=lambda r: (r[0], r[1]["start"]))


def show(n: int, key: str, row: dict, body: str, holder: str | None = None) -> None:
    start, end = row["start"], row["end"]
    begin = max(body.rfind("\n", 0, start) + 1, start - CONTEXT)
    close = body.find("。", end)
    after = body[end: close + 1 if 0 <= close < end + 80 else end + 80]
    quote = body[start:end] if end - start <= 40 else body[start: start + 18] + "…" + body[end - 18: end]
    print(f"{n:3} [{holder or row['holder']}] {key}")
    print(f"      {body[begin:start]}⟦{quote}⟧{after}".replace("\n", " / "))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, nargs="?")
    parser.add_argument("--compare", nargs=2, type=Path)
    parser.add_argument("--sample", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-seed", type=int, default=0)
    parser.add_argument("--skip-count", type=int, default=0)
    parser.add_argument("--keys", action="store_true", help="print only article and start of each drawn statement")
    args = parser.parse_args()
    first = args.compare[0] if args.compare else args.path
    if first is None:
        parser.error("give an --out file of bench/diff_claims.py, or --compare A B")
    rows = statements(first)
    skip = {(k, r["start"]) for k, r in draw(rows, args.skip_count, args.skip_seed, set())} if args.skip_count else set()
    drawn = draw(rows, args.sample, args.seed, skip)
    bodies = _bodies({key for key, _ in drawn})
    print(f"quoted statements {len(rows)}; drawn {len(drawn)}")
    if args.compare:
        after = {(k, r["start"], r["end"]): r["holder"] for k, r in statements(args.compare[1])}
        changed = 0
        for n, (key, row) in enumerate(drawn, 1):
            new = after.get((key, row["start"], row["end"]), "(not proposed)")
            if new != row["holder"]:
                changed += 1
                show(n, key, row, bodies[key], f"{row['holder']} -> {new}")
        print(f"holders changed {changed}")
        return
    for n, (key, row) in enumerate(drawn, 1):
        if args.keys:
            print(n, key, row["start"])
        else:
            show(n, key, row, bodies[key])


if __name__ == "__main__":
    main()
