"""The old home of :mod:`workstation.mail.endpoints`, for imports not moved yet."""

from workstation.mail.endpoints import Endpoint, Security, is_loopback

__all__ = ["Endpoint", "Security", "is_loopback"]
