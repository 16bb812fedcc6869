"""The command line: import, analyze, export, review, list, show and the rest, without the window."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

# Only what every command and the help need is imported here: each command imports the
# heavy modules it runs (tokenizer, detection, datasets, HTML reading) itself, so that
# `kaidan --help` and `kaidan list` start in a fraction of a second.
from core.batch import commands as batch_commands
from core.export_names import FORMATS, READERS
from core.paths import DB_ENV, default_db_path
from core.store import open_db
from core.store.articles import article_ids, count_articles, get_article, list_rows
from core.store.claim_queries import ClaimFilter, claim_rows
from core.store.db import LibraryError
from core.store.lock import configure as configure_lock
from core.store.meetings import link_records, meeting_records
from core.store.registry import load_registry
from core.store.search import QUERY_LIMIT, bounded_query
from core.team import commands as team_commands


def build_parser() -> argparse.ArgumentParser:
    db_help = f"library file (default: ${DB_ENV} or one in your data directory)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)

    parser = argparse.ArgumentParser(
        prog="kaidan", description="Read and annotate Japanese news about diplomacy."
    )
    parser.add_argument("--db", type=Path, default=None, help=db_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub = commands.add_parser("import", parents=[common], help="import files and folders")
    sub.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_argument("--format", choices=_DatasetFormats(), default="auto", metavar="FORMAT",
                     help="annotated dataset format, one of %(choices)s (auto: Kaidan exports, Label Studio, doccano and brat "
                          "are recognised; other files are read as articles)")
    sub.add_argument("-q", "--quiet", action="store_true", help="no progress, only the summary")
    sub.add_argument("--where", metavar="SQL", default=None,
                     help="PATH is a batch run: import the articles this SQL condition over its articles table "
                          "picks (DuckDB), with every annotation")

    sub = commands.add_parser("analyze", parents=[common], help="detect entities again")
    sub.add_argument("ids", nargs="*", type=int, metavar="ID", help="articles (default: all)")
    sub.add_argument("-q", "--quiet", action="store_true", help="no progress, only the summary")

    sub = commands.add_parser("entities", parents=[common], help="the entity detector of this library")
    entity_commands = sub.add_subparsers(dest="entities_command", metavar="ACTION", required=True)
    action = entity_commands.add_parser("improve", parents=[common],
                                        help="retrain the tagger on your corrected articles, then detect again")
    action.add_argument("--no-analyze", action="store_true", help="train only; detect again later")
    action.add_argument("-q", "--quiet", action="store_true", help="no progress, only the summary")

    sub = commands.add_parser("claims", parents=[common], help="claim candidates and claims")
    claim_commands = sub.add_subparsers(dest="claims_command", metavar="ACTION", required=True)
    action = claim_commands.add_parser("suggest", parents=[common], help="propose claim candidates")
    action.add_argument("ids", nargs="*", type=int, metavar="ID", help="articles (default: all)")
    action.add_argument("-q", "--quiet", action="store_true")
    action = claim_commands.add_parser("list", parents=[common], help="list claims")
    action.add_argument("--holder", help="entity id or words in the holder's name")
    action.add_argument("--target", help="entity id, topic, or words in the target")
    action.add_argument("--stance")
    action.add_argument("--state", choices=("accepted", "candidate", "dismissed", "open", "all"),
                        default="open", help="open (default): accepted claims and candidates")
    action.add_argument("--json", action="store_true")

    sub = commands.add_parser("meetings", parents=[common], help="meetings across articles")
    meeting_commands = sub.add_subparsers(dest="meetings_command", metavar="ACTION", required=True)
    action = meeting_commands.add_parser("suggest", parents=[common],
                                         help="detect meeting mentions, propose meetings, merges and links")
    action.add_argument("ids", nargs="*", type=int, metavar="ID", help="articles (default: all)")
    action.add_argument("-q", "--quiet", action="store_true")
    action = meeting_commands.add_parser("list", parents=[common], help="list meetings")
    action.add_argument("--json", action="store_true")
    action.add_argument("--links", action="store_true", help="list the links between meetings too")

    sub = commands.add_parser("evaluate", parents=[common], help="score entity detection against gold JSONL")
    sub.add_argument("gold", type=Path, help="articles.jsonl-shaped gold: body and entities")
    sub.add_argument("--predictions", type=Path, help="score this JSONL instead of running Kaidan")
    sub.add_argument("--types", nargs="*", help="only these types")
    sub.add_argument("--errors", action="store_true", help="list every missed and extra span")
    sub.add_argument("--json", action="store_true")

    sub = commands.add_parser("export", parents=[common], help="export the library",
                              formatter_class=argparse.RawDescriptionHelpFormatter,
                              epilog="formats:\n" + "\n".join(f"  {k:<12}{v}" for k, v in READERS.items()))
    sub.add_argument("--format", choices=FORMATS, default="jsonl")
    sub.add_argument("--out", type=Path, required=True, metavar="DIR")
    sub.add_argument("--ids", type=_id_list, help="only these articles: 3,5,8")
    sub.add_argument("--status", action="append", choices=("new", "in progress", "done"),
                     help="only articles with this status (repeatable)")
    sub.add_argument("--from", dest="date_from", type=_iso_day, metavar="YYYY-MM-DD", help="published on or after")
    sub.add_argument("--to", dest="date_to", type=_iso_day, metavar="YYYY-MM-DD", help="published on or before")
    sub.add_argument("--outlet", action="append", help="only this outlet (repeatable)")
    sub.add_argument("--force", action="store_true", help="replace a different export already in DIR")
    sub.add_argument("--keep-tokens", action="store_true",
                     help="conll/hf/spacy: keep the tokenizer's tokens whole (an entity inside one is left out)")
    sub.add_argument("--all-entities", action="store_true", help="jsonl: the whole entity registry in entities.jsonl")
    sub.add_argument("-q", "--quiet", action="store_true", help="no progress, only the summary")

    sub = commands.add_parser("review", parents=[common], help="apply decisions on mentions and claims from a file",
                              description="Accept, reject or retype mentions, accept or dismiss claims and set "
                                          "stances from a JSON Lines file (format in the README).")
    sub.add_argument("file", type=Path, metavar="FILE.jsonl")
    sub.add_argument("--annotator", help="who decided (logged with each change; a line's own annotator wins)")

    team_commands.add_parsers(commands)
    batch_commands.add_parsers(commands)

    sub = commands.add_parser("list", parents=[common], help="list articles")
    sub.add_argument("--search", default=None, help="words to look for in title and body")
    sub.add_argument("--limit", type=int, default=50)
    sub.add_argument("--json", action="store_true")

    sub = commands.add_parser("show", parents=[common], help="show one article")
    sub.add_argument("id", type=int)
    sub.add_argument("--raw", action="store_true", help="the raw text with line labels")
    sub.add_argument("--json", action="store_true")
    return parser


class _DatasetFormats:
    """auto and the dataset formats, read from core.datasets (slow to import) only when a value is checked."""

    def _names(self) -> tuple[str, ...]:
        from core.datasets import FORMATS  # the import command's own module, loaded when it runs

        return ("auto", *FORMATS)

    def __iter__(self):
        return iter(self._names())

    def __contains__(self, value) -> bool:
        return value in self._names()


def library_path(args: argparse.Namespace) -> Path:
    """The library a command or the window works on: --db, else the one in the user's data directory."""
    db_path = args.db or default_db_path()
    if args.db is None:  # the data directory is Kaidan's own: make it on first use
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # opening the library says what is wrong
    return db_path


