"""The main window's File menu: imports (files, folders, datasets, batches, samples, drops), export, annotator.

A part of MainWindow (its base class), so the menus, the reader's empty page and the features call
these as the window's own methods. Its messages keep the window's translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from ui.common.annotator import AnnotatorDialog
from ui.common.file_dialogs import file_dialog
from ui.jobs.import_controller import sample_paths
from ui.jobs.import_places import last_import_folder, remember_import

if TYPE_CHECKING:
    from ui.jobs.batch_import_dialog import BatchImportDialog
    from ui.jobs.dataset_dialog import DatasetImportDialog
    from ui.jobs.export_dialog import ExportDialog

translate = QCoreApplication.translate
IMPORT_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Articles (*.txt *.html *.htm *.jsonl *.json *.csv);;All files (*)")


def local_paths(mime) -> list[Path]:
    """The local files and folders in a drag's mime data."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileActions:
    """Imports, export and the annotator of MainWindow (which holds imports, statuses, session, settings)."""

    # import -------------------------------------------------------------------------

    def import_paths(self, paths: list[str | Path], fmt: str = "auto") -> None:
        """Import files and folders (annotated datasets recognised, or of format fmt) in the background."""
        self.imports.start(paths, fmt)

    def choose_import_dataset(self) -> DatasetImportDialog | None:
        """File → Import Annotated Dataset…: a path and a format, imported in the background."""
        if self.imports.runner.refuses():  # a read-only library: no files to choose
            return None
        from ui.jobs.dataset_dialog import DatasetImportDialog  # the dialogs load when first opened

        dialog = DatasetImportDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.chosen.connect(lambda path, fmt: self.import_paths([path], fmt))
        dialog.open()
        return dialog

    def choose_import_batch(self) -> BatchImportDialog | None:
        """File → Import from Batch…: a slice of a batch run, imported in the background."""
        if self.imports.runner.refuses():  # a read-only library: no files to choose
            return None
        from ui.jobs.batch_import_dialog import BatchImportDialog

        dialog = BatchImportDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.chosen.connect(self.imports.start_slice)
        dialog.open()
        return dialog

    def choose_import_files(self) -> QFileDialog | None:
        """File → Import Files…: a dialog that never opens the files it lists (the library among them)."""
        if self.imports.runner.refuses():  # a read-only library: no files to choose
            return None
        dialog = file_dialog(self, translate("MainWindow", "Import Articles"), last_import_folder(),
                             translate("MainWindow", IMPORT_FILTER))
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.filesSelected.connect(self._import_chosen)
        dialog.open()
        return dialog

    def choose_import_folder(self) -> QFileDialog | None:
        """Import a whole folder (recursively), chosen in a dialog that reads no file."""
        if self.imports.runner.refuses():  # a read-only library: no files to choose
            return None
        dialog = file_dialog(self, translate("MainWindow", "Import a Folder of Articles"),
                             last_import_folder(), mode=QFileDialog.Directory)
        dialog.setOption(QFileDialog.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda folder: folder and self._import_chosen([folder]))
        dialog.open()
        return dialog

    def _import_chosen(self, paths) -> None:
        remember_import(list(paths))
        self.import_paths(list(paths))

    def open_sample_library(self) -> None:
        """Import the bundled sample articles into this library (known ones are skipped)."""
        self.statusBar().showMessage(translate("MainWindow", "Importing the sample library…"))
        self.import_paths(sample_paths())

    def dragEnterEvent(self, event) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # export -------------------------------------------------------------------------

    def show_export(self) -> ExportDialog:
        """File → Export…: a fresh dialog for the current selection, unless an export is running."""
        dialog = self.export_dialog
        if dialog is not None and dialog.controller.is_running():
            dialog.show()
            dialog.raise_()
            return dialog
        if dialog is not None:
            dialog.deleteLater()
        # The writers (every format's modules) load when the dialog first opens, not with the window.
        from ui.jobs.export_dialog import ExportDialog

        # Kept (not deleted on close) so a running export's worker always has its receiver.
        self.export_dialog = ExportDialog(self, self.statuses.selected_ids())
        self.export_dialog.open()
        return self.export_dialog

    # annotator ----------------------------------------------------------------------

    def ask_annotator(self, first_run: bool = False) -> AnnotatorDialog:
        """File → Set Annotator…: the name recorded with every edit from now on."""
        dialog = AnnotatorDialog(self, first_run=first_run)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.chosen.connect(self.session.set_annotator)
        dialog.chosen.connect(lambda name: self.statusBar().showMessage(
            translate("MainWindow", "Annotating as {name}").format(name=name), 6000))
        dialog.destroyed.connect(lambda: setattr(self, "annotator_dialog", None))
        self.annotator_dialog = dialog
        dialog.open()
        return dialog
