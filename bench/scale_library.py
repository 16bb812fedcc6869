"""A library of any size, grown in SQL from a base of real imported articles (a bench tool).

The base is a library an ordinary import made (build_base: Wikinews and livedoor
news, analysed as any import analyses them). scale_library copies its file and
repeats its articles, with everything tied to them (mentions, claims, meetings,
their participants, mentions and links), one set-based statement per table and
copy, with new ids: copy k of article i gets id i + k * (the base's largest id),
its meetings likewise, and content hash "hash:k". Its search indexes' rows are the
base's own, made once in Python and repeated by SQL; each index is merged into
one segment at the end (as after a large import) and the secondary indexes are
built after the rows. What a user added by hand (the change log, team tables)
is not repeated: a base holding any is refused. The result opens as any other
library (same schema version, WAL) and passes SQLite's integrity checks.

The base's raw pages are the texts it imported (a few kilobytes); --raw-pages DIR gives each base
article instead a saved page of DIR (its *.html files in turn, tens to hundreds of kilobytes), as a
library of saved web pages holds: what reading a row costs when its raw page is that large.

    python bench/scale_library.py --n 1000000 --out LIB.db [--base 1000] [--raw-pages DIR] [--check]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.store.articles import index_text  # noqa: E402

ARTICLE, MEETING = "article", "meeting"
# The tables repeated with each copy, and their columns that hold an article's or a meeting's id.
REPEATED = {
    "articles": {"id": ARTICLE},
    "mentions": {"article_id": ARTICLE},
    "claims": {"article_id": ARTICLE},
    "meetings": {"id": MEETING, "parent_id": MEETING},
    "meeting_participants": {"meeting_id": MEETING},
    "meeting_mentions": {"article_id": ARTICLE, "meeting_id": MEETING},
    "meeting_links": {"from_id": MEETING, "to_id": MEETING, "article_id": ARTICLE},
}
# The column whose article a row belongs to (the row goes when the article goes).
OWNER = {"articles": "id", "mentions": "article_id", "claims": "article_id", "meeting_mentions": "article_id"}
# The search indexes (core.store.search): the letters' and the marks'.
SEARCH_INDEXES = ("article_search", "article_search_marks")
# Copies written per transaction: bounds the rollback journal's and the page cache's work per commit.
COPIES_PER_COMMIT = 20


def build_base(path: Path, n: int, corpus: Path | None = None) -> None:
    """Import n real articles (half Wikinews, half livedoor news, evenly drawn) into a new library at path."""
    from bench.bench_speed import DEFAULT_CORPUS
    from core.jobs import import_paths

    corpus = corpus or DEFAULT_CORPUS
    wikinews = sorted((corpus / "wikinews" / "txt").glob("*.txt"))
    livedoor = sorted(p for p in (corpus / "livedoor" / "text").glob("*/*.txt") if p.name != "LICENSE.txt")
    if not wikinews or not livedoor:
        sys.exit(f"no corpus texts under {corpus}")
    chosen = _spread(wikinews, n // 2) + _spread(livedoor, n - n // 2)
    with tempfile.TemporaryDirectory(prefix="kaidan-base-") as tmp:
        folder = Path(tmp)
        for i, source in enumerate(chosen):
            shutil.copyfile(source, folder / f"a{i:06d}.txt")
        path.unlink(missing_ok=True)
        summary = import_paths([folder], path)
    if summary.failed or summary.stopped:
        sys.exit(f"the base import failed: {summary.failed[:3]} {summary.stopped}")


def _spread(files: list[Path], n: int) -> list[Path]:
    """n of files, evenly spaced (every category of a corpus sorted by category)."""
    if n >= len(files):
        return files
    return [files[i * len(files) // n] for i in range(n)]


def scale_library(base: Path, out: Path, n: int, say: Callable[[str], None] = lambda _text: None,
                  raw_pages: Path | None = None) -> None:
    """Write at out a library of n articles repeating the articles of the library at base (n >= its count).

    raw_pages: a folder of saved HTML pages, given in turn to the base's articles as their raw text."""
    partial = out.with_name(out.name + ".part")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(base)
    target = sqlite3.connect(partial, isolation_level=None)
    try:
        source.backup(target)  # the base's committed rows, its write-ahead log included
    finally:
        source.close()
    try:
        if raw_pages is not None:
            _give_raw_pages(target, raw_pages)
        _grow(target, n, say)
    except BaseException:
        target.close()
        partial.unlink(missing_ok=True)
        raise
    target.close()
    partial.replace(out)


