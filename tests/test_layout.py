"""The package's layout: stages listed once in data-flow order, no private imports across modules,
no import cycle (imports inside functions count too; ``TYPE_CHECKING`` blocks, which never run, do not)."""

import ast
import re
from pathlib import Path

import pytest

from pressparse.stages import GIVEN, STAGES
from conftest import ROOT

PACKAGE = ROOT / "src" / "pressparse"


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> list[tuple[str, str]]:
    """(module imported, name imported from it) for every import of the package's own modules."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
               for body in node.body for n in ast.walk(body)}
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[:len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:
                if f"{module}.{alias.name}" in known:  # a submodule: "from . import lexicon"
                    found.append((f"{module}.{alias.name}", ""))
                elif module in known:
                    found.append((module, alias.name))
        elif isinstance(node, ast.Import):
            found += [(alias.name, "") for alias in node.names if alias.name in known]
    return found


def test_no_module_imports_another_modules_private_names():
    known = modules()
    private = [(name, module, imported) for name, path in known.items()
               for module, imported in imports(name, path, known)
               if imported.startswith("_") and not imported.startswith("__")]
    assert private == []


def test_the_import_graph_has_no_cycle():
    known = modules()
    graph = {name: {module for module, _ in imports(name, path, known) if module != name}
             for name, path in known.items()}
    # A package's __init__ that imports its submodules is no cycle with them: Python imports the
    # package first whatever a submodule asks for.
    for name in graph:
        graph[name] = {m for m in graph[name] if not name.startswith(m + ".")}
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        path.append(name)
        for other in sorted(graph[name]):
            assert state.get(other) != 1, "import cycle: " + " -> ".join(path[path.index(other):] + [other])
            if other not in state:
                visit(other)
        path.pop()
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)


def test_stages_read_only_what_earlier_stages_give():
    given = set(GIVEN)
    for stage in STAGES:
        assert set(stage.needs) <= given, stage.name
        given |= set(stage.gives)


def test_the_readme_lists_the_stages_in_the_pipelines_order():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = re.search(r"^- Stages, in data-flow order.*?:(.*?)(?:\n- |\Z)", readme, re.S | re.M)
    assert listed, "the README's Development section lists the stages"
    assert re.findall(r"`(\w+)`", listed.group(1)) == [stage.name for stage in STAGES]


@pytest.mark.parametrize("stage", STAGES, ids=lambda stage: stage.name)
def test_each_stage_has_its_module_and_a_docstring(stage):
    assert stage.run.__doc__, stage.name
    assert stage.run.__module__.startswith("pressparse.stages."), stage.name
