"""The window side of team work: File → Merge Libraries…, Tools → Agreement… and Tools → Curation…."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStatusBar

from ui.jobs.runner import JobRunner
from ui.jobs.workers import JobWorker, Worker
from ui.common.actions import make_action, tools_menu
from ui.common.file_dialogs import open_file_names

if TYPE_CHECKING:  # team work's modules load when first used, not with the window
    from ui.team.agreement_view import AgreementWindow
    from ui.team.curation_view import CurationWindow


class TeamController(QObject):
    """Owns the merge job, the agreement window and the curation window of one library."""

    def __init__(self, session, db_path: str, status_bar: QStatusBar, library_changed: Callable[[], None],
                 parent: QMainWindow, before: QAction | None = None) -> None:
        super().__init__(parent)
        self.session = session  # the library's read connection, annotator and writer
        self.db, self.db_path = session.db, db_path
        self._status = status_bar
        self._library_changed = library_changed
        self._parent = parent  # dialogs and windows open over it
        self.agreement_window: AgreementWindow | None = None
        self.curation_window: CurationWindow | None = None
        self.agreement_worker: Worker | None = None
        self.merges = JobRunner(self.tr("Merge"), self, status_bar, window=parent,
                                cancel_tip=self.tr("Stop merging before the next library"))
        self.merges.finished.connect(self._merged)
        self.actions = {
            "merge": make_action(parent, self.tr("&Merge Libraries…"), self.ask_merge),
            "agreement": make_action(parent, self.tr("Annotator A&greement…"), self.show_agreement),
            "curation": make_action(parent, self.tr("C&uration (Adjudicate)…"), self.show_curation),
        }
        bar = parent.menuBar()
        # The File menu is the bar's first (its title is translated, so it is not found by its text).
        file = next((act.menu() for act in bar.actions() if act.menu() is not None), None)
        if file is not None:
            file.insertAction(before if before in file.actions() else None, self.actions["merge"])
        tools = tools_menu(bar)
        tools.addSeparator()
        tools.addAction(self.actions["agreement"])
        tools.addAction(self.actions["curation"])

    @property
    def worker(self) -> Worker | None:
        """The merge running, if any."""
        return self.merges.worker

    def ask_merge(self) -> None:
        """Pick annotators' libraries and merge them into this library."""
        if self.merges.refuses():
            return
        # Qt's own dialog, which never opens the files it lists: sniffing this library would drop its locks
        paths = open_file_names(self._parent, self.tr("Merge Annotators' Libraries"), "",
                                self.tr("Kaidan libraries (*.db *.sqlite);;All files (*)"))
        if paths:
            self.merge(paths)

    def merge(self, paths: list[str]) -> Worker | None:
        """Merge the libraries at paths into this library, off the GUI thread; None while one runs."""
        from core.team.merge import merge_libraries

        if self.merges.refuses():
            return None
        worker = JobWorker(merge_libraries, paths, self.db_path)
        if not self.merges.start(worker, self.tr("Merging…")):
            self._status.showMessage(self.tr("A merge is already running"), 5000)
            return None
        self._status.showMessage(self.tr("Merging libraries…"))
        return worker

    def cancel(self) -> None:
        """Stop merging before the next library (each library is merged whole or not at all)."""
        self.merges.cancel()

    def _merged(self, report) -> None:
        self._status.showMessage("; ".join(report.lines()), 15000)
        self._library_changed()
        if self.curation_window is not None:  # its columns are the annotators: built anew when next opened
            self.curation_window.close()
            self.curation_window.deleteLater()
            self.curation_window = None

    def show_agreement(self) -> AgreementWindow | None:
        """Open the agreement window; the figures are computed in the background."""
        if not self._team_or_say():
            return None
        from core.team.report import agreement_at
        from ui.team.agreement_view import AgreementWindow

        if self.agreement_window is None:
            self.agreement_window = AgreementWindow(self._parent)
        self.agreement_window.show()
        self.agreement_window.raise_()
        worker = Worker(agreement_at, self.db_path)
        worker.signals.result.connect(self.agreement_window.show_figures)
        worker.signals.done.connect(lambda: setattr(self, "agreement_worker", None))
        self.agreement_worker = worker
        QThreadPool.globalInstance().start(worker)
        return self.agreement_window

    def show_curation(self) -> CurationWindow | None:
        """Open the curation view over this library."""
        if not self._team_or_say():
            return None
        if self.curation_window is None:
            from ui.team.curation_view import CurationWindow

            self.curation_window = CurationWindow(self.session, self._parent)
        self.curation_window.show()
        self.curation_window.raise_()
        return self.curation_window

    def _team_or_say(self) -> bool:
        from core.team.report import is_team

        if is_team(self.db):
            return True
        QMessageBox.information(self._parent, self.tr("Team Work"),
                                self.tr("No annotators' libraries are merged into this library yet: "
                                        "use File → Merge Libraries… first."))
        return False
