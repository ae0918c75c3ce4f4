"""Every write returns what it changed: the ticket rows, replies, views and accounts the window reads again.

The writes of incidents, lessons, playbooks, the outbox's decisions, the sample data, a folder started afresh
and the promises falling due, on a real SQLite store.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from tests.unit.ui.composer.test_composer import CONCRETE, REFUND, a_ticket
from workstation import demo, incidents, lessons, playbooks
from workstation.accounts import resync_folder
from workstation.agents import add_agent, set_limit
from workstation.changes import ChangeSet
from workstation.followups import mark_overdue
from workstation.outbox.compose import approve_reply, queue_reply, return_reply
from workstation.outbox.sender import resolve_uncertain
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store
from workstation.store.models import Account, Folder, Reply, ReplyState, Role, Ticket

REPLY_VIEWS = {"outbox", "open", "waiting", "mine", "unassigned"}


def tickets(store: Store, count: int) -> list[int]:
    """Ana's ticket, and more from her on other matters."""
    first = a_ticket(store)
    with store.session() as session:
        ticket = session.get(Ticket, first)
        assert ticket is not None
        others = [Ticket(account_id=ticket.account_id, customer_id=ticket.customer_id, subject=f"Pedido {n}",
                         normalized_subject=f"pedido {n}", language="es") for n in range(count - 1)]
        session.add_all(others)
        session.flush()
        return [first, *(t.id for t in others)]


def test_an_incidents_writes_name_the_tickets_they_touched(sqlite_store: Store) -> None:
    first, second, other = tickets(sqlite_store, 3)
    declared = incidents.declare(sqlite_store, "Cobros duplicados")
    assert declared.changes == ChangeSet.of(views=("incidents",))

    linked = incidents.link(sqlite_store, declared.id, tickets=[first, second])
    assert linked.tickets == [first, second]
    assert linked.changes == ChangeSet.of(tickets=(first, second), views=("incidents",))
    assert incidents.link(sqlite_store, declared.id, tickets=[first]).changes.tickets == set()  # linked already

    sent = incidents.update(sqlite_store, declared.id, CONCRETE, [REFUND], only=[second])
    with sqlite_store.read() as session:
        [reply] = session.scalars(select(Reply.id).where(Reply.ticket_id == second)).all()
    assert sent.changes.tickets == {second} and sent.changes.replies == {reply}
    assert sent.changes.views >= {"incidents"} | REPLY_VIEWS

    resolved = incidents.resolve(sqlite_store, declared.id, summary="El TPV cobraba dos veces.")
    assert resolved == ChangeSet.of(tickets=(first, second), views=("incidents",))
    assert other not in resolved.tickets


def test_a_lesson_names_its_ticket_and_the_tickets_written_to(sqlite_store: Store) -> None:
    ticket_id = a_ticket(sqlite_store)
    with sqlite_store.session() as session:
        session.get(Ticket, ticket_id).category = "billing"  # type: ignore[union-attr]
    recorded = lessons.add(sqlite_store, root_cause="The payment page retried", change_made="it checks first",
                           ticket_id=ticket_id)
    assert recorded.changes == ChangeSet.of(tickets=(ticket_id,))

    change = ActionSpec.from_dict({"kind": "process_change", "description": "no double charges", "due": "2026-12-01"})
    told = lessons.tell(sqlite_store, recorded.id, "Hola {name}: gracias a tu queja hemos cambiado esto: {change}. "
                        "Desde hoy, 1 de diciembre, ya no puede volver a pasar.", [change])
    with sqlite_store.read() as session:
        replies = set(session.scalars(select(Reply.id).where(Reply.purpose == "lesson")))
    assert told.tickets == [ticket_id] and len(replies) == 1
    assert told.changes == ChangeSet.of(tickets=(ticket_id,), replies=replies, views=REPLY_VIEWS)


def test_a_playbook_step_names_its_ticket(sqlite_store: Store) -> None:
    ticket_id = a_ticket(sqlite_store)
    started = playbooks.start(sqlite_store, ticket_id, "billing_error")
    assert started.changes == ChangeSet.of(tickets=(ticket_id,))
    assert playbooks.start(sqlite_store, ticket_id, "billing_error").run_id == started.run_id  # the same run
    queue_reply(sqlite_store, ticket_id, CONCRETE, [REFUND])
    assert playbooks.complete_step(sqlite_store, started.run_id, "action").changes == ChangeSet.of(
        tickets=(ticket_id,))
    assert playbooks.skip_step(sqlite_store, started.run_id, "owner", "Billing knows").changes == ChangeSet.of(
        tickets=(ticket_id,))


