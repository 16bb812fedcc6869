"""Ctrl+C in a terminal during `kaidan import`: the import stops after the file in hand and says what it stored."""

import os
import signal
import subprocess

from tests.core.bulk_import import ROOT, bulk_import

from core.store import open_db


def test_ctrl_c_stops_the_import_and_says_what_it_stored(tmp_path):
    db, command = bulk_import(tmp_path)
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
    assert err.rstrip().endswith(f"kaidan: interrupted: {stored} articles imported, the rest not; running it again "
                                 "imports the rest (those imported are skipped as duplicates)")
    assert "Traceback" not in err  # no worker died of it mid-article
