"""What the entity registry window and the link chooser cost over a large registry.

Builds a scratch library holding --entities user entities beside the bundled ones, then times (CPU of this
process, the GUI thread's work) opening the registry window, F5 (its reload), a search typed and cleared,
a header sort, the type filter, and the link chooser opened and searched. Nothing is written outside a
temporary folder.

    QT_QPA_PLATFORM=offscreen python bench/bench_registry_window.py --entities 10000
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.store import open_db  # noqa: E402
from core.store.registry import registry_entities  # noqa: E402
from ui.edits.edit_stack import EditStack  # noqa: E402
from ui.edits.session import LibrarySession  # noqa: E402
from ui.entities.chooser import EntityChooser  # noqa: E402
from ui.entities.registry_window import RegistryWindow  # noqa: E402

KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロワ"


def fill(db, n: int) -> None:
    """n user entities with katakana names in no order."""
    rows = []
    for i in range(n):
        name = "".join(KATAKANA[(i * 7919 // len(KATAKANA) ** k) % len(KATAKANA)] for k in range(4)) + f"・{i}"
        rows.append({"id": f"user:p{i}", "type": ("PERSON", "ORG", "GPE")[i % 3], "name": name, "en": f"Name {i}",
                     "reading": None, "aliases": json.dumps([name[:3]], ensure_ascii=False), "attributes": "{}",
                     "origin": "user", "merged_into": None, "updated": "2026-01-01T00:00:00"})
    db["entities"].insert_all(rows)


def timed(label: str, step) -> object:
    started = time.process_time()
    result = step()
    QApplication.processEvents()
    print(f"{label:<34} {time.process_time() - started:6.3f} s CPU")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=10_000, help="user entities added to the bundled ones")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = open_db(Path(folder) / "library.db")
        fill(db, args.entities)
        entities = registry_entities(db)
        print(f"{len(entities):,} entities in the registry")
        session = LibrarySession(db, "bench")
        window = timed("open the registry window", lambda: RegistryWindow(db, EditStack(session), session))
        window.show()
        timed("F5 (read the registry again)", window.reload)
        timed("search typed (ア)", lambda: window.search.setText("ア"))
        timed("search cleared", window.search.clear)
        timed("sort by the English column", lambda: window.table.sortByColumn(2, Qt.DescendingOrder))
        timed("type filter (organisations)", lambda: window.kind.setCurrentIndex(window.kind.findData("ORG")))
        chooser = timed("open the link chooser", lambda: EntityChooser(entities, "王毅", search="王毅"))
        timed("chooser search typed (ア)", lambda: chooser.search.setText("ア"))
        window.close()
        chooser.close()
        session.close()
        db.close()
    app.quit()


if __name__ == "__main__":
    main()