def test_the_outbox_decisions_name_the_reply_and_its_ticket(sqlite_store: Store) -> None:
    add_agent(sqlite_store, "Lucía Fernández", None, Role.SUPERVISOR)
    add_agent(sqlite_store, "Carmen Ortega", None, Role.AGENT)
    set_limit(sqlite_store, "Carmen Ortega", "refund", "10", "EUR", by="Lucía Fernández")
    ticket_id, other = tickets(sqlite_store, 2)

    waiting = queue_reply(sqlite_store, ticket_id, CONCRETE, [REFUND], author="Carmen Ortega")
    assert waiting.state is ReplyState.AWAITING_APPROVAL
    returned = return_reply(sqlite_store, waiting.id, "Add the refund's reference.", supervisor="Lucía Fernández")
    assert returned == ChangeSet.of(tickets=(ticket_id,), replies=(waiting.id,), views=REPLY_VIEWS)

    again = queue_reply(sqlite_store, ticket_id, CONCRETE, [REFUND], author="Carmen Ortega")
    approved = approve_reply(sqlite_store, again.id, supervisor="Lucía Fernández")
    assert approved == ChangeSet.of(tickets=(ticket_id,), replies=(again.id,), views=REPLY_VIEWS)

    uncertain = queue_reply(sqlite_store, other, CONCRETE, [REFUND], author="Lucía Fernández")
    for resend, views in ((True, {"outbox"}), (False, REPLY_VIEWS)):
        with sqlite_store.session() as session:  # the server's answer to the last command was lost
            session.get(Reply, uncertain.id).state = ReplyState.DELIVERY_UNCERTAIN  # type: ignore[union-attr]
        decided = resolve_uncertain(sqlite_store, uncertain.id, resend=resend, actor="Lucía Fernández")
        assert decided == ChangeSet.of(tickets=(other,), replies=(uncertain.id,), views=views)


def test_removing_the_sample_names_every_sample_ticket_and_inbox(sqlite_store: Store) -> None:
    demo.seed(sqlite_store, 20)
    with sqlite_store.read() as session:
        sample = set(session.scalars(select(Ticket.id).where(Ticket.is_sample.is_(True))))
        inboxes = set(session.scalars(select(Account.name).where(Account.is_sample.is_(True))))
    assert len(sample) == 20 and inboxes

    removed = demo.remove_sample_data(sqlite_store)
    assert removed.count == 20
    assert removed.changes.removed == sample and removed.changes.tickets == set()
    assert removed.changes.accounts == inboxes and not removed.changes.everything
    assert {"open", "mine", "unassigned", "accounts"} <= removed.changes.views
    with sqlite_store.read() as session:
        assert list(session.scalars(select(Ticket.id))) == []


def test_a_folder_started_afresh_names_its_account(sqlite_store: Store) -> None:
    a_ticket(sqlite_store)
    with sqlite_store.session() as session:
        account = session.scalars(select(Account)).one()
        session.add(Folder(account_id=account.id, name="INBOX", set_aside_reason="UIDVALIDITY changed"))
    resynced = resync_folder(sqlite_store, "Soporte", "INBOX")
    assert resynced.kept == 0 and resynced.changes == ChangeSet.of(accounts=("Soporte",))


def test_promises_falling_due_name_their_tickets(sqlite_store: Store) -> None:
    promised, other = tickets(sqlite_store, 2)
    queue_reply(sqlite_store, promised, CONCRETE, [REFUND])  # due 2026-12-01
    assert mark_overdue(sqlite_store, now=datetime(2026, 11, 30, tzinfo=UTC)).changes == ChangeSet()
    overdue = mark_overdue(sqlite_store, now=datetime(2026, 12, 2, tzinfo=UTC))
    assert overdue.count == 1
    assert overdue.changes == ChangeSet.of(tickets=(promised,), views=("actions",))
    assert other not in overdue.changes.tickets
    assert mark_overdue(sqlite_store, now=datetime(2026, 12, 3, tzinfo=UTC)).count == 0  # missed once
