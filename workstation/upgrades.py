"""After an upgrade: what changed since the version that last opened this data folder.

Installs replace the program, never the data folder (the user's data dir, or --data-dir), so the version
that last opened a folder is written in it. The first window of a newer version to open the folder says
what changed (``resources/changes.yaml``) and where the store put its copy before migrating.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from workstation import __version__
from workstation.paths import RESOURCES
from workstation.store.db import Store

VERSION_FILE = "last-version"


@dataclass(frozen=True)
class Upgrade:
    previous: str | None  # None: a folder from before versions were written in it
    current: str
    changes: list[str]
    backup: str | None  # the store's copy, taken before it migrated


def _order(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def changes_since(previous: str | None, current: str, language: str) -> list[str]:
    """What the versions after ``previous`` up to ``current`` changed, newest first."""
    entries = yaml.safe_load((RESOURCES / "changes.yaml").read_text(encoding="utf-8")) or []
    lines: list[str] = []
    for entry in entries:
        version = str(entry["version"])
        if (previous is None or _order(version) > _order(previous)) and _order(version) <= _order(current):
            lines += entry.get(language) or entry["en"]
    return lines


def note_opening(store: Store, language: str, current: str = __version__) -> Upgrade | None:
    """Write this version into the store's data folder; the upgrade, when the folder had an older one."""
    marker = store.location.data_dir / VERSION_FILE
    try:
        previous = marker.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        previous = None
    if previous != current and not store.read_only:
        try:
            marker.write_text(current + "\n", encoding="utf-8")
        except OSError:
            pass  # a folder we cannot write in (PostgreSQL with no --data-dir made yet): the news waits
    if previous is None and store.backup is None:
        return None  # a new folder, or one this version's store did not have to migrate
    if previous is not None and _order(previous) >= _order(current):
        return None
    return Upgrade(previous, current, changes_since(previous, current, language), store.backup)
