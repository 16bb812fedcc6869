"""The window's composition: each feature built with what it uses, and wired to the others here.

The one place that knows every feature. Controllers get the library, the reader, the
undo stack, the status bar, the article list and the window's navigation, never the
window itself; the window stays their Qt parent (docks, menus, dialogs).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.claims.controller import ClaimController
from ui.claims.marks import ClaimLayer
from ui.common.actions import make_action, menu_named
from ui.common.notice import NoticeBar
from ui.entities.controller import EntityController
from ui.entities.reader_layer import EntityLayer
from ui.jobs.analysis_controller import AnalysisController
from ui.jobs.import_controller import ImportController, summary_text
from ui.jobs.improve_controller import ImproveController
from ui.meetings.controller import MeetingsController
from ui.reader.date_controller import ArticleDateController
from ui.reader.search_hits import SearchHits
from ui.reader.status_controller import StatusController
from ui.common.words import counted
from ui.window.library_gone import say_gone
from ui.window.library_watch import LibraryWatch
from ui.window.reload import changed_elsewhere
from ui.team.team_controller import TeamController


def build_features(window) -> None:
    """Build the jobs and the features of window, each given what it uses, and wire them together."""
    db, path, status, stack = window.db, window.db_path, window.statusBar(), window.undo_stack
    articles, reader, go_to = window.model, window.reader, window.go_to_article
    window.imports = ImportController(path, status, window)
    window.imports.articles_added.connect(articles.reload)
    window.imports.finished.connect(lambda _summary: articles.reload())
    window.import_notice = NoticeBar(window.list_panel)
    window.list_panel.layout().insertWidget(0, window.import_notice)
    window.imports.finished.connect(lambda summary: notice_import(window.import_notice, summary))
    # File → Import Pasted Text, after Import Folder…: an article copied from a browser, through the same import
    pasted = make_action(window, QCoreApplication.translate("Menus", "Import &Pasted Text"),
                         lambda: paste(window), "import_pasted")
    menu_named(window.menuBar(), QCoreApplication.translate("Menus", "&File")).insertAction(
        window.actions_by_name["import_dataset"], pasted)
    window.actions_by_name["import_pasted"] = pasted
    detection = AnalysisController(path, status, window)
    improve = ImproveController(path, detection, status, window)
    suggestions = AnalysisController(path, status, window, claims_only=True)

    # The reader's layers are built here, in this order: claims paint over the entity layer.
    entity_layer = EntityLayer(reader.reader)
    entities = EntityController(db, reader, entity_layer, stack, status, articles, detection, improve,
                                go_to, window.search_for, window)
    window.list_panel.layout().insertWidget(2, entities.filter_bar)  # under the notice and the search
    claims = ClaimController(db, reader, entity_layer, ClaimLayer(entity_layer), entities.entities, stack,
                             status, suggestions, go_to, window)
    entities.menu_extensions.append(claims.extend_menu)
    meetings = MeetingsController(db, reader, stack, status, go_to, window)
    statuses = StatusController(db, window.list_view, articles, reader, stack, status, window)
    dates = ArticleDateController(db, reader, stack, status, statuses.article_menu, window)
    team = TeamController(window.session, path, status, articles.reload, window, before=window.actions_by_name["export"])
    hits = SearchHits(reader, lambda: entity_layer.spans, window.search, status, window,
                      find=window.actions_by_name["find"])
    window.entities, window.claims, window.meetings = entities, claims, meetings
    window.docks = (entities.dock, claims.dock)  # placed once the list is painted, in this order
    window.statuses, window.team, window.search_hits, window.article_date = statuses, team, hits, dates
    for feature in (entities, claims, meetings, hits):
        window.article_shown.connect(feature.refresh)
        window.article_cleared.connect(feature.refresh)
    for feature in (entities, claims, meetings, statuses):  # every saved edit says what it changed
        window.session.changed.connect(feature.library_changed)
    for feature in (entities, claims, meetings, statuses, dates, team, hits):
        window.actions_by_name.update(feature.actions)
    # the rows the window's own re-detection (or import) logged are its own: no refusal of its undo, no notice
    for job in (detection, suggestions, window.imports):
        job.finished.connect(lambda summary: window.session.journal.adopt(getattr(summary, "logged", ())))
    # articles imported by another Kaidan process (a command in a terminal) join the list while it is open;
    # a change another window or process made refreshes the list and is told in the status bar
    window.library_watch = LibraryWatch(db, (window.imports.runner, team.merges, improve.runner), window,
                                        journal=window.session.journal,
                                        busy_jobs=(detection.runner, suggestions.runner),
                                        file=(path, window.library_identity))
    window.library_watch.added.connect(lambda n: arrived(window, n))
    window.library_watch.changed.connect(lambda: changed_elsewhere(window))
    window.library_watch.gone.connect(lambda: say_gone(window))


def paste(window) -> None:
    """Import the clipboard's text (its module loads on first use, not before the window's first paint)."""
    from ui.jobs.paste_import import import_clipboard

    import_clipboard(window)


def arrived(window, count: int) -> None:
    """Show the articles another process added: the list reads them, the notice says so."""
    window.model.reload()
    window.import_notice.show_text(counted(
        count, QCoreApplication.translate("MainWindow", "1 new article, imported outside this window"),
        QCoreApplication.translate("MainWindow", "{n} new articles, imported outside this window")))


def notice_import(notice: NoticeBar, summary) -> None:
    """Sum up a finished import above the article list (nothing when it found nothing)."""
    if summary.imported or summary.duplicates or summary.failed:
        notice.show_text(summary_text(summary))
