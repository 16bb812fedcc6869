"""Commands that read the library out: export, list, show; and review, which applies decisions from a file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from core.store import read_library
from core.interrupt import first_interrupt_cancels, say_interrupted
from core.cli.progress import Progress
from core.cli.safe_output import one_line
from core.store.article_list import list_rows
from core.store.articles import count_articles, get_article
from core.store.search import QUERY_LIMIT, bounded_query
from core.store.search_marks import search_ids
from core.cli.words import first_lines
from core.plural import counted


def cmd_export(args, db_path: Path) -> int:
    from core.export import ExportBusy, ExportExists, Scope, export, failure_message  # the writers: when exporting

    scope = Scope(ids=args.ids, statuses=tuple(args.status or ()), date_from=args.date_from,
                  date_to=args.date_to, outlets=tuple(args.outlet or ()))
    progress = None if args.quiet else Progress(unit="articles")
    try:
        with first_interrupt_cancels() as interrupted:  # Ctrl+C: stops at the next article, leaving no file
            result = export(read_library(db_path), args.format, args.out, scope, progress=progress,
                            cancelled=interrupted, force=args.force, split_tokens=not args.keep_tokens,
                            all_entities=args.all_entities)
    except ExportExists as exc:
        for recovered in exc.recovered:
            print(f"kaidan: note: {recovered}", file=sys.stderr)
        print(f"kaidan: not exported: {exc}; choose another folder, or --force to replace it", file=sys.stderr)
        return 1
    except ExportBusy as exc:
        print(f"kaidan: not exported: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"kaidan: {failure_message(exc, args.out)}", file=sys.stderr)
        return 1
    finally:
        if progress:
            progress.done()
    for recovered in result.recovered:
        print(f"note: {recovered}")
    if result.cancelled:
        return say_interrupted(f"nothing exported (no file of this export is left in {one_line(str(args.out))})",
                               "running it again exports from the start")
    for name, count in result.files.items():
        print(f"{args.out / name}: {count}")
    print(f"exported {counted(result.articles, 'article')} as {args.format}")
    if result.undated:
        print(f"{counted(result.undated, 'article')} with no date (neither the page's nor one read from its text) "
              f"{'was' if result.undated == 1 else 'were'} left out of the date range")
    if result.cuts:
        one = len(result.cuts) == 1
        print(f"{counted(len(result.cuts), 'entity span')} {'cuts' if one else 'cut'} a token or "
              f"{'overlaps' if one else 'overlap'} another and {'was' if one else 'were'} left out "
              f"(listed in {args.out / 'cut_spans.tsv'}):")
        for cut in result.cuts[:10]:
            print(f"  article {cut.article_id} {cut.start}-{cut.end} {cut.type} {cut.text!r}: {cut.reason}")
        if len(result.cuts) > 10:
            print(f"  and {len(result.cuts) - 10} more")
    for note in result.notes:
        if "cut_spans" not in note:
            print(f"note: {note}")
    return 0


def cmd_review(args, db_path: Path) -> int:
    from core.datasets.review import review_file  # dataset reading: loaded by the commands that run it
    from core.ingest.errors import IngestError
    from core.store.db import open_db  # it writes the decisions: sqlite-utils

    try:
        with first_interrupt_cancels() as interrupted:
            summary = review_file(open_db(db_path), args.file, args.annotator, cancelled=interrupted)
    except OSError as exc:
        print(f"kaidan: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except IngestError as exc:  # missing, binary: named before any line is applied
        print(f"kaidan: cannot read {args.file}: {exc}", file=sys.stderr)
        return 1
    print("\n".join(summary.lines(str(args.file))))
    if summary.interrupted:
        return say_interrupted(f"{first_lines(summary.read, one_line(str(args.file)))} gone through, "
                               "the rest not",
                               "running it again goes through them all (those applied are already so)")
    return 1 if summary.skipped else 0  # as import: 1 when some lines were skipped (the others applied)


LIST_TITLE = 80  # a title's characters a list row shows: one row a line; `show ID` and --json give it whole


def row_title(row: dict) -> str:
    """The title a list row shows: one line (a line separator written \\u2028), cut to LIST_TITLE with …;
    an untitled article by its first words in brackets."""
    title = one_line(row["title"] or "")
    if len(title) > LIST_TITLE:
        return title[:LIST_TITLE - 1] + "…"
    return title or "(" + one_line(row["snippet"] or "no title") + "…)"  # a body's first words as one line too


def cmd_list(args, db_path: Path) -> int:
    db = read_library(db_path)
    if args.search and bounded_query(args.search)[1]:
        print(f"kaidan: the search is too long: only its first {QUERY_LIMIT} characters were searched",
              file=sys.stderr)
    ids = search_ids(db, search=args.search)[: max(args.limit, 0)]
    rows = list_rows(db, ids)
    items = [rows[i] for i in ids]
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=1))
        return 0
    for row in items:
        inferred = row["published_inferred"]
        date = (row["published"] or "")[:10] or (f"≈{inferred[:10]}" if inferred else "")
        check = "  [check cleaning]" if row["cleaning_check"] else ""
        print(f"{row['id']:>6}  {date:<10}  {one_line(row['outlet'] or '')[:16]:<16}  "
              f"{row_title(row)}{check}")
    print(f"{len(items)} of {counted(count_articles(db), 'article')}", file=sys.stderr)
    return 0


def cmd_show(args, db_path: Path) -> int:
    article = get_article(read_library(db_path), args.id)
    if article is None:
        print(f"kaidan: no article {args.id}", file=sys.stderr)
        return 1
    row = article.to_dict()
    if args.json:
        if not args.raw:
            del row["raw"]
        print(json.dumps(row, ensure_ascii=False, indent=1))
    elif args.raw:
        for number, (line, label) in enumerate(zip(row["raw"].split("\n"), row["line_labels"]), 1):
            print(f"{number:>4} {label:<5} {line}")
    else:
        meta = " · ".join(
            str(v) for v in (row["outlet"], row["published"], ", ".join(row["authors"]), row["dateline"]) if v
        )
        print(row["title"] or "(no title)")
        print(meta)
        if row.get("cleaning_check"):
            from core.cleaning.checks import described  # the reasons' English words, loaded when shown
            print(f"check cleaning: {described(row['cleaning_check'])} (raw line {row['cleaning_check_line']}; "
                  f"show {row['id']} --raw lists every line's label)")
        print()
        print(row["body"])
    return 0
