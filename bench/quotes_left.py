"""Every quote in prose Kaidan proposes no claim for, over gold-free text, by the form of its writing (no gold).

    python bench/quotes_left.py [--corpus wikinews,livedoor] [--categories topic-news,...] [--limit N] [--sample 8] [--seed 0]
                                [--only CLASS] [--mentions-wikinews M.pickle] [--mentions-livedoor M.pickle]
    python bench/quotes_left.py --texts DIR   # any folder of plain-text articles (*.txt, one each) instead

bench/unproposed_quotes.py counts the quotes closed by と and a word of speech; this one counts every 「…」 of
eight letters or more, whatever follows it, so the forms a reader marks as a claim with no と after them (the
sentence ends after the quote, a name follows it: 」外相は, no particle) are seen too. A quote is left out when
it is no prose: in the headline, in a cited headline 『…「…」』, on a list line, on a short line with no sentence end (a caption, a subtitle),
or no clause (a title, a name, a term: no predicate, no comma, no sentence end inside). A quote is proposed when
a claim proposal overlaps it. Each quote left is put in a class made of two of core.claims.why_forms's axes, the
same the held parts are counted by: what follows its closing bracket, and where the nearest person, country or
body is named (before the quote in its sentence, in the sentence before, at the line's opening, after it, none);
a third mark says whether its sentence holds another quote. Prints the counts by class and --sample quotes per
class (fixed seed), each with its sentence and the sentence before, to be judged by eye: a person's or body's
words, or a title, a scare quote, a film's line. Articles any gold or draw holds are never read.
"""

from __future__ import annotations

import argparse
import pickle
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.unproposed_quotes import (  # noqa: E402
    HOLDER_TYPES, add_corpus_arguments, clause_like, corpus_articles, corpus_choice,
)
from core.claims.suggest import suggest  # noqa: E402
from core.claims.why_forms import quote_form  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

_QUOTE = re.compile(r"「(?P<text>[^「」\n]{8,400})」")
# An article id any gold, draw or held part names, wherever it is written (golds, draws, fixtures)
_ID = re.compile(r"\b(?:wn-\d{5}|(?:topic-news|sports-watch|peachy|smax|movie-enter|kaden-channel|it-life-hack|"
                 r"dokujo-tsushin|livedoor-homme)-\d+)\b")


def held_ids() -> set[str]:
    """Every article id written in a gold, a draw or a test fixture: none of them is read here."""
    files = [*(ROOT / "tests" / "fixtures").rglob("*.json*"), *(ROOT / "bench").glob("*.jsonl"),
             *(ROOT / "bench").rglob("news_gold/*.jsonl")]
    return {m.group(0) for path in files for m in _ID.finditer(path.read_text(encoding="utf-8"))}


def in_prose(body: str, start: int, end: int, title: str | None) -> bool:
    """Whether a quote stands in a sentence of running text: not a headline, a caption or a short line alone."""
    line_start, line_end = body.rfind("\n", 0, start) + 1, body.find("\n", end)
    line = body[line_start: line_end if line_end >= 0 else len(body)]
    if title and line.strip() == title.strip():
        return False
    opened = body[line_start:start]
    if opened.count("『") > opened.count("』"):
        return False  # inside a cited headline: 共同通信『谷亮子・佳知夫妻に男児誕生「夫婦ともども一層の飛躍を」』
    return "。" in line.replace(body[start:end], "") or len(line) > 80


