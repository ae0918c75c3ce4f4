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


def _imports(path: Path) -> list[str]:
    """Every module ``path`` imports, absolute or relative, at any depth of the file."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    names = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([node.module] if node.module else []))
            names += [base] + [f"{base}.{alias.name}" for alias in node.names]
    return names


FEATURES = ("workstation.followups", "workstation.incidents", "workstation.outbox", "workstation.resolution")


def test_the_sync_knows_mail_not_features() -> None:
    """What features do with new mail comes through hooks wired at start (workstation.features)."""
    offenders = [f"{path.relative_to(ROOT)}: {name}" for path in sorted((ROOT / "workstation" / "sync").rglob("*.py"))
                 for name in _imports(path) if name.startswith(FEATURES)]
    assert offenders == []


def test_the_mail_package_stands_below_the_sync_the_outbox_and_the_store() -> None:
    offenders = [f"{path.relative_to(ROOT)}: {name}" for path in sorted((ROOT / "workstation" / "mail").rglob("*.py"))
                 for name in _imports(path)
                 if name.startswith(("workstation.sync", "workstation.outbox", "workstation.store", "sqlalchemy"))]
    assert offenders == []


def test_importing_the_sync_engine_pulls_in_no_feature() -> None:
    code = ("import sys, workstation.sync.engine, workstation.sync.watch\n"
            f"print(sorted(n for n in sys.modules if n.startswith({FEATURES!r})))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


def test_the_worker_protocol_pulls_in_neither_the_store_nor_qt() -> None:
    """The window and a worker not yet past its head start both import it."""
    code = ("import sys, workstation.workers\n"
            "print(sorted(n for n in sys.modules if n.startswith(('sqlalchemy', 'workstation.store', 'PySide6'))))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"
