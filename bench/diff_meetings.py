"""Meeting proposals on the Wikinews articles no gold holds, written out and compared between two trees.

    python bench/diff_meetings.py --out A.jsonl [--limit N]   # one line per article: its proposals
    python bench/diff_meetings.py --out A.jsonl --livedoor LIVEDOOR_TEXT_DIR   # livedoor news articles instead
    python bench/diff_meetings.py --out A.jsonl --texts DIR   # any folder of plain-text articles (*.txt, one each)
    python bench/diff_meetings.py --compare A.jsonl B.jsonl [--sample 30]

A rule is judged on a thousand articles nobody annotated: run --out before and after the change,
then --compare prints how many articles changed and a sample of them, each proposal with the
sentence of its first mention, to be read by eye. Entities are detected once and kept beside the
output (A.jsonl.mentions) so a second run only redoes the meetings.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.dates import reference_date  # noqa: E402
from core.meetings.plan import plan_meetings  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "txt"
GOLD = ROOT / "tests" / "fixtures" / "wikinews_gold"


def in_meetings_gold() -> set[str]:
    """Every article the meetings gold or the identity gold (meetings told in several articles) holds."""
    meetings = json.loads((GOLD / "meetings.json").read_text(encoding="utf-8"))
    identity = json.loads((GOLD / "identity.json").read_text(encoding="utf-8"))
    keys = set(meetings["articles"]) | set(identity["articles"]) | set(identity.get("from_meetings_json", []))
    return keys | {key for group in identity.get("groups", []) for key in group["articles"]}


def in_some_gold() -> set[str]:
    """Every Wikinews article a meetings, claims or identity gold holds."""
    return in_meetings_gold() | {json.loads(line)["id"] for line in
                                 (GOLD / "claims.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}


def articles(limit: int | None) -> list[tuple[str, str, str | None]]:
    """(key, body, date) of each corpus article outside every gold, by file name."""
    held = in_some_gold()
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        if path.stem in held:
            continue
        title, _, rest = path.read_text(encoding="utf-8").partition("\n")
        date, _, body = rest.partition("\n")
        out.append((path.stem, body.lstrip("\n"), date.strip() or None))
    return out[:limit] if limit else out


def _sentence(body: str, start: int) -> str:
    begin = max(body.rfind("。", 0, start), body.rfind("\n", 0, start)) + 1
    end = min(x for x in (body.find("。", start), body.find("\n", start), len(body)) if x >= 0)
    return body[begin:end + 1][:200]


def livedoor_articles(corpus: Path, limit: int | None) -> list[tuple[str, str, str | None]]:
    """(key, body, date) of each livedoor news article outside every gold, every category, by file name."""
    from bench.pick_claims_draw import livedoor_body

    held = in_some_gold()
    out = []
    for path in sorted(corpus.glob("*/*-*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        if path.stem not in held and len(lines) > 3:
            out.append((path.stem, livedoor_body(lines), lines[1].strip()[:10] or None))
    return out[:limit] if limit else out


def text_articles(folder: Path, limit: int | None) -> list[tuple[str, str, str | None]]:
    """(key, body, date) of each plain-text article of a folder (a user's own pool of news copied as text: the
    forms a newspaper writes that Wikinews and livedoor lack), undated, by file name."""
    out = [(path.stem, path.read_text(encoding="utf-8").strip(), None) for path in sorted(folder.glob("*.txt"))]
    return out[:limit] if limit else out


def gold_free_pool(livedoor: Path | None, texts: Path | None, limit: int | None = None) -> list[tuple[str, str, str | None]]:
    """The articles a bench reads by its --texts or --livedoor folder, else the Wikinews articles no gold holds: one
    choice for every bench that reads gold-free text, so each takes the same three sources the same way."""
    return text_articles(texts, limit) if texts else livedoor_articles(livedoor, limit) if livedoor else articles(limit)


def write(out: Path, limit: int | None, livedoor: Path | None = None, texts: Path | None = None) -> None:
    registry = bundled_registry()
    cache = Path(str(out) + ".mentions")
    found = pickle.loads(cache.read_bytes()) if cache.exists() else {}
    with out.open("w", encoding="utf-8") as sink:
        for key, body, published in gold_free_pool(livedoor, texts, limit):
            if key not in found:
                found[key] = detect(body, registry, reference_date(published, None))
            plan = plan_meetings(body, found[key], published, None, registry)
            rows = [{"kind": p.kind, "status": p.status, "start": p.start, "precision": p.precision,
                     "participants": [x.entity_id or x.name for x in p.participants], "title": p.title,
                     "mentions": [m.text for m in p.mentions],
                     "joined_by": [m.joined_by for m in p.mentions[1:]],
                     "sentences": [_sentence(body, m.start) for m in p.mentions[1:]],
                     "sentence": _sentence(body, p.mentions[0].start) if p.mentions else ""}
                    for p in plan.proposals]
            sink.write(json.dumps({"article": key, "proposals": rows}, ensure_ascii=False) + "\n")
    cache.write_bytes(pickle.dumps(found))


def _key(row: dict) -> tuple:
    return (row["kind"], row["status"], row["start"], tuple(row["participants"]), tuple(row["mentions"]))


def compare(a: Path, b: Path, sample: int) -> None:
    before = {r["article"]: r["proposals"] for r in map(json.loads, a.read_text(encoding="utf-8").splitlines())}
    after = {r["article"]: r["proposals"] for r in map(json.loads, b.read_text(encoding="utf-8").splitlines())}
    changed = [k for k in sorted(before) if k in after
               and sorted(map(_key, before[k]), key=repr) != sorted(map(_key, after[k]), key=repr)]
    count = lambda rows: sum(len(v) for v in rows.values())  # noqa: E731
    print(f"articles {len(before)}; proposals {count(before)} → {count(after)}; articles changed {len(changed)}")
    random.seed(0)
    for key in sorted(random.sample(changed, min(sample, len(changed)))):
        old, new = set(map(_key, before[key])), set(map(_key, after[key]))
        print(f"== {key}")
        for row in before[key]:
            if _key(row) not in new:
                print(f"  - {row['kind']} {row['status']} {row['participants']} {row['start']} | {row['sentence']}")
        for row in after[key]:
            if _key(row) not in old:
                print(f"  + {row['kind']} {row['status']} {row['participants']} {row['start']} | {row['sentence']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--compare", nargs=2, type=Path)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--livedoor", type=Path, help="the livedoor news corpus's text folder, read instead of Wikinews")
    parser.add_argument("--texts", type=Path, help="a folder of plain-text articles (*.txt), read instead of Wikinews")
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare, args.sample)
    elif args.out:
        write(args.out, args.limit, args.livedoor, args.texts)
    else:
        parser.error("give --out or --compare")


if __name__ == "__main__":
    main()
