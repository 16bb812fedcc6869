"""Surnames shared by two people of one article, on text no gold holds: which person each mention is linked to.

    python bench/namesake_links.py --mentions A.jsonl.mentions [--livedoor [CATEGORY]] [--all]

Reads the entity mentions bench/diff_claims.py kept (--out A.jsonl writes A.jsonl.mentions) and, in each article
that names two people whose full names share a short form (菊間千乃アナウンサー, 菊間崇祠…監督: 菊間), prints every
mention of that short form whose person the title-and-country reading (core.nlp.name_referents) chooses otherwise
than recency alone (the full name written last before it), with the titles each person was written with and the
sentence, to be judged by eye (--all: every such mention, also where both agree). Counts at the end.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_claims import livedoor_articles  # noqa: E402
from bench.diff_meetings import _sentence, articles  # noqa: E402
from core.nlp.linking import _full_names_written, _nearest  # noqa: E402
from core.nlp.name_referents import Countries, choose, full_names_by_id, title_after  # noqa: E402
from core.text import fold  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=Path, required=True)
    parser.add_argument("--livedoor", nargs="?", const="topic-news", default=None, metavar="CATEGORY")
    parser.add_argument("--all", action="store_true", help="also the mentions where recency agrees")
    args = parser.parse_args()
    found = pickle.loads(args.mentions.read_bytes())
    counts = Counter()
    for key, body, _ in (livedoor_articles(None, args.livedoor) if args.livedoor else articles(None)):
        mentions = found.get(key)
        if not mentions:
            continue
        folded = fold(body)
        written = _full_names_written(folded, mentions)
        shared = {s: names for s, names in written.items() if len({i for _, i in names}) > 1}
        if not shared:
            continue
        counts["articles naming two people of one short form"] += 1
        countries = Countries(mentions)
        for short, names in shared.items():
            people = full_names_by_id(folded, names, mentions, countries)
            for m in mentions:
                if m.type != "PERSON" or folded[m.start : m.end] != short:
                    continue
                recent = _nearest(names, m.start)
                chosen = choose(people, folded, countries, m.start, m.end, recent)
                counts["short-form mentions"] += 1
                counts["chosen otherwise than recency"] += chosen != recent
                if chosen == recent and not args.all:
                    continue
                titles = "; ".join(f"{p.entity_id.split(':')[-1]}: {','.join(sorted(w for w, _ in p.titles)) or '-'}"
                                   for p in people)
                print(f"{key} {short}{(title_after(folded, m.end) or ('',))[0]} -> {chosen.split(':')[-1]}"
                      f" (recency: {recent.split(':')[-1]}) [{titles}]")
                print(f"    {_sentence(body, m.start)[:160]}")
    for name, value in counts.items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
