"""Claim candidates against hand-made gold (tests/fixtures/claims_gold): are the quotes found,
with the right holder, and how many candidates are not claims at all?

    python bench/eval_claims.py [GOLD.jsonl] [--list]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.claims.evaluate import evaluate_claims  # noqa: E402
from core.nlp.evaluate import read_jsonl  # noqa: E402

DEFAULT = ROOT / "tests" / "fixtures" / "claims_gold" / "seeds.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--list", action="store_true", help="print each missed claim and extra candidate")
    args = parser.parse_args()
    report = evaluate_claims(read_jsonl(args.gold))
    for key, value in report["figures"].items():
        print(f"{key:<58} {value}")
    if args.list:
        for line in report["details"]:
            print(line)


if __name__ == "__main__":
    main()
