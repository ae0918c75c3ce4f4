"""Render the icon in the usual sizes: ``python packaging/icons.py OUT`` (PNG; and .ico/.icns where asked).

The bundles' desktop entry and review-pack MIME type use them; only the SVG is kept in git.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG = Path(__file__).resolve().parent / "mostrador.svg"


def render(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(SVG))
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / f"mostrador-{size}.png"
        if not image.save(str(target)):
            raise SystemExit(f"icons: could not write {target}")
        written.append(target)
    return written


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    for path in render(Path(sys.argv[1])):
        print(path)
