"""Menus of the entity feature: Entities and Tools in the menu bar, the reader's context menu."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from ui.common.actions import make_action, tools_menu, view_menu_action
from ui.common.entity_types import ENTITY_TYPES, type_label
from ui.common.shortcuts import READER_KEYS, key_sequences

translate = QCoreApplication.translate


class EntityFilterBar(QWidget):
    """Above the article list: which entity filters it, and a button to clear the filter."""

    cleared = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("✕ Clear"))
        self.clear_button.setToolTip(self.tr("List all articles again"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.cleared)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.hide()

    def show_filter(self, name: str | None) -> None:
        """Show the entity the list is filtered by (None hides the bar)."""
        self.label.setText(self.tr("Articles mentioning <b>{name}</b>").format(name=escape(name)) if name else "")
        self.setVisible(bool(name))


def _reader_action(parent, text: str, key_name: str, slot) -> QAction:
    """A reader correction: the key is handled in the reader, the menu only shows it."""
    action = QAction(f"{text}\t{READER_KEYS[key_name][0].split(' ')[0]}", parent)
    action.triggered.connect(lambda _=False: slot())
    return action


def build_entity_menus(window, controller) -> dict[str, QAction]:
    """Entities and Tools menus (before Help) and the View menu's highlight toggles."""
    a: dict[str, QAction] = {}
    bar = window.menuBar()
    help_action = bar.actions()[-1]
    view = view_menu_action(bar).menu()

    view.addSeparator()
    highlights = view.addMenu(translate("EntityMenus", "Entity &Highlights"))
    for kind, action in controller.layer.legend.actions.items():
        highlights.addAction(action)
        a[f"show_{kind}"] = action
    a["entities_panel"] = controller.dock.toggleViewAction()
    a["entities_panel"].setText(translate("EntityMenus", "&Entities Panel"))
    a["entities_panel"].setShortcuts(key_sequences("entities_panel"))
    window.addAction(a["entities_panel"])
    view.addAction(a["entities_panel"])

    entities = QMenu(translate("EntityMenus", "E&ntities"), bar)
    for kind, key, _label in ENTITY_TYPES:
        action = QAction(translate("EntityMenus", "Mark as {type}").format(type=type_label(kind)) + f"\t{key}", entities)
        action.triggered.connect(lambda _=False, k=kind: controller.mark_type(k))
        entities.addAction(action)
        a[f"mark_{kind}"] = action
    entities.addSeparator()
    a["reject"] = _reader_action(entities, translate("EntityMenus", "&Reject Mention"), "reject", controller.reject)
    a["link"] = _reader_action(entities, translate("EntityMenus", "&Link to Entity…"), "link", controller.link)
    a["new_entity"] = _reader_action(entities, translate("EntityMenus", "&New Entity from Selection…"), "new_entity",
                                     controller.new_entity)
    for name in ("reject", "link", "new_entity"):
        entities.addAction(a[name])
    entities.addSeparator()
    a["next_name"] = _reader_action(entities, translate("EntityMenus", "Ne&xt Name"), "next_name",
                                    lambda: controller.step_name(1))
    a["previous_name"] = _reader_action(entities, translate("EntityMenus", "&Previous Name"), "previous_name",
                                        lambda: controller.step_name(-1))
    entities.addActions([a["next_name"], a["previous_name"]])
    bar.insertMenu(help_action, entities)

    tools = tools_menu(bar)
    a["registry"] = make_action(window, translate("EntityMenus", "Entity &Registry…"), controller.show_registry, "registry")
    a["rerun_article"] = make_action(window, translate("EntityMenus", "Re-run Entity &Detection on This Article"),
                                     controller.rerun_article, "rerun_article")
    a["rerun_library"] = make_action(window, translate("EntityMenus", "Re-run Entity Detection on the Whole &Library"),
                                     controller.rerun_library)
    tools.addAction(a["registry"])
    tools.addSeparator()
    tools.addAction(a["rerun_article"])
    tools.addAction(a["rerun_library"])
    a["improve"] = make_action(window, translate("EntityMenus", "&Improve Detection from Your Corrections"), controller.improve.start)
    a["improve"].setStatusTip(translate("EntityMenus", "Retrain the entity tagger on the articles you corrected, then detect again"))
    tools.addAction(a["improve"])
    return a


def mention_menu(controller, parent) -> QMenu:
    """The reader's context menu for the selection or the highlighted name under the mouse."""
    menu = QMenu(parent)
    targets = controller.layer.targets()
    mention = targets[0] if len(targets) == 1 else None
    if mention is not None:
        entity = controller.entities().get(mention.entity_id or "")
        title = mention.text + (f" → {entity.name}" if entity and entity.name != mention.text else "")
        menu.addSection(f"{title} · {type_label(mention.type)}")
    elif targets:
        menu.addSection(translate("EntityMenus", "{n} highlighted names").format(n=len(targets)))
    elif controller.layer.selection():
        menu.addSection(translate("EntityMenus", "Selection"))
    has_text = bool(targets) or controller.layer.selection() is not None
    for kind, key, _label in ENTITY_TYPES:
        action = menu.addAction(f"{type_label(kind)}\t{key}", lambda k=kind: controller.mark_type(k))
        action.setCheckable(True)
        action.setChecked(mention is not None and mention.type == kind)
        action.setEnabled(has_text)
    menu.addSeparator()
    reject = menu.addAction(translate("EntityMenus", "Reject") + f"\t{READER_KEYS['reject'][0]}", controller.reject)
    reject.setEnabled(bool(targets))
    link = menu.addAction(translate("EntityMenus", "Link to Entity…") + f"\t{READER_KEYS['link'][0]}", controller.link)
    link.setEnabled(has_text and not (mention and mention.type == "DATE"))
    new = menu.addAction(translate("EntityMenus", "New Entity from Selection…") + f"\t{READER_KEYS['new_entity'][0]}",
                         controller.new_entity)
    new.setEnabled(has_text)
    body = controller.layer.body
    if body.textCursor().hasSelection():
        menu.addSeparator()
        menu.addAction(translate("EntityMenus", "Copy"), body.copy)
    for extend in controller.menu_extensions:  # other features' entries (claims)
        extend(menu)
    return menu


def show_mention_menu(controller, global_pos: QPoint) -> None:
    menu = mention_menu(controller, controller.layer.body)
    menu.exec(global_pos)
    menu.deleteLater()
