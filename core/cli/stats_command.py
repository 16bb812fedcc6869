"""kaidan stats: what the library holds, as aligned text or one JSON object (keys in the README)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from core.store import read_library
from core.store.stats import library_stats
from core.plural import counted

_LABEL = 16  # the width of the first column
_LINE = 100  # lists of counts wrap here
_BANDS = {"sure": "sure (≥ 0.75)", "fairly_sure": "fairly sure (0.5–0.75)", "unsure": "unsure (< 0.5)",
          "user": "yours"}


def cmd_stats(args, db_path: Path) -> int:
    """Print the library's figures; read-only, so it runs beside the window and an import."""
    stats = library_stats(read_library(db_path))
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=1, default=str))
    else:
        print("\n".join(stats_lines(stats)))
    return 0


def stats_lines(stats: dict) -> list[str]:
    """The figures as plain aligned text, one section after another."""
    sections = [*_library(stats), "", *_articles(stats["articles"]), "", *_mentions(stats["mentions"]), "",
                *_claims(stats["claims"]), "", *_meetings(stats["meetings"]), *_team(stats["team"])]
    return "\n".join(sections).split("\n")


def _library(stats: dict) -> list[str]:
    library, last = stats["library"], stats["last_import"]
    size = _bytes(library["bytes"])
    if library["wal_bytes"]:
        size += f" (and {_bytes(library['wal_bytes'])} of write-ahead log)"
    lines = [_row("library", library["path"] or "(in memory)"), _row("size", size),
             _row("schema", str(library["schema"]))]
    if last:
        lines.append(_row("last import", f"{last['imported_at']}: article {last['article_id']}, from {last['source']}"))
    else:
        lines.append(_row("last import", "none yet"))
    return lines


def _articles(figures: dict) -> list[str]:
    dates = figures["dates"]
    lines = [_row("articles", _n(figures["total"])),
             _row("  source", _joined((f["source_format"], f["articles"]) for f in figures["by_source_format"])
                  or "-"),
             _row("  status", _joined(figures["by_status"].items()))]
    if dates["first"]:
        lines.append(_row("  published", f"{str(dates['first'])[:10]} … {str(dates['last'])[:10]}"))
    undated = _n(dates["undated"])
    if dates["undated_inferred"]:
        undated += f" ({_n(dates['undated_inferred'])} with a day read from the text)"
    lines += [_row("  undated", undated), _row("  check cleaning", _n(figures["check_cleaning"])),
              _row("  outlets", f"{_n(figures['outlets'])} (no outlet: {_n(figures['no_outlet'])})")]
    lines += _table([[o["outlet"], _n(o["articles"])] for o in figures["top_outlets"]], indent=4)
    return lines


def _mentions(figures: dict) -> list[str]:
    lines = [_row("entity mentions", f"{_n(figures['total'])}  ({_joined(figures['by_state'].items())})")]
    columns = ("total", "proposed", "accepted", "rejected", "user", "linked", "detached")
    if figures["by_type"]:
        lines += _table([["type", *columns[:4], "yours", *columns[5:]]] + [[t["type"], *(_n(t[c]) for c in columns)]
                                                for t in figures["by_type"]], indent=2)
    return lines


def _claims(figures: dict) -> list[str]:
    lines = [_row("claims", f"{_n(figures['total'])}  ({_joined(figures['by_state'].items())}; "
                            f"yours {_n(figures['user'])})")]
    columns = ("total", "candidate", "accepted", "dismissed")
    lines += _table([["stance", *columns]] + [[s["stance"] or "(none)", *(_n(s[c]) for c in columns)]
                                              for s in figures["by_stance"]], indent=2)
    return lines


def _meetings(figures: dict) -> list[str]:
    mentions, links = figures["mentions"], figures["links"]
    confidence = ((_BANDS.get(band, band), n) for band, n in figures["by_confidence"].items())
    return [
        _row("meetings", _n(figures["total"])),
        _row("  status", _joined(figures["by_status"].items())),
        _row("  state", _joined(figures["by_state"].items())),
        _row("  confidence", _joined(confidence)),
        _row("  kind", _joined(figures["by_kind"].items())),
        _row("  mentions", f"{_n(mentions['total'])}, {_n(mentions['tied'])} tied to a meeting  "
                           f"({_joined(mentions['by_state'].items())})"),
        _row("  links", f"{_n(links['total'])}  ({_joined(links['by_state'].items())})"),
        _row("", _joined(links["by_relation"].items())),
    ]


def _team(team: dict | None) -> list[str]:
    if team is None:
        return []
    layers = ("entity", "claim", "tie", "link")
    rows = [["annotator", "articles", *layers, "merged"]]
    rows += [[a["name"], _n(a["articles"]), *(_n(a["decisions"][layer]) for layer in layers), a["merged_at"]]
             for a in team["annotators"]]
    return ["", _row("team", f"{counted(len(team['annotators']), 'annotator')}; articles {_joined(team['articles'].items())}"),
            *_table(rows, indent=2)]


def _row(label: str, value: str) -> str:
    """label and value; a long list of counts goes on under the value, never past _LINE columns."""
    parts, lines = _plain(value).split(" · "), [_pad(label, _LABEL)]
    for i, part in enumerate(parts):
        piece = part if i == 0 else f" · {part}"
        if i and _width(lines[-1] + piece) > _LINE:
            lines[-1] += " ·"
            lines.append(" " * (_LABEL + 1) + part)
        else:
            lines[-1] += (" " if i == 0 else "") + piece
    return "\n".join(line.rstrip() for line in lines)


def _table(rows: list[list[str]], indent: int) -> list[str]:
    """Columns aligned by their display width (a kanji takes two); the first left, the others right."""
    if not rows:
        return []
    rows = [[_plain(cell) for cell in row] for row in rows]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [_pad(row[0], widths[0])] + [_pad(cell, width, right=True) for cell, width in zip(row[1:], widths[1:])]
        lines.append((" " * indent + "  ".join(cells)).rstrip())
    return lines


def _joined(pairs) -> str:
    return " · ".join(f"{key} {_n(n)}" for key, n in pairs)


def _n(number: int | None) -> str:
    return f"{number or 0:,}"


def _bytes(size: int | None) -> str:
    if size is None:
        return "unknown"
    if size < 1024:
        return f"{size:,} B"
    for unit in ("KiB", "MiB", "GiB"):
        size /= 1024
        if size < 1024 or unit == "GiB":
            break
    return f"{size:,.1f} {unit}"


def _plain(text: str) -> str:
    """One line of text: line breaks, tabs and other control characters (an outlet's, a file name's) as spaces."""
    return "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in str(text))


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    space = " " * max(width - _width(text), 0)
    return space + text if right else text + space
