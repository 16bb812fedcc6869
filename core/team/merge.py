"""Bringing annotators' libraries into one team library, each annotator's decisions kept apart.

Articles are matched by content hash. Merging a library again brings its
annotator's decisions up to date (new ones added, changed ones updated, deleted
ones removed) and never duplicates anything.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlite_utils

from core.clock import now
from core.progress import Cancelled, Progress, run_each
from core.store import atomic, open_db
from core.store.anchors import context_of, find_anchor, paragraph_shift
from core.store.articles import _index
from core.store.changes import log_change
from core.store.errors import damaged
from core.team.sources import Decision, annotator_of, read_decisions

_SKIP_COLUMNS = ("id", "entities_version")
# what a merge compares to tell a changed decision from an unchanged one
_COMPARED = ("article_id", "start_char", "end_char", "text", "label", "holder", "target", "detail")


@dataclass
class MergeReport:
    """What one merge did: per annotator, decisions added/updated/removed and the articles they lack."""

    articles_added: int = 0
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    links_skipped: dict[str, int] = field(default_factory=dict)
    unplaced: dict[str, int] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=dict)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    merged: int = 0  # the libraries merged whole (those that could not be are in failed)

    def lines(self) -> list[str]:
        """A short plain-text account for the command line and the window."""
        out = [f"articles added {self.articles_added}"]
        for name in self.added:
            out.append(f"{name}: added {self.added[name]}, updated {self.updated[name]}, "
                       f"removed {self.removed[name]}, lacks {len(self.missing.get(name, []))} article(s)"
                       + (f", {self.links_skipped[name]} link(s) without a meeting mention skipped"
                          if self.links_skipped.get(name) else "")
                       + (f", {self.unplaced[name]} decision(s) whose text the team's article lacks skipped"
                          if self.unplaced.get(name) else ""))
        out += [f"failed: {source}: {reason}" for source, reason in self.failed]
        if self.cancelled:
            out.append("cancelled: the libraries not listed above were not merged")
        return out


def merge_libraries(paths, out_path, names=None, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> MergeReport:
    """Merge the annotators' libraries at paths into the team library at out_path.

    Each library is merged in one transaction; cancelling stops before the next library.
    """
    team = open_db(out_path)
    report = MergeReport()
    seen: dict[str, set[str]] = {}

    def merge_one(item: tuple[int, str]) -> None:
        i, path = item
        if Path(path).resolve() == Path(out_path).resolve():
            report.failed.append((str(path), "this is the team library itself"))
            return
        try:
            source = open_db(path)
        except Exception as exc:  # a bad file is named and the others go on
            report.failed.append((str(path), str(exc)))
            return
        try:
            name = names[i] if names and i < len(names) and names[i] else annotator_of(source, Path(path).stem)
            if name in seen:
                name = f"{name} ({Path(path).stem})"
            seen[name] = _merge_one(team, source, name, str(path), report)
            report.merged += 1
        except sqlite3.DatabaseError as exc:  # a source damaged past its first page is named; the others go on
            damage = damaged(exc, path)
            if damage is None:
                raise
            report.failed.append((str(path), str(damage)))
        finally:
            source.close()

    try:
        report.cancelled = run_each(list(enumerate(paths)), merge_one, progress, cancelled,
                                    label=lambda item: str(item[1]))
        all_hashes = {h for (h,) in team.execute("SELECT content_hash FROM articles")}
        for name, hashes in seen.items():
            report.missing[name] = sorted(all_hashes - hashes)
        refresh_states(team)
    finally:
        team.close()
    return report


def _merge_one(team: sqlite_utils.Database, source: sqlite_utils.Database, name: str, path: str,
               report: MergeReport) -> set[str]:
    columns = [c for c in team["articles"].columns_dict if c not in _SKIP_COLUMNS]
    known = {h: i for h, i in team.execute("SELECT content_hash, id FROM articles")}
    team_bodies = {h: b for h, b in team.execute("SELECT content_hash, body FROM articles")}
    decisions, skipped = read_decisions(source)
    hashes, cleaned_otherwise = set(), {}
    with atomic(team):
        for row in source.query(f"SELECT {', '.join(columns)} FROM articles"):
            hashes.add(row["content_hash"])
            if row["content_hash"] in team_bodies and team_bodies[row["content_hash"]] != row["body"]:
                own, theirs = row["body"], team_bodies[row["content_hash"]]
                cleaned_otherwise[row["content_hash"]] = (own, theirs, paragraph_shift(own, theirs))
            if row["content_hash"] not in known:
                article_id = team["articles"].insert(row).last_pk
                _index(team, article_id, row["title"], row["body"])
                known[row["content_hash"]] = article_id
                report.articles_added += 1
                team_bodies[row["content_hash"]] = row["body"]
        team["team_members"].upsert({"name": name, "source": path, "merged_at": now()}, pk="name")
        team.execute("DELETE FROM team_holdings WHERE annotator = ?", [name])
        team["team_holdings"].insert_all(({"annotator": name, "article_id": known[h]} for h in sorted(hashes)),
                                         batch_size=1000)
        before = {(layer, source_id): (row_id, tuple(values)) for layer, source_id, row_id, *values in team.execute(
            f"SELECT layer, source_id, id, {', '.join(_COMPARED)} FROM team_decisions WHERE annotator = ?", [name])}
        updated, fresh, new, unplaced = 0, set(), [], 0
        for d in decisions:
            if d.content_hash in cleaned_otherwise and d.layer != "link":
                d = _moved(d, *cleaned_otherwise[d.content_hash])
            if d is None or (d.layer != "link" and team_bodies[d.content_hash][d.start:d.end] != d.text):
                unplaced += 1  # its text is not in the article (or its offsets are damaged): never a wrong span
                continue
            row = _row(d, name, known[d.content_hash])
            key = (d.layer, d.source_id)
            fresh.add(key)
            old = before.get(key)
            if old is None:
                new.append(row)
            elif old[1] != tuple(row[c] for c in _COMPARED):
                team["team_decisions"].update(old[0], row)
                updated += 1
        if new:
            team["team_decisions"].insert_all(new, batch_size=1000)
        added = len(new)
        gone = [before[k][0] for k in before.keys() - fresh]
        for chunk in range(0, len(gone), 500):
            part = gone[chunk:chunk + 500]
            team.execute(f"DELETE FROM team_decisions WHERE id IN ({','.join('?' * len(part))})", part)
        log_change(team, "merge_library", "team_members", name, None,
                   {"source": path, "added": added, "updated": updated, "removed": len(gone)}, name)
    report.added[name], report.updated[name], report.removed[name] = added, updated, len(gone)
    report.links_skipped[name], report.unplaced[name] = skipped, unplaced
    return hashes


def _moved(d: Decision, own_body: str, team_body: str, shift) -> Decision | None:
    """The decision placed in the team's body when the annotator cleaned the article otherwise (None: text gone)."""
    start = shift(d.start, d.end)
    if start is None:
        start = find_anchor(team_body, d.text, context_of(own_body, d.start, d.end))
        # elsewhere only with the same surroundings on one side: another occurrence is another decision
        before, after = own_body[max(d.start - 6, 0):d.start], own_body[d.end:d.end + 6]
        if start is not None and not (team_body.endswith(before, 0, start)
                                      or team_body.startswith(after, start + len(d.text))):
            start = None
    if start is None:
        return None
    return replace(d, start=start, end=start + len(d.text))


