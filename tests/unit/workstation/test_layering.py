"""workstation/ is the domain: it never pulls in Qt widgets or the ui package."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_import_workstation_does_not_import_qtwidgets() -> None:
    # Every module of the package, imported in a fresh interpreter.
    code = (
        "import pkgutil, sys, workstation\n"
        "for m in pkgutil.walk_packages(workstation.__path__, 'workstation.'):\n"
        "    if m.name != 'workstation.__main__' and '.migrations' not in m.name:\n"
        "        __import__(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6.QtWidgets', 'ui')))\n"
        "print(len([n for n in sys.modules if n.startswith('workstation')]), bad)\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    imported, _ = result.stdout.split(" ", 1)
    assert int(imported) > 10  # the walk really imported the package's modules


def test_no_workstation_module_names_ui_or_qt() -> None:
    offenders = []
    for path in (ROOT / "workstation").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names
                          if n == "ui" or n.startswith(("ui.", "PySide6"))]
    assert offenders == []
