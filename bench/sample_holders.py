"""A random sample of quoted statements (「…」と + a verb of saying) among the claims Kaidan proposes on articles no
gold holds, each with the holder it chose and the words before the quote, to judge holders by eye.

    python bench/sample_holders.py A.jsonl [--sample 150] [--seed 1] [--skip-seed 0 --skip-count 0] [--keys]
    python bench/sample_holders.py --compare A.jsonl B.jsonl [--seed 1] [--sample 150]
    python bench/sample_holders.py A.jsonl --carried [--reported] [--sample 120] [--seed 1]

A.jsonl is a bench/diff_claims.py --out file (Wikinews, or --livedoor). Each drawn statement is printed numbered:
the holder, the article, then up to CONTEXT letters of its paragraph before the quote, the quote cut short, and the
words after it to the sentence's end. --skip-seed / --skip-count leave out a sample drawn before (a second sample
not looked at while mending). --compare prints, for the same draw, the statements whose holder differs between two
--out files (the judged sample read again after a change). --carried keeps the statements whose sentence names no
holder: no mention of the chosen holder's entity (A.jsonl.mentions, the cache --out kept) and not its words from the
sentence's start to its end, so the holder came from a sentence before; --reported adds unquoted reported statements
(…と述べた, …との考えを示した: an indirect proposal followed by と or との + a verb of saying).
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

from bench.diff_claims import LIVEDOOR  # noqa: E402
from bench.diff_meetings import CORPUS  # noqa: E402
from bench.pick_claims_draw import livedoor_body  # noqa: E402

# A quote followed, in its sentence, by と (などと) and within 30 letters a verb of saying (とも述べた; not としている)
SAID = re.compile(r"」(?:など)?と[^。「」\n]{0,30}?(?:述べ|語|話|言|い[っいうえ]|説明|強調|指摘|主張|明らかに|コメント|発表|"
                  r"訴え|批判|答え|明か|表明|記|書|報じ|伝え|要求|求め|示し|呼びかけ|呼び掛け|反論|否定|認め)")
# An unquoted reported statement: the claim's words end where と (or との + a noun of view) and a verb of saying follow
REPORTED = re.compile(r"(?:と|との(?:考え|見方|認識|見解|方針|意向|立場|姿勢)を)[^。「」\n]{0,20}?"
                      r"(?:述べ|語|話|言|い[っいうえ]|説明|強調|指摘|主張|明らかに|示し|表明|発表|訴え|批判|答え|明か)")
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


def statements(path: Path, carried: bool = False, reported: bool = False) -> list[tuple[str, dict]]:
    """(article, proposal) of each direct quote whose sentence goes on with と and a verb of saying (reported: and
    of each indirect proposal followed by と and such a verb); carried: only those whose sentence names no holder."""
    kinds = ("direct", "indirect") if reported else ("direct",)
    rows = [(r["article"], p) for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
            for p in r["proposals"] if p["attribution"] in kinds]
    bodies = _bodies({key for key, _ in rows})
    out = []
    for key, row in rows:
        body = bodies.get(key)
        if body is None:
            continue
        if row["attribution"] == "indirect":
            if REPORTED.match(body, row["end"], min(len(body), row["end"] + 40)):
                out.append((key, row))
            continue
        if body[row["start"]: row["start"] + 1] != "「":
            continue
        close = body.find("」", row["start"])
        if close >= 0 and SAID.match(body, close, min(len(body), close + 40)):
            out.append((key, row))
    if carried:
        out = [(key, row) for key, row in out if not _named(bodies[key], row, _mentions(path).get(key, []))]
    return out


def sentence_around(body: str, start: int, end: int) -> tuple[int, int]:
    """From the sentence's start before a statement to the end of the sentence after it (a quote may hold 。)."""
    begin = max(body.rfind("。", 0, start), body.rfind("\n", 0, start)) + 1
    close = [x for x in (body.find("。", end), body.find("\n", end)) if x >= 0]
    return begin, min(close, default=len(body))


def _named(body: str, row: dict, mentions: list) -> bool:
    """Whether the statement's sentence writes its holder: a mention of an entity of that name, or the name itself,
    outside the statement's own words."""
    from core.registry import bundled_registry

    holder = row["holder"]
    if not holder:
        return False
    begin, end = sentence_around(body, row["start"], row["end"])
    outside = lambda s, e: e <= row["start"] or s >= row["end"]  # noqa: E731
    registry = bundled_registry()
    for m in mentions:
        if begin <= m.start and m.end <= end and outside(m.start, m.end) and m.entity_id:
            entity = registry.get(m.entity_id)
            if entity is not None and entity.name == holder:
                return True
    return holder in body[begin:row["start"]] or holder in body[row["end"]:end]


_CACHE: dict = {}


def _mentions(path: Path) -> dict:
    """The mentions bench/diff_claims.py --out cached beside its file, by article (empty if none was kept)."""
    if path not in _CACHE:
        cache = Path(str(path) + ".mentions")
        _CACHE[path] = pickle.loads(cache.read_bytes()) if cache.exists() else {}
    return _CACHE[path]


def draw(rows: list, sample: int, seed: int, skip: set) -> list:
    pool = sorted((r for r in rows if (r[0], r[1]["start"]) not in skip), key=lambda r: (r[0], r[1]["start"]))
    random.seed(seed)
    return sorted(random.sample(pool, min(sample, len(pool))), key=lambda r: (r[0], r[1]["start"]))


def show(n: int, key: str, row: dict, body: str, holder: str | None = None, wide: bool = False) -> None:
    """One statement, numbered: its holder, then the words before it (wide: across paragraphs, as a carried holder
    comes from the sentences before), the quote cut short, and the words after it to the sentence's end."""
    start, end = row["start"], row["end"]
    begin = max(0 if wide else body.rfind("\n", 0, start) + 1, start - CONTEXT)
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
    parser.add_argument("--carried", action="store_true", help="only statements whose sentence names no holder")
    parser.add_argument("--reported", action="store_true", help="also unquoted reported statements (…と述べた)")
    args = parser.parse_args()
    first = args.compare[0] if args.compare else args.path
    if first is None:
        parser.error("give an --out file of bench/diff_claims.py, or --compare A B")
    rows = statements(first, args.carried, args.reported)
    skip = {(k, r["start"]) for k, r in draw(rows, args.skip_count, args.skip_seed, set())} if args.skip_count else set()
    drawn = draw(rows, args.sample, args.seed, skip)
    bodies = _bodies({key for key, _ in drawn})
    print(f"quoted statements {len(rows)}; drawn {len(drawn)}")
    if args.compare:
        after = {(k, r["start"], r["end"]): r["holder"] for k, r in statements(args.compare[1], reported=args.reported)}
        changed = 0
        for n, (key, row) in enumerate(drawn, 1):
            new = after.get((key, row["start"], row["end"]), "(not proposed)")
            if new != row["holder"]:
                changed += 1
                show(n, key, row, bodies[key], f"{row['holder']} -> {new}", args.carried)
        print(f"holders changed {changed}")
        return
    for n, (key, row) in enumerate(drawn, 1):
        if args.keys:
            print(n, key, row["start"])
        else:
            show(n, key, row, bodies[key], wide=args.carried)


if __name__ == "__main__":
    main()
