"""Dates, times, numbers and amounts as the window's language writes them, through QLocale.

``ui.app.install_translators`` makes the chosen language QLocale's default; everything the window shows
goes through here: "26 nov 2026, 19:24", "12.480", "14,2 h", "371,82 €" in Spanish, "26 Nov 2026, 19:24",
"12,480", "14.2 h", "€371.82" in English.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "MXN": "MX$", "ARS": "ARS", "CLP": "CLP", "COP": "COP"}


def locale() -> QLocale:
    return QLocale()


def _qdatetime(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def date_text(day: date | datetime | None) -> str:
    """A day, spelt out so no reader swaps day and month: "26 nov 2026" / "26 Nov 2026"."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.astimezone().date()
    return locale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def datetime_text(moment: datetime | None) -> str:
    """A moment in the computer's time zone: "26 nov 2026, 19:24"."""
    if moment is None:
        return ""
    return locale().toString(_qdatetime(moment), "d MMM yyyy, HH:mm")


def soon_text(moment: datetime) -> str:
    """A moment in the coming days, short enough for a queue's narrowest cell: "30 Nov, 09:00" / "30 nov, 09:00"."""
    return locale().toString(_qdatetime(moment), "d MMM, HH:mm")


def time_text(moment: datetime) -> str:
    return locale().toString(_qdatetime(moment).time(), "HH:mm")


def number(value: int) -> str:
    """An integer with the language's grouping: "12.480" / "12,480"."""
    return locale().toString(int(value))


def decimal(value: float, digits: int = 1) -> str:
    """A decimal number: "14,2" / "14.2"."""
    return locale().toString(float(value), "f", digits)


def percent(share: float) -> str:
    """A share from 0 to 1 as a whole percentage: "83 %" / "83%"."""
    text = locale().toString(round(share * 100))
    return f"{text}\u00a0%" if locale().language() == QLocale.Language.Spanish else f"{text}%"


def amount(value: Decimal | float | str, currency: str | None) -> str:
    """Money as the language writes it: "371,82 €" / "€371.82"; an unknown currency keeps its code."""
    code = (currency or "").upper()
    number_value = float(Decimal(str(value)))
    if code in CURRENCY_SYMBOLS:
        return locale().toCurrencyString(number_value, CURRENCY_SYMBOLS[code], 2)
    written = locale().toString(number_value, "f", 2)
    if not code:
        return written
    return f"{written}\u00a0{code}" if locale().language() == QLocale.Language.Spanish else f"{code}\u00a0{written}"


def progress(done: int, total: int) -> str:
    """ "12.480 de 48.210" / "12,480 of 48,210"."""
    return QCoreApplication.translate("Formatting", "%1 of %2").replace("%1", number(done)).replace("%2", number(total))


def hours(minutes: float) -> str:
    return QCoreApplication.translate("Formatting", "%1 h").replace("%1", decimal(minutes / 60))


