"""What a new user sees before any inbox exists: two clear ways forward."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstRunPage(QWidget):
    add_inbox = Signal()
    try_sample = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        card = QFrame()
        card.setObjectName("firstRunCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(720)

        title = QLabel(self.tr("Welcome to Mostrador"))
        title.setObjectName("firstRunTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)

        lead = QLabel(self.tr(
            "Every support inbox in one queue, and every answer a concrete action: a refund, a replacement, "
            "a repair, a correction, with an owner and a date. Mostrador keeps each promise visible until "
            "it is kept and the customer is told."
        ))
        lead.setWordWrap(True)

        self.add_button = QPushButton(self.tr("Add a support inbox…"))
        self.add_button.setObjectName("addInboxButton")
        self.add_button.setDefault(True)
        self.add_button.setMinimumHeight(40)
        self.add_button.clicked.connect(self.add_inbox)
        add_help = QLabel(self.tr("Connect an IMAP inbox (support@, facturacion@...). "
                                  "The password is kept in your system's keyring, never in Mostrador's files."))
        add_help.setWordWrap(True)

        self.sample_button = QPushButton(self.tr("Try it with sample data"))
        self.sample_button.setObjectName("trySampleButton")
        self.sample_button.setMinimumHeight(40)
        self.sample_button.clicked.connect(self.try_sample)
        sample_help = QLabel(self.tr("Loads 300 invented tickets in Spanish and English, clearly marked as "
                                     "sample. You can remove them in one click later."))
        sample_help.setWordWrap(True)

        self.status = QLabel()
        self.status.setObjectName("firstRunStatus")
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        for button, help_label in ((self.add_button, add_help), (self.sample_button, sample_help)):
            column = QVBoxLayout()
            column.addWidget(button)
            column.addWidget(help_label)
            column.addStretch(1)
            buttons.addLayout(column, 1)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 32, 36, 32)
        inner.setSpacing(18)
        inner.addWidget(title)
        inner.addWidget(lead)
        inner.addLayout(buttons)
        inner.addWidget(self.status)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_busy(self, message: str | None) -> None:
        busy = message is not None
        self.add_button.setEnabled(not busy)
        self.sample_button.setEnabled(not busy)
        self.status.setText(message or "")
