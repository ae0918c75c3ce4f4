"""Render the customer record, the outbox with a reply's text, the review-pack export and the playbook form:
``.venv/bin/python docs/places_screenshots.py [en|es] [OUT_DIR]`` (sample data in a temporary store)."""

from __future__ import annotations

import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from ui.app import install_translators  # noqa: E402
from ui.composer.outbox_dialog import OutboxDialog  # noqa: E402
from ui.customer_dialog import CustomerDialog  # noqa: E402
from ui.guide.playbook_editor import PlaybookEditor  # noqa: E402
from ui.supervisor.review_pack_dialog import ReviewPackDialog  # noqa: E402
from ui.tasks import Tasks  # noqa: E402
from workstation import customers, demo  # noqa: E402
from workstation.agents import set_limit  # noqa: E402
from workstation.outbox.compose import queue_reply  # noqa: E402
from workstation.paths import Location  # noqa: E402
from workstation.resolution.actions import ActionSpec  # noqa: E402
from workstation.store.db import open_store  # noqa: E402
from workstation.store.models import Account, Ticket  # noqa: E402

SUPERVISOR = "Lucía Fernández"


def settle(app: QApplication, tasks: Tasks) -> None:
    for _ in range(20):
        tasks.wait()
        app.processEvents()


def shoot(app: QApplication, tasks: Tasks, widget: QWidget, path: Path) -> None:
    widget.show()
    settle(app, tasks)
    widget.grab().save(str(path))
    print(path)


def main(lang: str, out: Path) -> None:
    app = QApplication([])
    app.setStyle("Fusion")
    install_translators(app, lang)
    if lang == "es":
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    data_dir = Path(tempfile.mkdtemp())
    store = open_store(Location.resolve(str(data_dir), None))
    demo.seed(store, 120)
    tasks = Tasks()
    with store.read() as session:
        keep, other = session.execute(select(Ticket.customer_id).where(Ticket.customer_id.is_not(None))
                                      .group_by(Ticket.customer_id).order_by(func.count().desc()).limit(2)).scalars()
    customers.update_record(store, keep, phone="+34 600 12 34 56", company="Nube Informática SL",
                            notes="Prefiere que le llamen por la mañana.\nCliente desde 2019.", actor=SUPERVISOR)
    customers.merge(store, keep, other, actor=SUPERVISOR)

    record = CustomerDialog(store, tasks.run, keep, lambda: SUPERVISOR)
    record.resize(1000, 660)
    shoot(app, tasks, record, out / f"customer-record-{lang}.png")

    with store.session() as session:
        ticket = session.scalar(select(Ticket.id).where(Ticket.language == lang, Ticket.is_sample.is_(True))
                                .order_by(Ticket.id).limit(1))
        row = session.get(Ticket, ticket)
        row.is_sample = False  # a sample ticket has no real inbox to reply from: this picture's store pretends
        session.get(Account, row.account_id).is_sample = False
    set_limit(store, "Carmen Ortega", "refund", "30", "EUR", by=SUPERVISOR)
    text = ("Hola: hoy le reembolsamos 45,90 € a su tarjeta (ref. RF-2044); lo verá antes del 1 de diciembre.\n\n"
            "Un saludo,\nCarmen") if lang == "es" else (
        "Hello: today we refunded €45.90 to your card (ref. RF-2044); you will see it by 1 December.\n\n"
        "Best regards,\nCarmen")
    refund = ActionSpec.from_dict({"kind": "refund", "amount": str(Decimal("45.90")), "currency": "EUR",
                                   "due": "2026-12-01", "reference": "RF-2044"})
    try:
        queue_reply(store, ticket, text, [refund], author="Carmen Ortega", cc=["contabilidad@example.org"])
    except Exception as exc:  # noqa: BLE001 - a picture script: say why and go on
        print("outbox reply not queued:", exc)
    outbox = OutboxDialog(store, tasks.run)
    settle(app, tasks)
    outbox.table.selectRow(0)
    shoot(app, tasks, outbox, out / f"outbox-text-{lang}.png")

    export = ReviewPackDialog(store, tasks.run, lambda: SUPERVISOR)
    settle(app, tasks)
    export.all_agents.setChecked(False)
    export.agents.item(1).setCheckState(export.agents.item(1).checkState().Checked)
    export.target.setText(str(Path.home() / "revision-semana-48.mostrador"))
    export.message.setText(export.tr("Review pack written to %1: %2 tickets, no passwords. Open it with "
                                     "mostrador --review %1.").replace("%1", "~/revision-semana-48.mostrador")
                           .replace("%2", "37"))
    shoot(app, tasks, export, out / f"review-pack-export-{lang}.png")

    editor = PlaybookEditor(data_dir, tasks.run)
    editor.resize(1000, 720)
    settle(app, tasks)
    editor.chooser.setCurrentIndex(next(i for i in range(editor.chooser.count())
                                        if "(late_delivery)" in editor.chooser.itemText(i)))
    editor.form.step_list.setCurrentRow(1)
    shoot(app, tasks, editor, out / f"playbook-form-{lang}.png")
    tasks.wait()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en", Path(sys.argv[2]) if len(sys.argv) > 2 else HERE)
