"""Start Mostrador's window: ``python main.py [--data-dir DIR] [--lang es] [--screenshot out.png]``."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
