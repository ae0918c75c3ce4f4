"""Start Mostrador's window: ``python main.py [--data-dir DIR] [--lang es] [--screenshot out.png]``."""

import sys

# The store's modules first: once PySide6 is imported, shiboken inspects every module imported after it,
# which made start-up about 0.2 s slower.
import workstation.queue  # noqa: F401
import workstation.store.db  # noqa: F401
from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