def _row(d: Decision, name: str, article_id: int) -> dict:
    return {"annotator": name, "layer": d.layer, "source_id": d.source_id, "article_id": article_id,
            "start_char": d.start, "end_char": d.end, "text": d.text, "label": d.label, "holder": d.holder,
            "target": d.target, "detail": d.detail}


def decision_sets(team: sqlite_utils.Database, article_id: int | None = None) -> dict[int, dict[str, set]]:
    """Per article, each annotator's decisions as comparable tuples (layer, start, end, label, holder, target)."""
    sql = "SELECT article_id, annotator, layer, start_char, end_char, label, holder, target FROM team_decisions"
    rows = team.execute(sql + (" WHERE article_id = ?" if article_id is not None else ""),
                        [] if article_id is None else [article_id])
    out: dict[int, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for art, name, *rest in rows:
        out[art][name].add(tuple(rest))
    return out


def refresh_states(team: sqlite_utils.Database) -> None:
    """Mark each article agreeing or disagreeing (adjudicated ones stay adjudicated)."""
    members = [n for (n,) in team.execute("SELECT name FROM team_members")]
    sets = decision_sets(team)
    stamp = now()
    with atomic(team):
        done = {a for (a,) in team.execute("SELECT article_id FROM team_articles WHERE state = 'adjudicated'")}
        rows = []
        for (article_id,) in team.execute("SELECT id FROM articles"):
            if article_id in done:
                continue
            per = sets.get(article_id, {})
            views = [frozenset(per.get(n, ())) for n in members]
            state = "agreeing" if len(set(views)) <= 1 else "disagreeing"
            rows.append({"article_id": article_id, "state": state, "updated": stamp})
        if rows:
            team["team_articles"].upsert_all(rows, pk="article_id")
