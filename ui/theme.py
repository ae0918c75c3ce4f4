"""Colours that follow the palette: one name per meaning, a light and a dark value for each.

Widgets and the HTML they render ask :func:`colour` for "error", "note_bg"... instead of writing a hex
value, so a dark palette gets colours meant for it. Text colours are chosen to keep a contrast of at
least 4.5:1 (WCAG AA) against the background they are drawn on; ``tests/unit/ui/test_theme.py``
computes it for every pair in both themes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

#: name: (light, dark)
COLOURS: dict[str, tuple[str, str]] = {
    # text on the window or base background
    "error": ("#b00020", "#ff8a80"),
    "warning": ("#8a5300", "#ffcc80"),
    "ok": ("#1b6e20", "#81c995"),
    "muted": ("#5f6368", "#b0b4ba"),
    # the queue's lateness: hours late, days late, weeks late (darker and bolder as it grows)
    "late_hours": ("#8a5300", "#ffcc80"),
    "late_days": ("#c62828", "#ff8a80"),
    "late_weeks": ("#8e0000", "#ff5252"),
    # blocks with a background of their own, and the text drawn on them
    "sample_bg": ("#fff4c2", "#3a3220"),
    "sample_border": ("#e0c060", "#8a7430"),
    "sample_text": ("#4a3b00", "#f5e6a8"),
    "alert_bg": ("#fde7e9", "#3b1e22"),
    "alert_border": ("#d9534f", "#c0504d"),
    "alert_text": ("#5a1014", "#ffd7d9"),
    "note_bg": ("#fff7e0", "#3a3220"),
    "note_text": ("#1a1a1a", "#f1e9d2"),
    "inbound_bg": ("#f3f3f6", "#26262c"),
    "outbound_bg": ("#eef5ee", "#233023"),
    "message_text": ("#1a1a1a", "#e8eaed"),
    "card_bg": ("#ffffff", "#2a2b2e"),
    "card_border": ("#d0d4da", "#4a4d52"),
    "card_text": ("#1a1a1a", "#e8eaed"),
    "match_bg": ("#fff176", "#6b5d00"),
    "match_text": ("#1a1a1a", "#fffbe0"),
}

#: (text, background) pairs that must read at 4.5:1 or more; "window" is the palette's window colour.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("error", "window"), ("warning", "window"), ("ok", "window"), ("muted", "window"),
    ("late_hours", "window"), ("late_days", "window"), ("late_weeks", "window"),
    ("sample_text", "sample_bg"), ("alert_text", "alert_bg"), ("note_text", "note_bg"),
    ("message_text", "inbound_bg"), ("message_text", "outbound_bg"), ("card_text", "card_bg"),
    ("match_text", "match_bg"),
)



def light_palette() -> QPalette:
    """Fusion's light palette, its selection a darker blue: white on Fusion's #308cc6 reads at 3.7:1 only."""
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette() if style is not None else QPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1f6fb2"))
    return palette


def dark_palette() -> QPalette:
    """The dark palette used where the platform theme does not switch by itself (offscreen, some desktops)."""
    palette = QPalette()
    for role, value in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
                        (QPalette.ColorRole.Base, "#17181a"), (QPalette.ColorRole.AlternateBase, "#232427"),
                        (QPalette.ColorRole.Text, "#e8eaed"), (QPalette.ColorRole.Button, "#2d2e31"),
                        (QPalette.ColorRole.ButtonText, "#e8eaed"), (QPalette.ColorRole.Highlight, "#3d6fb6"),
                        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.ToolTipBase, "#2d2e31"),
                        (QPalette.ColorRole.ToolTipText, "#e8eaed"), (QPalette.ColorRole.Link, "#8ab4f8"),
                        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"), (QPalette.ColorRole.Mid, "#5f6368")):
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f8389"))
    return palette


class OutlinedIndicators(QProxyStyle):
    """Fusion, with check boxes and radio buttons outlined in a grey that a dark window does not swallow.

    Fusion outlines them a shade darker than the window and fills them with the base colour: on a dark window
    both are near black (about 1.1:1), and an unticked box is invisible. Over a dark palette this draws the
    outline again in the palette's placeholder grey (#9aa0a6 on #202124: 6.6:1); a light palette is left as
    Fusion draws it."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        round_ = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if not (round_ or element == QStyle.PrimitiveElement.PE_IndicatorCheckBox) or not is_dark(option.palette):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if round_:
            painter.drawEllipse(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5))
        else:
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def colour(name: str, dark: bool | None = None) -> str:
    """The colour for ``name`` in the current (or the given) theme, as "#rrggbb"."""
    light_value, dark_value = COLOURS[name]
    return dark_value if (is_dark() if dark is None else dark) else light_value


def qcolour(name: str, dark: bool | None = None) -> QColor:
    return QColor(colour(name, dark))


def luminance(value: str) -> float:
    """WCAG's relative luminance of an sRGB colour."""
    c = QColor(value)

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(foreground: str, background: str) -> float:
    """WCAG's contrast ratio, from 1 (none) to 21 (black on white)."""
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)