def _give_raw_pages(db: sqlite3.Connection, folder: Path) -> None:
    """Each article's raw text becomes one of the saved pages of folder, in turn."""
    pages = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(folder.glob("*.html"))]
    if not pages:
        raise ValueError(f"no saved pages (*.html) in {folder}")
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    with db:
        db.executemany("UPDATE articles SET raw = ? WHERE id = ?",
                       [(pages[i % len(pages)], article_id) for i, article_id in enumerate(ids)])


def _grow(db: sqlite3.Connection, n: int, say: Callable[[str], None]) -> None:
    _refuse_hand_work(db)
    db.execute("PRAGMA journal_mode=OFF")  # a build that fails is thrown away whole
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA temp_store=MEMORY")
    db.execute("PRAGMA cache_size=-200000")  # 200 MB
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    if not ids:
        raise ValueError("the base library holds no articles")
    if n < len(ids):
        raise ValueError(f"the base holds {len(ids):,} articles, more than {n:,}")
    shifts = {ARTICLE: ids[-1], MEETING: db.execute("SELECT coalesce(max(id), 0) FROM meetings").fetchone()[0]}
    started = time.perf_counter()
    for table in REPEATED:
        db.execute(f"CREATE TEMP TABLE base_{table} AS SELECT * FROM main.{table}")
    db.execute("CREATE TEMP TABLE base_index (id INTEGER PRIMARY KEY, title TEXT, body TEXT, marks TEXT)")
    db.executemany("INSERT INTO temp.base_index VALUES (?, ?, ?, ?)",
                   ((i, *index_text(title, body)) for i, title, body in db.execute("SELECT id, title, body FROM articles")))
    indexes = [row for row in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
        f"({','.join('?' * len(REPEATED))})", list(REPEATED))]
    for name, _sql in indexes:
        db.execute(f'DROP INDEX "{name}"')
    # The index is merged once at the end: merging as it grows would rewrite it many times over.
    for index in SEARCH_INDEXES:
        db.execute(f"INSERT INTO {index}({index}, rank) VALUES ('automerge', 0)")
    statements = _statements(db)
    copies = -(-n // len(ids))
    for first in range(1, copies, COPIES_PER_COMMIT):
        db.execute("BEGIN")
        for copy in range(first, min(copies, first + COPIES_PER_COMMIT)):
            left = n - copy * len(ids)
            cut = ids[-1] if left >= len(ids) else ids[left - 1]  # the last copy may be partial
            values = {"copy": copy, "cut": cut, "article_shift": copy * shifts[ARTICLE],
                      "meeting_shift": copy * shifts[MEETING]}
            for statement in statements:
                db.execute(statement, values)
        db.execute("COMMIT")
        say(f"  {min(n, (first + COPIES_PER_COMMIT) * len(ids)):,} articles "
            f"({time.perf_counter() - started:.0f} s)")
    say(f"  rows copied in {time.perf_counter() - started:.0f} s; building the indexes")
    for _name, sql in indexes:
        db.execute(sql)
    say(f"  indexes built ({time.perf_counter() - started:.0f} s); merging the search index")
    for index in SEARCH_INDEXES:
        db.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
        db.execute(f"INSERT INTO {index}({index}, rank) VALUES ('automerge', 4)")  # FTS5's default
    for table in (*REPEATED, "index"):
        db.execute(f"DROP TABLE temp.base_{table}")
    db.execute("PRAGMA journal_mode=WAL")  # as Kaidan keeps every library
    say(f"  done in {time.perf_counter() - started:.0f} s")


def _refuse_hand_work(db: sqlite3.Connection) -> None:
    """Stop when the base holds rows tied to its articles or meetings that a copy would not repeat."""
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        if table in REPEATED or table.startswith("article_search"):
            continue
        pointing = {row[2] for row in db.execute(f'PRAGMA foreign_key_list("{table}")')}
        if pointing & {"articles", "meetings"} and db.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone():
            raise ValueError(f"the base's {table} rows are tied to its articles: only imported work is repeated")
    for table, what in (("changes", "edits (its change log)"), ("cleaning_overrides", "cleaning corrections")):
        if db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            raise ValueError(f"the base holds a user's {what}: only imported work is repeated")


def _statements(db: sqlite3.Connection) -> list[str]:
    """One INSERT … SELECT per repeated table (and the search index), for the values of one copy."""
    statements = []
    for table, refs in REPEATED.items():
        columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
        names, values = [], []
        for column in columns:
            kind = refs.get(column)
            if column == "id" and kind is None:
                continue  # a row nothing points at: SQLite numbers it
            names.append(column)
            if column == "content_hash":
                values.append("content_hash || ':' || :copy")
            elif table == "claims" and column == "target_ref":
                values.append("CASE WHEN target_kind = 'meeting' THEN "
                              "CAST(CAST(target_ref AS INTEGER) + :meeting_shift AS TEXT) ELSE target_ref END")
            elif kind == ARTICLE and OWNER.get(table) != column:
                values.append(f"CASE WHEN {column} <= :cut THEN {column} + :article_shift END")
            elif kind is not None:
                values.append(f"{column} + :{kind}_shift")
            else:
                values.append(column)
        where = f" WHERE {OWNER[table]} <= :cut" if table in OWNER else ""
        statements.append(f"INSERT INTO main.{table}({', '.join(names)}) SELECT {', '.join(values)} "
                          f"FROM temp.base_{table}{where}")
    statements.append("INSERT INTO article_search(rowid, title, body) "
                      "SELECT id + :article_shift, title, body FROM temp.base_index WHERE id <= :cut")
    statements.append("INSERT INTO article_search_marks(rowid, marks) "
                      "SELECT id + :article_shift, marks FROM temp.base_index WHERE id <= :cut")
    return statements


def check_library(path: Path, quick: bool = False) -> list[str]:
    """What SQLite finds wrong in the library: its integrity check, foreign keys, the search index."""
    db = sqlite3.connect(path)
    try:
        found = [row[0] for row in db.execute(f"PRAGMA {'quick_check' if quick else 'integrity_check'}")]
        problems = [] if found == ["ok"] else found
        problems += [f"{row[0]} row {row[1]} points at a missing {row[2]}" for row in
                     db.execute("PRAGMA foreign_key_check")]
        for index in SEARCH_INDEXES:
            try:
                db.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"search index {index}: {exc}")
        return problems
    finally:
        db.close()


