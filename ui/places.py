"""Places the main window opens that live in dialogs of their own: the customer record and the review-pack
export. ``install`` adds their menu entries and signal connections, so the main window stays one line longer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from ui.customer_dialog import CustomerDialog
from ui.supervisor.review_pack_dialog import ReviewPackDialog
from workstation import customers

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class Places(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.customer_action = QAction(self.tr("C&ustomer record…"), window)
        self.customer_action.setObjectName("customerRecordAction")
        self.customer_action.setShortcut("Ctrl+Shift+U")
        self.customer_action.triggered.connect(self.open_selected_customer)
        self.export_action = QAction(self.tr("&Export review pack…"), window)
        self.export_action.setObjectName("exportReviewPackAction")
        self.export_action.triggered.connect(self.export_review_pack)
        window.ticket_menu.addSeparator()
        window.ticket_menu.addAction(self.customer_action)
        window.supervise_menu.addAction(self.export_action)
        window.workspace.conversation.customer_requested.connect(self.open_customer)
        self.dialogs: list[CustomerDialog] = []
        if window.review is not None:  # a review pack is read-only, and a pack of a pack is no use
            self.export_action.setVisible(False)

    def open_selected_customer(self) -> None:
        window = self.window
        ticket = window.workspace.conversation.shown_ticket()
        selected = window.workspace.table.selected_ids()
        ticket = selected[0] if selected else ticket
        if ticket is None:
            window.say(self.tr("Select a ticket to see its customer."), error=True)
            return
        store = window.store
        window.tasks.run(lambda: customers.resolve(store, f"ticket:{ticket}"), self.open_customer)

    def open_customer(self, customer_id: int) -> CustomerDialog:
        for dialog in self.dialogs:  # one window per customer: raise it again
            if dialog.customer_id == customer_id and dialog.isVisible():
                dialog.setWindowState((dialog.windowState() & ~Qt.WindowState.WindowMinimized)
                                      | Qt.WindowState.WindowActive)
                dialog.activateWindow()
                return dialog
        window = self.window
        dialog = CustomerDialog(window.store, window.tasks.run, customer_id, lambda: window.agent, window)
        if window.review is not None:
            for widget in (dialog.name, dialog.phone, dialog.company):
                widget.setReadOnly(True)
            dialog.notes.setReadOnly(True)
            dialog.save_button.hide()
            dialog.merge_button.hide()
        dialog.changed.connect(window.apply_changes)
        dialog.changed.connect(lambda _changes: window.workspace.conversation.reload())
        dialog.open_ticket.connect(window.open_ticket)
        dialog.finished.connect(lambda _result: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def export_review_pack(self) -> ReviewPackDialog:
        window = self.window
        dialog = ReviewPackDialog(window.store, window.tasks.run, lambda: window.agent, window)
        dialog.exported.connect(lambda path, n: window.say(
            self.tr("Review pack written to %1 (%2 tickets).").replace("%1", path).replace("%2", str(n))))
        dialog.show()
        return dialog


def install(window: MainWindow) -> Places:
    return Places(window)
