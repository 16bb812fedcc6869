"""Decisions from a file (`kaidan review FILE.jsonl`): accept, reject or retype mentions, accept or dismiss
claims and set their stances, as a lab does when a model or a second tool made the decisions.

One JSON object a line:
  {"kind": "mention", "id": 41, "action": "reject"}
  {"kind": "mention", "article": 3, "start": 10, "end": 12, "action": "retype", "type": "ORG"}
  {"kind": "claim", "article": 3, "start": 20, "end": 48, "action": "accept", "stance": "against"}
  {"kind": "claim", "id": 7, "action": "stance", "stance": "favor"}
A mention or claim is named by its id (Label Studio's region ids m41 and c7 too), or by its article and span (code points, end exclusive; "type"
picks one of several mentions on the same span). Mention actions: accept (with "type", a span no
mention covers becomes the user's mention), reject, retype ("type", optional "entity_id"). Claim
actions: accept (optional "stance"), dismiss, stance. Each line is applied whole or not at all, and
logged in the change log with its annotator (the line's "annotator", else the command's), as window
edits are. A line that cannot be applied is skipped and named; the others go in.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import sqlite_utils

from core.datasets.checks import label_problem, span_problem, stance_keys
from core.export.card import entity_types
from core.ingest.decode import EMPTY
from core.ingest.errors import IngestError
from core.ingest.stream import UNDECODABLE, bounded_lines, open_text, too_long, undecodable
from core.store.claims import update_claim
from core.store.mentions import add_user_mention, update_mention

MENTION_ACTIONS = ("accept", "reject", "retype")
CLAIM_ACTIONS = ("accept", "dismiss", "stance")


class Skip(Exception):
    """Why a review line is not applied."""


@dataclass
class ReviewSummary:
    applied: Counter = field(default_factory=Counter)
    unchanged: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    read: int = 0  # the file's lines gone through
    interrupted: bool = False  # stopped by the cancel callback (Ctrl+C) after line `read`, the rest not read

    def lines(self, source: str) -> list[str]:
        """The summary a person reads: what changed, and every skipped line with its reason."""
        done = ", ".join(f"{what} {n}" for what, n in sorted(self.applied.items())) or "nothing"
        out = [f"{source}: applied {sum(self.applied.values())} ({done}); already so {self.unchanged}; "
               f"skipped {len(self.skipped)}"]
        out += [f"  line {number}: {reason}" for number, reason in self.skipped]
        return out


def review_file(db: sqlite_utils.Database, path: str | Path, annotator: str | None = None,
                cancelled: Callable[[], bool] | None = None) -> ReviewSummary:
    """Apply every usable line of a review file; bad lines are skipped and named. IngestError when the file
    cannot be read as text (missing, binary). cancelled() true (a Ctrl+C): stop after the line in hand, each
    line applied whole or not at all, and say so in the summary (interrupted, read)."""
    summary = ReviewSummary()
    context = {"types": set(entity_types(db)), "stances": stance_keys(db)}
    try:
        handle = open_text(Path(path))  # any encoding a tool writes (UTF-16, a BOM, Shift_JIS); binary refused
    except IngestError as exc:
        if str(exc) == EMPTY:  # a tool that had nothing to decide
            return summary
        raise
    with handle:
        for number, text in bounded_lines(handle):  # memory bounded by a line, however long one is
            if cancelled is not None and cancelled():
                summary.interrupted = True
                break
            summary.read = number
            if text is None or UNDECODABLE.search(text):
                summary.skipped.append((number, str(too_long() if text is None else undecodable(handle.encoding))))
                continue
            if not text.strip():
                continue
            try:
                line = json.loads(text)
                if not isinstance(line, dict):
                    raise Skip("not a JSON object")
                who = line.get("annotator") if isinstance(line.get("annotator"), str) else annotator
                what = apply_line(db, line, who, context)
            except (ValueError, RecursionError) as exc:  # json errors and spans the store refuses
                summary.skipped.append((number, f"not usable: {exc}"[:200]))
                continue
            except Skip as exc:
                summary.skipped.append((number, str(exc)[:200]))
                continue
            if what is None:
                summary.unchanged += 1
            else:
                summary.applied[what] += 1
    return summary


def apply_line(db: sqlite_utils.Database, line: dict, annotator: str | None, context: dict) -> str | None:
    """Apply one decision; returns what it did (None when the library already said so)."""
    kind, action = line.get("kind"), line.get("action")
    if kind == "mention":
        if action not in MENTION_ACTIONS:
            raise Skip(f"mention action must be one of {', '.join(MENTION_ACTIONS)}")
        return _mention(db, line, action, annotator, context)
    if kind == "claim":
        if action not in CLAIM_ACTIONS:
            raise Skip(f"claim action must be one of {', '.join(CLAIM_ACTIONS)}")
        return _claim(db, line, action, annotator, context)
    raise Skip('"kind" must be "mention" or "claim"')


def _mention(db, line: dict, action: str, annotator: str | None, context: dict) -> str | None:
    type_ = line.get("type")
    if type_ is not None and (label_problem(type_) or type_ not in context["types"]):
        raise Skip(f"type {str(type_)[:40]!r} is not one of the library's entity types")
    if action == "retype" and type_ is None:
        raise Skip('retype needs a "type"')
    entity_id = line.get("entity_id")
    if entity_id is not None and not isinstance(entity_id, str):
        raise Skip('"entity_id" must be text')
    rows = _find(db, "mentions", line, "id, article_id, type, entity_id, state")
    if type_ is not None and len(rows) > 1:
        rows = [r for r in rows if r["type"] == type_] or rows
    if not rows:
        if action == "accept" and type_ is not None and "id" not in line:
            add_user_mention(db, line["article"], line["start"], line["end"], type_,
                                             entity_id=entity_id, annotator=annotator)
            return "mentions added"
        raise Skip(f"no mention {_where(line)}")
    if len(rows) > 1:
        raise Skip(f"{len(rows)} mentions {_where(line)}: say which with \"type\" or \"id\"")
    m = rows[0]
    wanted = {"accept": {"state": "accepted"}, "reject": {"state": "rejected"},
              "retype": {"state": "accepted", "type": type_}}[action]
    if action == "accept" and type_ is not None:
        wanted["type"] = type_
    if entity_id is not None and action != "reject":
        wanted["entity_id"] = entity_id
    if all(m[k] == v for k, v in wanted.items()):
        return None
    update_mention(db, m["id"], annotator=annotator, **wanted)
    return {"accept": "mentions accepted", "reject": "mentions rejected", "retype": "mentions retyped"}[action]


def _claim(db, line: dict, action: str, annotator: str | None, context: dict) -> str | None:
    stance = line.get("stance")
    if stance is not None and stance not in context["stances"]:
        raise Skip(f"stance {str(stance)[:40]!r} is not in the library's scheme")
    if action == "stance" and stance is None:
        raise Skip('the stance action needs a "stance"')
    rows = _find(db, "claims", line, "id, state, stance")
    if not rows:
        raise Skip(f"no claim {_where(line)}")
    if len(rows) > 1:
        raise Skip(f"{len(rows)} claims {_where(line)}: say which with \"id\"")
    c = rows[0]
    wanted = {"accept": {"state": "accepted"}, "dismiss": {"state": "dismissed"}, "stance": {}}[action]
    if stance is not None and action != "dismiss":
        wanted["stance"] = stance
    if all(c[k] == v for k, v in wanted.items()):
        return None
    update_claim(db, c["id"], annotator=annotator, **wanted)
    return {"accept": "claims accepted", "dismiss": "claims dismissed", "stance": "stances set"}[action]


def _find(db, table: str, line: dict, columns: str) -> list[dict]:
    """The rows a line names: by id, or by article and span (a span outside the body is refused)."""
    if "id" in line:
        return list(db.query(f"SELECT {columns} FROM {table} WHERE id = ? AND detached = 0",
                             [_row_id(line["id"], table)]))
    article, start, end = line.get("article"), line.get("start"), line.get("end")
    if not _whole(article):
        raise Skip('name the annotation by "id", or by "article", "start" and "end"')
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article]).fetchone()
    if body is None:
        raise Skip(f"no article {article}")
    problem = span_problem(body[0], start, end)
    if problem:
        raise Skip(f"span [{str(start)[:12]}, {str(end)[:12]}] of article {article}: {problem}")
    return list(db.query(f"SELECT {columns} FROM {table} WHERE article_id = ? AND start_char = ? AND end_char = ? "
                         "AND detached = 0 ORDER BY id", [article, start, end]))


def _row_id(value, table: str) -> int:
    """A row id: a whole number, or a Label Studio region id of Kaidan's export (m41, c7)."""
    letter = "m" if table == "mentions" else "c"
    if isinstance(value, str) and value[:1] == letter and value[1:].isdigit() and value[1:].isascii():
        return int(value[1:])
    if not _whole(value):
        raise Skip(f'"id" must be a whole number (or a Label Studio region id like {letter}41)')
    return value


def _where(line: dict) -> str:
    if "id" in line:
        return f"with id {line['id']}"
    return f"at article {line.get('article')} [{line.get('start')}, {line.get('end')}]"


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
