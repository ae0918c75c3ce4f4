"""What this desk remembers between runs, in QSettings: who works here, language, theme, notifications,
and the window's layout (geometry, splitters, columns, sort, last view per agent).

Everything goes through :class:`Settings`, which reads a typed value with a default so a missing or
damaged entry never stops the window. Tests and screenshots point QSettings at a folder of their own
(:func:`use_folder`), never at the user's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Mostrador"
APPLICATION = "Mostrador"

#: The kinds of desktop notification, each switched on or off in Preferences.
NOTIFICATION_KINDS = ("new_message", "reopened", "reply_returned", "reply_approved", "promise_due")
THEMES = ("system", "light", "dark")
LANGUAGES = ("", "en", "es")  # "": the system's
QUOTE_STYLES = ("full", "muted")


def use_folder(folder: Path) -> None:
    """Keep the settings in ``folder`` (INI files) from now on: tests, screenshots, a portable install."""
    folder.mkdir(parents=True, exist_ok=True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


class Settings:
    """Typed access to QSettings. Values are written at once; ``sync()`` flushes them to disk."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                                        APPLICATION)

    # --- plain values --------------------------------------------------------------------

    def _text(self, key: str, default: str = "", allowed: tuple[str, ...] | None = None) -> str:
        value = self.q.value(key, default)
        value = value if isinstance(value, str) else default
        return value if allowed is None or value in allowed else default

    def _flag(self, key: str, default: bool) -> bool:
        value = self.q.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    @property
    def agent(self) -> str | None:
        """Who works at this desk (an agent's whole name), or None until someone says."""
        return self._text("identity/agent") or None

    @agent.setter
    def agent(self, name: str | None) -> None:
        self.q.setValue("identity/agent", name or "")

    @property
    def owner(self) -> str | None:
        """Whose desk this is (SQLite): the agent chosen at first run, kept while others act here."""
        return self._text("identity/owner") or None

    @owner.setter
    def owner(self, name: str | None) -> None:
        self.q.setValue("identity/owner", name or "")

    @property
    def language(self) -> str:
        """"en", "es", or "" to follow the system."""
        return self._text("general/language", "", LANGUAGES)

    @language.setter
    def language(self, code: str) -> None:
        self.q.setValue("general/language", code if code in LANGUAGES else "")

    @property
    def theme(self) -> str:
        return self._text("general/theme", "system", THEMES)

    @theme.setter
    def theme(self, theme: str) -> None:
        self.q.setValue("general/theme", theme if theme in THEMES else "system")

    def notify(self, kind: str) -> bool:
        return self._flag(f"notifications/{kind}", True)

    def set_notify(self, kind: str, on: bool) -> None:
        self.q.setValue(f"notifications/{kind}", on)

    @property
    def sounds(self) -> bool:
        return self._flag("notifications/sounds", False)

    @sounds.setter
    def sounds(self, on: bool) -> None:
        self.q.setValue("notifications/sounds", on)

    @property
    def quote_style(self) -> str:
        """How the customer's earlier words show under a reply: "full" (readable text beside a bar) or
        "muted" (smaller, as mail clients quote)."""
        return self._text("composer/quote_style", "full", QUOTE_STYLES)

    @quote_style.setter
    def quote_style(self, style: str) -> None:
        self.q.setValue("composer/quote_style", style if style in QUOTE_STYLES else "full")

    @property
    def newest_first(self) -> bool:
        """Conversations with the newest message on top."""
        return self._flag("conversation/newest_first", False)

    @newest_first.setter
    def newest_first(self, on: bool) -> None:
        self.q.setValue("conversation/newest_first", on)

    @property
    def next_after_send(self) -> bool:
        """After a reply is sent, the queue's next ticket is shown (off until the agent chooses it)."""
        return self._flag("composer/next_after_send", False)

    @next_after_send.setter
    def next_after_send(self, on: bool) -> None:
        self.q.setValue("composer/next_after_send", on)

    # --- layout ----------------------------------------------------------------------------

    def state(self, key: str) -> QByteArray | None:
        """A widget's saved state (geometry, splitter, header), or None."""
        value = self.q.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self.q.setValue(f"layout/{key}", value)

    def last_view(self, agent: str | None) -> str | None:
        return self._text(f"views/{_key(agent)}") or None

    def set_last_view(self, agent: str | None, view: str) -> None:
        self.q.setValue(f"views/{_key(agent)}", view)

    def sync(self) -> None:
        self.q.sync()


def _key(agent: str | None) -> str:
    """An agent's name as a settings key (QSettings treats / and \\ as separators)."""
    return "".join(c if c.isalnum() else "_" for c in (agent or "nobody")) or "nobody"
