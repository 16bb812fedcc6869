"""The argument parser of every command, and the types of its arguments."""

from __future__ import annotations

import argparse

from core.batch import commands as batch_commands
from core.dataset_formats import FORMATS as DATASET_FORMATS
from core.export_names import FORMATS, READERS
from core.paths import DB_ENV, named_file_path, named_path


def build_parser() -> argparse.ArgumentParser:
    """Every command, in the order `kaidan --help` lists them; each group's options are built by its own function."""
    db_help = f"library file (default: ${DB_ENV} or one in your data directory)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=named_file_path, default=argparse.SUPPRESS, help=db_help)

    parser = argparse.ArgumentParser(
        prog="kaidan", description="Read and annotate Japanese news about diplomacy."
    )
    parser.add_argument("--db", type=named_file_path, default=None, help=db_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    _import_parser(commands, common)
    _analysis_parsers(commands, common)
    _export_parser(commands, common)
    _review_parser(commands, common)
    _team_parsers(commands)
    batch_commands.add_parsers(commands)
    _reading_parsers(commands, common)
    return parser


def _import_parser(commands, common: argparse.ArgumentParser) -> None:
    """import: files, folders, annotated datasets or a batch run's slice."""
    sub = commands.add_parser("import", parents=[common], help="import files and folders")
    sub.add_argument("paths", nargs="+", type=named_path, metavar="PATH")
    sub.add_argument("--format", choices=("auto", *DATASET_FORMATS), default="auto", metavar="FORMAT",
                     help="annotated dataset format, one of %(choices)s (auto: Kaidan exports, Label Studio, doccano and brat "
                          "are recognised; other files are read as articles)")
    sub.add_argument("-q", "--quiet", action="store_true", help="no progress, only the summary")
    sub.add_argument("--where", metavar="SQL", default=None,
                     help="PATH is a batch run: import the articles this SQL condition over its articles table "
                          "picks (DuckDB), with every annotation")


def _analysis_parsers(commands, common: argparse.ArgumentParser) -> None:
    """The detectors run again and scored: analyze, entities, claims, meetings, evaluate."""
    sub = commands.add_parser("analyze", parents=[common], help="detect entities again")
    sub.add_argument("ids", nargs="*", type=_article_id, metavar="ID", help="articles (default: all)")
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
    action.add_argument("ids", nargs="*", type=_article_id, metavar="ID", help="articles (default: all)")
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
    action.add_argument("ids", nargs="*", type=_article_id, metavar="ID", help="articles (default: all)")
    action.add_argument("-q", "--quiet", action="store_true")
    action = meeting_commands.add_parser("list", parents=[common], help="list meetings")
    action.add_argument("--json", action="store_true")
    action.add_argument("--links", action="store_true", help="list the links between meetings too")

    sub = commands.add_parser("evaluate", parents=[common], help="score entity detection against gold JSONL")
    sub.add_argument("gold", type=named_file_path, help="articles.jsonl-shaped gold: body and entities")
    sub.add_argument("--predictions", type=named_file_path, help="score this JSONL instead of running Kaidan")
    sub.add_argument("--types", nargs="*", help="only these types")
    sub.add_argument("--errors", action="store_true", help="list every missed and extra span")
    sub.add_argument("--json", action="store_true")


def _export_parser(commands, common: argparse.ArgumentParser) -> None:
    """export: a format, a folder and the articles to include."""
    sub = commands.add_parser("export", parents=[common], help="export the library",
                              formatter_class=argparse.RawDescriptionHelpFormatter,
                              epilog="formats:\n" + "\n".join(f"  {k:<12}{v}" for k, v in READERS.items()))
    sub.add_argument("--format", choices=FORMATS, default="jsonl")
    sub.add_argument("--out", type=named_file_path, required=True, metavar="DIR")
    sub.add_argument("--ids", type=_id_list, help="only these articles: 3,5,8")
    sub.add_argument("--status", action="append", choices=("new", "in progress", "done"),
                     help="only articles with this status (repeatable)")
    # an article's day: the page's date, else the one read from its text (the list's ≈ date)
    sub.add_argument("--from", dest="date_from", type=_iso_day, metavar="YYYY-MM-DD",
                     help="dated on or after (the page's date, else the day read from its text)")
    sub.add_argument("--to", dest="date_to", type=_iso_day, metavar="YYYY-MM-DD",
                     help="dated on or before (the page's date, else the day read from its text)")
    sub.add_argument("--outlet", action="append", help="only this outlet (repeatable)")
    sub.add_argument("--force", action="store_true", help="replace a different export already in DIR")
    sub.add_argument("--keep-tokens", action="store_true",
                     help="conll/hf/spacy: keep the tokenizer's tokens whole (an entity inside one is left out)")
    sub.add_argument("--all-entities", action="store_true", help="jsonl: the whole entity registry in entities.jsonl")
    sub.add_argument("-q", "--quiet", action="store_true", help="no progress, only the summary")


def _review_parser(commands, common: argparse.ArgumentParser) -> None:
    """review: decisions on mentions and claims from a file."""
    sub = commands.add_parser("review", parents=[common], help="apply decisions on mentions and claims from a file",
                              description="Accept, reject or retype mentions, accept or dismiss claims and set "
                                          "stances from a JSON Lines file (format in the README).")
    sub.add_argument("file", type=named_file_path, metavar="FILE.jsonl")
    sub.add_argument("--annotator", help="who decided (logged with each change; a line's own annotator wins)")


def _reading_parsers(commands, common: argparse.ArgumentParser) -> None:
    """What reads the library without changing it: list, show, stats."""
    sub = commands.add_parser("list", parents=[common], help="list articles")
    sub.add_argument("--search", default=None, help="words to look for in title and body")
    sub.add_argument("--limit", type=int, default=50)
    sub.add_argument("--json", action="store_true")

    sub = commands.add_parser("show", parents=[common], help="show one article")
    sub.add_argument("id", type=_article_id)
    sub.add_argument("--raw", action="store_true", help="the raw text with line labels")
    sub.add_argument("--json", action="store_true")

    sub = commands.add_parser("stats", parents=[common], help="what the library holds, counted",
                              description="The library's file and schema; articles by source, status, outlet "
                                          "and date; entity mentions by type; claims by state and stance; "
                                          "meetings, their mentions and links; the annotators of a team "
                                          "library. Read-only: runs beside the window and an import.")
    sub.add_argument("--json", action="store_true", help="one JSON object (keys in the README)")


def _team_parsers(commands) -> None:
    """merge and agreement (run by core.cli.merge_command and core.team.commands, imported only when one runs)."""
    sub = commands.add_parser("merge", help="merge annotators' libraries into a team library",
                              description="Bring each annotator's library into one team library, their decisions "
                                          "kept apart (articles matched by content). Merging again adds what is new.")
    sub.add_argument("libraries", nargs="+", type=named_file_path, metavar="LIBRARY.db")
    sub.add_argument("--out", type=named_file_path, required=True, metavar="TEAM.db")
    sub.add_argument("--names", default=None, help="annotator names, comma-separated, in the order of the libraries "
                                                   "(default: the name on most of a library's decisions)")
    sub = commands.add_parser("agreement", help="agreement between the annotators of a team library")
    sub.add_argument("team", type=named_file_path, metavar="TEAM.db")
    sub.add_argument("--json", action="store_true", help="every figure, per article too, as JSON")
    sub.add_argument("--layers", type=named_file_path, default=None, metavar="DIR",
                     help="also write each annotator's layer (annotators/NAME.jsonl) and agreement.json to DIR")


# SQLite's integers are 64-bit: a larger id given to a query fails with OverflowError, deep in the command.
_LARGEST_ID = 2**63 - 1


def _article_id(text: str) -> int:
    """An article id: an integer SQLite can hold (no article has another)."""
    try:
        number = int(text)
    except ValueError:
        number = None
    if number is None or abs(number) > _LARGEST_ID:
        raise argparse.ArgumentTypeError(f"not an article id: {text!r}")
    return number


def _id_list(text: str) -> tuple[int, ...]:
    try:
        return tuple(_article_id(part) for part in text.replace(" ", ",").split(",") if part)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"not a list of article ids: {text!r}") from None


def _iso_day(text: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
