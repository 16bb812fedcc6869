"""Every meeting mention Kaidan joins to a meeting told before it in its article, on texts no gold holds
aside: the Wikinews articles outside every held part, and the livedoor articles with a meeting word.

    python bench/list_meeting_joins.py --out JOINS.jsonl [--compare OLD.jsonl]

One line per join: why it joined (refers back, the person's last meeting, same sides…), the mention's
sentence, the meeting it joined and its first sentence, and the meetings told in between; read them to
sort right joins from wrong ones. --compare prints the joins gained and lost against an earlier run.
Entities are detected once and kept beside the output (JOINS.jsonl.mentions).

    python bench/list_meeting_joins.py --out JOINS.jsonl --across ACROSS.txt

    python bench/list_meeting_joins.py --out JOINS.jsonl --texts DIR --why "refers back"

--texts reads a folder of plain-text articles (*.txt, one each: a user's own pool of news) instead; --why keeps
only the joins made for one reason (the bare words that refer back are the ones most often read).

--across also stores the same texts, oldest first, in a scratch library as an import does (with the mentions
kept beside JOINS.jsonl) and writes every meeting record told in two or more articles: its kind, status, sides
and date, why each later article's telling joined it (core.meetings.known.tell_known_why), and each article's
sentences; read them to sort one meeting told twice from two meetings made one.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import text_articles  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.meetings.plan import plan_meetings  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "wikinews_gold"
CORPUS = ROOT.parent / "shared" / "corpus"
MEETING_WORD = re.compile("会談|協議|会合|首脳|会議|訪問")


def held_aside() -> set[str]:
    """Articles of every held part: the meetings gold, the identity groups, the claims gold and the entity gold."""
    meetings = json.loads((GOLD / "meetings.json").read_text(encoding="utf-8"))
    identity = json.loads((GOLD / "identity.json").read_text(encoding="utf-8"))
    held = {key for key, article in meetings["articles"].items() if article.get("part") == "held"}
    held |= {key for group in identity["groups"] if group["part"] == "identity_held" for key in group["articles"]}
    for line in (GOLD / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip() and json.loads(line).get("part") != "dev":
            held.add(json.loads(line)["id"])
    for path in (ROOT / "bench" / "news_gold").glob("news_held*.jsonl"):  # the entity gold's held parts
        held |= {json.loads(line)["id"].removesuffix(".txt") for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()}
    return held


def texts(every_livedoor: bool = False) -> list[tuple[str, str, str | None]]:
    """(key, body, day) of the articles outside the held parts: every Wikinews one, and the livedoor news ones with
    a meeting word (every_livedoor: all of them, a call or a visit told by a word of its own, 電話, 訪朝)."""
    held, out = held_aside(), []
    for path in sorted((CORPUS / "wikinews" / "txt").glob("*.txt")):
        if path.stem not in held:
            _, _, rest = path.read_text(encoding="utf-8").partition("\n")
            date, _, body = rest.partition("\n")
            out.append((path.stem, body.lstrip("\n"), date.strip() or None))
    for path in sorted((CORPUS / "livedoor" / "text").glob("*/*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        body = "\n".join(lines[3:])
        if (len(lines) >= 4 and not path.name.startswith(("LICENSE", "README", "CHANGES")) and path.stem not in held
                and (every_livedoor or MEETING_WORD.search(body))):
            out.append((f"{path.parent.name}/{path.stem}", body, lines[1][:10]))
    return out


def write(out: Path, folder: Path | None = None, why: str | None = None) -> None:
    registry = bundled_registry()
    cache = Path(str(out) + ".mentions")
    found = pickle.loads(cache.read_bytes()) if cache.exists() else {}
    with out.open("w", encoding="utf-8") as sink:
        for key, body, published in (text_articles(folder, None) if folder else texts()):
            if key not in found:
                found[key] = detect(body, registry, reference_date(published, None))
            proposals = plan_meetings(body, found[key], published, None, registry).proposals
            told = sorted(((m, i) for i, p in enumerate(proposals) for m in p.mentions), key=lambda x: x[0].start)
            for i, p in enumerate(proposals):
                first = p.mentions[0]
                for m in p.mentions:
                    if not m.joined_by or why and m.joined_by != why:
                        continue
                    between = [(other.text, [x.name for x in proposals[j].participants], proposals[j].start)
                               for other, j in told if first.start < other.start < m.start and j != i]
                    sink.write(json.dumps({
                        "article": key, "why": m.joined_by, "text": m.text,
                        "sentence": body[m.sentence[0]:m.sentence[1]],
                        "meeting": [p.kind, p.status, [x.name for x in p.participants], p.start],
                        "first": body[first.sentence[0]:first.sentence[1]], "last": _last_told(body, p, m),
                        "between": between},
                        ensure_ascii=False) + "\n")
    cache.write_bytes(pickle.dumps(found))


def _last_told(body: str, proposal, mention) -> str:
    """The sentence that told the meeting last before the mention joined it (the one a reader refers it back to)."""
    told = [m for m in proposal.mentions if m.start < mention.start]
    return body[told[-1].sentence[0]:told[-1].sentence[1]] if told else ""


def across(joins: Path, out: Path) -> None:
    """Every record a library of the texts, stored oldest first, holds mentions of two or more articles in."""
    import tempfile

    from core.article import Article
    from core.meetings.store_plan import store_meetings
    from core.store import open_db
    from core.store.articles import insert_article
    from core.store.meetings import meeting_records

    registry = bundled_registry()
    found = pickle.loads(Path(str(joins) + ".mentions").read_bytes())
    ordered = sorted((t for t in texts() if t[0] in found), key=lambda t: t[2] or "")
    with tempfile.TemporaryDirectory() as scratch:
        db = open_db(Path(scratch) / "lib.db")
        names, bodies, whys = {}, {}, {}
        for key, body, published in ordered:
            article = Article(source=key, source_format="text", raw=body, published=published,
                              paragraphs=body.split("\n"))
            article_id, _ = insert_article(db, article)
            stored = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
            if stored != body:
                continue  # the store cleaned the text: the kept mentions no longer fit it
            summary = store_meetings(db, article_id, body, plan_meetings(body, found[key], published, None, registry))
            for meeting_id, why in summary.joins:
                whys.setdefault(meeting_id, []).append(f"{key}: {why}")
            names[article_id], bodies[article_id] = key, body
        records = meeting_records(db)
        db.close()
    with out.open("w", encoding="utf-8") as sink:
        for m in records:
            told = sorted({x["article_id"] for x in m["mentions"]} & set(names))
            if len(told) < 2:
                continue
            sides = [p["name"] for p in m["participants"]]
            sink.write(f"{m['kind']} {m['status']} {m['start']} {sides} {m.get('title') or ''}\n")
            sink.write("".join(f"  joined {why}\n" for why in whys.get(m["id"], [])))
            for x in sorted(m["mentions"], key=lambda x: (names.get(x["article_id"], ""), x["start"])):
                if x["article_id"] in names:
                    body = bodies[x["article_id"]]
                    begin = body.rfind("\n", 0, x["start"]) + 1
                    sink.write(f"  {names[x['article_id']]} «{body[x['start']:x['end']]}» "
                               f"{body[begin:x['end'] + 60].split(chr(10))[0][:160]}\n")


def compare(old: Path, new: Path) -> None:
    key = lambda r: (r["article"], r["why"], r["text"], r["sentence"])  # noqa: E731
    before = {key(r): r for r in map(json.loads, old.read_text(encoding="utf-8").splitlines())}
    after = {key(r): r for r in map(json.loads, new.read_text(encoding="utf-8").splitlines())}
    print(f"joins {len(before)} → {len(after)}")
    for sign, keys in (("-", before.keys() - after.keys()), ("+", after.keys() - before.keys())):
        for article, why, text, sentence in sorted(keys):
            print(f"  {sign} {article} {why} {text} | {sentence[:120]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--across", type=Path, help="write the records told in two or more articles here")
    parser.add_argument("--texts", type=Path, help="a folder of plain-text articles (*.txt), read instead")
    parser.add_argument("--why", help="only the joins made for this reason (refers back, the person's last meeting…)")
    args = parser.parse_args()
    write(args.out, args.texts, args.why)
    if args.compare:
        compare(args.compare, args.out)
    if args.across:
        across(args.out, args.across)


if __name__ == "__main__":
    main()
