"""The ``mostrador`` command: the window, as installed by pip or the bundles (``main.py`` from a clone)."""

from __future__ import annotations


def main() -> int:
    # The store's modules first: once PySide6 is imported, shiboken inspects every module imported after it,
    # which made start-up about 0.2 s slower.
    import workstation.queue  # noqa: F401
    import workstation.store.db  # noqa: F401
    from ui.app import main as window

    return window()
