"""The annotated dataset formats Kaidan reads and the files each comes in, without their readers: what the
Import Annotated Dataset dialog and `import --format` list. core.datasets reads them (its readers load the
page cleaner and trafilatura, seconds on a first opening that only needs these names)."""

from __future__ import annotations

# Each format, in the order listed, with the file patterns its file comes in (a folder format has none).
FILE_PATTERNS = {
    "kaidan": ("*.jsonl",),      # an export folder, or its articles.jsonl
    "labelstudio": ("*.json",),
    "doccano": ("*.jsonl",),
    "brat": (),                  # a folder of .txt and .ann files
}
FORMATS = tuple(FILE_PATTERNS)


def dataset_patterns() -> tuple[str, ...]:
    """Every file pattern a dataset file comes in, each once, sorted: the file dialog's filter."""
    return tuple(sorted({pattern for patterns in FILE_PATTERNS.values() for pattern in patterns}))
