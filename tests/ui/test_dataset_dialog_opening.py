"""File → Import Annotated Dataset… opens without loading the dataset readers: the dialog lists the formats from
core.dataset_formats, and core.datasets (the page cleaner and trafilatura under it, 3.3 s on a first opening)
loads on the import's worker when a dataset is read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.i18n_walk import language

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("trafilatura", "core.datasets", "core.ingest", "core.cleaning")
SCRIPT = f"""
import json, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.jobs.dataset_dialog import DatasetImportDialog
dialog = DatasetImportDialog()
dialog.show()
app.processEvents()
formats = [dialog.format.itemData(i) for i in range(dialog.format.count())]
print(json.dumps([formats, sorted(m for m in {HEAVY!r} if m in sys.modules)]))
"""


def test_opening_the_dataset_dialog_loads_no_reader():
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT)], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr[-2000:]
    formats, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert formats == ["auto", "kaidan", "labelstudio", "doccano", "brat"]
    assert loaded == []


def test_the_formats_listed_are_the_ones_core_reads():
    from core.dataset_formats import FORMATS
    from core.datasets import IMPORTERS

    assert FORMATS == tuple(IMPORTERS)


def test_the_file_chooser_offers_the_dataset_files(qtbot, monkeypatch):
    from ui.jobs import dataset_dialog

    asked = []
    monkeypatch.setattr(dataset_dialog, "open_file_name", lambda *args: asked.append(args[3]) or "")
    dialog = dataset_dialog.DatasetImportDialog()
    qtbot.addWidget(dialog)
    dialog.choose_file()
    with language(QApplication.instance(), "ja"):
        dialog.choose_file()
    assert asked == ["Datasets (*.json *.jsonl);;All files (*)", "データセット (*.json *.jsonl);;すべてのファイル (*)"]
