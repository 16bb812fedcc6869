"""Gold-free precision of the merge across articles: Wikinews stories told by several articles, imported
oldest first into a scratch library, and every record that took tellings of two or more articles listed to
be read (one meeting told twice, or two meetings made one).

    python bench/read_merges.py --out MERGES.txt [--sample 20] [--seed 1318]

Rule (no gold, not by eye): every Wikinews and livedoor news article outside the held parts
(bench/list_meeting_joins.held_aside) with a date, a body of at most 6,000 characters and a meeting word
(bench/pick_identity_groups.WIDE) in its running text (source lines left out). The shared corpora hold few
stories told twice (a month and a pair of countries named in meeting sentences of two articles: about ten
articles), so every such article is imported, oldest first, as an import stores them, and Kaidan may merge
any two: every merge it makes is read. The output lists every record told in two or more articles (kind, status, date, sides,
why each later telling joined it and each telling's line), then the refused: two records of two articles, of
one kind with the same sides, dated in one month (or undated) — a merge a reader may make that Kaidan did
not — and the pairs of one kind sharing a side other than Japan on dates that agree, to read the same way. --sample draws that many of the merged records (seeded) to read first.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.list_meeting_joins import held_aside  # noqa: E402
from bench.pick_identity_groups import CITATION, WIDE  # noqa: E402
from core.analysis import analyze_article  # noqa: E402
from core.article import Article  # noqa: E402
from core.meetings.merge import kinds_fit  # noqa: E402
from core.meetings.same_dates import dates_agree  # noqa: E402
from core.meetings.suggest import propose_for_article  # noqa: E402
from core.store import open_db  # noqa: E402
from core.store.articles import insert_article  # noqa: E402
from core.store.meetings import meeting_records  # noqa: E402
from core.store.registry import load_registry  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "txt"


def _texts():
    """(name, body, day) of the Wikinews and livedoor news articles outside the held parts."""
    from bench.pick_claims_draw import livedoor_body

    held = held_aside()
    for path in sorted(CORPUS.glob("wn-*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n", 3)
        if len(lines) == 4 and lines[1] and path.stem not in held:
            yield path.stem, lines[3].lstrip("\n"), lines[1]
    for path in sorted((CORPUS.parents[1] / "livedoor" / "text").glob("*/*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        if len(lines) >= 4 and path.stem not in held and re.match(r"\d{4}-\d\d-\d\d", lines[1]):
            yield path.stem, livedoor_body(lines), lines[1][:10]


def stories() -> list[tuple[str, str, str]]:
    """(name, body, day) of every article with a meeting word in its running text, oldest first."""
    out = []
    for key, body, day in _texts():
        running = [line for line in body.split("\n") if not CITATION.search(line)]
        if len(body) <= 6000 and any(WIDE.search(line) for line in running):
            out.append((key, body, day))
    return sorted(out, key=lambda t: (t[2], t[0]))


def import_stories(path: Path, told) -> tuple[dict, dict, dict, list]:
    """Import (name, body, day) articles in that order into a library at path, as an import does: (article id →
    name, article id → stored body, record id → why later tellings joined it, the meeting records)."""
    db = open_db(path)
    registry = load_registry(db)
    names, bodies, whys = {}, {}, defaultdict(list)
    for key, body, day in told:
        article = Article(source=key, source_format="text", raw=body, published=day, paragraphs=body.split("\n"))
        article_id, _ = insert_article(db, article)
        analyze_article(db, article_id, registry)
        for meeting_id, why in propose_for_article(db, article_id, registry).joins:
            whys[meeting_id].append(f"{key}: {why}")
        names[article_id] = key
        bodies[article_id] = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    records = meeting_records(db)
    db.close()
    return names, bodies, whys, records


def record_line(m: dict) -> str:
    """A meeting record in one line: id, kind, status, start and its participants' names."""
    return f"#{m['id']} {m['kind']} {m['status']} {m['start']} {[p['name'] for p in m['participants']]}"


def told_in(m: dict, names: dict, bodies: dict, days: dict | None = None, after: int = 50, width: int = 150) -> str:
    """The record's tellings, one line each: the article's name (and its report's day), the words told and the line
    they stand in, from the start of their sentence to after letters past them."""
    out = ""
    for x in sorted(m["mentions"], key=lambda x: (names[x["article_id"]], x["start"])):
        body = bodies[x["article_id"]]
        begin = max(body.rfind("\n", 0, x["start"]) + 1, body.rfind("。", 0, x["start"]) + 1)
        said = body[begin:x["end"] + after].split("\n")[0]  # the line ends after the mention
        key = names[x["article_id"]]
        out += f"  {key}{f' ({days[key]})' if days else ''} «{body[x['start']:x['end']]}» {said[:width]}\n"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1318)
    args = parser.parse_args()
    told = stories()
    with tempfile.TemporaryDirectory() as scratch:
        names, bodies, whys, records = import_stories(Path(scratch) / "lib.db", told)

    def tellings(m) -> str:
        return told_in(m, names, bodies)

    merged = [m for m in records if len({x["article_id"] for x in m["mentions"]}) >= 2]
    random.seed(args.seed)
    sample = random.sample(merged, min(args.sample, len(merged)))
    refused, near = [], []
    for a, b in combinations(records, 2):
        arts_a, arts_b = {x["article_id"] for x in a["mentions"]}, {x["article_id"] for x in b["mentions"]}
        sides_a = {p.get("entity_id") or p["name"] for p in a["participants"]}
        sides_b = {p.get("entity_id") or p["name"] for p in b["participants"]}
        if arts_a & arts_b or not kinds_fit(a["kind"], b["kind"]):
            continue
        if len(sides_a) >= 2 and sides_a == sides_b and (a["start"] or "")[:7] == (b["start"] or "")[:7]:
            refused.append((a, b))
        elif (sides_a & sides_b) - {"country:JP"} and dates_agree(a["start"], b["start"]):
            near.append((a, b))  # a side in common (Japan apart) on dates that agree: read whether one meeting
    with args.out.open("w", encoding="utf-8") as sink:
        sink.write(f"{len(told)} articles, {len(records)} records, {len(merged)} told in two or more articles, "
                   f"{len(refused)} refused pairs (same kind, same sides, same month or both undated)\n\n")
        sink.write(f"== sample of {len(sample)} merged records (seed {args.seed})\n")
        for m in sample:
            sink.write(record_line(m) + "\n" + "".join(f"  joined {w}\n" for w in whys.get(m["id"], [])) + tellings(m))
        sink.write("\n== all merged records\n")
        for m in merged:
            sink.write(record_line(m) + "\n" + "".join(f"  joined {w}\n" for w in whys.get(m["id"], [])) + tellings(m))
        for title, pairs in (("refused pairs", refused), ("a side in common, dates that agree", near)):
            sink.write(f"\n== {title}: {len(pairs)}\n")
            for a, b in pairs:
                sink.write(record_line(a) + "\n" + tellings(a) + record_line(b) + "\n" + tellings(b) + "\n")


if __name__ == "__main__":
    main()
