"""Where a workstation keeps its data."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "Mostrador"

#: The folder that holds the packages: the clone, site-packages, or a bundle's own folder.
ROOT = Path(__file__).resolve().parent.parent


def _resources() -> Path:
    """The shipped resources folder (playbooks, lexicons, translations): the package
    ``mostrador_resources`` (``resources/`` in the clone, mapped by pyproject.toml), wherever it
    was installed or bundled; from a clone nobody installed, the folder itself."""
    try:
        found = resources.files("mostrador_resources")
    except ModuleNotFoundError:
        return ROOT / "resources"
    if not isinstance(found, Path):  # a zip import: nothing installs Mostrador that way
        raise RuntimeError(f"Mostrador's resources are not a folder on disk: {found}")
    return found


RESOURCES = _resources()


def default_data_dir() -> Path:
    """The user's data dir, or ``MOSTRADOR_DATA_DIR`` when set."""
    override = os.environ.get("MOSTRADOR_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Location:
    """The data dir and the database URL one run works on."""

    data_dir: Path
    database_url: str

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None, database_url: str | None) -> "Location":
        directory = Path(data_dir).expanduser() if data_dir else default_data_dir()
        url = database_url or f"sqlite:///{(directory / 'mostrador.sqlite3').as_posix()}"
        return cls(directory.resolve(), url)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        _, _, rest = self.database_url.partition(":///")
        return Path(rest) if rest and rest != ":memory:" else None

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"
