"""Dates, numbers and amounts in the window's language, where the window shows them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import formatting
from ui.app import install_translators
from ui.errors import error_text
from ui.queue.conversation_pane import ConversationPane
from ui.tasks import Tasks
from workstation.agents import add_agent
from workstation.errors import NotFound
from workstation.workers.protocol import Failed, decode, encode
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store
from workstation.store.models import Action, ActionStatus, Role

from tests.unit.ui.composer.test_composer import a_ticket


@pytest.fixture
def spanish() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "es")
    yield
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def english() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield


def test_spanish_numbers_dates_and_amounts(spanish: None) -> None:
    assert formatting.number(48210) == "48.210"
    assert formatting.progress(12480, 48210) == "12.480 de 48.210"
    assert formatting.decimal(14.24) == "14,2"
    assert formatting.amount(Decimal("371.82"), "EUR") == "371,82\u00a0€"
    assert formatting.date_text(datetime(2026, 12, 4, 12, 0, tzinfo=UTC)) == "4 dic 2026"
    assert formatting.percent(0.834) == "83\u00a0%"


def test_english_numbers_dates_and_amounts(english: None) -> None:
    assert formatting.number(48210) == "48,210"
    assert formatting.progress(12480, 48210) == "12,480 of 48,210"
    assert formatting.decimal(14.24) == "14.2"
    assert formatting.amount(Decimal("371.82"), "EUR") == "€371.82"
    assert formatting.amount("10", "PEN") == "PEN\u00a010.00"
    assert formatting.date_text(datetime(2026, 12, 4, 12, 0, tzinfo=UTC)) == "4 Dec 2026"


def test_errors_from_workstation_are_said_in_spanish(spanish: None) -> None:
    error = NotFound("There is no ticket #42.", code="no_ticket", params={"ticket": "42"})
    assert error_text(error) == "No existe el caso #42."
    assert str(error) == "There is no ticket #42."  # what the command line prints stays English
    # A mail server's refusal, as a sync worker reports it across its pipe.
    refused = decode(encode(Failed("Soporte", "The server imap.example.com:993 refused the user name or password "
                                   "for ana@example.org. Check them and try again.", "AuthenticationFailed", False,
                                   "login_refused", {"where": "imap.example.com:993", "user": "ana@example.org"})))
    assert isinstance(refused, Failed)
    assert error_text(refused.as_error()) == ("El servidor imap.example.com:993 ha rechazado el usuario o la "
                                              "contraseña de ana@example.org. Revísalos y vuelve a intentarlo.")
    unknown = NotFound("Something new.", code="a_code_this_window_does_not_know")
    assert error_text(unknown) == "Something new."


def test_the_conversation_shows_amounts_and_dates_in_spanish(qtbot: QtBot, sqlite_store: Store,
                                                              spanish: None) -> None:
    ticket = a_ticket(sqlite_store)
    add_agent(sqlite_store, "Marta", None, Role.SUPERVISOR)
    spec = ActionSpec.from_dict({"kind": "refund", "amount": "371.82", "currency": "EUR", "due": "2026-12-04"})
    with sqlite_store.session() as session:
        session.add(Action(ticket_id=ticket, kind=spec.kind, status=ActionStatus.PROMISED, amount=spec.amount,
                           currency=spec.currency, due_at=datetime(2026, 12, 4, 12, 0, tzinfo=UTC)))
    tasks = Tasks()
    pane = ConversationPane(sqlite_store, tasks.run)
    qtbot.addWidget(pane)
    pane.show_ticket(ticket)
    qtbot.waitUntil(lambda: "Reembolso" in pane.browser.toPlainText(), timeout=10000)
    text = pane.browser.toPlainText()
    assert "371,82 €" in text.replace("\u00a0", " ") and "371.82 EUR" not in text
    assert "4 dic 2026" in text
    assert "20 nov 2026" in text  # the customer's message, 20 November
    assert "2026-11-20" not in text
    tasks.wait()


def test_a_mail_server_that_cannot_be_reached_is_said_in_spanish(spanish: None) -> None:
    """A real refusal at the socket: nothing listens on the port, so connecting fails as it would at a desk."""
    import socket

    from workstation.mail.endpoints import Endpoint, Security
    from workstation.mail.errors import SyncError
    from workstation.mail.imap import connect

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(SyncError) as caught:
        connect(Endpoint("127.0.0.1", port, Security.PLAIN, "ana@example.org"), "secret")
    said = error_text(caught.value)
    assert said.startswith(f"No se puede conectar con el servidor de correo 127.0.0.1:{port} ("), said
    assert "Cannot connect" in str(caught.value)  # the command line's English stays


def _codes_raised() -> set[str]:
    """Every code ``workstation/`` gives an error (the command line's own aside): ``code="x"``, both arms of
    ``code="a" if fact else "b"``, ``code_for_now="x"``, and ``"code": "x"`` for a reason kept inside another
    error; and what a playbook step needs, the fact of ``step_not_done``."""
    import re
    from pathlib import Path

    from workstation.playbooks import REQUIREMENTS

    root = Path(__file__).resolve().parents[3] / "workstation"
    raised: set[str] = set()
    for path in sorted(root.rglob("*.py")):
        if "cli" in path.relative_to(root).parts:
            continue
        text = path.read_text(encoding="utf-8")
        for written in re.findall(r'\bcode(?:_for_now)?=("\w+"(?:\s+if\s[^,]*?\selse\s*"\w+")?)', text):
            raised |= set(re.findall(r'"(\w+)"', written))
        raised |= set(re.findall(r'"code": "(\w+)"', text))
    return raised | {f"needs_{key}" for key in REQUIREMENTS}


def test_every_error_code_has_its_sentence() -> None:
    """Each code an error from ``workstation/`` carries is one the window says in its language."""
    import ui.errors

    raised = _codes_raised()
    assert len(raised) >= 200
    # the mail side, the outbox, the desk, the store, team mode and sign-in, and both arms of a choice
    assert {"watch_lost", "smtp_recipient_refused", "not_an_address", "store_locked", "team_synced_elsewhere",
            "oauth_sign_in_expired_here"} <= raised
    assert raised <= set(ui.errors._templates()), sorted(raised - set(ui.errors._templates()))


def test_a_wrong_address_in_the_composer_is_said_in_spanish(qtbot: QtBot, sqlite_store: Store,
                                                           spanish: None) -> None:
    """The agent types an address without a domain in To and presses Send: the composer says why, in Spanish,
    and nothing is queued."""
    from PySide6.QtCore import Qt
    from sqlalchemy import select

    from workstation.store.models import Reply, ReplyState

    from tests.unit.ui.composer.test_composer import CONCRETE, REFUND, open_composer, type_reply

    tasks = Tasks()
    composer = open_composer(qtbot, sqlite_store, tasks, a_ticket(sqlite_store))
    composer.panel.add(REFUND)
    type_reply(qtbot, composer, CONCRETE)
    assert composer.result is not None and composer.result.accepted
    composer.recipients.to.setText("ana@ejemplo")
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ana@ejemplo" in composer.header.text(), timeout=10000)
    assert composer.header.text() == "«ana@ejemplo» no es una dirección de correo electrónico."
    with sqlite_store.read() as session:
        assert session.scalars(select(Reply).where(Reply.state != ReplyState.DRAFT)).all() == []
    tasks.wait()


def test_an_address_with_a_control_character_is_said_in_spanish_inside_the_sentence(sqlite_store: Store,
                                                                                   spanish: None) -> None:
    """A reason given as the fact of another error (why the address cannot take mail) is said in turn."""
    from tests.unit.ui.composer.test_composer import CONCRETE, REFUND
    from workstation.errors import InvalidInput
    from workstation.outbox.compose import queue_reply

    ticket = a_ticket(sqlite_store)
    with pytest.raises(InvalidInput) as caught:
        queue_reply(sqlite_store, ticket, CONCRETE, [REFUND], to=["ana\x07@example.org"])
    assert error_text(caught.value) == ("La respuesta no se puede enviar a «ana\\x07@example.org»: la dirección "
                                        "«ana\\x07@example.org» contiene un carácter de control (un salto de línea, "
                                        "por ejemplo). Corrija la dirección; no se ha puesto nada en cola.")
    assert str(caught.value).startswith("The reply cannot be sent to 'ana\\x07@example.org': the address")


def test_a_playbook_step_not_done_yet_is_said_in_spanish_with_its_spanish_title(sqlite_store: Store,
                                                                               spanish: None) -> None:
    """Marking a step done before what it needs exists: the step's own Spanish title and what it needs, in
    Spanish; the command line keeps its English."""
    from workstation import playbooks
    from workstation.errors import InvalidInput

    ticket = a_ticket(sqlite_store)
    run = playbooks.start(sqlite_store, ticket, "billing_error", actor=None).run_id
    with pytest.raises(InvalidInput) as caught:
        playbooks.complete_step(sqlite_store, run, "action")
    assert error_text(caught.value) == ("«Comprométete a una acción concreta» aún no está hecho: hace falta una "
                                        "respuesta que se compromete a una acción concreta.")
    assert str(caught.value) == ("“Commit to a concrete action” is not done yet: it needs a reply that commits to "
                                 "a concrete action.")


def test_an_error_inside_another_is_said_in_spanish_and_a_servers_words_are_left_alone(spanish: None) -> None:
    from ui.errors import stored_error_text
    from workstation.errors import as_fact
    from workstation.outbox.smtp import TemporaryFailure

    deferred = TemporaryFailure("The SMTP server smtp.example.com:587 refused the message for now: “451 %where "
                                "busy”; it will be tried again.", code="smtp_message_deferred",
                                params={"where": "smtp.example.com:587", "answer": "451 %where busy"})
    said = stored_error_text("Gave up after 3 days of trying: ...", "outbox_gave_up",
                             {"days": "3", "reason": as_fact(deferred)})
    assert said == ("Se dejó de intentar tras 3 días: El servidor SMTP smtp.example.com:587 rechazó por ahora el "
                    "mensaje: «451 %where busy»; se volverá a intentar.")
    # An error kept before the codes, or with a code this window does not know, is said as it was kept.
    assert stored_error_text("Something new.", None, None) == "Something new."
    assert stored_error_text("Something newer.", "a_code_from_a_newer_mostrador", {"x": "1"}) == "Something newer."


def test_a_flush_that_could_not_reach_the_smtp_server_is_said_in_spanish(qtbot: QtBot, sqlite_store: Store,
                                                                         spanish: None) -> None:
    """What a real flush worker wrote when nothing listened on the SMTP port, as the window receives it."""
    from pathlib import Path

    from ui.main_window import MainWindow

    recorded = Path(__file__).resolve().parents[2] / "support" / "recorded" / "outbox_flush_server_down.jsonl"
    flushed = decode(recorded.read_text(encoding="utf-8"))
    window = MainWindow(sqlite_store)
    qtbot.addWidget(window)
    window.outbox.flushed.emit(flushed)
    said = window.message.text()
    assert said.startswith("No se puede conectar con el servidor SMTP 127.0.0.1:"), said
    assert "Cannot connect" in flushed.errors[0]  # the command line's English stays beside it
    window.close()


def test_a_review_pack_that_would_overwrite_a_file_is_refused_in_spanish(qtbot: QtBot, sqlite_store: Store,
                                                                         spanish: None, tmp_path) -> None:
    """The supervisor's export dialog, driven as a person would, in a Spanish window."""
    from PySide6.QtCore import Qt

    from ui.main_window import MainWindow
    from workstation import demo

    demo.seed(sqlite_store, 10)
    window = MainWindow(sqlite_store, agent="Lucía Fernández")
    qtbot.addWidget(window)
    dialog = window.places.export_review_pack()
    qtbot.waitUntil(lambda: dialog.agents.count() > 0, timeout=10000)
    target = tmp_path / "semana.mostrador"
    target.write_text("lo que ya había", encoding="utf-8")
    dialog.target.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ya existe" in dialog.message.text(), timeout=10000)
    assert dialog.message.text() == f"{target} ya existe; elige otro nombre."
    assert target.read_text(encoding="utf-8") == "lo que ya había"  # nothing written over it
    window.tasks.wait()
    window.close()


def test_a_sign_in_server_that_cannot_be_reached_is_said_in_spanish_across_the_workers_pipe(
        sqlite_store: Store, spanish: None) -> None:
    """An OAuth inbox whose identity provider does not answer (nothing listens on its port): the sync worker
    reports the error through its pipe, the inner cause included, and the window says both in Spanish."""
    import socket

    from workstation import credentials
    from workstation.mail.endpoints import Security
    from workstation.store.models import Account

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with sqlite_store.session() as session:
        account = Account(name="Soporte", email="soporte@example.com", imap_host="127.0.0.1", imap_port=993,
                          imap_security=Security.SSL, smtp_host="127.0.0.1", smtp_port=465,
                          smtp_security=Security.SSL, username="soporte@example.com", auth="oauth2",
                          oauth_provider="issuer", oauth_issuer=f"https://127.0.0.1:{port}",
                          oauth_client_id="mostrador-desk")
        session.add(account)
        session.flush()
        account_id = account.id
    with pytest.raises(credentials.SignInNeeded) as caught:
        credentials.secret(sqlite_store, account_id)
    assert str(caught.value).startswith(f"Soporte cannot sign in: Cannot reach the sign-in server 127.0.0.1:{port}")
    reported = decode(encode(Failed.of(caught.value, account="Soporte")))
    assert isinstance(reported, Failed)
    said = error_text(reported.as_error())
    assert said.startswith(f"Soporte no puede iniciar sesión: No se puede contactar con el servidor de inicio de "
                           f"sesión 127.0.0.1:{port} ("), said
