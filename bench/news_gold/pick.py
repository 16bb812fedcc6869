"""Which Wikinews articles the news gold covers: a fixed rule and a fixed seed, not a reader's eye.

An article qualifies when its first sentences hold at least two diplomacy words
(会談, 外相, 首脳, 大統領, 首相, 大使, 外交, 条約, 協定, 訪問) and it does not open
with a series' navigation box (特集:…, the same list of links in every article
of the series). Forty of them are
drawn with random.Random(12); the first twenty are the development half, the
other twenty the held-aside half. Only the first four sentences of each
article are annotated.

    python bench/news_gold/pick.py CORPUS_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

WORDS = ("会談", "外相", "首脳", "大統領", "首相", "大使", "外交", "条約", "協定", "訪問")
SENTENCES = 4
COUNT = 40
SEED = 12


def lead(path: Path) -> tuple[str, str, str]:
    """(headline, date line, the first sentences joined by newlines) of one article file."""
    lines = path.read_text(encoding="utf-8").split("\n")
    body = [line.strip() for line in lines[3:] if line.strip()][:SENTENCES]
    return lines[0].strip(), lines[1].strip(), "\n".join(body)


def pick(corpus: Path) -> list[dict]:
    """The forty articles in draw order, each with its half."""
    eligible = []
    for path in sorted(corpus.glob("wn-*.txt")):
        title, day, body = lead(path)
        if sum(word in body for word in WORDS) >= 2 and not body.startswith("特集:"):
            eligible.append({"id": path.name, "title": title, "reference_date": day or None, "body": body})
    drawn = random.Random(SEED).sample(eligible, COUNT)
    for index, item in enumerate(drawn):
        item["half"] = "dev" if index < COUNT // 2 else "held"
    return drawn


if __name__ == "__main__":
    for item in pick(Path(sys.argv[1])):
        print(json.dumps(item, ensure_ascii=False))
