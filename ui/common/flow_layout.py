"""A layout that places its widgets left to right and wraps to a new line, never clipping one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout


class FlowLayout(QLayout):
    """Items keep their size hint; a line too narrow for the next one starts a new line."""

    def __init__(self, parent=None, spacing: int = 6, centred: bool = False) -> None:
        """centred: each line in the middle of the width (a row of buttons under a centred text)."""
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self._centred = centred

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in rect (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list] = [[]]  # (item, size) per line
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()  # narrowed to the line (never below its least width) rather than cut
            hint.setWidth(max(item.minimumSize().width(), min(hint.width(), area.width())))
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for line in lines:
            used = sum(size.width() for _item, size in line) + self._spacing * (len(line) - 1)
            x = area.x() + (max(0, area.width() - used) // 2 if self._centred else 0)
            for item, size in line:
                if move:
                    item.setGeometry(QRect(QPoint(x, y), size))
                x += size.width() + self._spacing
            y += max((size.height() for _item, size in line), default=0) + self._spacing
        return y - self._spacing - rect.y() + margins.bottom() if any(lines) else margins.top() + margins.bottom()
