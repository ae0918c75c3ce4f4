"""Colours by meaning, from the palette: every text colour reads at 4.5:1 or more in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleFactory, QStyleOptionButton
from pytestqt.qtbot import QtBot

from ui.queue.workspace import SampleBanner
from ui.theme import (
    COLOURS,
    TEXT_PAIRS,
    OutlinedIndicators,
    colour,
    contrast,
    dark_palette,
    is_dark,
    light_palette,
)

AA = 4.5


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_theme_text_colours_keep_a_contrast_of_at_least_4_5(dark: bool) -> None:
    palette = dark_palette() if dark else light_palette()
    assert is_dark(palette) is dark
    grounds = {"window": [palette.color(QPalette.ColorRole.Window).name(),
                          palette.color(QPalette.ColorRole.Base).name()]}
    low = []
    for text, ground in TEXT_PAIRS:
        for background in grounds.get(ground) or [colour(ground, dark)]:
            ratio = contrast(colour(text, dark), background)
            if ratio < AA:
                low.append(f"{text} on {ground} {background}: {ratio:.2f}")
    # The palette's own text, too (the window's words, the table's, disabled and placeholder aside).
    for role, ground in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                         (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                         (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                         (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)):
        ratio = contrast(palette.color(role).name(), palette.color(ground).name())
        if ratio < AA:
            low.append(f"{role.name} on {ground.name}: {ratio:.2f}")
    assert low == []


def test_contrast_is_wcags() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_every_background_colour_has_a_text_colour_checked() -> None:
    backgrounds = {name for name in COLOURS if name.endswith("_bg")}
    assert backgrounds <= {ground for _text, ground in TEXT_PAIRS}


def test_the_sample_banner_takes_the_dark_colours_under_a_dark_palette(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(dark_palette())
    try:
        banner = SampleBanner()
        qtbot.addWidget(banner)
        assert colour("sample_bg", True) in banner.styleSheet()
        assert "#fff4c2" not in banner.styleSheet()
    finally:
        app.setPalette(before)


def _box_contrast(qtbot: QtBot, style: QStyle) -> float:
    """The strongest contrast against the window among the pixels of an unticked box's indicator."""
    box = QCheckBox("Sonar con cada aviso")
    qtbot.addWidget(box)
    box.setStyle(style)
    box.setPalette(dark_palette())
    box.show()
    image = box.grab().toImage()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    window = dark_palette().color(QPalette.ColorRole.Window).name()
    return max(contrast(image.pixelColor(x, y).name(), window)
               for x in range(indicator.left(), indicator.right() + 1)
               for y in range(indicator.top(), indicator.bottom() + 1))


def test_an_unticked_box_shows_on_a_dark_window(qtbot: QtBot) -> None:
    plain = QStyleFactory.create("Fusion")
    outlined = OutlinedIndicators("Fusion")
    assert _box_contrast(qtbot, plain) < 1.5  # Fusion's own outline: near black on near black
    assert _box_contrast(qtbot, outlined) >= 3.0  # WCAG's 3:1 for the parts of a control
