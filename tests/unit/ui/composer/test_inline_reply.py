"""The reply written in place, under the conversation it answers (issue 22, point 2), as an agent uses it:
the thread stays in view above it, Ctrl+Enter sends and (when the agent chose so) the next ticket follows,
another ticket's reply keeps the first one's draft, and a refused reply stays with its reasons."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.unit.ui.composer.test_composer import APOLOGY, CONCRETE, REFUND, a_ticket
from ui.composer.composer import Composer, ComposerWindow
from ui.main_window import MainWindow
from ui.preferences import PreferencesDialog
from ui.settings import Settings
from workstation.agents import add_agent
from workstation.outbox.compose import load_draft
from workstation.store.db import Store
from workstation.store.models import (
    Account,
    Customer,
    CustomerAddress,
    Direction,
    Message,
    Reply,
    ReplyState,
    Role,
    Ticket,
)


def another_ticket(store: Store, name: str, address: str) -> int:
    """A third customer's ticket, in Spanish."""
    with store.session() as session:
        account = session.query(Account).one()
        customer = Customer(name=name, addresses=[CustomerAddress(address=address)])
        session.add(customer)
        session.flush()
        ticket = Ticket(account_id=account.id, customer_id=customer.id, subject="Pedido roto",
                        normalized_subject="pedido roto", language="es")
        session.add(ticket)
        session.flush()
        session.add(Message(ticket_id=ticket.id, message_id=f"<r{ticket.id}@example.org>", from_addr=address,
                            from_name=name, subject="Pedido roto", direction=Direction.INBOUND,
                            date=datetime(2026, 11, 21, 9, 0, tzinfo=UTC), body_text="El pedido llegó roto."))
        return ticket.id


@pytest.fixture
def three(sqlite_store: Store) -> list[int]:
    add_agent(sqlite_store, "Marta", None, Role.SUPERVISOR)
    return [a_ticket(sqlite_store), a_ticket(sqlite_store, "en"),
            another_ticket(sqlite_store, "Luis Gil", "luis@example.org")]


@pytest.fixture
def win(qtbot: QtBot, sqlite_store: Store, three: list[int]) -> Iterator[MainWindow]:
    window = MainWindow(sqlite_store, agent="Marta")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready() and window.workspace.model.rowCount() == 3
                    and not window.tasks.is_busy(), timeout=10000)
    yield window
    window.close()


