"""Rebuild Kaidan's translations: one .ts per ui folder (lupdate keeps what is translated), one .qm.

    python resources/i18n/build.py            # update resources/i18n/ja/*.ts, compile kaidan_ja.qm
    python resources/i18n/build.py --check    # fail when a message has no translation (nothing written)

Needs pyside6-lupdate and pyside6-lrelease (they come with PySide6). Kaidan itself only reads the
compiled .qm, which is kept in the repository.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGE = "ja"
# Every ui folder has its own .ts, so the people translating different folders never edit one file.
FOLDERS = ("window", "reader", "common", "entities", "jobs", "edits", "claims", "meetings", "team")


def tool(name: str) -> str:
    """The PySide6 tool named name: beside this Python, else on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships lupdate and lrelease)")
    return found


def ts_path(folder: str, base: Path = HERE) -> Path:
    """The translation source of one ui folder."""
    return base / LANGUAGE / f"{folder}.ts"


def update(folder: str, ts: Path) -> None:
    """lupdate one ui folder into ts. For .py files a folder needs -extensions py; the existing
    translations are kept, messages no longer in the code are dropped (-no-obsolete)."""
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-locations", "relative",
                    "-no-obsolete", "-source-language", "en", "-target-language", LANGUAGE,
                    f"ui/{folder}", "-ts", str(ts)], cwd=ROOT, check=True)


def message_count(ts: Path) -> int:
    """How many messages a .ts holds."""
    return sum(1 for _ in ET.parse(ts).getroot().iter("message"))


def release(sources: list[Path]) -> Path:
    """Compile every .ts into the one .qm the app loads."""
    qm = HERE / f"kaidan_{LANGUAGE}.qm"
    subprocess.run([tool("pyside6-lrelease"), *map(str, sources), "-qm", str(qm)], cwd=ROOT, check=True)
    return qm


def missing(ts: Path) -> list[str]:
    """The messages of a .ts without a finished, non-empty translation ("context: source")."""
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            if unfinished or not all((f or "").strip() for f in forms):
                problems.append(f"{name}: {message.findtext('source')}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Update and compile, or (--check) report the messages left untranslated."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that every message is translated")
    args = parser.parse_args(argv)
    folders = [f for f in FOLDERS if (ROOT / "ui" / f).is_dir()]
    if args.check:
        # Update copies: a text in the code that the committed .ts lacks counts as untranslated.
        with tempfile.TemporaryDirectory() as scratch:
            base = Path(scratch)
            (base / LANGUAGE).mkdir()
            for folder in folders:
                if ts_path(folder).exists():
                    shutil.copy(ts_path(folder), ts_path(folder, base))
                update(folder, ts_path(folder, base))
            problems = [f"{folder}.ts: {p}" for folder in folders for p in missing(ts_path(folder, base))]
            absent = [f for f in folders if not ts_path(f).exists() and message_count(ts_path(f, base))]
        for problem in problems:
            print(f"untranslated: {problem}")
        for folder in absent:
            print(f"no translation source for ui/{folder}")
        return 1 if problems or absent else 0
    (HERE / LANGUAGE).mkdir(exist_ok=True)
    for folder in folders:
        update(folder, ts_path(folder))
        if not message_count(ts_path(folder)):
            ts_path(folder).unlink()  # nothing to translate there (yet)
    sources = [ts_path(f) for f in folders if ts_path(f).exists()]
    problems = [p for ts in sources for p in missing(ts)]
    print(f"{len(problems)} message(s) still untranslated" if problems else "every message translated")
    release(sources)
    return 0


if __name__ == "__main__":
    sys.exit(main())
