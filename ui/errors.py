"""An environment error, said in the window's language.

The store's errors carry their kind and the database they are about
(:class:`workstation.errors.StoreError`): the window says the same sentence
the command line prints, translated. Anything else is shown as it came.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from workstation.errors import StoreError


# The English is the command line's sentence, word for word; %1 is the database.
_STORE: dict[str, Callable[[], str]] = {
    "locked": lambda: QCoreApplication.translate(
        "Errors", "The database %1 is locked by another program. Close the other Mostrador window or command "
                  "that uses it and try again."),
    "damaged": lambda: QCoreApplication.translate(
        "Errors", "The file %1 is not a readable Mostrador database (damaged or not a database). Restore a copy "
                  "from the backups folder beside it, or point --data-dir elsewhere."),
    "full": lambda: QCoreApplication.translate(
        "Errors", "The disk holding %1 is full. Free some space and try again; nothing was lost."),
    "read_only": lambda: QCoreApplication.translate(
        "Errors", "The database %1 cannot be opened for writing. Check that the folder exists and that you may "
                  "write to it."),
}


def error_text(exc: BaseException) -> str:
    if isinstance(exc, StoreError) and exc.kind in _STORE and exc.where is not None:
        return _STORE[exc.kind]().replace("%1", exc.where)
    return str(exc)