def pick(win: MainWindow, qtbot: QtBot, ticket_id: int) -> None:
    """Click the ticket's row in the queue, and wait for its conversation."""
    table, ids = win.workspace.table, win.workspace.model.ids()
    rect = table.visualRect(win.workspace.model.index(ids.index(ticket_id), 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    conversation = win.workspace.conversation
    qtbot.waitUntil(lambda: conversation.title.text().startswith(f"#{ticket_id} ") and not win.tasks.is_busy(),
                    timeout=5000)


def click_reply(win: MainWindow, qtbot: QtBot) -> Composer:
    """The conversation's Reply button; the reply opens under it, its draft (if any) read."""
    conversation = win.workspace.conversation
    qtbot.mouseClick(conversation.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.composer is not None and win.composer.editor.isEnabled(), timeout=10000)
    assert win.composer is not None
    return win.composer


def in_view(win: MainWindow, words: str) -> bool:
    """Whether ``words`` are drawn inside the visible part of the conversation."""
    browser = win.workspace.conversation.browser
    cursor = browser.document().find(words)
    if cursor.isNull():
        return False
    rect = browser.cursorRect(cursor)
    return browser.isVisible() and browser.viewport().rect().contains(QPoint(rect.left() + 1, rect.center().y()))


def address(store: Store, ticket_id: int) -> str:
    """The address of the ticket's customer."""
    with store.read() as session:
        return session.get(Ticket, ticket_id).customer.addresses[0].address  # type: ignore[union-attr]


def queued_replies(store: Store) -> list[tuple[int, str, list[str]]]:
    """What left the drafts for the outbox: (ticket, the agent's text, to), each checked to quote the customer's
    last message under the text."""
    found = []
    with store.read() as session:
        for reply in session.scalars(select(Reply).where(Reply.state != ReplyState.DRAFT)):
            ticket = session.get(Ticket, reply.ticket_id)
            last = ticket.messages[-1].body_text  # type: ignore[union-attr]
            text, _, quote = reply.body_text.partition("\n\n")
            assert quote.rstrip().endswith(f"> {last}"), reply.body_text
            found.append((reply.ticket_id, text, reply.to_addrs))
    return found


def test_the_reply_opens_under_the_conversation_with_the_customers_words_in_view(qtbot: QtBot, win: MainWindow,
                                                                                 three: list[int]) -> None:
    pick(win, qtbot, three[0])  # Ana's
    composer = click_reply(win, qtbot)
    assert composer.window() is win  # in the main window, not a window of its own
    assert win.workspace.conversation.reply is composer and composer.isVisible()
    assert composer.editor.hasFocus()
    qtbot.waitUntil(lambda: in_view(win, "Me han cobrado dos veces el pedido 77."), timeout=3000)
    # The action panel is there beside the text, not behind a button; the queue keeps a few rows.
    assert composer.panel.isVisible() and composer.panel.add_button.isVisible()
    assert win.workspace.table.isVisible() and win.workspace.table.height() >= 100
    assert composer.quote_note.isVisible() and not composer.quoted.isVisible()  # the words are right above


def test_ctrl_enter_queues_the_reply_and_the_next_ticket_follows_when_chosen(qtbot: QtBot, win: MainWindow,
                                                                             sqlite_store: Store) -> None:
    ids = win.workspace.model.ids()
    pick(win, qtbot, ids[0])
    composer = click_reply(win, qtbot)
    assert not composer.next_box.isChecked()  # off until the agent chooses it
    qtbot.mouseClick(composer.next_box, Qt.MouseButton.LeftButton, pos=QPoint(6, composer.next_box.height() // 2))
    assert composer.next_box.isChecked() and Settings().next_after_send  # remembered with the preferences
    composer.panel.set_actions([REFUND])
    composer.editor.setPlainText(CONCRETE)
    composer.editor.setFocus()
    with qtbot.waitSignal(composer.queued, timeout=10000) as queued:
        qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert queued.args[1] == "queued"
    assert queued_replies(sqlite_store) == [(ids[0], CONCRETE, [address(sqlite_store, ids[0])])]  # outbox
    conversation = win.workspace.conversation
    qtbot.waitUntil(lambda: conversation.title.text().startswith(f"#{ids[1]} "), timeout=5000)
    assert win.workspace.table.selected_ids() == [ids[1]]  # selected in the queue, as j would
    assert conversation.reply is None and win.composer is None  # the reply went; nothing open on the next one


def test_without_the_choice_the_sent_reply_shows_in_its_thread(qtbot: QtBot, win: MainWindow,
                                                               sqlite_store: Store) -> None:
    ids = win.workspace.model.ids()
    pick(win, qtbot, ids[0])
    composer = click_reply(win, qtbot)
    composer.panel.set_actions([REFUND])
    composer.editor.setPlainText(CONCRETE)
    with qtbot.waitSignal(composer.queued, timeout=10000):
        qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    conversation = win.workspace.conversation
    qtbot.waitUntil(lambda: "Hoy le reembolsamos 45,90 €" in conversation.browser.toPlainText(), timeout=5000)
    assert conversation.title.text().startswith(f"#{ids[0]} ") and conversation.reply is None
    assert queued_replies(sqlite_store) == [(ids[0], CONCRETE, [address(sqlite_store, ids[0])])]


def test_a_refused_reply_stays_open_with_its_reasons(qtbot: QtBot, win: MainWindow, sqlite_store: Store) -> None:
    Settings().next_after_send = True
    ids = win.workspace.model.ids()
    pick(win, qtbot, ids[0])
    composer = click_reply(win, qtbot)
    composer.editor.setPlainText(APOLOGY)
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Not sent. The reply still needs:" in composer.verdict.text()
    assert "Add at least one concrete action" in composer.verdict.text()
    qtbot.waitUntil(lambda: not win.tasks.is_busy(), timeout=5000)
    assert win.composer is composer and win.workspace.conversation.reply is composer and composer.isVisible()
    assert win.workspace.conversation.title.text().startswith(f"#{ids[0]} ")  # no next ticket on a refusal
    assert composer.editor.toPlainText() == APOLOGY and queued_replies(sqlite_store) == []


def test_switching_tickets_keeps_each_draft_and_brings_it_back(qtbot: QtBot, win: MainWindow,
                                                               sqlite_store: Store) -> None:
    first, second, _third = win.workspace.model.ids()
    pick(win, qtbot, first)
    composer = click_reply(win, qtbot)
    composer.editor.setPlainText("Ana, estoy mirando el cargo doble")
    pick(win, qtbot, second)  # another ticket in the queue: the first reply is put away, its words kept
    assert win.composer is None and win.workspace.conversation.reply is None
    qtbot.waitUntil(lambda: not win.tasks.is_busy(), timeout=5000)
    draft = load_draft(sqlite_store, first, author="Marta")
    assert draft is not None and draft.body == "Ana, estoy mirando el cargo doble"

    other = click_reply(win, qtbot)
    assert other.ticket_id == second and "estoy mirando" not in other.editor.toPlainText()
    other.editor.setPlainText("Emma, I am on it")
    pick(win, qtbot, first)  # back: the first reply opens again, as it was left
    qtbot.waitUntil(lambda: win.composer is not None and win.composer.ticket_id == first
                    and win.composer.editor.isEnabled(), timeout=10000)
    assert win.composer.editor.toPlainText() == "Ana, estoy mirando el cargo doble"
    assert win.workspace.conversation.reply is win.composer
    qtbot.waitUntil(lambda: not win.tasks.is_busy(), timeout=5000)
    kept = load_draft(sqlite_store, second, author="Marta")
    assert kept is not None and kept.body == "Emma, I am on it"


def test_keys_typed_in_the_reply_are_text_and_esc_keeps_the_draft(qtbot: QtBot, win: MainWindow,
                                                                  sqlite_store: Store) -> None:
    first = win.workspace.model.ids()[0]
    pick(win, qtbot, first)
    composer = click_reply(win, qtbot)
    composer.editor.clear()
    qtbot.keyClicks(composer.editor, "jk r?")  # the queue's keys (next, previous, reply, help) are letters here
    assert composer.editor.toPlainText() == "jk r?"
    assert win.workspace.table.selected_ids() == [first] and win.composer is composer
    composer.editor.setPlainText("jk r?")  # (typing is one undo step: start the step here)
    composer.editor.moveCursor(composer.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(composer.editor, "x")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the text's undo, not
    assert composer.editor.toPlainText() == "jk r?"  # the Ticket menu's (which would undo a change to a ticket)
    qtbot.keyRelease(composer.editor, Qt.Key.Key_Control)
    qtbot.keyClick(composer.editor, Qt.Key.Key_Escape)
    assert win.composer is None and win.workspace.conversation.reply is None
    qtbot.waitUntil(lambda: not win.tasks.is_busy(), timeout=5000)
    draft = load_draft(sqlite_store, first, author="Marta")
    assert draft is not None and draft.body == "jk r?"
    assert win.workspace.conversation.title.text().startswith(f"#{first} ")  # still reading the same ticket


def test_pop_out_moves_the_same_reply_to_a_window_of_its_own(qtbot: QtBot, win: MainWindow,
                                                            sqlite_store: Store) -> None:
    ids = win.workspace.model.ids()
    pick(win, qtbot, ids[0])
    composer = click_reply(win, qtbot)
    composer.editor.setPlainText("Escrito en la ventana")
    qtbot.mouseClick(composer.pop_button, Qt.MouseButton.LeftButton)
    assert isinstance(composer.window(), ComposerWindow) and composer.window().isVisible()
    assert win.workspace.conversation.reply is None and composer.editor.toPlainText() == "Escrito en la ventana"
    assert composer.quoted.isVisible()  # away from the thread, the customer's words come with it
    pick(win, qtbot, ids[1])  # reading another ticket leaves the popped-out reply alone
    assert win.composer is composer and composer.window().isVisible()
    composer.window().close()  # closing its window keeps the draft
    assert win.composer is None
    qtbot.waitUntil(lambda: not win.tasks.is_busy(), timeout=5000)
    draft = load_draft(sqlite_store, ids[0], author="Marta")
    assert draft is not None and draft.body == "Escrito en la ventana"


def test_the_next_ticket_choice_is_a_preference(qtbot: QtBot) -> None:
    settings = Settings()
    dialog = PreferencesDialog(settings, [], None)
    qtbot.addWidget(dialog)
    assert not dialog.next_after_send.isChecked()
    dialog.next_after_send.setChecked(True)
    dialog.accept()
    assert Settings().next_after_send
