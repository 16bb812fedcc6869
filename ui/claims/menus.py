"""Menus of the claims feature: the Claims menu and its Tools entries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui.common.actions import make_action, tools_menu
from ui.common.shortcuts import READER_KEYS, key_sequences


def build_claim_menus(window, controller) -> dict[str, QAction]:
    """A Claims menu before Tools and claim tools at the end of Tools."""
    a: dict[str, QAction] = {}
    bar = window.menuBar()
    tools = tools_menu(bar)

    claims = QMenu(QCoreApplication.translate("ClaimMenus", "&Claims"), bar)
    # The keys are handled in the reader (they act on its caret); the menu only shows them.
    make = QCoreApplication.translate("ClaimMenus", "&Make Claim from Selection…")
    accept = QCoreApplication.translate("ClaimMenus", "&Accept Candidate / Edit Claim")
    for name, text, slot in (("claim", make, controller.start_claim),
                             ("accept_claim", accept, controller.edit_at_caret)):
        action = QAction(f"{text}\t{READER_KEYS[name][0]}", claims)
        action.triggered.connect(lambda _=False, s=slot: s())
        claims.addAction(action)
        a[name] = action
    remove = QCoreApplication.translate("ClaimMenus", "&Dismiss Candidate / Delete Claim")
    a["remove_claim"] = QAction(f"{remove}\tDelete", claims)
    a["remove_claim"].triggered.connect(lambda _=False: controller.remove_at_caret())
    claims.addAction(a["remove_claim"])
    claims.addSeparator()
    a["claims_panel"] = controller.dock.toggleViewAction()
    a["claims_panel"].setText(QCoreApplication.translate("ClaimMenus", "Claims &Panel"))
    a["claims_panel"].setShortcuts(key_sequences("claims_panel"))
    window.addAction(a["claims_panel"])
    claims.addAction(a["claims_panel"])
    bar.insertMenu(tools.menuAction(), claims)

    a["claims_browser"] = make_action(
        window, QCoreApplication.translate("ClaimMenus", "&Claims Browser…"), controller.show_browser,
        "claims_browser")
    a["suggest_claims"] = make_action(
        window, QCoreApplication.translate("ClaimMenus", "Suggest Claim Candidates in &This Article"),
        controller.suggest_article, "suggest_claims")
    a["suggest_claims_library"] = make_action(
        window, QCoreApplication.translate("ClaimMenus", "Suggest Claim Candidates in the &Whole Library"),
        controller.suggest_library)
    tools.addSeparator()
    for name in ("claims_browser", "suggest_claims", "suggest_claims_library"):
        tools.addAction(a[name])
    return a