def quotes_left(names: list[str], limit: int | None, caches: dict[str, Path | None], categories: tuple[str, ...] = (),
                texts: Path | None = None):
    """(counts of quotes seen, the quotes left: (corpus, key, start, end, form), bodies) over the corpora.

    categories: the livedoor categories read (topic-news, sports-watch), all when empty."""
    registry = bundled_registry()
    held = held_ids()
    found = {n: (pickle.loads(caches[n].read_bytes()) if caches.get(n) and caches[n].exists() else {}) for n in names}
    sizes = {n: len(found[n]) for n in names}
    seen, left, bodies = Counter(), [], {}
    for name, key, body, date, title in corpus_articles(names, limit, texts):
        if key in held or (name == "livedoor" and categories and key.rsplit("-", 1)[0] not in categories):
            continue
        day = reference_date(date, None)
        if key not in found[name]:
            found[name][key] = detect(body, registry, day)
        mentions = [m for m in found[name][key] if m.type in HOLDER_TYPES]
        proposals = suggest(body, found[name][key], day.isoformat() if day else None, registry, title=title)
        for match in _QUOTE.finditer(body):
            start, end = match.start(), match.end()
            if not in_prose(body, start, end, title):
                seen["not in prose"] += 1
                continue
            if not clause_like(match.group("text")):
                seen["no clause (a title, a name, a term)"] += 1
                continue
            if any(c.start < end and c.end > start for c in proposals):
                seen["proposed"] += 1
                continue
            form = quote_form(body, {"start": start, "end": end}, mentions, lambda m: True, title)
            if form["line"] != "a line of prose":
                seen["not in prose"] += 1
                continue
            seen["left"] += 1
            left.append((name, key, start, end, form))
            bodies[(name, key)] = body
    for name in names:
        if caches.get(name) and len(found[name]) != sizes[name]:
            caches[name].write_bytes(pickle.dumps(found[name]))
    return seen, left, bodies


def _context(body: str, start: int, end: int) -> str:
    """The quote's sentence and the one before it, on one line, the quote marked ⟦…⟧."""
    before = max(body.rfind("。", 0, start), body.rfind("\n", 0, start))
    previous = max(body.rfind("。", 0, max(before, 0)), body.rfind("\n", 0, max(before, 0))) + 1
    stops = [x for x in (body.find("。", end), body.find("\n", end)) if x >= 0]
    stop = min(stops) + 1 if stops else len(body)
    text = body[max(previous, start - 160): start] + "⟦" + body[start:end] + "⟧" + body[end: min(stop, end + 60)]
    return text.replace("\n", " / ")


def report(seen: Counter, left: list, bodies: dict, sample: int, seed: int, only: str | None) -> None:
    print("quotes of 8+ letters: " + ", ".join(f"{k} {v}" for k, v in seen.most_common()))
    classes, by_class = Counter(), defaultdict(list)
    for row in left:
        form = row[4]
        kind = f"{form['after the quote']} | {form['speaker']}"
        classes[kind] += 1
        by_class[kind].append(row)
    after = Counter(r[4]["after the quote"] for r in left)
    print("left, by what follows the quote: " + ", ".join(f"{k} {v}" for k, v in after.most_common()))
    speaker = Counter(r[4]["speaker"] for r in left)
    print("left, by where a person or body is named: " + ", ".join(f"{k} {v}" for k, v in speaker.most_common()))
    print("left, by class (what follows | where named):")
    for kind, n in classes.most_common():
        others = sum(r[4]["other quotes"] != "alone in its sentence" for r in by_class[kind])
        print(f"  {n:5}  {kind}  (another quote in its sentence {others})")
    rng = random.Random(seed)
    for kind, _ in classes.most_common():
        if only and kind != only and not kind.startswith(only):
            continue
        rows = by_class[kind]
        print(f"== {kind}: {len(rows)}")
        for name, key, start, end, _form in sorted(rng.sample(rows, min(sample, len(rows))), key=lambda r: r[1]):
            print(f"  {key} | {_context(bodies[(name, key)], start, end)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_arguments(parser)
    parser.add_argument("--categories", default="", help="livedoor categories read, comma-separated (all if none)")
    parser.add_argument("--sample", type=int, default=8, help="quotes shown per class")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", help="show the sample of this class only (or of classes starting so)")
    args = parser.parse_args()
    names, caches = corpus_choice(args)
    seen, left, bodies = quotes_left(names, args.limit, caches, tuple(c for c in args.categories.split(",") if c), args.texts)
    report(seen, left, bodies, args.sample, args.seed, args.only)


if __name__ == "__main__":
    main()
