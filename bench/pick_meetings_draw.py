"""Which Wikinews articles the ninth draw of the meetings gold covers: a fixed rule and seed, not an eye.

The pool is every article in no gold (meetings, claims, identity, nor the entity gold in
bench/news_gold) whose headline or body holds 会談, 首脳, 来日, 訪中, 訪米, 訪朝, 訪日, 訪韓,
電話協議, 電話会談, 面会, と会い or 協議 (the seventh draw's words) and whose body is at most
2,000 characters long, sorted by file name; random.Random(909) draws sixteen. The first twelve
drawn are development (dev9), the last four held aside (held9).

    python bench/pick_meetings_draw.py CORPUS_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import in_some_gold  # noqa: E402

WORDS = ("会談", "首脳", "来日", "訪中", "訪米", "訪朝", "訪日", "訪韓", "電話協議", "電話会談", "面会", "と会い", "協議")
LONGEST = 2000
SEED, COUNT, DEV = 909, 16, 12


def taken() -> set[str]:
    """Every article some gold holds, the entity gold's included."""
    keys = in_some_gold()
    for path in (ROOT / "bench" / "news_gold").glob("*.jsonl"):
        keys |= {json.loads(line)["id"].removesuffix(".txt")
                 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return keys


def pool(corpus: Path) -> list[str]:
    """The articles the rule admits, by file name."""
    out, skip = [], taken()
    for path in sorted(corpus.glob("wn-*.txt")):
        title, _, rest = path.read_text(encoding="utf-8").partition("\n")
        body = rest.partition("\n")[2].lstrip("\n")
        if path.stem not in skip and len(body) <= LONGEST and any(w in title or w in body for w in WORDS):
            out.append(path.stem)
    return out


def draw(corpus: Path) -> list[tuple[str, str]]:
    """(article, part) of the ninth draw, in draw order."""
    drawn = random.Random(SEED).sample(pool(corpus), COUNT)
    return [(key, "dev" if index < DEV else "held") for index, key in enumerate(drawn)]


if __name__ == "__main__":
    corpus = Path(sys.argv[1])
    print(f"pool: {len(pool(corpus))} articles")
    for key, part in draw(corpus):
        print(key, part)
