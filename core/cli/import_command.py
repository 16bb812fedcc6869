"""kaidan import: files, folders and annotated datasets, or the articles picked from a batch run."""

from __future__ import annotations

import sys
from pathlib import Path

from core.interrupt import first_interrupt_cancels, say_interrupted
from core.cli.progress import Progress, stopped
from core.cli.safe_output import one_line
from core.plural import counted


def report_import(summary, messages=()) -> None:
    """What an import stored: counts, annotations brought along, its messages and each failed source."""
    print(f"imported {len(summary.imported)}, duplicates {len(summary.duplicates)}, failed {len(summary.failed)}")
    if summary.annotations:
        print("annotations: " + ", ".join(f"{what} {n}" for what, n in summary.annotations.items()))
    for message in messages:
        print(f"  {one_line(str(message))}")
    for source, reason in summary.failed:  # a file name may hold a line break: each failure stays one line
        print(f"  failed: {one_line(str(source))}: {one_line(str(reason))}")
    if getattr(summary.failed, "left_out", 0):  # a large import keeps the first failures, counts the rest
        print(f"  failed: {summary.failed.left_out} more")


def cmd_import_slice(args, db_path: Path, progress=None) -> int:
    """kaidan import RUN --where SQL: the articles picked from a batch run, with their annotations."""
    if len(args.paths) != 1:
        print("kaidan: --where takes one batch run folder", file=sys.stderr)
        return 2
    from core.batch.slice import SliceError, import_slice  # reads and stores annotations: loaded when asked

    try:
        with first_interrupt_cancels() as interrupted:
            summary = import_slice(args.paths[0], args.where or "", db_path, progress=progress, cancelled=interrupted)
    except SliceError as exc:
        print(f"kaidan: {exc}", file=sys.stderr)
        return 2
    if progress is not None:
        progress.done()
    report_import(summary)
    if summary.cancelled:
        return say_interrupted(f"{counted(len(summary.imported), 'article', grouped=True)} imported, the rest not",
                               "running it again imports the rest (those imported are skipped as duplicates)")
    if summary.stopped:
        print(f"kaidan: {summary.stopped}", file=sys.stderr)
        return 1
    return 1 if summary.failed else 0


def cmd_import(args, db_path: Path) -> int:
    if args.where is not None or (len(args.paths) == 1 and (Path(args.paths[0]) / "run.json").is_file()):
        return cmd_import_slice(args, db_path, Progress(unit="articles") if not args.quiet else None)
    from core.importer import import_any  # reading, cleaning and detection: loaded by the commands that run them

    progress = None if args.quiet else Progress()
    with first_interrupt_cancels() as interrupted:
        summary = import_any(args.paths, db_path, args.format, progress=progress, cancelled=interrupted)
    if progress:
        progress.done()
    report_import(summary, summary.messages())
    if interrupted():
        return say_interrupted(f"{counted(len(summary.imported), 'article', grouped=True)} imported, the rest not",
                               "running it again imports the rest (those imported are skipped as duplicates)")
    return stopped(summary) or (1 if summary.failed else 0)
