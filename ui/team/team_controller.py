"""The window side of team work: File → Merge Libraries…, Tools → Agreement… and Tools → Curation…."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from core.team.merge import merge_libraries
from core.team.report import agreement_at, is_team
from ui.window.actions import make_action
from ui.team.agreement_view import AgreementWindow
from ui.team.curation_view import CurationWindow
from ui.jobs.workers import Worker


class TeamController(QObject):
    """Owns the merge worker, the agreement window and the curation window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.worker: Worker | None = None
        self.agreement_window: AgreementWindow | None = None
        self.curation_window: CurationWindow | None = None
        self.agreement_worker: Worker | None = None
        w = window
        self.actions = {
            "merge": make_action(w, "&Merge Libraries…", self.ask_merge),
            "agreement": make_action(w, "Annotator &Agreement…", self.show_agreement),
            "curation": make_action(w, "&Curation (Adjudicate)…", self.show_curation),
        }
        bar = w.menuBar()
        file = next((act.menu() for act in bar.actions() if act.text() == "&File"), None)
        export = getattr(w, "actions_by_name", {}).get("export")
        if file is not None:
            file.insertAction(export if export in file.actions() else None, self.actions["merge"])
        tools = next((act.menu() for act in bar.actions() if act.text() == "&Tools"), None)
        if tools is None:
            tools = QMenu("&Tools", bar)
            bar.insertMenu(bar.actions()[-1], tools)
        tools.addSeparator()
        tools.addAction(self.actions["agreement"])
        tools.addAction(self.actions["curation"])

    def ask_merge(self) -> None:
        """Pick annotators' libraries and merge them into this library."""
        paths, _ = QFileDialog.getOpenFileNames(self.window, "Merge Annotators' Libraries", "",
                                                "Kaidan libraries (*.db *.sqlite);;All files (*)")
        if paths:
            self.merge(paths)

    def merge(self, paths: list[str]) -> Worker:
        """Merge the libraries at paths into the window's library, off the GUI thread."""
        self.worker = Worker(merge_libraries, paths, self.window.db_path)
        self.worker.signals.result.connect(self._merged)
        self.worker.signals.error.connect(lambda message: QMessageBox.warning(self.window, "Merge", message))
        self.worker.signals.done.connect(lambda: setattr(self, "worker", None))
        self.window.statusBar().showMessage("Merging libraries…")
        QThreadPool.globalInstance().start(self.worker)
        return self.worker

    def _merged(self, report) -> None:
        self.window.statusBar().showMessage("; ".join(report.lines()), 15000)
        self.window.model.reload()
        if self.curation_window is not None:  # its columns are the annotators: built anew when next opened
            self.curation_window.close()
            self.curation_window.deleteLater()
            self.curation_window = None

    def show_agreement(self) -> AgreementWindow | None:
        """Open the agreement window; the figures are computed in the background."""
        if not self._team_or_say():
            return None
        if self.agreement_window is None:
            self.agreement_window = AgreementWindow(self.window)
        self.agreement_window.show()
        self.agreement_window.raise_()
        worker = Worker(agreement_at, self.window.db_path)
        worker.signals.result.connect(self.agreement_window.show_figures)
        worker.signals.done.connect(lambda: setattr(self, "agreement_worker", None))
        self.agreement_worker = worker
        QThreadPool.globalInstance().start(worker)
        return self.agreement_window

    def show_curation(self) -> CurationWindow | None:
        """Open the curation view over the window's library."""
        if not self._team_or_say():
            return None
        if self.curation_window is None:
            self.curation_window = CurationWindow(self.window.session, self.window)
        self.curation_window.show()
        self.curation_window.raise_()
        return self.curation_window

    def _team_or_say(self) -> bool:
        if is_team(self.window.db):
            return True
        QMessageBox.information(self.window, "Team Work",
                                "No annotators' libraries are merged into this library yet: "
                                "use File → Merge Libraries… first.")
        return False
