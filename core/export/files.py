"""Export files written atomically: to NAME.part, renamed into place only when complete."""

from __future__ import annotations

import os
from pathlib import Path


class ExportFile:
    """A text file that appears under its name only once commit() is called."""

    def __init__(self, path: Path, encoding: str = "utf-8", newline: str = "\n") -> None:
        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".part")
        self.partial.parent.mkdir(parents=True, exist_ok=True)
        self.handle = self.partial.open("w", encoding=encoding, newline=newline)
        self.lines = 0

    def write(self, text: str) -> None:
        self.handle.write(text)

    def commit(self) -> None:
        self.handle.close()
        os.replace(self.partial, self.path)

    def abort(self) -> None:
        self.handle.close()
        self.partial.unlink(missing_ok=True)


def write_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write a whole small file at once (tmp then rename)."""
    out = ExportFile(path, encoding=encoding)
    out.write(text)
    out.commit()


class FileSet:
    """The files one format writes: committed together at the end, or all dropped on cancel."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.files: dict[str, ExportFile] = {}
        self.counts: dict[str, int] = {}

    def open(self, name: str, encoding: str = "utf-8", newline: str = "\n") -> ExportFile:
        handle = ExportFile(self.out_dir / name, encoding=encoding, newline=newline)
        self.files[name] = handle
        self.counts.setdefault(name, 0)
        return handle

    def count(self, name: str, n: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + n

    def commit(self) -> dict[str, int]:
        for handle in self.files.values():
            handle.commit()
        return dict(self.counts)

    def abort(self) -> None:
        for handle in self.files.values():
            handle.abort()
