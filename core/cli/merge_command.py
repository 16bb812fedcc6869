"""kaidan merge: annotators' libraries into a team library, one library at a time (Ctrl+C stops between two)."""

from __future__ import annotations

from pathlib import Path

from core.interrupt import first_interrupt_cancels, say_interrupted
from core.cli.progress import Progress
from core.team.merge import merge_libraries
from core.plural import counted


def cmd_merge(args, db_path: Path) -> int:
    """Merge the libraries; print what each annotator brought and lacks."""
    names = [n.strip() for n in args.names.split(",")] if args.names else None
    progress = Progress(unit="libraries", least=1)
    with first_interrupt_cancels() as interrupted:  # Ctrl+C: the library in hand is merged whole, then it stops
        report = merge_libraries(args.libraries, args.out, names, progress=progress, cancelled=interrupted)
    progress.done()
    print("\n".join(report.lines()))
    for name, hashes in report.missing.items():
        for content_hash in hashes[:20]:
            print(f"  {name} lacks {content_hash}")
        if len(hashes) > 20:
            print(f"  {name} lacks {len(hashes) - 20} more")
    if report.cancelled:
        failed = f" ({len(report.failed)} could not be)" if report.failed else ""
        return say_interrupted(f"{report.merged} of {counted(len(args.libraries), 'library', 'libraries')} merged{failed}, "
                               "the rest not",
                               "running it again merges them all (those merged are only brought up to date)")
    return 1 if report.failed else 0
