"""The local store: models, migrations, search."""

from workstation.store.db import Store, open_store

__all__ = ["Store", "open_store"]
