"""The annotated library the interop tests export, built once per session, and exports of it on demand."""

import sys
from pathlib import Path

import pytest

from tests.shared_data import require

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from export_library import SEEDS, build_library  # noqa: E402

from core.export import export  # noqa: E402
from core.store import open_db  # noqa: E402


@pytest.fixture(scope="session")
def interop_library(tmp_path_factory):
    """The seeds and a 𠮷 article, annotated the way a user does (export tests' library)."""
    require(SEEDS, "the seed pages")
    return build_library(tmp_path_factory.mktemp("interop"))


@pytest.fixture(scope="session")
def exports(interop_library, tmp_path_factory):
    """exports(fmt, **options) -> (folder, result), each combination exported once."""
    done = {}

    def make(fmt, **options):
        key = (fmt, tuple(sorted(options.items())))
        if key not in done:
            folder = tmp_path_factory.mktemp(fmt)
            db = open_db(interop_library)
            try:
                done[key] = (folder, export(db, fmt, folder, force=True, **options))
            finally:
                db.close()
        return done[key]

    return make
