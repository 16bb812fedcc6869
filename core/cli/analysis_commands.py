"""Commands that detect and suggest: analyze, entities improve, claims, meetings, evaluate."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from core.store import read_library
from core.interrupt import first_interrupt_cancels, say_interrupted
from core.cli.progress import Progress, stopped
from core.store.meetings import link_records, meeting_records
from core.plural import counted


def cmd_analyze(args, db_path: Path) -> int:
    from core.analysis import analyze_library  # the tokenizer and detection: loaded by the commands that run them

    progress = None if args.quiet else Progress(unit="articles")
    with first_interrupt_cancels() as interrupted:  # Ctrl+C: the articles analysed so far are saved, then it stops
        summary = analyze_library(db_path, args.ids or None, progress=progress, cancelled=interrupted)
    if progress:
        progress.done()
    print(f"analyzed {counted(summary.articles, 'article')}, {counted(summary.mentions, 'entity mention')}")
    if summary.cancelled:
        return say_interrupted(f"{summary.articles:,} of {counted(summary.total, 'article', grouped=True)} analysed, the rest not",
                               "running it again analyses them all from the start (your decisions kept)")
    return stopped(summary)


def cmd_claims(args, db_path: Path) -> int:
    if args.claims_command == "suggest":
        from core.analysis import analyze_library  # the tokenizer and detection: loaded when they run

        progress = None if args.quiet else Progress(unit="articles")
        with first_interrupt_cancels() as interrupted:
            summary = analyze_library(db_path, args.ids or None, progress=progress, cancelled=interrupted,
                                      claims_only=True)
        if progress:
            progress.done()
        print(f"{counted(summary.candidates, 'claim candidate')} in {counted(summary.articles, 'article')}")
        if summary.cancelled:
            return say_interrupted(f"claims suggested in {summary.articles:,} of {counted(summary.total, 'article', grouped=True)}, the "
                                   "rest not", "running it again suggests them in all from the start (your claims "
                                   "and decisions kept)")
        return stopped(summary)

    from core.store.claim_queries import ClaimFilter, claim_rows  # the claims' queries: loaded by claims list
    from core.store.registry import load_registry

    states = {"open": ("accepted", "candidate"), "all": ("accepted", "candidate", "dismissed")}
    db = read_library(db_path)
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
    print(counted(len(rows), "claim"), file=sys.stderr)
    return 0


def cmd_meetings(args, db_path: Path) -> int:
    if args.meetings_command == "suggest":
        from core.meetings.suggest import suggest_meetings  # the tokenizer and detection: loaded when they run

        progress = None if args.quiet else Progress(unit="articles")
        with first_interrupt_cancels() as interrupted:
            summary = suggest_meetings(db_path, args.ids or None, progress=progress, cancelled=interrupted)
        if progress:
            progress.done()
        print(f"{counted(summary.mentions, 'meeting mention')} in {counted(summary.articles, 'article')}: "
              f"{counted(summary.meetings, 'new meeting')} proposed, {counted(summary.links, 'link')}")
        if summary.cancelled:
            return say_interrupted(f"meetings suggested in {summary.articles:,} of {counted(summary.total, 'article', grouped=True)}, the "
                                   "rest not", "running it again goes through them all from the start")
        return stopped(summary)

    db = read_library(db_path)
    meetings = meeting_records(db)
    if args.json:
        print(json.dumps({"meetings": meetings, "links": link_records(db)} if args.links else meetings,
                         ensure_ascii=False, indent=1))
        return 0
    for m in meetings:
        who = "・".join(p["name"] for p in m["participants"])
        print(f"{m['id']:>5} {m['start'] or '?':<10} {m['kind']:<12} {m['status']:<10} {who[:40]:<40} "
              f"{m['place']['text'] or ''}  ({counted(len(m['mentions']), 'mention')})")
    if args.links:
        for link in link_records(db):
            print(f"  {link['from']} {link['relation']} {link['to']}  {(link['evidence'] or '')[:50]}")
    print(counted(len(meetings), "meeting"), file=sys.stderr)
    return 0


def cmd_evaluate(args, db_path: Path) -> int:
    from core.nlp import evaluate  # the tokenizer and detection: loaded by the commands that run them
    from core.store.db import open_db  # a library in memory when there is none (the bundled registry)
    from core.store.registry import load_registry

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
    except KeyboardInterrupt:  # it writes nothing: stopped at once, said as the other commands say it
        return say_interrupted("nothing scored (evaluate writes nothing)", "running it again scores from the start")
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


def cmd_entities(args, db_path: Path) -> int:
    from core.analysis import analyze_library  # training and detection: loaded by the command that runs them
    from core.learning import ImproveCancelled, improve

    progress = None if args.quiet else Progress(unit="steps")
    with first_interrupt_cancels() as interrupted:
        try:
            summary = improve(db_path, progress=progress, cancelled=interrupted)
        except ImproveCancelled:
            if progress:
                progress.done()
            return say_interrupted("the tagger was not retrained (the library's tagger is as it was)",
                                   "running it again trains it from the start")
    if progress:
        progress.done()
    if summary.model is None:
        print("no corrected articles yet: accept, reject, retype or add entities in some articles first")
        return 1
    print(f"trained on {counted(summary.articles, 'corrected article')} ({counted(summary.mentions, 'mention')}) "
          f"-> {summary.model.name}")
    if not args.no_analyze:
        progress = None if args.quiet else Progress(unit="articles")
        with first_interrupt_cancels() as interrupted:
            result = analyze_library(db_path, progress=progress, cancelled=interrupted)
        if progress:
            progress.done()
        print(f"analyzed {counted(result.articles, 'article')}, {counted(result.mentions, 'entity mention')} "
              "(your decisions kept)")
        if result.cancelled:
            return say_interrupted(f"the tagger was retrained; {result.articles:,} of {counted(result.total, 'article', grouped=True)} "
                                   "analysed with it, the rest not", "running `analyze` detects in them all with it")
    return 0
