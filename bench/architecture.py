"""Print Kaidan's import graph and the size of its pieces: the evidence for how the house is shaped.

    python bench/architecture.py            # the summary: layers, cycles, upward imports, sizes
    python bench/architecture.py --edges    # every import between packages, one a line
    python bench/architecture.py --dot      # the package graph in Graphviz's dot language

Imports are read from the source (ast), inside functions too: a function-local
import is still a dependency, only a hidden one.
"""

from __future__ import annotations

import argparse
import ast
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("core", "ui")


def modules(root: Path = ROOT) -> dict[str, Path]:
    """Every module of Kaidan's own packages, by dotted name."""
    found = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    """The longest known module that name is or lies inside."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def imports(module: str, path: Path, known: dict[str, Path]) -> list[tuple[str, bool]]:
    """(imported Kaidan module, imported inside a function) for each import statement of a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    local_nodes = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            local_nodes.update(id(inner) for inner in ast.walk(node) if inner is not node)
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            names = [f"{base}.{alias.name}" for alias in node.names] or [base]
        for name in names:
            target = _resolve(name, known)
            if target and target != module:
                found.append((target, id(node) in local_nodes))
    return found


def layer(module: str) -> str:
    """The package a module is judged by: core.store, core.nlp, ui, ui.team, … (a top module stands alone)."""
    parts = module.split(".")
    return ".".join(parts[:2])


def graph(root: Path = ROOT) -> dict[str, list[tuple[str, bool]]]:
    """Module -> its imports of other Kaidan modules."""
    known = modules(root)
    return {name: imports(name, path, known) for name, path in known.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def function_sizes(path: Path) -> list[int]:
    """Lines of each function and method of a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.end_lineno - node.lineno + 1 for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]


def _spread(values: list[int]) -> str:
    values = sorted(values)
    quart = statistics.quantiles(values, n=4)
    return (f"n={len(values)} median={statistics.median(values):g} p75={quart[2]:g} "
            f"p95={values[int(0.95 * (len(values) - 1))]} max={values[-1]}")


def undo_command_classes(root: Path = ROOT) -> list[str]:
    """Classes in ui/ that subclass QUndoCommand."""
    found = []
    for path in sorted((root / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    (isinstance(b, ast.Name) and b.id == "QUndoCommand")
                    or (isinstance(b, ast.Attribute) and b.attr == "QUndoCommand") for b in node.bases):
                found.append(f"{path.relative_to(root)}:{node.name}")
    return found


def store_upward(module_edges: dict[str, set[str]]) -> list[str]:
    """Imports from core.store of anything but the store and the foundation."""
    return sorted({f"{m} -> {t}" for m, ts in module_edges.items() if m == "core.store" or m.startswith("core.store.")
                   for t in ts if not (t == "core.store" or t.startswith("core.store.")) and not is_foundation(t)})


def foundation_upward(module_edges: dict[str, set[str]]) -> list[str]:
    """Imports from a foundation module of anything but the foundation."""
    return sorted({f"{m} -> {t}" for m, ts in module_edges.items() if m != "core" and is_foundation(m)
                   for t in ts if not is_foundation(t)})


def summary(root: Path = ROOT) -> None:
    known = modules(root)
    g = graph(root)
    module_edges = {m: {t for t, _ in targets} for m, targets in g.items()}
    package_edges: dict[str, Counter] = defaultdict(Counter)
    for m, targets in g.items():
        for t, _ in targets:
            if layer(t) != layer(m):
                package_edges[layer(m)][layer(t)] += 1
    local = sum(1 for targets in g.values() for _, inside in targets if inside)
    print(f"modules: {len(known)}  import edges: {sum(map(len, module_edges.values()))}  "
          f"inside functions: {local}")
    ui_from_core = sorted({f"{m} -> {t}" for m, ts in module_edges.items() if m.startswith("core")
                           for t in ts if t.startswith("ui")})
    print(f"core importing ui: {len(ui_from_core)}", *ui_from_core, sep="\n  " if ui_from_core else " ")
    print(f"core.store importing above itself: {len(store_up := store_upward(module_edges))}",
          *store_up, sep="\n  " if store_up else " ")
    print(f"foundation importing above itself: {len(base_up := foundation_upward(module_edges))}",
          *base_up, sep="\n  " if base_up else " ")
    module_cycles = cycles(module_edges)
    print(f"module cycles: {len(module_cycles)}")
    for group in module_cycles:
        print("  " + " <-> ".join(group))
    package_cycles = cycles({p: set(c) for p, c in package_edges.items()})
    print(f"package cycles: {len(package_cycles)}")
    for group in package_cycles:
        print("  " + " <-> ".join(group))
    print(f"module lines: {_spread([len(p.read_text(encoding='utf-8').splitlines()) for p in known.values()])}")
    print(f"function lines: {_spread([n for p in known.values() for n in function_sizes(p)])}")
    ui_files = [p for m, p in known.items() if m.startswith("ui")]
    flat = sum(1 for p in ui_files if p.parent == root / "ui")
    print(f"ui modules: {len(ui_files)} ({flat} directly in ui/)")
    print(f"QUndoCommand subclasses: {len(undo_command_classes(root))}")


# Modules any layer of core may use: records, clock, dates, text helpers, regex scans, progress, numpy loaded
# without its threads (they import nothing of Kaidan above them). A foundation package (core.dates) brings its modules with it.
FOUNDATION = {"core", "core.model", "core.article", "core.clock", "core.dates", "core.offsets", "core.sentences",
              "core.text", "core.scan", "core.scan_words", "core.scan_twins", "core.scan_nearby", "core.registry",
              "core.registry_surfaces", "core.progress", "core.paths", "core.errors", "core.numeric", "core.line_starts"}


def is_foundation(module: str) -> bool:
    """Whether a module is one of the foundation modules or lies inside a foundation package."""
    return module in FOUNDATION or any(module.startswith(f + ".") for f in FOUNDATION if f != "core")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edges", action="store_true", help="print every import between packages")
    parser.add_argument("--dot", action="store_true", help="print the package graph as Graphviz dot")
    args = parser.parse_args(argv)
    g = graph()
    if args.edges or args.dot:
        counts: Counter = Counter((layer(m), layer(t)) for m, ts in g.items() for t, _ in ts if layer(m) != layer(t))
        if args.dot:
            print("digraph kaidan {")
            for (a, b), n in sorted(counts.items()):
                print(f'  "{a}" -> "{b}" [label={n}];')
            print("}")
        else:
            for (a, b), n in sorted(counts.items()):
                print(f"{a} -> {b} ({n})")
        return 0
    summary()
    return 0


if __name__ == "__main__":
    sys.exit(main())
