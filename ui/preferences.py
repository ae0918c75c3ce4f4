"""Who is at this desk, and the Preferences dialog (agent, language, theme, notifications, sounds, quoted
text). Both only read and write :class:`ui.settings.Settings`; the window applies what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.settings import NOTIFICATION_KINDS, Settings
from workstation.agents import AgentInfo


def notification_kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "new_message": QCoreApplication.translate("Preferences", "A customer writes on one of my tickets"),
        "reopened": QCoreApplication.translate("Preferences", "A customer answers a closed ticket"),
        "reply_returned": QCoreApplication.translate("Preferences", "A supervisor returns one of my replies"),
        "reply_approved": QCoreApplication.translate("Preferences", "A supervisor approves one of my replies"),
        "promise_due": QCoreApplication.translate("Preferences", "One of my promises is due today"),
    }[kind]


class AgentChooser(QComboBox):
    """The agents of this store, and room to type a new name (a new agent is created when chosen)."""

    def __init__(self, agents: list[AgentInfo], current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentChooser")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for info in agents:
            self.addItem(info.name, info.name)
        self.lineEdit().setPlaceholderText(self.tr("Your name"))
        index = self.findData(current) if current else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(current or "")
        self.setAccessibleName(self.tr("Who works at this desk"))

    def chosen(self) -> str:
        return self.currentText().strip()


class IdentityDialog(QDialog):
    """Asked once, the first time the window opens here: who is at this desk."""

    def __init__(self, agents: list[AgentInfo], current: str | None = None, parent: QWidget | None = None, *,
                 problem: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityDialog")
        self.setWindowTitle(self.tr("Who is at this desk?"))
        intro = QLabel(self.tr("Replies, notes and changes are signed with your name, and My queue shows the "
                               "tickets assigned to you. Choose yourself, or type your name to join."))
        intro.setWordWrap(True)
        self.problem = QLabel(problem or "")
        self.problem.setObjectName("identityProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        self.chooser = AgentChooser(agents, current)
        label = QLabel(self.tr("&I am:"))
        label.setBuddy(self.chooser)
        form = QFormLayout()
        form.addRow(label, self.chooser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.chooser.currentTextChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(bool(self.chooser.chosen()))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def chosen(self) -> str:
        return self.chooser.chosen()


class PreferencesDialog(QDialog):
    """Edit › Preferences: OK writes the settings; the window applies them (language at the next start)."""

    def __init__(self, settings: Settings, agents: list[AgentInfo], current_agent: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings

        self.agent = AgentChooser(agents, current_agent)
        self.language = QComboBox()
        self.language.setObjectName("languageBox")
        for text, code in ((self.tr("As the system"), ""), ("English", "en"), ("Español", "es")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.theme = QComboBox()
        self.theme.setObjectName("themeBox")
        for text, code in ((self.tr("As the system"), "system"), (self.tr("Light"), "light"),
                           (self.tr("Dark"), "dark")):
            self.theme.addItem(text, code)
        self.theme.setCurrentIndex(max(self.theme.findData(settings.theme), 0))
        self.quote_style = QComboBox()
        self.quote_style.setObjectName("quoteStyleBox")
        self.quote_style.addItem(self.tr("Readable, beside a bar"), "full")
        self.quote_style.addItem(self.tr("Smaller, as mail clients quote"), "muted")
        self.quote_style.setCurrentIndex(max(self.quote_style.findData(settings.quote_style), 0))
        self.newest_first = QCheckBox(self.tr("Newest message first in conversations"))
        self.newest_first.setObjectName("newestFirstBox")
        self.newest_first.setChecked(settings.newest_first)
        self.next_after_send = QCheckBox(self.tr("After sending a reply, show the next ticket"))
        self.next_after_send.setObjectName("nextAfterSendBox")
        self.next_after_send.setChecked(settings.next_after_send)
        language_note = QLabel(self.tr("A new language or new colours apply the next time Mostrador starts."))
        language_note.setWordWrap(True)

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        for text, field in ((self.tr("&Who works at this desk:"), self.agent), (self.tr("&Language:"), self.language),
                            (self.tr("&Colours:"), self.theme), (self.tr("&Quoted text in replies:"),
                                                                 self.quote_style)):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
            if field is self.theme:
                form.addRow("", language_note)
        form.addRow("", self.newest_first)
        form.addRow("", self.next_after_send)

        notifications = QGroupBox(self.tr("Desktop notifications"))
        column = QVBoxLayout(notifications)
        self.kinds: dict[str, QCheckBox] = {}
        for kind in NOTIFICATION_KINDS:
            box = self.kinds[kind] = QCheckBox(notification_kind_label(kind))
            box.setObjectName(f"notify-{kind}")
            box.setChecked(settings.notify(kind))
            column.addWidget(box)
        self.sounds = QCheckBox(self.tr("Play a sound with each notification"))
        self.sounds.setObjectName("soundsBox")
        self.sounds.setChecked(settings.sounds)
        column.addWidget(self.sounds)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(notifications)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        for previous, following in zip(self._tab_order(), self._tab_order()[1:], strict=False):
            QWidget.setTabOrder(previous, following)
        self.agent.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_order(self) -> list[QWidget]:
        return [self.agent, self.language, self.theme, self.quote_style, self.newest_first, self.next_after_send,
                *self.kinds.values(),
                self.sounds]

    def accept(self) -> None:
        settings = self.settings
        settings.language = self.language.currentData()
        settings.theme = self.theme.currentData()
        settings.quote_style = self.quote_style.currentData()
        settings.newest_first = self.newest_first.isChecked()
        settings.next_after_send = self.next_after_send.isChecked()
        for kind, box in self.kinds.items():
            settings.set_notify(kind, box.isChecked())
        settings.sounds = self.sounds.isChecked()
        settings.sync()
        super().accept()

    def chosen_agent(self) -> str:
        return self.agent.chosen()
