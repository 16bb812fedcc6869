"""A bulk import the tests can stop midway: 400 copies of a seed page, each made distinct, and the command line
that imports them into a fresh library."""

import sys
from pathlib import Path

from tests.shared_data import require

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
PAGES = 400


def bulk_import(tmp_path: Path) -> tuple[Path, list[str]]:
    """(the library file, the `kaidan import` command of the 400 pages into it)."""
    require(SEEDS)
    folder = tmp_path / "pages"
    folder.mkdir()
    seed = (SEEDS / "000_55f3fb43f71b764a.txt").read_text(encoding="utf-8")
    for i in range(PAGES):
        (folder / f"page{i:03}.txt").write_text(seed.replace("約1時間", f"約{i}時間"), encoding="utf-8")
    db = tmp_path / "lib.db"
    return db, [sys.executable, str(ROOT / "main.py"), "import", str(folder), "--db", str(db)]
