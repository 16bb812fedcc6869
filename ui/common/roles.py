"""Qt's item roles as plain ints, for data() methods: a paint asks several roles of each visible cell, and
reading and comparing Qt's enum members in PySide6 costs microseconds each (the article list's repaint
spent half its CPU on it)."""

from __future__ import annotations

from PySide6.QtCore import Qt

DISPLAY, DECORATION, TOOLTIP, FONT, TEXT_ALIGNMENT, BACKGROUND, FOREGROUND, USER = (int(r) for r in (
    Qt.DisplayRole, Qt.DecorationRole, Qt.ToolTipRole, Qt.FontRole, Qt.TextAlignmentRole, Qt.BackgroundRole,
    Qt.ForegroundRole, Qt.UserRole))
