"""Names are imported from the module that holds them: no module imports a name only to pass it on (an import
it never uses, kept with a `noqa` for the callers that take the name from it; a package's `__init__` may)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules() -> dict[str, Path]:
    found = {}
    tops = ("core", "ui", "bench", "tests")
    for path in [ROOT / "main.py", *sorted(p for top in tops for p in (ROOT / top).rglob("*.py"))]:
        found[".".join(path.relative_to(ROOT).with_suffix("").parts)] = path
    return found


def _passed_on(tree: ast.Module) -> set[str]:
    """Names a module imports at its top level from one of ours and never uses itself."""
    imported = {alias.asname or alias.name for node in tree.body if isinstance(node, ast.ImportFrom)
                and (node.module or "").split(".")[0] in ("core", "ui", "bench", "tests") for alias in node.names}
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    listed = {element.value for node in tree.body if isinstance(node, ast.Assign)
              and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
              for element in getattr(node.value, "elts", ()) if isinstance(element, ast.Constant)}
    return imported - used - listed


def passed_on_imports(modules: dict[str, Path]) -> list[str]:
    """Each `from A import n` where A only passes n on, as "importer: A.n"."""
    texts = {name: path.read_text(encoding="utf-8") for name, path in modules.items()}
    sources = set(re.findall(r"^\s*from ([\w.]+) import", "\n".join(texts.values()), re.M))
    passed = {name: _passed_on(ast.parse(texts[name])) for name in sources & texts.keys()
              if modules[name].name != "__init__.py"}  # a package may gather its names
    passed = {name: names for name, names in passed.items() if names}
    return sorted(f"{importer}: {node.module}.{alias.name}" for importer, text in texts.items()
                  if any(f"from {name} import" in text for name in passed)
                  for node in ast.walk(ast.parse(text)) if isinstance(node, ast.ImportFrom)
                  for alias in node.names if alias.name in passed.get(node.module or "", ()))


def test_a_name_passed_on_by_a_module_that_never_uses_it_is_found(tmp_path):
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "home.py").write_text("def country_lookup(registry):\n    return registry\n")
    (tmp_path / "core" / "relay.py").write_text("from core.home import country_lookup  # noqa: F401\n")
    (tmp_path / "core" / "user.py").write_text("from core.relay import country_lookup\n"
                                               "from core.home import country_lookup as c\n")
    modules = {f"core.{p.stem}": p for p in (tmp_path / "core").glob("*.py")}
    assert passed_on_imports(modules) == ["core.user: core.relay.country_lookup"]


def test_names_are_imported_from_the_module_that_holds_them():
    assert passed_on_imports(_modules()) == []