def main(argv: list[str] | None = None) -> int:
    """Run one command on the command line (main.py opens the window when none is given)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        print("kaidan: name a command (main.py with none opens the window)", file=sys.stderr)
        return 2
    return run_command(args, library_path(args))


def run_command(args: argparse.Namespace, db_path: Path) -> int:
    """Run the parsed command on the library at db_path; returns the exit code."""
    configure_lock(label=f"kaidan {args.command}", notice=lambda text: print(f"kaidan: {text}", file=sys.stderr))
    try:
        return COMMANDS[args.command](args, db_path)
    except LibraryError as exc:  # one line, no traceback: busy, read-only, disk full, not a library
        print(f"kaidan: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kaidan: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into head and friends: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _id_list(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.replace(" ", ",").split(",") if part)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of article ids: {text!r}") from None


def _iso_day(text: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _report_import(summary, messages=()) -> None:
    """What an import stored: counts, annotations brought along, its messages and each failed source."""
    print(f"imported {len(summary.imported)}, duplicates {len(summary.duplicates)}, failed {len(summary.failed)}")
    if summary.annotations:
        print("annotations: " + ", ".join(f"{what} {n}" for what, n in summary.annotations.items()))
    for message in messages:
        print(f"  {message}")
    for source, reason in summary.failed:
        print(f"  failed: {source}: {reason}")
    if getattr(summary.failed, "left_out", 0):  # a large import keeps the first failures, counts the rest
        print(f"  failed: {summary.failed.left_out} more")


def cmd_import_slice(args, db_path: Path, progress=None) -> int:
    """kaidan import RUN --where SQL: the articles picked from a batch run, with their annotations."""
    if len(args.paths) != 1:
        print("kaidan: --where takes one batch run folder", file=sys.stderr)
        return 2
    from core.batch.slice import SliceError, import_slice  # reads and stores annotations: loaded when asked

    try:
        summary = import_slice(args.paths[0], args.where or "", db_path, progress=progress)
    except SliceError as exc:
        print(f"kaidan: {exc}", file=sys.stderr)
        return 2
    if progress is not None:
        progress.done()
    _report_import(summary)
    if summary.stopped:
        print(f"kaidan: {summary.stopped}", file=sys.stderr)
        return 1
    return 1 if summary.failed else 0


def cmd_import(args, db_path: Path) -> int:
    if args.where is not None or (len(args.paths) == 1 and (Path(args.paths[0]) / "run.json").is_file()):
        return cmd_import_slice(args, db_path, _Progress(unit="articles") if not args.quiet else None)
    from core.importer import import_any  # reading, cleaning and detection: loaded by the commands that run them

    progress = None if args.quiet else _Progress()
    summary = import_any(args.paths, db_path, args.format, progress=progress)
    if progress:
        progress.done()
    _report_import(summary, summary.messages())
    return _stopped(summary) or (1 if summary.failed else 0)


def _stopped(summary) -> int:
    """Say in one line why a run stopped early and what it stored; 1 if it did, else 0."""
    if not summary.stopped:
        return 0
    print(f"kaidan: {summary.stopped}", file=sys.stderr)
    return 1


class _Progress:
    """Progress on stderr: a live line on a terminal, a line every 10% otherwise."""

    def __init__(self, unit: str = "files") -> None:
        self.live = sys.stderr.isatty()
        self.last_decile = -1
        self.unit = unit

    def __call__(self, done: int, total: int, source: str) -> None:
        if total < 20:
            return
        if self.live:
            print(f"\r{done}/{total} {Path(source).name[:50]:<50}", end="", file=sys.stderr)
            return
        decile = done * 10 // total
        if decile != self.last_decile:
            self.last_decile = decile
            print(f"{done}/{total} {self.unit}", file=sys.stderr)

    def done(self) -> None:
        if self.live:
            print(file=sys.stderr)


def cmd_analyze(args, db_path: Path) -> int:
    from core.analysis import analyze_library  # the tokenizer and detection: loaded by the commands that run them

    progress = None if args.quiet else _Progress(unit="articles")
    summary = analyze_library(db_path, args.ids or None, progress=progress)
    if progress:
        progress.done()
    print(f"analyzed {summary.articles} articles, {summary.mentions} entity mentions")
    return _stopped(summary)


def cmd_claims(args, db_path: Path) -> int:
    if args.claims_command == "suggest":
        from core.analysis import analyze_library  # the tokenizer and detection: loaded when they run

        progress = None if args.quiet else _Progress(unit="articles")
        summary = analyze_library(db_path, args.ids or None, progress=progress, claims_only=True)
        if progress:
            progress.done()
        print(f"{summary.candidates} claim candidates in {summary.articles} articles")
        return _stopped(summary)

    states = {"open": ("accepted", "candidate"), "all": ("accepted", "candidate", "dismissed")}
    db = open_db(db_path, readonly=True)
    rows = claim_rows(db, load_registry(db), ClaimFilter(
        holder=args.holder, target=args.target, stance=args.stance,
        states=states.get(args.state, (args.state,))))
    if args.json:
        keys = ("id", "article_id", "start", "end", "text", "holder", "holder_entity_id", "holder_via",
                "target", "target_kind", "target_ref", "stance", "intensity", "attribution", "cue",
                "state", "origin", "annotator")
        print(json.dumps([{k: r[k] for k in keys} for r in rows], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        stance = r["stance"] or "-"
        print(f"{r['id']:>6} {r['state'][:4]:<4} {stance:<8} {r['holder'][:14]:<14} → "
              f"{r['target'][:14]:<14} {r['text'][:60]}")
    print(f"{len(rows)} claims", file=sys.stderr)
    return 0


def cmd_meetings(args, db_path: Path) -> int:
    if args.meetings_command == "suggest":
        from core.meetings.suggest import suggest_meetings  # the tokenizer and detection: loaded when they run

        progress = None if args.quiet else _Progress(unit="articles")
        summary = suggest_meetings(db_path, args.ids or None, progress=progress)
        if progress:
            progress.done()
        print(f"{summary.mentions} meeting mentions in {summary.articles} articles: "
              f"{summary.meetings} new meetings proposed, {summary.links} links")
        return _stopped(summary)

    db = open_db(db_path, readonly=True)
    meetings = meeting_records(db)
    if args.json:
        print(json.dumps({"meetings": meetings, "links": link_records(db)} if args.links else meetings,
                         ensure_ascii=False, indent=1))
        return 0
    for m in meetings:
        who = "・".join(p["name"] for p in m["participants"])
        print(f"{m['id']:>5} {m['start'] or '?':<10} {m['kind']:<12} {m['status']:<10} {who[:40]:<40} "
              f"{m['place']['text'] or ''}  ({len(m['mentions'])} mentions)")
    if args.links:
        for link in link_records(db):
            print(f"  {link['from']} {link['relation']} {link['to']}  {(link['evidence'] or '')[:50]}")
    print(f"{len(meetings)} meetings", file=sys.stderr)
    return 0


def cmd_evaluate(args, db_path: Path) -> int:
    from core.nlp import evaluate  # the tokenizer and detection: loaded by the commands that run them

    try:
        gold = evaluate.read_jsonl(args.gold)
        if args.predictions:
            predicted = evaluate.read_jsonl(args.predictions)
        else:
            # The user's registry when there is a library; the bundled one otherwise.
            library = open_db(db_path if Path(db_path).is_file() else None, readonly=True)
            predicted = evaluate.predict(gold, load_registry(library))
    except (OSError, ValueError, KeyError) as exc:
        print(f"kaidan: cannot read gold or predictions: {exc}", file=sys.stderr)
        return 2
    table = evaluate.score(gold, predicted, args.types)
    if args.json:
        print(json.dumps(table, ensure_ascii=False, indent=1))
    else:
        print(f"{'type':<8}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
        for label, row in table.items():
            print(f"{label:<8}{row['precision']:>7.3f}{row['recall']:>7.3f}{row['f1']:>7.3f}"
                  f"{row['tp']:>6}{row['fp']:>6}{row['fn']:>6}")
        if "value_accuracy" in table.get("DATE", {}):
            print(f"DATE values right on matched spans: {table['DATE']['value_accuracy']:.3f}")
    if args.errors:
        for item_id, kind, text, label in evaluate.errors(gold, predicted):
            print(f"{kind:<7}{label:<8}{text}\t{item_id}")
    return 0


def cmd_export(args, db_path: Path) -> int:
    from core.export import ExportExists, Scope, export, failure_message  # the writers: loaded when exporting

    scope = Scope(ids=args.ids, statuses=tuple(args.status or ()), date_from=args.date_from,
                  date_to=args.date_to, outlets=tuple(args.outlet or ()))
    progress = None if args.quiet else _Progress(unit="articles")
    try:
        result = export(open_db(db_path, readonly=True), args.format, args.out, scope, progress=progress, force=args.force,
                        split_tokens=not args.keep_tokens, all_entities=args.all_entities)
    except ExportExists as exc:
        print(f"kaidan: not exported: {exc}; choose another folder, or --force to replace it", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"kaidan: {failure_message(exc, args.out)}", file=sys.stderr)
        return 1
    finally:
        if progress:
            progress.done()
    for name, count in result.files.items():
        print(f"{args.out / name}: {count}")
    print(f"exported {result.articles} articles as {args.format}")
    if result.cuts:
        print(f"{len(result.cuts)} entity spans cut a token or overlap another and were left out "
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

    try:
        summary = review_file(open_db(db_path), args.file, args.annotator)
    except OSError as exc:
        print(f"kaidan: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print("\n".join(summary.lines(str(args.file))))
    return 0


def cmd_list(args, db_path: Path) -> int:
    db = open_db(db_path, readonly=True)
    if args.search and bounded_query(args.search)[1]:
        print(f"kaidan: the search is too long: only its first {QUERY_LIMIT} characters were searched",
              file=sys.stderr)
    ids = article_ids(db, search=args.search)[: max(args.limit, 0)]
    rows = list_rows(db, ids)
    items = [rows[i] for i in ids]
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=1))
        return 0
    for row in items:
        inferred = row["published_inferred"]
        date = (row["published"] or "")[:10] or (f"≈{inferred[:10]}" if inferred else "")
        check = "  [check cleaning]" if row["cleaning_check"] else ""
        print(f"{row['id']:>6}  {date:<10}  {(row['outlet'] or '')[:16]:<16}  "
              f"{row['title'] or '(' + (row['snippet'] or 'no title') + '…)'}{check}")
    print(f"{len(items)} of {count_articles(db)} articles", file=sys.stderr)
    return 0


def cmd_show(args, db_path: Path) -> int:
    article = get_article(open_db(db_path, readonly=True), args.id)
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


def cmd_entities(args, db_path: Path) -> int:
    from core.analysis import analyze_library  # training and detection: loaded by the command that runs them
    from core.learning import improve

    progress = None if args.quiet else _Progress(unit="steps")
    summary = improve(db_path, progress=progress)
    if progress:
        progress.done()
    if summary.model is None:
        print("no corrected articles yet: accept, reject, retype or add entities in some articles first")
        return 1
    print(f"trained on {summary.articles} corrected articles ({summary.mentions} mentions) -> {summary.model.name}")
    if not args.no_analyze:
        result = analyze_library(db_path, progress=None if args.quiet else _Progress(unit="articles"))
        print(f"analyzed {result.articles} articles, {result.mentions} entity mentions (your decisions kept)")
    return 0


COMMANDS = {
    "entities": cmd_entities,
    "import": cmd_import, "analyze": cmd_analyze, "claims": cmd_claims, "meetings": cmd_meetings,
    "evaluate": cmd_evaluate,
    "export": cmd_export, "review": cmd_review, "list": cmd_list, "show": cmd_show,
    **team_commands.COMMANDS,
    **batch_commands.COMMANDS,
}
