"""Helpers every command group shares: JSON out, a progress bar, reading files a person names."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from workstation.errors import InvalidInput


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _progress_bar(label: str) -> Callable[[int, int], None]:
    """A one-line progress bar on a terminal; silent when output is piped."""
    if not sys.stderr.isatty():
        return lambda done, total: None

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}{end}")
        sys.stderr.flush()

    return show


def _ticket_list(value: str) -> list[int]:
    try:
        return [int(part.strip().lstrip("#")) for part in value.split(",") if part.strip()]
    except ValueError:
        raise InvalidInput(f"{value!r}: give ticket numbers separated by commas, e.g. 12,15.") from None


def _read_text(path: str) -> str:
    try:
        return sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
    except OSError as exc:
        raise InvalidInput(f"Cannot read {path}: {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path} is not UTF-8 text.") from exc


def _read_actions(path: str | None) -> list[Any]:
    from workstation.resolution.actions import ActionSpec

    if not path:
        return []
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{path} is not valid JSON (line {exc.lineno}: {exc.msg}).") from exc
    items = data.get("actions") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise InvalidInput(f"{path} must hold a list of actions, e.g. "
                           '[{"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01"}].')
    return [ActionSpec.from_dict(item) for item in items]
