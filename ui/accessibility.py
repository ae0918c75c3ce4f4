"""Names a screen reader says, and the order Tab walks, for the main window's parts.

Kept in one place so the panels stay as they are: :func:`label_workspace` gives each control of the
workspace an accessible name (what it is, in the window's language) and sets a tab order that follows
the eye: views, search, the queue, the conversation and its reply, the guide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.queue.workspace import Workspace


def label_workspace(workspace: Workspace) -> None:
    names: list[tuple[QWidget, str, str]] = [
        (workspace.sidebar, QCoreApplication.translate("Accessibility", "Views"),
         QCoreApplication.translate("Accessibility", "The queue's views with how many tickets each holds")),
        (workspace.search, QCoreApplication.translate("Accessibility", "Search the queue"),
         QCoreApplication.translate("Accessibility", "Words and filters such as from: or status:")),
        (workspace.table, QCoreApplication.translate("Accessibility", "Tickets"),
         QCoreApplication.translate("Accessibility", "The tickets of the view; Enter reads the one selected")),
        (workspace.conversation.browser, QCoreApplication.translate("Accessibility", "Conversation"),
         QCoreApplication.translate("Accessibility", "Every message of the ticket, its promises and timeline")),
        (workspace.guide, QCoreApplication.translate("Accessibility", "Guide"),
         QCoreApplication.translate("Accessibility", "The steps for a moment that decides whether the customer "
                                                     "stays")),
    ]
    for widget, name, description in names:
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)
    order = [workspace.sidebar, workspace.search, workspace.save_search, workspace.table,
             workspace.conversation.reply_button, workspace.conversation.browser, workspace.guide]
    for before, after in zip(order, order[1:], strict=False):
        QWidget.setTabOrder(before, after)
