"""Remote images in customers' HTML mail: blocked until a person allows them.

Loading a remote image tells the sender that the mail was opened (and from
where), so nothing is fetched until the agent allows it, for one message or
for every message from that sender. The senders allowed are kept in
``remote-images.json`` in the data folder. Only http and https, with a
timeout and a size cap; never on the GUI thread.
"""

from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path

MAX_IMAGE = 5 * 1024 * 1024
TIMEOUT = 10.0
_IMG_SRC = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["']?(https?://[^"'\s>]+)""", re.IGNORECASE)


def remote_images(html: str | None) -> list[str]:
    """The remote image addresses an HTML body would load."""
    return list(dict.fromkeys(_IMG_SRC.findall(html or "")))


def fetch_images(urls: list[str]) -> dict[str, bytes]:
    """Fetch what was allowed; an image that fails is simply left out."""
    found: dict[str, bytes] = {}
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback tests: no proxy detour
    for url in urls:
        if not url.lower().startswith(("http://", "https://")):
            continue
        try:
            with opener.open(urllib.request.Request(url, headers={"User-Agent": "Mostrador"}), timeout=TIMEOUT) as r:
                data = r.read(MAX_IMAGE + 1)
        except (OSError, ValueError):
            continue
        if len(data) <= MAX_IMAGE:
            found[url] = data
    return found


class AllowedSenders:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "remote-images.json"

    def load(self) -> set[str]:
        try:
            return {s.lower() for s in json.loads(self.path.read_text(encoding="utf-8")).get("senders", [])}
        except (OSError, ValueError, AttributeError):
            return set()

    def allow(self, sender: str) -> None:
        senders = self.load() | {sender.lower()}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(".part")
        partial.write_text(json.dumps({"senders": sorted(senders)}, indent=1), encoding="utf-8")
        partial.replace(self.path)
