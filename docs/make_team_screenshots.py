"""Make the README's team-work screenshots: three made-up annotators on the seeds, merged.

    QT_QPA_PLATFORM=offscreen python docs/make_team_screenshots.py

Uses a temporary folder; writes docs/team-agreement.png and docs/team-curation.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from core.store import open_db  # noqa: E402
from core.team.agreement import agreement  # noqa: E402
from core.team.merge import merge_libraries  # noqa: E402
from tests.core.team.team_libraries import team_of_three  # noqa: E402
from ui.team.agreement_view import AgreementWindow  # noqa: E402
from ui.edits.session import LibrarySession  # noqa: E402
from ui.team.curation_view import CurationWindow  # noqa: E402


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()  # --help writes no screenshot
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        paths = team_of_three(Path(tmp))
        merge_libraries(paths, Path(tmp) / "team.db")
        db = open_db(Path(tmp) / "team.db")
        view = AgreementWindow()
        view.show_figures(agreement(db))
        view.show()
        app.processEvents()
        view.grab().save(str(ROOT / "docs" / "team-agreement.png"))
        curation = CurationWindow(LibrarySession(db, "editor"))
        curation.show()
        curation.articles.setCurrentRow(1)  # the second disagreeing article: a claim read two ways
        curation.step(-1)
        curation.take_majority()
        curation.table.setCurrentCell(len(curation.rows) - 1, 4)
        app.processEvents()
        curation.grab().save(str(ROOT / "docs" / "team-curation.png"))
        curation.close()
        db.close()


if __name__ == "__main__":
    main()
