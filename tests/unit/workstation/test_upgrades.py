"""After an upgrade the first window says what changed: the version a data folder last saw, the changes
since, and the copy the store took before migrating."""

from __future__ import annotations

from pathlib import Path

import yaml
from alembic import command

from workstation import __version__
from workstation.paths import RESOURCES, Location
from workstation.store.db import alembic_config, make_engine, open_store
from workstation.upgrades import VERSION_FILE, changes_since, note_opening


def test_a_new_folder_gets_no_news_and_remembers_the_version(tmp_path: Path) -> None:
    store = open_store(Location.resolve(tmp_path, None))
    assert note_opening(store, "en") is None
    assert (tmp_path / VERSION_FILE).read_text(encoding="utf-8") == f"{__version__}\n"
    assert note_opening(store, "en") is None  # the same version again: nothing to say
    store.close()


def test_a_folder_an_older_version_used_hears_what_changed_in_its_language(tmp_path: Path) -> None:
    store = open_store(Location.resolve(tmp_path, None))
    (tmp_path / VERSION_FILE).write_text("0.0.9\n", encoding="utf-8")
    upgrade = note_opening(store, "es", current="0.1.0")
    store.close()
    assert upgrade is not None
    assert (upgrade.previous, upgrade.current, upgrade.backup) == ("0.0.9", "0.1.0", None)
    assert upgrade.changes[0].startswith("Mostrador se instala como cualquier programa de escritorio")
    assert (tmp_path / VERSION_FILE).read_text(encoding="utf-8") == "0.1.0\n"


def test_an_older_program_on_a_newer_folder_says_nothing(tmp_path: Path) -> None:
    store = open_store(Location.resolve(tmp_path, None))
    (tmp_path / VERSION_FILE).write_text("0.2.0\n", encoding="utf-8")
    assert note_opening(store, "en", current="0.1.0") is None
    store.close()


def test_a_migrated_store_names_its_backup(tmp_path: Path) -> None:
    location = Location.resolve(tmp_path, None)
    engine = make_engine(location.database_url)
    cfg = alembic_config()
    with engine.begin() as conn:  # a folder a version at the first schema left, before versions were written
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    store = open_store(location)
    upgrade = note_opening(store, "en")
    store.close()
    assert upgrade is not None and upgrade.previous is None and upgrade.backup is not None
    assert Path(upgrade.backup).parent == location.backups_dir
    assert Path(upgrade.backup).name.startswith("mostrador-0001-")
    assert Path(upgrade.backup).stat().st_size > 0


def test_the_newest_changes_are_this_version_s_in_both_languages() -> None:
    entries = yaml.safe_load((RESOURCES / "changes.yaml").read_text(encoding="utf-8"))
    assert str(entries[0]["version"]) == __version__
    for entry in entries:
        assert len(entry["en"]) == len(entry["es"]) > 0
    assert changes_since(None, __version__, "en")[:len(entries[0]["en"])] == entries[0]["en"]
