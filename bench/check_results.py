"""Analysis results of an import and a re-analysis, written out to compare two versions of Kaidan.

Imports the same N real articles as bench/bench_speed.py into a fresh library,
re-analyses it, and writes every article's cleaned fields, mentions, claim
candidates, meetings (participants, mentions, links) and what a dozen searches find,
after the import and again after the re-analysis, in a stable order (no times,
no row ids but the meetings'). A speed change must leave the file byte for
byte the same:

    python bench/check_results.py --n 1000 --out before.txt
    (change the code)
    python bench/check_results.py --n 1000 --out after.txt --compare before.txt
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import core.analysis  # noqa: E402
import core.jobs  # noqa: E402
from bench.bench_speed import DEFAULT_CORPUS, build, corpus_texts  # noqa: E402
from core.analysis import analyze_library  # noqa: E402
from core.jobs import import_paths  # noqa: E402
from core.store import open_db  # noqa: E402
from core.store.search import match_expression  # noqa: E402

QUERIES = {
    "articles": "SELECT content_hash, title, published, published_precision, outlet, authors, dateline, body "
                "FROM articles ORDER BY content_hash",
    "search": "SELECT a.content_hash FROM article_search s JOIN articles a ON a.id = s.rowid ORDER BY a.content_hash",
    "mentions": "SELECT a.content_hash, m.start_char, m.end_char, m.text, m.type, m.entity_id, m.value, m.origin, "
                "m.source, m.state, m.context FROM mentions m JOIN articles a ON a.id = m.article_id "
                "ORDER BY a.content_hash, m.start_char, m.end_char, m.type, m.id",
    "claims": "SELECT a.content_hash, c.start_char, c.end_char, c.text, c.holder_entity_id, c.holder_text, "
              "c.holder_via, c.target_kind, c.target_ref, c.target_text, c.stance, c.intensity, c.attribution, "
              "c.cue, c.origin, c.state, c.context, c.confidence FROM claims c JOIN articles a ON a.id = c.article_id "
              "ORDER BY a.content_hash, c.start_char, c.end_char, c.id",
    "meetings": "SELECT id, kind, status, start_date, end_date, precision, date_text, place_entity_id, place_text, "
                "parent_id, title, origin, state, confidence FROM meetings ORDER BY id",
    "participants": "SELECT meeting_id, entity_id, name, role, office FROM meeting_participants "
                    "ORDER BY meeting_id, id",
    "meeting_mentions": "SELECT a.content_hash, mm.meeting_id, mm.start_char, mm.end_char, mm.text, mm.trigger, "
                        "mm.sentence, mm.origin, mm.state, mm.context FROM meeting_mentions mm "
                        "JOIN articles a ON a.id = mm.article_id ORDER BY a.content_hash, mm.start_char, mm.id",
    "links": "SELECT from_id, to_id, relation, origin, state, evidence FROM meeting_links "
             "ORDER BY from_id, to_id, relation",
    "entities": "SELECT id, type, name, en, aliases, origin FROM entities ORDER BY id",
}


# Words searched in the library (the index is contentless: what it holds shows only in what it finds).
SEARCHES = ("会談", "首相", "日本", "外相", "大統領", "発表", "東京", "試合", "選手", "首脳会談", "外", "米国務長官")


def dump(db_path: Path, stage: str) -> list[str]:
    """Every row of the queries above as text lines, each headed by its stage and table; then each search's hits."""
    db = open_db(db_path, readonly=True)
    try:
        lines = []
        for table, query in QUERIES.items():
            for row in db.execute(query).fetchall():
                lines.append(f"{stage}\t{table}\t" + "\t".join(map(repr, row)))
        for word in SEARCHES:
            hits = db.execute("SELECT a.content_hash FROM article_search s JOIN articles a ON a.id = s.rowid "
                              "WHERE article_search MATCH ? ORDER BY a.content_hash", [match_expression(word)])
            lines.extend(f"{stage}\thits\t{word}\t{row[0]!r}" for row in hits)
        return lines
    finally:
        db.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--wikinews-first", action="store_true", help="Wikinews texts first (world news: more meetings)")
    parser.add_argument("--sequential", action="store_true", help="detection in this process only")
    parser.add_argument("--out", type=Path, required=True, help="file the results are written to")
    parser.add_argument("--compare", type=Path, help="a file written before: print the first differences")
    args = parser.parse_args(argv)
    if args.sequential:
        core.jobs.start_pool = lambda *a: None
        core.analysis.start_pool = lambda *a: None
    with tempfile.TemporaryDirectory(prefix="kaidan-check-") as tmp:
        folder, library = Path(tmp) / "articles", Path(tmp) / "lib.db"
        texts = corpus_texts(args.corpus)
        build(texts[::-1] if args.wikinews_first else texts, args.n, folder)
        import_paths([folder], library)
        lines = dump(library, "import")
        analyze_library(library)
        lines += dump(library, "analyze")
    text = "\n".join(lines) + "\n"
    args.out.write_text(text, encoding="utf-8")
    counts = {}
    for line in lines:
        key = tuple(line.split("\t", 2)[:2])
        counts[key] = counts.get(key, 0) + 1
    print(", ".join(f"{stage} {table} {count:,}" for (stage, table), count in counts.items()))
    print(f"sha256 {hashlib.sha256(text.encode()).hexdigest()}")
    if args.compare:
        before = args.compare.read_text(encoding="utf-8").splitlines()
        if before == lines:
            print(f"identical to {args.compare}")
            return
        diff = list(difflib.unified_diff(before, lines, str(args.compare), str(args.out), n=0, lineterm=""))
        print("\n".join(diff[:40]))
        sys.exit(f"{sum(1 for d in diff if d[:1] in '+-') - 2} lines differ from {args.compare}")


if __name__ == "__main__":
    main()
