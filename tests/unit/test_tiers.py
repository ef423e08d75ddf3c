"""tests/unit stays what its name says: pure Python tests that need neither Rasa nor another process.

A file under tests/unit may not import rasa, rasa_sdk, subprocess or multiprocessing, nor start a
process any other way (os.system, asyncio.create_subprocess_exec, …), directly or through a module
of this project that it imports (components/__init__.py imports Rasa, so `import components.x`
counts). The other tiers:
  tests/actions      rasa-sdk actions with a Tracker and a CollectingDispatcher (nothing started)
  tests/rasa         Rasa imported in-process (stores, channels, components; nothing started)
  tests/integration  anything that starts a process: Rasa, the action server, redis-server, Python
The check reads the source (ast); it imports and starts nothing itself.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "tests" / "unit"

# Module -> the tier a test that needs it belongs to.
FORBIDDEN_MODULES = {
    "rasa": "tests/rasa",
    "rasa_sdk": "tests/actions or tests/rasa",
    "subprocess": "tests/integration",
    "multiprocessing": "tests/integration",
}
FORBIDDEN_CALLS = {
    "os.system", "os.popen", "os.fork", "os.forkpty", "os.posix_spawn", "os.posix_spawnp", "os.spawnv", "os.spawnve",
    "os.spawnl", "os.spawnle", "os.spawnlp", "os.spawnvp", "os.execv", "os.execve", "os.execvp", "os.execl",
    "asyncio.create_subprocess_exec", "asyncio.create_subprocess_shell", "pty.spawn",
}
# Calls that import the module named by their first argument.
IMPORTING_CALLS = {"importlib.import_module", "import_module", "pytest.importorskip", "__import__"}

@dataclass(frozen=True)
class Violation:
    chain: Tuple[str, ...]  # the test file, then each project module on the way
    what: str  # the forbidden module or call
    line: int

    def __str__(self) -> str:
        tier = FORBIDDEN_MODULES.get(self.what.split(".")[0], "tests/integration")
        return f"{' -> '.join(self.chain)}:{self.line}: {self.what} (belongs in {tier})"


def _dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and _dotted(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")


def _nodes(tree: ast.AST, at_import: bool) -> Iterator[ast.AST]:
    """Every node; with at_import only what runs when the module is imported (no function bodies)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if at_import and (isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                              or _is_type_checking(child)):
                continue
            todo.append(child)


def _package_of(path: Path, root: Path) -> List[str]:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return parts[:-1] if parts[-1] != "__init__" else parts[:-1]


def imports(path: Path, root: Path, at_import: bool) -> Iterator[Tuple[str, int, bool]]:
    """(module, line, maybe) for every import and importing call in the file, (call, line, False) for
    every process start; maybe: `from a import b` may import a module a.b or just a name from a."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in _nodes(tree, at_import):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno, False
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = _package_of(path, root)
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            yield module, node.lineno, False
            for alias in node.names:  # `from components import danish_lemmas` imports a submodule
                yield f"{module}.{alias.name}", node.lineno, True
        elif isinstance(node, ast.Call):
            name = _dotted(node.func)
            if name in FORBIDDEN_CALLS:
                yield name, node.lineno, False
            elif name in IMPORTING_CALLS and node.args and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                yield node.args[0].value, node.lineno, False


def project_files(module: str, root: Path) -> List[Path]:
    """The files of this project that importing `module` runs: each package's __init__.py, then the module."""
    files, parts = [], module.split(".")
    for i in range(1, len(parts) + 1):
        base = root.joinpath(*parts[:i])
        for candidate in (base / "__init__.py", base.with_suffix(".py")):
            if candidate.is_file():
                files.append(candidate)
    return files


def violations(test_file: Path, root: Path = ROOT) -> List[Violation]:
    """What makes `test_file` more than a pure unit test, with the path through the project's modules."""
    found: List[Violation] = []
    seen: Dict[Path, Tuple[str, ...]] = {test_file: (str(test_file.relative_to(root)),)}
    todo = [test_file]
    while todo:
        path = todo.pop(0)
        chain = seen[path]
        for name, line, maybe in imports(path, root, at_import=path != test_file):
            if not maybe and (name in FORBIDDEN_CALLS or name.split(".")[0] in FORBIDDEN_MODULES):
                found.append(Violation(chain, name, line))
                continue
            for module_file in project_files(name, root):
                if module_file not in seen:
                    seen[module_file] = (*chain, str(module_file.relative_to(root)))
                    todo.append(module_file)
    return sorted(set(found), key=lambda v: (v.chain, v.line, v.what))


def test_unit_tests_import_neither_rasa_nor_subprocess():
    problems = {path.name: violations(path) for path in sorted(UNIT.rglob("*.py"))}
    offending = [str(v) for name, found in problems.items() for v in found]
    assert not offending, "not unit tests (move them to the tier named):\n" + "\n".join(offending)


def test_the_check_catches_rasa_and_subprocess_directly_and_through_a_project_module(tmp_path):
    (tmp_path / "tests" / "unit").mkdir(parents=True)
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("from rasa.shared.core.events import SlotSet\n")
    (tmp_path / "pkg" / "pure.py").write_text("def later():\n    import subprocess\n")  # not run at import
    (tmp_path / "clean.py").write_text("import json\n")
    test = tmp_path / "tests" / "unit" / "test_x.py"
    test.write_text("import clean\nfrom pkg import pure\n\ndef test_a():\n    import subprocess\n"
                    "    os.system('redis-server')\n")
    found = [(v.chain[-1], v.what) for v in violations(test, tmp_path)]
    assert found == [("tests/unit/test_x.py", "subprocess"), ("tests/unit/test_x.py", "os.system"),
                     ("pkg/__init__.py", "rasa.shared.core.events")]
    assert str(violations(test, tmp_path)[-1]) == ("tests/unit/test_x.py -> pkg/__init__.py:1: rasa.shared.core.events "
                                                   "(belongs in tests/rasa)")
    test.write_text("import clean\nfrom pkg.pure import later\n")
    assert [v.what for v in violations(test, tmp_path)] == ["rasa.shared.core.events"]
    (tmp_path / "pkg" / "__init__.py").write_text("")
    assert violations(test, tmp_path) == []
