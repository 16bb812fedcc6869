"""Entity errors grouped by class, on the parts of the news gold whose errors may be read.

    python bench/entity_errors.py [--part dev learn learn2] [--model PATH | --rules-only] [--context 8]

Each gold span and each detected span that do not match exactly are paired by
overlap and put in one class: wrong type (same span), too short (the detection
lies inside the gold span), too long (the gold span lies inside it), cut
(they overlap otherwise), missed (nothing detected there), extra (nothing in
the gold there). Within a class errors are grouped by the gold type (or the
detected one), each line with a little of the text around it, so that rules
are written against classes of errors, not against one article. Only the
development half and the two learning pools can be read here, and the stockmark part the
tagger trains on (--part stockmark: coarse classes, as bench/eval_entities.py scores
the held-back part): the held-aside parts (news_held, news_held2 … news_held6, the
stockmark held-back part) are measured by bench/eval_entities.py alone.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.eval_entities import KAIDAN_COARSE, NEWS, STOCKMARK_COARSE, predict  # noqa: E402
from core.nlp import tagger as tagger_model  # noqa: E402
from core.nlp.evaluate import read_jsonl  # noqa: E402

READABLE = ("dev", "learn", "learn2", "stockmark")
CLASSES = ("wrong type", "too short", "too long", "cut", "missed", "extra")


def classify(gold: list[dict], found: list[dict]) -> list[tuple[str, dict | None, dict | None]]:
    """(class, gold span or None, detected span or None) for every span not matched exactly."""
    key = lambda e: (e["start"], e["end"], e["type"])  # noqa: E731
    gold_keys, found_keys = {key(e) for e in gold}, {key(e) for e in found}
    misses = [e for e in gold if key(e) not in found_keys]
    extras = [e for e in found if key(e) not in gold_keys]
    out, paired = [], set()
    for g in misses:
        overlapping = [p for p in extras if p["start"] < g["end"] and g["start"] < p["end"]]
        if not overlapping:
            out.append(("missed", g, None))
            continue
        for p in overlapping:
            paired.add(id(p))
            if (p["start"], p["end"]) == (g["start"], g["end"]):
                kind = "wrong type"
            elif g["start"] <= p["start"] and p["end"] <= g["end"]:
                kind = "too short"
            elif p["start"] <= g["start"] and g["end"] <= p["end"]:
                kind = "too long"
            else:
                kind = "cut"
            out.append((kind, g, p))
    out += [("extra", None, p) for p in extras if id(p) not in paired]
    return out


def context(body: str, span: dict, width: int) -> str:
    before = body[max(0, span["start"] - width) : span["start"]].replace("\n", " ")
    after = body[span["end"] : span["end"] + width].replace("\n", " ")
    return f"{before}[{body[span['start']:span['end']]}]{after}"


def report(gold: list[dict], found: list[dict], width: int = 8, out=print) -> None:
    """Print the errors of detected items against gold items, grouped by class and type."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item, detected in zip(gold, found):
        for kind, g, p in classify(item["entities"], detected["entities"]):
            label = (g or p)["type"] + ("" if not (g and p) or g["type"] == p["type"] else " → " + p["type"])
            shown = context(item["body"], g or p, width)
            if g and p:
                shown += f"   detected: {item['body'][p['start']:p['end']]}"
            groups[(kind, label)].append(f"{item['id']}  {shown}")
    for kind in CLASSES:
        rows = [(label, lines) for (k, label), lines in groups.items() if k == kind]
        if not rows:
            continue
        out(f"== {kind}: {sum(len(lines) for _, lines in rows)}")
        for label, lines in sorted(rows, key=lambda r: -len(r[1])):
            out(f"  -- {label}: {len(lines)}")
            for line in lines:
                out(f"     {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", nargs="+", default=["dev", "learn"], choices=READABLE)
    parser.add_argument("--model", help="a tagger model file (default: the bundled one)")
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--context", type=int, default=8, help="characters of text shown on each side")
    args = parser.parse_args()
    tagger = False if args.rules_only else tagger_model.load(args.model)
    gold = [item for part in args.part if part != "stockmark" for item in read_jsonl(NEWS / f"news_{part}.jsonl")]
    found = predict(gold, tagger)
    if "stockmark" in args.part:
        rows = stockmark_training_part()
        gold += rows
        found += [{"entities": [dict(e, type=KAIDAN_COARSE[e["type"]]) for e in p["entities"]
                                if e["type"] in KAIDAN_COARSE]} for p in predict(rows, tagger)]
    report(gold, found, args.context)


def stockmark_training_part() -> list[dict]:
    """The stockmark rows the tagger trains on (never the held-back ones), as gold items with coarse types."""
    from bench.train_tagger import stockmark_rows

    return [{"id": f"sm-{row['curid']}-{row['idx']}", "body": row["text"], "reference_date": None,
             "entities": [{"start": e["span"][0], "end": e["span"][1], "text": e["name"],
                           "type": STOCKMARK_COARSE[e["type"]]}
                          for e in row["entities"] if e["type"] in STOCKMARK_COARSE]}
            for row in stockmark_rows(held=False)]


if __name__ == "__main__":
    main()
