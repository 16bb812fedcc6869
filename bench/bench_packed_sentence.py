"""Hostile sentences packed with meeting words: CPU seconds of meeting detection per meeting word.

A page may hold one long quote of thousands of visit or meeting words (a sentence is cut every
core.sentences.LONGEST characters, still a thousand words). Each form is written with 250, 500 and 1,000
words (the sentences column: how many pieces the cut made); the milliseconds per word stay flat when each word's
work is bounded, and grow with the count when a word reads every name of its sentence
(tests/reliability/test_meeting_word_cost.py counts that work).

    python bench/bench_packed_sentence.py [--words 250,500,1000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.meetings.detect import detect_meetings  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.sentences import sentence_spans  # noqa: E402

FORMS = {
    "visits (訪米)": "訪米",
    "destinations (ドイツを訪問し)": "ドイツを訪問し",
    "pairs (日米会談、)": "日米会談、",
    "people (岸田首相とバイデン大統領が会談し)": "岸田首相とバイデン大統領が会談し",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", default="250,500,1000", help="meeting words per text, comma-separated")
    counts = [int(n) for n in parser.parse_args().words.split(",")]
    registry = bundled_registry()
    print(f"{'form':44} {'words':>6} {'chars':>7} {'sentences':>9} {'meetings':>9} {'CPU s':>7} {'ms/word':>8}")
    for form, word in FORMS.items():
        for n in counts:
            body = "「" + word * n + "」と述べた。"
            mentions = detect(body, registry, None)
            started = time.process_time()
            found = detect_meetings(body, mentions)
            seconds = time.process_time() - started
            print(f"{form:44} {n:>6} {len(body):>7,} {len(sentence_spans(body)):>9} {len(found):>9} {seconds:>7.2f} {1000 * seconds / n:>8.2f}")


if __name__ == "__main__":
    main()
