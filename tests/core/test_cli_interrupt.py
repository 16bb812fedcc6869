"""Ctrl+C in a terminal during `kaidan import`: the import stops after the file in hand and says what it stored."""

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.shared_data import require

from core.store import open_db

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"


def test_ctrl_c_stops_the_import_and_says_what_it_stored(tmp_path):
    require(SEEDS)
    folder = tmp_path / "pages"
    folder.mkdir()
    seed = (SEEDS / "000_55f3fb43f71b764a.txt").read_text(encoding="utf-8")
    for i in range(400):
        (folder / f"page{i:03}.txt").write_text(seed.replace("約1時間", f"約{i}時間"), encoding="utf-8")
    db = tmp_path / "lib.db"
    command = [sys.executable, str(ROOT / "main.py"), "import", str(folder), "--db", str(db)]
    # Its own process group, Ctrl+C as a terminal sends it: to the command and its detection workers alike.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                               start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    process.stderr.readline()  # 0/400
    process.stderr.readline()  # 40/400: the import is under way, workers detecting
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=300)
    library = open_db(db)
    assert library.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = library.execute("SELECT count(*) FROM articles").fetchone()[0]
    library.close()
    assert process.returncode == 130 and 40 <= stored < 400
    assert f"imported {stored}, duplicates 0, failed 0" in out
    assert err.rstrip().endswith(f"kaidan: interrupted: {stored} articles imported, the rest not")
    assert "Traceback" not in err  # no worker died of it mid-article
