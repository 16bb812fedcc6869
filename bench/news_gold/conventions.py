"""Bring the news gold's spans to the conventions its README states, by rule over the gold alone.

    python bench/news_gold/conventions.py [--write]

Only the gold's own spans and text are read (never Kaidan's output on them), and
only a span a convention rules out is removed. Conventions applied:
- nationalities and residents are not annotated (日本人, 韓国民, 東京都民): a GPE or
  LOC span right before the suffix 人 or 民 or a residents' word (都民, 市民, ...)
  is dropped, as core.nlp.demonyms reads them. The first draw had given 日本人 → 日本.

Without --write it prints how many spans each part would lose and changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.nlp.demonyms import names_a_people  # noqa: E402
from core.nlp.tokens import tokenize  # noqa: E402
from core.text import fold  # noqa: E402

HERE = Path(__file__).resolve().parent


def conform(item: dict) -> tuple[dict, int]:
    """The item with the spans the conventions rule out removed, and how many went."""
    folded = fold(item["body"])
    tokens = tokenize(folded)
    index_at = {t.start: i for i, t in enumerate(tokens)}
    kept = [e for e in item["entities"]
            if e["type"] not in ("GPE", "LOC") or not names_a_people(folded, e["end"], tokens, index_at)]
    return dict(item, entities=kept), len(item["entities"]) - len(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the gold files")
    args = parser.parse_args()
    for path in sorted(HERE.glob("news_*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        items, removed = [], 0
        for line in lines:
            item, gone = conform(json.loads(line))
            items.append(item)
            removed += gone
        print(f"{path.name:<20} spans removed: {removed}")
        if args.write and removed:
            path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")


if __name__ == "__main__":
    main()
