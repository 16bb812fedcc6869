"""Whether an export folder already holds a different export, which only an explicit choice may replace."""

from __future__ import annotations

import json
from fnmatch import fnmatch
from pathlib import Path

from core.errors import Reason
from core.export.id_ranges import article_of, in_ranges
from core.export.journal import added_by_killed_export
from core.export.scope import Scope
from core.export_names import CARD, FILES


class ExportExists(Exception):
    """The folder holds another export; the message says which (replace it with force). recovered: what was done
    first about an export a crash had left there (core.export.recover), said before the question."""

    def __init__(self, reason: Reason, recovered: list[Reason] = ()) -> None:
        super().__init__(reason)
        self.recovered = list(recovered)


def other_export(out_dir: str | Path, fmt: str, scope: Scope) -> Reason | None:
    """Why exporting fmt/scope into out_dir would replace a different export (None when it would not).

    The same format and scope again is a refresh of that export, not a different one. The reason carries
    a code and its details (the export held, the names that clash) for a reader that words it itself.
    """
    folder = Path(out_dir)
    if not folder.is_dir():
        return None
    card = folder / CARD
    if not card.is_file():  # a crash set it aside mid-export: the export recovers it first (core.export.recover)
        card = folder / (CARD + ".earlier")
    if card.is_file():
        try:
            held = json.loads(card.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return _not_a_card(folder)
        if not isinstance(held, dict):
            return _not_a_card(folder)
        if held.get("format") == fmt and held.get("scope") == scope.describe():
            return _strays(folder, fmt, held)  # a refresh: only files named like its own but not its own ask
        held_format = held.get("format", "different")
        return Reason(f"{folder} holds a {held_format} export of {_scope_text(held.get('scope'))}", "other_export",
                      folder=str(folder), format=str(held_format), scope=held.get("scope"))
    try:
        names = [p.name for p in folder.iterdir()]
    except OSError:
        return None  # an unreadable folder fails with its own message when written
    added = added_by_killed_export(folder)  # the export puts the folder back as it was first (core.export.recover)
    return _clashes(folder, sorted(n for n in names if n not in added
                                   and any(fnmatch(n, pattern) for pattern in FILES.get(fmt, ()))))


def _strays(folder: Path, fmt: str, held: dict) -> Reason | None:
    """The per-article files in folder named as the export held there names its own, that it did not write
    (its card's article_ids): a user's own article-000123.txt, which a refresh may write over only when asked."""
    written = held.get("article_ids")
    if written is None:
        return None  # a card from before it said which: its files are known by their pattern alone
    try:
        names = [p.name for p in folder.iterdir() if p.is_file()]
    except OSError:
        return None
    added, patterns = added_by_killed_export(folder), FILES.get(fmt, ())
    return _clashes(folder, sorted(
        n for n in names if n not in added and n not in patterns and not _written_article(n, written)
        and any(fnmatch(n, pattern) for pattern in patterns)))


def _clashes(folder: Path, clashes: list[str]) -> Reason | None:
    if not clashes:
        return None
    more = f" and {len(clashes) - 3} more" if len(clashes) > 3 else ""
    return Reason(f"{folder} already holds {', '.join(clashes[:3])}{more} (not from a Kaidan export card)",
                  "export_clashes", folder=str(folder), names=clashes[:3], more=max(len(clashes) - 3, 0))


def earlier_export(out_dir: str | Path) -> list[str]:
    """The names of the files of the Kaidan export in out_dir (by its card: the names its format writes and
    those the card lists), which an export there replaces whole; [] when out_dir holds no readable card.
    A per-article file (brat's article-000123.txt) is the export's only when its card says it wrote that
    article (article_ids): a user's own file named like one is not replaced or removed by a refresh. A card
    written before it said so is read by the pattern alone."""
    folder = Path(out_dir)
    held = read_card(folder / CARD)
    if held is None:
        return []
    try:
        names = [p.name for p in folder.iterdir() if p.is_file()]
    except OSError:
        return []
    listed, patterns = card_files(held)
    written = held.get("article_ids")

    def ours(name: str) -> bool:
        if name in listed or name in patterns:
            return True
        if not any(fnmatch(name, pattern) for pattern in patterns):
            return False
        return written is None or _written_article(name, written)

    return sorted(n for n in names if ours(n))


def _written_article(name: str, written) -> bool:
    """Whether name is the file of an article the card's article_ids say its export wrote."""
    article = article_of(name)
    return article is not None and in_ranges(article, written)


def read_card(path: Path) -> dict | None:
    """A Kaidan export card read from path (None when it is not there or not a card)."""
    try:
        card = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return card if isinstance(card, dict) else None


def card_files(card: dict) -> tuple[list[str], tuple[str, ...]]:
    """What a card says its export wrote: the entries it lists under files (names, or a description by pattern
    such as brat's "*.txt + *.ann") and the names or patterns its format writes (core.export_names.FILES)."""
    files = card.get("files")
    listed = [name for name in files if isinstance(name, str)] if isinstance(files, dict) else []
    fmt = card.get("format")
    return listed, FILES.get(fmt, ()) if isinstance(fmt, str) else ()


def _not_a_card(folder: Path) -> Reason:
    return Reason(f"{folder} holds a {CARD} that is not a Kaidan export card", "not_a_card", folder=str(folder),
                  card=CARD)


def _scope_text(scope) -> str:
    if not isinstance(scope, dict) or scope.get("all"):
        return "the whole library"
    return ", ".join(f"{k} {v}" for k, v in scope.items())
