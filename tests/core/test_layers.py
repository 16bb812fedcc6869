"""Kaidan's layers, read from its source: entry -> ui -> core; inside core the store and the
foundation depend on nothing above them; no import cycles between modules, core's packages or ui's features."""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _architecture():
    spec = importlib.util.spec_from_file_location("kaidan_architecture", ROOT / "bench" / "architecture.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


architecture = _architecture()


@pytest.fixture(scope="module")
def edges() -> dict[str, set[str]]:
    """Module -> the Kaidan modules it imports, at module level or inside functions."""
    return {m: {t for t, _ in targets} for m, targets in architecture.graph(ROOT).items()}


def _core_packages(edges: dict[str, set[str]], top: str = "core") -> dict[str, set[str]]:
    """Package -> the packages it imports, among the packages of top (core, or ui's features)."""
    packages: dict[str, set[str]] = defaultdict(set)
    for module, targets in edges.items():
        for target in targets:
            a, b = architecture.layer(module), architecture.layer(target)
            if a != b and a.startswith(top) and b.startswith(top):
                packages[a].add(b)
    return packages


def test_the_graph_is_read_from_the_source(edges):
    assert "core.store.mentions" in edges and "ui.window.main_window" in edges
    assert "core.store.transactions" in edges["core.store.mentions"]  # where atomic is defined


def test_core_never_imports_ui(edges):
    upward = sorted(f"{m} -> {t}" for m, ts in edges.items() if m.startswith("core") for t in ts
                    if t.startswith("ui"))
    assert upward == []


def test_core_never_imports_qt():
    """No module of core names PySide6 in an import, even inside a function."""
    import ast

    found = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6")]
    assert found == []


def test_the_store_imports_only_the_store_and_the_foundation(edges):
    assert architecture.store_upward(edges) == []


def test_the_foundation_imports_only_the_foundation(edges):
    assert architecture.foundation_upward(edges) == []


def test_no_module_imports_in_a_cycle(edges):
    assert architecture.cycles(edges) == []


def test_no_cycles_between_the_packages_of_core(edges):
    assert architecture.cycles(_core_packages(edges)) == []


def test_no_cycles_between_the_features_of_the_window(edges):
    """ui's folders layer too: common under the reader, the reader under entities, claims and meetings,
    all of them under the window that wires them together."""
    assert architecture.cycles(_core_packages(edges, "ui")) == []


def test_core_hides_no_dependency_in_a_function():
    """An import inside a function is still a dependency; core keeps only those behind the batch extra,
    the command line's, where each command loads the heavy modules it runs (a fast start), and the
    window's two ways into the analysis stack (a line fix re-cleans, a new claim asks the suggester),
    which load it on first use rather than with the window."""
    hidden = sorted({f"{m} -> {t}" for m, targets in architecture.graph(ROOT).items()
                     if m.startswith("core") and m.split(".")[:2] != ["core", "cli"] for t, inside in targets if inside})
    assert hidden == ["core.batch.commands -> core.batch.pipeline", "core.batch.queries -> core.batch.tables",
                      "core.claims.drafts -> core.claims.suggest", "core.edits.articles -> core.corrections"]


def test_a_command_line_start_loads_no_tokenizer_nor_detection():
    """`kaidan --help` and `kaidan list` import neither fugashi, detection, dataset reading, the export's
    writers nor pandas."""
    import subprocess

    code = ("import sys, core.cli; core.cli.build_parser(); "
            "print(' '.join(m for m in ('pandas', 'numpy', 'core.nlp.entities', 'core.analysis', "
            "'core.datasets', 'core.ingest', 'core.export') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert loaded.stdout.split() == []


def test_opening_the_window_loads_no_detection_nor_importers():
    """The window's modules import no detection, claim suggester, cleaner, dataset importer nor export writer: those
    load on first use, so the window paints its list without compiling the analysis stack's patterns. Nor
    numpy: the article list's row index loads it on the worker reading the first long list."""
    import os
    import subprocess

    heavy = ("core.analysis", "core.nlp.entities", "core.corrections", "core.claims.suggest",
             "core.meetings.suggest", "core.meetings.plan", "core.datasets", "core.ingest", "core.cleaning",
             "core.export", "numpy")
    code = ("import sys, ui.window.main_window, ui.window.app; "
            f"print(' '.join(m for m in {heavy!r} if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert loaded.stdout.split() == []


def test_the_checks_catch_what_they_look_for():
    """An upward import, a module cycle and a package cycle, each made up here, are each caught."""
    made_up = {
        "core.store.mentions": {"core.analysis", "core.store.db", "core.dates.mentions"},
        "core.analysis": {"core.store.mentions", "core.nlp.entities"},
        "core.nlp.entities": {"core.dates.mentions"},
        "core.dates.mentions": {"core.dates"},
        "core.dates": {"core.nlp.tokens"},
        "core.store.db": set(),
    }
    assert architecture.store_upward(made_up) == ["core.store.mentions -> core.analysis"]
    assert architecture.foundation_upward(made_up) == ["core.dates -> core.nlp.tokens"]
    assert architecture.cycles(made_up) == [["core.analysis", "core.store.mentions"]]
    assert sorted(architecture.cycles(_core_packages(made_up))) == [["core.analysis", "core.store"],
                                                                     ["core.dates", "core.nlp"]]
