"""The SASL strings for XOAUTH2 (Google's and Microsoft's) and OAUTHBEARER (RFC 7628)."""

from __future__ import annotations


def xoauth2(user: str, access_token: str) -> str:
    return f"user={user}\x01auth=Bearer {access_token}\x01\x01"


def oauthbearer(user: str, access_token: str, host: str = "", port: int = 0) -> str:
    authzid = user.replace("=", "=3D").replace(",", "=2C")
    fields = f"auth=Bearer {access_token}\x01"
    if host:
        fields = f"host={host}\x01port={port}\x01" + fields
    return f"n,a={authzid},\x01{fields}\x01"
