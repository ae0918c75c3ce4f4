"""Start Mostrador's window from a clone: ``python main.py [--data-dir DIR] [--lang es] [--screenshot out.png]``."""

import sys

from ui.start import main

if __name__ == "__main__":
    sys.exit(main())
