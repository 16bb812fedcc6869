"""Meeting proposals on the seeds against the hand-made list (tests/fixtures/meetings_gold).

    python bench/eval_meetings.py [--details]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.meetings.evaluate import evaluate_meetings  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "meetings_gold" / "meetings.json"
SEEDS = ROOT.parent / "shared" / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    report = evaluate_meetings(json.loads(GOLD.read_text(encoding="utf-8")), SEEDS)
    details = report.pop("details")
    for key, value in report.items():
        print(f"{key:<64} {value}")
    if args.details:
        print("\n".join(details))


if __name__ == "__main__":
    main()