def main(argv: list[str] | None = None) -> None:
    """Build (or reuse) the base, scale it, print the times."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, required=True, help="articles in the library built")
    parser.add_argument("--out", type=Path, required=True, help="the library to write")
    parser.add_argument("--base", type=int, default=1000, help="real articles imported into the base")
    parser.add_argument("--base-library", type=Path, help="the base library (built there when missing)")
    parser.add_argument("--raw-pages", type=Path, help="a folder of saved HTML pages: the articles' raw texts")
    parser.add_argument("--check", action="store_true", help="run SQLite's integrity checks on the result")
    args = parser.parse_args(argv)
    scale(args.out, args.n, args.base, args.base_library, args.check, args.raw_pages)


def scale(out: Path, n: int, base_count: int = 1000, base: Path | None = None, check: bool = False,
          raw_pages: Path | None = None) -> None:
    """The library of n articles at out, from a base of base_count real articles (cached); figures printed."""
    base = base or Path(tempfile.gettempdir()) / f"kaidan_base_{base_count}.db"
    if not base.exists():
        started = time.perf_counter()
        build_base(base, base_count)
        print(f"base: {base_count:,} articles imported in {time.perf_counter() - started:.0f} s -> {base}")
    else:
        from core.store import open_db

        open_db(base).close()  # a base an earlier Kaidan cached is brought to this one's schema
    started = time.perf_counter()
    scale_library(base, out, n, say=print, raw_pages=raw_pages)
    print(f"built {n:,} articles in {time.perf_counter() - started:.0f} s, "
          f"{out.stat().st_size / 1e9:.1f} GB -> {out}")
    if check:
        started = time.perf_counter()
        problems = check_library(out)
        print(f"integrity: {'ok' if not problems else problems[:5]} ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
