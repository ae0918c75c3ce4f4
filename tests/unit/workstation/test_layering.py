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


def _imports(path: Path, text: str | None = None) -> list[str]:
    """Every module ``path`` imports (or ``text``, read as that file), absolute or relative, at any depth."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    names = []
    for node in ast.walk(ast.parse(path.read_text() if text is None else text)):
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


def _forbidden(name: str) -> bool:
    return name == "sqlalchemy" or name.startswith("sqlalchemy.") or name == "workstation.store.models" \
        or name.startswith("workstation.store.models.")


# `account set` edits Account rows itself until the accounts' part of #19 makes it a service.
NOT_YET: set[tuple[str, str]] = set()


def test_services_are_the_only_door_to_the_store() -> None:
    """The window and the command line call services in workstation/ (which take the Store and answer in plain
    data); neither builds a query nor names a table. ``workstation.store.db`` (the Store, open_store) is fine."""
    paths = sorted((ROOT / "ui").rglob("*.py"))
    paths += sorted((ROOT / "workstation" / "cli").rglob("*.py"))
    assert len(paths) > 20
    offenders = [f"{path.relative_to(ROOT)}: {name}" for path in paths for name in _imports(path, _without_not_yet(path))
                 if _forbidden(name)]
    assert offenders == []


def _without_not_yet(path: Path) -> str:
    """The source without the functions NOT_YET names (blanked line by line, so the rest parses alike)."""
    text = path.read_text()
    where = str(path.relative_to(ROOT))
    lines = text.splitlines()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.FunctionDef) and (where, node.name) in NOT_YET:
            for number in range(node.lineno - 1, node.end_lineno or node.lineno):
                lines[number] = ""
    return "\n".join(lines)


def test_the_door_check_sees_a_query() -> None:
    """The check above reads imports at any depth (a function's own ``from ... import``), in every spelling."""
    sample = ("def f():\n    from workstation.store.models import Ticket\n    import sqlalchemy.orm as orm\n"
              "from workstation.store import models\nfrom workstation.store.db import Store\n")
    assert sorted(n for n in _imports(ROOT / "ui" / "sample.py", sample) if _forbidden(n)) == [
        "sqlalchemy.orm", "workstation.store.models", "workstation.store.models", "workstation.store.models.Ticket"]
