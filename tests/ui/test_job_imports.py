"""A job's core modules load on the worker's thread: making the job (what the GUI thread does on Ctrl+F5 or an
import) loads none of them (before, the first Ctrl+F5 compiled detection's ~750 patterns on the GUI thread and
froze the window before its progress bar showed); the job still runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from ui.jobs.workers import analysis_job, import_job
import_job(["a.txt"], "library.db")
analysis_job("library.db", [1])
print(json.dumps(sorted(m for m in ("core.analysis", "core.importer", "core.claims.suggest") if m in sys.modules)))
"""


def test_making_a_job_loads_none_of_its_core_modules():
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT)], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_the_job_loads_and_runs_its_core_function(qtbot, seeds, tmp_path):
    from ui.jobs.workers import analysis_job, import_job

    library = tmp_path / "library.db"
    results = []
    for worker in (import_job(seeds[:1], str(library)), analysis_job(str(library), None)):
        worker.signals.result.connect(results.append)
        worker.run()
    imported, analysed = results
    assert len(imported.imported) == 1 and analysed.articles == 1 and analysed.mentions > 0
