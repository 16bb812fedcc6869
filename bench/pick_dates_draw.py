"""Draw sentences holding date-like text from Wikinews and livedoor for the date-expression gold.

The draw is blind: it prints sentences and their article's own date, never Kaidan's reading.
Sentences are grouped by the rarest cue class they hold (a range, 年度, a weekday, an anaphoric
day word, a season or part of a year, a part of a month, a relative word, a plain day/month/year),
and each class gives the same number of sentences, half from each corpus, by a fixed seed.
Usage: python bench/pick_dates_draw.py [--seed 2020] [--per-class 12] > draft.jsonl
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

from tests.shared_data import LIVEDOOR, SHARED  # noqa: E402

WIKINEWS = SHARED / "corpus" / "wikinews" / "txt"
D = r"[0-9０-９]"
CLASSES = [  # rarest first: a sentence belongs to the first class it holds
    ("range", re.compile(rf"{D}+日?(?:から|[〜～~－\-]){D}+(?:月|日)|{D}日?、{D}+日?の?両日|まで")),
    ("fiscal_year", re.compile(r"年度")),
    ("era", re.compile(r"令和|平成|昭和")),
    ("weekday", re.compile(r"[月火水木金土日]曜")),
    ("season_half", re.compile(r"[今昨来]?[春夏秋冬](?![季期])|前半|後半|上半期|下半期|年末|年初|年明け")),
    ("anaphoric", re.compile(r"同日|前日|翌日|当日|同月|同年|翌月|前年|翌年|同週")),
    ("month_part", re.compile(r"上旬|中旬|下旬|初旬|月末|末に|ごろ|頃|前後")),
    ("relative", re.compile(r"今週|来週|先週|今月|来月|先月|今年|来年|昨年|去年|きょう|あす|昨日|明日|今日|前に|後に")),
    ("plain", re.compile(rf"{D}+(?:日|月|年)")),
]


def articles():
    """(source, file name, reference day, body lines) of every article in both corpora."""
    for path in sorted(WIKINEWS.glob("wn-*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        if len(lines) > 3 and lines[1].strip():
            yield "wikinews", path.name, lines[1].strip(), [line for line in lines[3:] if line.strip()]
    for path in sorted(LIVEDOOR.glob("*/*.txt")):
        if path.name in ("LICENSE.txt", "README.txt", "CHANGES.txt"):
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        if len(lines) > 3 and re.match(r"\d{4}-\d{2}-\d{2}", lines[1]):
            body = [line for line in lines[3:] if line.strip()]
            yield "livedoor", f"{path.parent.name}/{path.name}", lines[1][:10], body


def sentences(lines):
    """(line index, sentence) pairs: one sentence per 。 inside each line."""
    for i, line in enumerate(lines):
        for s in re.findall(r"[^。]+。?", line):
            if 8 <= len(s) <= 200:
                yield i, s


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--per-class", type=int, default=12)
    args = parser.parse_args()
    pools = {(name, src): [] for name, _ in CLASSES for src in ("wikinews", "livedoor")}
    for source, name, day, lines in articles():
        for i, s in sentences(lines):
            for cls, cue in CLASSES:
                if cue.search(s):
                    pools[(cls, source)].append((name, day, i, s))
                    break
    rng = random.Random(args.seed)
    drawn = []
    for cls, _ in CLASSES:
        for source in ("wikinews", "livedoor"):
            pool = pools[(cls, source)]
            for name, day, i, s in rng.sample(pool, min(args.per_class // 2, len(pool))):
                drawn.append({"class": cls, "source": source, "file": name, "reference": day,
                              "line": i, "sentence": s})
    rng.shuffle(drawn)
    for k, item in enumerate(drawn):
        item["id"] = k
        item["part"] = "dev" if k % 2 == 0 else "held"
        print(json.dumps(item, ensure_ascii=False))


if __name__ == "__main__":
    main()
