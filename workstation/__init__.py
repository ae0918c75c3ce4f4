"""Mostrador's domain, store, sync and rules. No Qt widgets live here.

Everything in this package can be driven from ``python -m workstation`` and
from tests without a display.
"""

__version__ = "0.1.0"
