"""Sentences that tell a meeting, drawn from gold-free texts, each with the sides and date Kaidan proposes.

    python bench/sample_meeting_sides.py --livedoor LIVEDOOR_TEXT_DIR [--pages PAGES_TXT_DIR] [--sentences S.jsonl]
        [--n 160] [--offset 0] [--seed 0]

The sides of a meeting are judged sentence by sentence on text no meetings gold holds: the Wikinews articles
outside every gold, the claims gold's development articles no meetings gold holds, the livedoor news articles
outside every gold (every category), and the pages' text dumps and a file of sentences when given. Every sentence
of theirs with a meeting word (会談, 電話会談, 協議し, 首脳会議, 訪問し, 来日, 訪中し, と会った, と会見し …; not
a press conference's 会見し) is shuffled by the seed and n are printed from offset on, each with the proposals
whose mention lies in it: their sides (name and entity), kind and date, to be read by eye (a side missing, a
bystander or a title added). --offset n gives a second sample apart from the first, read only to measure a change
made while reading the first.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import articles, livedoor_articles  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.meetings.plan import plan_meetings  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.sentences import sentence_spans  # noqa: E402

# words that tell a meeting of sides (記者会見, a press conference, is not one)
MEETING = re.compile(r"と(?:の)?会見し|会談|首脳会議|協議し|協議を行|訪問し|訪問す|来日|訪[中米韓朝露]し|面会し|と会っ|と会い")


def meeting_sentences(body: str) -> list[tuple[int, int]]:
    """The spans of body's sentences holding a meeting word."""
    return [(s, e) for s, e in sentence_spans(body) if e - s <= 400 and MEETING.search(body, s, e)]


def draw(pool: list, n: int, offset: int, seed: int) -> list[tuple[str, str, str | None, tuple[int, int]]]:
    """(key, body, date, sentence span): every meeting sentence of the pool, shuffled by the seed, n after offset."""
    rows = [(key, body, published, span) for key, body, published in pool for span in meeting_sentences(body)]
    random.Random(seed).shuffle(rows)
    return rows[offset : offset + n]


def pool_of(livedoor: Path | None, pages: Path | None, sentences: Path | None) -> list[tuple[str, str, str | None]]:
    """The gold-free texts: Wikinews articles no gold holds, the claims gold's development articles no meetings gold
    holds, and the livedoor articles (every category) no gold holds, the pages' text dumps and the lines of a
    sentences file when given."""
    from bench.gate_drops import _sentence_rows, claims_dev_articles

    pool = articles(None) + claims_dev_articles()
    pool += livedoor_articles(livedoor, None) if livedoor else []
    pool += [(path.stem, path.read_text(encoding="utf-8"), None) for path in sorted(pages.glob("*.txt"))] \
        if pages else []
    pool += _sentence_rows(sentences) if sentences else []
    return [row for row in pool if MEETING.search(row[1])]


def describe(proposal) -> str:
    sides = ", ".join(f"{p.name}<{p.entity_id or '-'}>" for p in proposal.participants) or "(none)"
    return f"{proposal.kind} {proposal.status} [{sides}] {proposal.start or '-'} ({proposal.date_text or ''})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--livedoor", type=Path, help="the livedoor news corpus's text folder, drawn beside Wikinews")
    parser.add_argument("--pages", type=Path, help="a folder of pages' text dumps (*.txt)")
    parser.add_argument("--sentences", type=Path, help="a JSON-lines file of sentences ({\"text\": …} a line)")
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--offset", type=int, default=0, help="articles of the shuffle to skip: a second sample")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    pool = pool_of(args.livedoor, args.pages, args.sentences)
    registry = bundled_registry()
    plans = {}
    for number, (key, body, published, (start, end)) in enumerate(draw(pool, args.n, args.offset, args.seed), 1):
        if key not in plans:
            found = detect(body, registry, reference_date(published, None))
            plans[key] = plan_meetings(body, found, published, None, registry)
        plan = plans[key]
        told = [p for p in plan.proposals if any(start <= m.start < end for m in p.mentions)]
        print(f"#{number} {key} {published or ''}\n  {body[start:end].strip()}")
        for proposal in told:
            print(f"  → {describe(proposal)}")
        if not told:
            print("  → (no proposal)")


if __name__ == "__main__":
    main()
