"""A random sample of quotes on gold-free text, each with whether Kaidan proposed a claim on it (no gold).

    python bench/sample_quotes.py [--n 200] [--seed 1] [--corpus wikinews,livedoor] [--judged FILE]

Articles no gold, draw or test fixture names are shuffled (fixed seed), each corpus in turn, and one 「…」 is drawn
at random from each article that holds one, until --n quotes (half from each corpus): every kind of quote, in
prose or on a heading line, a claim or a title, a term, a slogan. Each is printed with its id (the article and the
quote's offset), P when a claim proposal overlaps it (with its cue and attribution) or - when none does, and its
sentence and the one before, the quote marked ⟦…⟧, to be judged by reading: is it words a reader would mark as
someone's claim? With --judged, a file of judgements (lines `ID y` or `ID n`, # for comments, written by a
reader from an earlier run's list) gives the sample's quoted recall (claims proposed / claims) and precision
(proposed quotes that are claims / proposed quotes) for the tree it runs in, and lists the judged claims not
proposed and the proposals judged no claim. Judgements hold no text of the articles.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.quotes_left import _context, held_ids  # noqa: E402
from bench.unproposed_quotes import corpus_articles  # noqa: E402
from core.claims.suggest import suggest  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

_QUOTE = re.compile(r"「[^「」\n]{1,400}」")


def draw(names: list[str], n: int, seed: int) -> list[tuple]:
    """(corpus, key, body, date, headline, start, end) of n quotes, one an article, half from each corpus."""
    held = held_ids()
    rng = random.Random(seed)
    out = []
    for i, name in enumerate(names):
        want = n // len(names) + (1 if i < n % len(names) else 0)
        pool = [a for a in corpus_articles([name], None) if a[1] not in held]
        rng.shuffle(pool)
        for _name, key, body, date, title in pool:
            if want == 0:
                break
            quotes = list(_QUOTE.finditer(body))
            if quotes:
                q = rng.choice(quotes)
                out.append((name, key, body, date, title, q.start(), q.end()))
                want -= 1
    return out


def proposals_at(sample: list[tuple]) -> dict[str, object]:
    """Each quote's id → the claim proposal overlapping it (None when none does)."""
    registry = bundled_registry()
    out = {}
    for _name, key, body, date, title, start, end in sample:
        day = reference_date(date, None)
        claims = suggest(body, detect(body, registry, day), day.isoformat() if day else None, registry, title=title)
        out[f"{key}@{start}"] = next((c for c in claims if c.start < end and c.end > start), None)
    return out


def read_judged(path: Path) -> dict[str, bool]:
    """ID → whether the quote is a claim, from a file of `ID y|n` lines."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) >= 2:
            out[fields[0]] = fields[1].lower().startswith("y")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="quotes drawn, half from each corpus")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", default="wikinews,livedoor", help="wikinews, livedoor or both, comma-separated")
    parser.add_argument("--judged", type=Path, help="a file of `ID y|n` judgements: recall and precision")
    args = parser.parse_args()
    sample = draw([c for c in args.corpus.split(",") if c], args.n, args.seed)
    found = proposals_at(sample)
    judged = read_judged(args.judged) if args.judged else None
    for _name, key, body, _date, _title, start, end in sample:
        qid, claim = f"{key}@{start}", found[f"{key}@{start}"]
        mark = f"P {claim.cue}/{claim.attribution}" if claim is not None else "-"
        if judged is None:
            print(f"{qid}\t{mark}\t{_context(body, start, end)}")
    if judged is None:
        return
    missing = [qid for qid in found if qid not in judged]
    claims = [qid for qid in found if judged.get(qid)]
    proposed = [qid for qid in found if found[qid] is not None and qid in judged]
    hit = [qid for qid in claims if found[qid] is not None]
    right = [qid for qid in proposed if judged[qid]]
    print(f"quotes {len(found)}, judged {len(found) - len(missing)}, claims {len(claims)}")
    print(f"quoted recall     {len(hit)}/{len(claims)} = {len(hit) / max(len(claims), 1):.2f}")
    print(f"quoted precision  {len(right)}/{len(proposed)} = {len(right) / max(len(proposed), 1):.2f}")
    print("claims not proposed: " + " ".join(q for q in claims if found[q] is None))
    print("proposals judged no claim: " + " ".join(q for q in proposed if not judged[q]))
    if missing:
        print("not judged: " + " ".join(missing))


if __name__ == "__main__":
    main()
