"""Sample data: realistic, deterministic support tickets for trying the app.

``seed(store, n)`` writes ``n`` tickets with their conversations (about five
messages each on average), in Spanish and English, over three sample inboxes,
with a spread of statuses, priorities, categories, ages and promised actions.
Everything it writes is marked ``is_sample`` so the window can say so and the
user can remove it in one step.

Rows are generated in Python and written with executemany in batches: that
is what keeps 100,000 tickets and half a million messages within seconds.
"""

from __future__ import annotations

import multiprocessing
import queue
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, delete, func, select, text, update
from sqlalchemy.orm import Session

from workstation.changes import VIEWS, ChangeSet
from workstation.mail.endpoints import Security
from workstation.store.bulk import Prepared, bulk_insert, execute, prepare
from workstation.store.db import Store
from workstation.store.models import (
    Account,
    Action,
    ActionStatus,
    Agent,
    Base,
    Customer,
    CustomerAddress,
    Direction,
    Folder,
    Message,
    Priority,
    Role,
    Tag,
    Ticket,
    TicketStatus,
    ticket_tags,
)
from workstation.store.search import deferred_indexing

BATCH = 5000

INBOXES = [
    ("Soporte", "soporte@tienda-ejemplo.es", "es"),
    ("Support", "support@shop-example.com", "en"),
    ("Facturación", "facturacion@tienda-ejemplo.es", "es"),
]

AGENTS = [
    ("Lucía Fernández", "lucia@tienda-ejemplo.es", Role.SUPERVISOR),
    ("Marcos Ruiz", "marcos@tienda-ejemplo.es", Role.AGENT),
    ("Aisha Khan", "aisha@shop-example.com", Role.AGENT),
    ("Tom Becker", "tom@shop-example.com", Role.AGENT),
    ("Carmen Ortega", "carmen@tienda-ejemplo.es", Role.AGENT),
]

FIRST_ES = ["María", "José", "Ana", "Javier", "Lucía", "Carlos", "Elena", "Pablo", "Sofía", "Diego", "Marta",
            "Andrés", "Laura", "Raúl", "Isabel", "Fernando", "Nuria", "Álvaro", "Paula", "Iñaki"]
LAST_ES = ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández",
           "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Gil", "Vázquez"]
FIRST_EN = ["Emma", "Oliver", "Ava", "Liam", "Mia", "Noah", "Grace", "Jack", "Chloe", "Harry", "Ruby", "George",
            "Isla", "Leo", "Freya", "Oscar", "Zoe", "Ethan", "Lily", "Samuel"]
LAST_EN = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Evans",
           "Walker", "Wright", "Thompson", "Roberts", "Clarke", "Hughes", "Green", "Hall", "Wood", "Murphy"]
DOMAINS = ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "proton.me", "telefonica.net", "icloud.com"]

PRODUCTS_ES = ["la cafetera Aroma 3000", "el router FibraMax", "la lavadora EcoWash 8", "el portátil Nube 14",
               "la bicicleta Urbana S", "el colchón Sueño Plus", "el móvil Onda X2", "la aspiradora Ciclón"]
PRODUCTS_EN = ["the Aroma 3000 coffee maker", "the FibreMax router", "the EcoWash 8 washer", "the Cloud 14 laptop",
               "the Urban S bike", "the SleepWell mattress", "the Wave X2 phone", "the Cyclone vacuum"]

# category -> (Spanish subjects, Spanish bodies, English subjects, English bodies)
COMPLAINTS: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "billing": (
        ["Cobro duplicado en mi tarjeta", "Factura incorrecta del pedido {order}", "Me han cobrado dos veces",
         "No reconozco este cargo"],
        ["Hola, he revisado mi cuenta y me habéis cobrado dos veces el pedido {order} ({amount} €). "
         "Necesito que me devolváis el cargo duplicado cuanto antes.",
         "Buenas tardes. La factura del pedido {order} tiene un importe de {amount} € pero el precio era otro. "
         "Por favor, corregidla y enviadme la factura buena.",
         "Me ha llegado un cargo de {amount} € que no corresponde a ninguna compra mía. ¿Qué es esto?"],
        ["Charged twice on my card", "Wrong invoice for order {order}", "Double charge", "Unknown charge on my statement"],
        ["Hi, I was charged twice for order {order} ({amount} EUR). Please refund the duplicate charge.",
         "The invoice for order {order} says {amount} EUR but the price on the site was lower. "
         "Please send a corrected invoice.",
         "There is a charge of {amount} EUR on my card that I do not recognise. What is it for?"],
    ),
    "delivery": (
        ["Mi pedido {order} no ha llegado", "Pedido retrasado", "Me han enviado un producto equivocado",
         "Paquete dañado en el transporte"],
        ["Hice el pedido {order} hace {days} días y sigue sin llegar. El seguimiento no se actualiza desde el lunes.",
         "He recibido el paquete del pedido {order} pero dentro venía otro artículo, no {product}.",
         "El paquete llegó con la caja aplastada y {product} está roto. Adjunto fotos."],
        ["Order {order} has not arrived", "Late delivery", "Wrong item delivered", "Parcel damaged in transit"],
        ["I ordered {order} {days} days ago and it still hasn't arrived. Tracking hasn't moved since Monday.",
         "The parcel for order {order} arrived but it contained the wrong item, not {product}.",
         "The box arrived crushed and {product} is broken. Photos attached."],
    ),
    "product_defect": (
        ["{product_cap} no funciona", "Avería a las dos semanas", "Defecto de fábrica", "Reclamación de garantía: {product}"],
        ["{product_cap} dejó de funcionar a los {days} días de comprarlo. No enciende. Quiero una solución.",
         "Desde que lo compré, {product} hace un ruido muy fuerte. Está claro que viene defectuoso.",
         "Es la segunda vez que {product} se estropea. Estoy muy decepcionado con la calidad."],
        ["{product_cap} stopped working", "Broken after two weeks", "Manufacturing defect", "Warranty claim for {product}"],
        ["{product_cap} stopped working {days} days after I bought it. It won't turn on. I want this fixed.",
         "Since day one {product} makes a loud grinding noise. It is clearly defective.",
         "This is the second time {product} has broken down. I'm very disappointed with the quality."],
    ),
    "service_outage": (
        ["Sin servicio desde esta mañana", "La web no funciona", "No puedo acceder a mi cuenta", "Caída del servicio"],
        ["Llevamos sin servicio desde las 8:00 y tenemos la tienda parada. ¿Cuándo se va a solucionar?",
         "La web da error al pagar y no puedo completar el pedido. Lo he intentado cinco veces.",
         "No puedo entrar en mi cuenta, me dice que hay un error interno. Necesito descargar mis facturas."],
        ["No service since this morning", "Website is down", "Cannot log in", "Service outage"],
        ["We've had no service since 8am and our shop can't work. When will this be fixed?",
         "Checkout fails with an error and I can't place my order. I've tried five times.",
         "I can't log into my account, it says internal error. I need to download my invoices."],
    ),
    "attention": (
        ["Pésima atención telefónica", "Nadie responde a mis correos", "Queja sobre el trato recibido",
         "Tercera vez que escribo"],
        ["Es la tercera vez que escribo por lo mismo y nadie me da una respuesta concreta. Solo disculpas.",
         "Llamé ayer y la persona que me atendió me colgó. No es forma de tratar a un cliente.",
         "Si no me dais una solución esta semana lo voy a publicar en redes sociales y en las reseñas."],
        ["Terrible phone support", "Nobody answers my emails", "Complaint about how I was treated",
         "Third time writing"],
        ["This is the third time I'm writing about this and all I get is apologies, no answer.",
         "I called yesterday and the agent hung up on me. That's no way to treat a customer.",
         "If this isn't solved this week I'll write about it on my blog and leave a review."],
    ),
    "account": (
        ["Quiero darme de baja", "Cambio de datos de la cuenta", "No me llegan los correos de confirmación"],
        ["Quiero cancelar mi suscripción. Ya lo pedí el mes pasado y me habéis vuelto a cobrar.",
         "He cambiado de dirección y no consigo actualizarla en la cuenta. Mi pedido {order} va a la antigua.",
         "No recibo los correos de confirmación de pedido desde hace semanas."],
        ["I want to cancel", "Update my account details", "Confirmation emails never arrive"],
        ["I want to cancel my subscription. I asked last month and you charged me again.",
         "I moved and I can't update my address. Order {order} is going to the old one.",
         "I haven't received order confirmation emails for weeks."],
    ),
}
CATEGORY_WEIGHTS = {"billing": 24, "delivery": 28, "product_defect": 20, "service_outage": 8, "attention": 10,
                    "account": 10}

# The agent's answer states the action: kind -> (Spanish, English).
AGENT_REPLIES = {
    "refund": (
        "Hola {first}, tienes razón: te hemos devuelto hoy {amount} € a la tarjeta; lo verás en 3 a 5 días "
        "hábiles. Te escribo el {due} para confirmar que ha llegado.",
        "Hi {first}, you're right: we refunded {amount} EUR to your card today; it will show within 3 to 5 "
        "working days. I'll check on {due} that it arrived.",
    ),
    "replacement": (
        "Hola {first}. Te enviamos una unidad nueva ({product}) por mensajería urgente; sale mañana y llegará "
        "el {due}. No hace falta que devuelvas la anterior.",
        "Hi {first}. We're sending you a new one ({product}) by express courier; it ships tomorrow and arrives "
        "on {due}. No need to return the old one.",
    ),
    "correction": (
        "Hola {first}, hemos corregido la factura del pedido {order}: te la adjunto. El importe correcto es "
        "{amount} € y la diferencia se abona el {due}.",
        "Hi {first}, we've corrected the invoice for order {order}; it's attached. The right amount is "
        "{amount} EUR and the difference is credited on {due}.",
    ),
    "repair_visit": (
        "Hola {first}. Un técnico irá a tu domicilio el {due} entre las 9:00 y las 13:00 para reparar {product}, "
        "sin coste.",
        "Hi {first}. A technician will visit on {due} between 9am and 1pm to repair {product}, free of charge.",
    ),
    "credit": (
        "Hola {first}. El servicio volvió a las 11:40 y la causa fue un fallo de nuestro proveedor. Te abonamos "
        "un mes de cuota ({amount} €) en la factura del {due}.",
        "Hi {first}. Service was back at 11:40; the cause was a failure at our provider. We've credited one "
        "month ({amount} EUR) on your {due} invoice.",
    ),
    "escalation": (
        "Hola {first}, tienes toda la razón en quejarte. Lucía Fernández, responsable de atención, te llamará "
        "el {due} y desde hoy tu caso tiene una sola persona asignada.",
        "Hi {first}, you're right to complain. Lucía Fernández, head of support, will call you on {due}, and "
        "from today one person owns your case.",
    ),
    "cancellation": (
        "Hola {first}. Hemos cancelado tu suscripción hoy y te devolvemos el último cargo ({amount} €) el {due}.",
        "Hi {first}. We cancelled your subscription today and refund the last charge ({amount} EUR) on {due}.",
    ),
}
MONEY_ACTIONS = {"refund", "correction", "credit", "cancellation"}
ACTIONS_BY_CATEGORY = {
    "billing": ["refund", "correction"], "delivery": ["replacement", "refund"],
    "product_defect": ["replacement", "repair_visit"], "service_outage": ["credit"],
    "attention": ["escalation"], "account": ["cancellation", "correction"],
}
AGENT_FOLLOWUPS_ES = [
    "Gracias por tu paciencia, {first}. Lo confirmo: sigue en pie para el {due}. Si algo cambia, te escribo yo antes.",
    "No hace falta que hagas nada más, {first}. Queda a mi nombre y el {due} te confirmo que está hecho.",
]
AGENT_FOLLOWUPS_EN = [
    "Thanks for your patience, {first}. Confirmed: it's still on for {due}. If anything changes I'll write first.",
    "Nothing else needed from you, {first}. It's in my name and I'll confirm on {due} that it's done.",
]
FOLLOWUPS_ES = ["¿Alguna novedad? Sigo esperando.", "Gracias, ya me ha llegado. Todo correcto.",
                "Perdona, una duda más: ¿tengo que devolver el anterior?", "Sigue sin funcionar."]
FOLLOWUPS_EN = ["Any news? I'm still waiting.", "Thanks, it arrived. All good.",
                "One more question: do I need to send the old one back?", "It still doesn't work."]

STATUS_WEIGHTS = [(TicketStatus.NEW, 14), (TicketStatus.OPEN, 22), (TicketStatus.WAITING, 14),
                  (TicketStatus.RESOLVED, 32), (TicketStatus.CLOSED, 16), (TicketStatus.SPAM, 2)]
SETTLED_WEIGHTS = [(TicketStatus.OPEN, 2), (TicketStatus.WAITING, 3), (TicketStatus.RESOLVED, 45),
                   (TicketStatus.CLOSED, 48), (TicketStatus.SPAM, 2)]
PRIORITY_WEIGHTS = [(Priority.LOW, 15), (Priority.NORMAL, 60), (Priority.HIGH, 20), (Priority.URGENT, 5)]
FIRST_RESPONSE_HOURS = {Priority.URGENT: 2, Priority.HIGH: 4, Priority.NORMAL: 8, Priority.LOW: 24}
RESOLUTION_HOURS = {Priority.URGENT: 24, Priority.HIGH: 48, Priority.NORMAL: 72, Priority.LOW: 120}
TAGS = ["vip", "reincidente", "repeat", "redes-sociales", "garantía", "warranty", "b2b"]
#: Share of answered tickets still open or waiting that an agent put aside until a morning soon (1 to 4 days
#: ahead, at 9:00 UTC), as a desk does while a courier, a refund or a customer's papers are on their way.
SNOOZED_SHARE = 0.06
SNOOZE_DAYS = (1, 4)


@dataclass
class SeedResult:
    tickets: int
    messages: int
    customers: int
    actions: int
    seconds: float = 0.0

    @property
    def changes(self) -> ChangeSet:
        return ChangeSet.all()  # a store full of new tickets: every screen reads it again


@dataclass
class _Rows:
    customers: list[dict[str, Any]] = field(default_factory=list)
    addresses: list[dict[str, Any]] = field(default_factory=list)
    tickets: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)

    def tables(self) -> list[tuple[Table, list[dict[str, Any]]]]:
        """Each table with its rows, parents before children."""
        pairs = [(Customer.__table__, self.customers), (CustomerAddress.__table__, self.addresses),
                 (Ticket.__table__, self.tickets), (Message.__table__, self.messages),
                 (Action.__table__, self.actions), (ticket_tags, self.tags)]
        return [(table, rows) for table, rows in pairs if rows]

    def batch(self, prepare_here: Callable[[Table, list[dict[str, Any]]], Prepared | None]) -> _Batch:
        parts: list[Prepared | tuple[str, list[dict[str, Any]]]] = []
        for table, rows in self.tables():
            prepared = prepare_here(table, rows)
            parts.append(prepared if prepared is not None else (table.name, rows))
        return _Batch(parts, len(self.tickets), len(self.messages), len(self.customers), len(self.actions))


@dataclass
class _Batch:
    """One batch on its way to the database: some tables already prepared."""

    parts: list[Prepared | tuple[str, list[dict[str, Any]]]]  # (table name, rows) still to prepare
    tickets: int
    messages: int
    customers: int
    actions: int


#: Tables the generating process prepares for the driver itself. Messages
#: are most of the work; leaving the rest to the writer keeps both cores busy.
_PREPARED_IN_CHILD = {"messages"}


def _produce(out: Any, args: tuple[Any, ...]) -> None:
    """In a child process: generate batches and prepare the largest table."""
    from sqlalchemy import create_engine

    from workstation.lifeline import die_with_parent

    die_with_parent()

    dialect = create_engine("sqlite://").dialect
    try:
        for rows in _ticket_rows(*args):
            out.put(rows.batch(lambda table, batch: prepare(dialect, table, batch)
                               if table.name in _PREPARED_IN_CHILD else None))
        out.put(None)
    except BaseException as exc:  # handed to the writer, which re-raises it
        out.put(exc)


def _generated_ahead(args: tuple[Any, ...]) -> Iterator[_Batch]:
    """Generate batches in a second process while this one writes.

    Generating rows and preparing them for the driver are pure Python: on two
    cores they overlap only in separate processes.
    """
    context = multiprocessing.get_context("spawn")
    ahead = context.Queue(maxsize=2)
    producer = context.Process(target=_produce, args=(ahead, args), name="demo-seed-producer", daemon=True)
    producer.start()
    try:
        while True:
            try:
                item = ahead.get(timeout=1)
            except queue.Empty:
                if not producer.is_alive():
                    raise RuntimeError(f"the sample-data generator stopped (exit code {producer.exitcode})") from None
                continue
            if item is None:
                break
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        producer.join(timeout=5)
        if producer.is_alive():
            producer.terminate()


def _weighted(rng: random.Random, pairs: list[tuple[Any, int]]) -> Any:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _ensure_fixtures(store: Store) -> tuple[list[tuple[int, int, str]], list[int], dict[str, int]]:
    """The sample inboxes, agents and tags, created once."""
    with store.session() as session:
        inboxes = []
        for name, email, lang in INBOXES:
            account = session.scalar(select(Account).where(Account.name == name))
            if account is None:
                account = Account(
                    name=name, email=email, imap_host="imap.example.com", imap_port=993,
                    imap_security=Security.SSL, smtp_host="smtp.example.com", smtp_port=465,
                    smtp_security=Security.SSL, username=email, enabled=False, is_sample=True,
                )
                account.folders.append(Folder(name="INBOX", special_use="\\Inbox"))
                session.add(account)
                session.flush()
            inbox_folder = session.scalar(select(Folder.id).where(Folder.account_id == account.id, Folder.name == "INBOX"))
            assert inbox_folder is not None
            inboxes.append((account.id, inbox_folder, lang))
        agents = []
        for name, email, role in AGENTS:
            agent = session.scalar(select(Agent).where(Agent.email == email))
            if agent is None:
                limits = {"refund": {"amount": "500" if role is Role.SUPERVISOR else "150", "currency": "EUR"}}
                agent = Agent(name=name, email=email, role=role, limits=limits)
                session.add(agent)
                session.flush()
            agents.append(agent.id)
        tags = {}
        for name in TAGS:
            tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
            if tag_id is None:
                tag = Tag(name=name)
                session.add(tag)
                session.flush()
                tag_id = tag.id
            tags[name] = tag_id
    return inboxes, agents, tags


_NUMBERED = (Customer, CustomerAddress, Ticket, Message, Action)


def _next_ids(session: Session) -> dict[str, int]:
    """The first free id of each table the seed numbers itself.

    On SQLite the write transaction already excludes other writers; on
    PostgreSQL the tables are locked against inserts until the seed commits.
    """
    if session.get_bind().dialect.name == "postgresql":
        names = ", ".join(model.__tablename__ for model in _NUMBERED)
        session.execute(text(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE"))
    return {model.__tablename__: (session.scalar(select(func.max(model.id))) or 0) + 1 for model in _NUMBERED}


def _advance_sequences(session: Session) -> None:
    """After explicit ids, PostgreSQL's sequences must continue past them."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in _NUMBERED:
        name = model.__tablename__
        session.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                             f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"))


def _ticket_rows(seed_value: int, n: int, now: datetime, inboxes: list[tuple[int, int, str]],
                 agents: list[int], tags: dict[str, int], ids: dict[str, int]) -> Iterator[_Rows]:
    """Yield batches of rows for ``n`` tickets."""
    rng = random.Random(seed_value)
    # Its own stream, so that adding snoozes left every other sample row as it was.
    snoozing = random.Random(seed_value * 7919 + 1)
    rows = _Rows()
    customer_pool = max(1, n // 3)  # repeat complainers exist
    customers_made: dict[tuple[str, int], tuple[int, str, str, str]] = {}
    categories = list(CATEGORY_WEIGHTS.items())
    tag_ids = list(tags.values())
    cust_id, addr_id, ticket_id, msg_id, action_id = (
        ids["customers"], ids["customer_addresses"], ids["tickets"], ids["messages"], ids["actions"])
    for i in range(n):
        account_id, folder_id, lang = inboxes[rng.randrange(len(inboxes))]
        spanish = lang == "es"
        slot = (lang, rng.randrange(customer_pool))
        if slot not in customers_made:
            first = rng.choice(FIRST_ES if spanish else FIRST_EN)
            last = rng.choice(LAST_ES if spanish else LAST_EN)
            address = f"{_ascii(first)}.{_ascii(last)}{cust_id}@{rng.choice(DOMAINS)}".lower()
            rows.customers.append({"id": cust_id, "name": f"{first} {last}", "is_sample": True,
                                   "created_at": now, "first_contact_at": None, "last_contact_at": None})
            rows.addresses.append({"id": addr_id, "customer_id": cust_id, "address": address})
            customers_made[slot] = (cust_id, first, f"{first} {last}", address)
            cust_id += 1
            addr_id += 1
        customer_id, first, full_name, address = customers_made[slot]

        category = _weighted(rng, categories)
        subjects_es, bodies_es, subjects_en, bodies_en = COMPLAINTS[category]
        products = PRODUCTS_ES if spanish else PRODUCTS_EN
        product = rng.choice(products)
        facts = {
            "order": f"{'PED' if spanish else 'ORD'}-{rng.randrange(10000, 99999)}",
            "amount": f"{rng.randrange(9, 480)},{rng.randrange(0, 99):02d}" if spanish
            else f"{rng.randrange(9, 480)}.{rng.randrange(0, 99):02d}",
            "days": rng.randrange(3, 30),
            "product": product,
            "product_cap": product[0].upper() + product[1:],
            "first": first,
        }
        subject = rng.choice(subjects_es if spanish else subjects_en).format(**facts)
        body = rng.choice(bodies_es if spanish else bodies_en).format(**facts)
        action_kind = rng.choice(ACTIONS_BY_CATEGORY[category])

        # Ages skew recent: most tickets are days old, a tail goes back ~6 months.
        age = timedelta(minutes=int(rng.expovariate(1 / (60 * 24 * 12))) % (60 * 24 * 180) + 5)
        created = now - age
        # Old tickets are mostly settled; recent ones mostly still in the queue.
        status = _weighted(rng, STATUS_WEIGHTS if age < timedelta(days=10) else SETTLED_WEIGHTS)
        priority = _weighted(rng, PRIORITY_WEIGHTS)
        assignee = None if status is TicketStatus.NEW or rng.random() < 0.15 else rng.choice(agents)

        n_messages = 1 if status is TicketStatus.NEW else min(12, 2 + int(rng.expovariate(1 / 2.6)))
        when = created
        first_response_at = None
        last_customer = created
        thread_ids: list[str] = []
        for k in range(n_messages):
            inbound = k % 2 == 0
            if k == 0:
                text, msg_subject = body, subject
            elif inbound:
                text = rng.choice(FOLLOWUPS_ES if spanish else FOLLOWUPS_EN)
                msg_subject = ("Re: " if spanish else "Re: ") + subject
            else:
                due = (when + timedelta(days=rng.randrange(1, 6))).strftime("%d/%m" if spanish else "%d %b")
                if first_response_at is None:
                    text = AGENT_REPLIES[action_kind][0 if spanish else 1].format(due=due, **facts)
                else:
                    text = rng.choice(AGENT_FOLLOWUPS_ES if spanish else AGENT_FOLLOWUPS_EN).format(due=due, **facts)
                msg_subject = "Re: " + subject
            if k:
                when = min(now, when + timedelta(minutes=rng.randrange(20, 60 * 30)))
            if not inbound and first_response_at is None:
                first_response_at = when
            if inbound:
                last_customer = when
            mid = f"<sample-{msg_id}@{'tienda-ejemplo.es' if spanish else 'shop-example.com'}>"
            rows.messages.append({
                "id": msg_id, "folder_id": folder_id if inbound else None, "uidvalidity": None, "uid": None,
                "message_id": mid, "in_reply_to": thread_ids[-1] if thread_ids else None,
                "references": " ".join(thread_ids[-10:]) or None,
                "from_addr": address if inbound else INBOXES[[a for a, _, _ in inboxes].index(account_id)][1],
                "from_name": full_name if inbound else None,
                "to_addrs": [], "cc_addrs": [], "subject": msg_subject, "date": when, "internal_date": when,
                "size": len(text) + 600, "flags": ["\\Seen"], "body_text": text, "body_html": None,
                "snippet": text[:160], "defects": [], "raw_sha256": None, "content_hash": None,
                "direction": Direction.INBOUND if inbound else Direction.OUTBOUND, "is_auto": False,
                "ticket_id": ticket_id, "expunged_at": None, "created_at": now,
            })
            thread_ids.append(mid)
            msg_id += 1

        resolved_at = when if status in (TicketStatus.RESOLVED, TicketStatus.CLOSED) else None
        snoozed_until = None
        if snoozing.random() < SNOOZED_SHARE and status in (TicketStatus.OPEN, TicketStatus.WAITING) \
                and first_response_at is not None:
            morning = (now + timedelta(days=snoozing.randint(*SNOOZE_DAYS))).replace(hour=9, minute=0)
            snoozed_until = morning
        rows.tickets.append({
            "id": ticket_id, "account_id": account_id, "customer_id": customer_id, "subject": subject,
            "normalized_subject": subject.lower(), "snippet": body[:160], "status": status, "priority": priority,
            "assignee_id": assignee, "category": category, "language": lang,
            "first_response_due": created + timedelta(hours=FIRST_RESPONSE_HOURS[priority]),
            "resolution_due": created + timedelta(hours=RESOLUTION_HOURS[priority]),
            "first_response_at": first_response_at, "resolved_at": resolved_at,
            "snoozed_until": snoozed_until, "incident_id": None, "merged_into_id": None,
            "last_customer_message_at": last_customer, "message_count": n_messages, "is_sample": True,
            "created_at": created, "updated_at": when,
        })
        if rng.random() < 0.08:
            rows.tags.append({"ticket_id": ticket_id, "tag_id": rng.choice(tag_ids)})
        if first_response_at is not None and status is not TicketStatus.SPAM:
            due_at = first_response_at + timedelta(days=rng.randrange(1, 6))
            if resolved_at is not None:
                action_status = ActionStatus.DONE if rng.random() < 0.85 else ActionStatus.MISSED
            else:
                action_status = ActionStatus.PROMISED
            rows.actions.append({
                "id": action_id, "ticket_id": ticket_id, "reply_id": None,
                "kind": action_kind, "description": None,
                "amount": Decimal(facts["amount"].replace(",", ".")) if action_kind in MONEY_ACTIONS else None,
                "currency": "EUR" if action_kind in MONEY_ACTIONS else None,
                "reference": facts["order"], "owner": None, "details": {}, "due_at": due_at,
                "status": action_status, "evidence": None, "created_by_id": assignee, "approved_by_id": None,
                "created_at": first_response_at,
                "done_at": due_at - timedelta(hours=rng.randrange(1, 30)) if action_status is ActionStatus.DONE else None,
            })
            action_id += 1
        ticket_id += 1
        if (i + 1) % BATCH == 0:
            yield rows
            rows = _Rows()
    if rows.tickets:
        yield rows


def _ascii(name: str) -> str:
    table = str.maketrans("áéíóúÁÉÍÓÚñÑüÜ", "aeiouAEIOUnNuU")
    return name.translate(table)


def seed(store: Store, n: int, *, seed_value: int = 7, now: datetime | None = None,
         progress: Callable[[int, int], None] | None = None) -> SeedResult:
    """Write ``n`` sample tickets; the same ``seed_value`` and ``now`` give the same rows."""
    started = time.perf_counter()
    now = (now or datetime.now(UTC)).replace(second=0, microsecond=0)
    inboxes, agents, tags = _ensure_fixtures(store)
    result = SeedResult(0, 0, 0, 0)
    # One write transaction: the ids read at its start stay free to its end,
    # whatever another program does meanwhile, and a failure leaves nothing.
    with store.session() as session, deferred_indexing(session):
        args = (seed_value, n, now, inboxes, agents, tags, _next_ids(session))
        batches: Iterator[_Batch] = (
            _generated_ahead(args) if store.dialect == "sqlite" and n > BATCH
            else (rows.batch(lambda table, batch: None) for rows in _ticket_rows(*args))
        )
        for batch in batches:
            for part in batch.parts:
                if isinstance(part, Prepared):
                    execute(session, part)
                else:
                    bulk_insert(session, Base.metadata.tables[part[0]], part[1])
            result.tickets += batch.tickets
            result.messages += batch.messages
            result.customers += batch.customers
            result.actions += batch.actions
            if progress:
                progress(result.tickets, n)
        if result.tickets != n:  # never report success for a short load
            raise RuntimeError(f"sample data generation stopped after {result.tickets} of {n} tickets")
        _advance_sequences(session)
        # Customers' first and last contact, from their sample tickets.
        of_customer = Ticket.customer_id == Customer.id
        session.execute(
            update(Customer)
            .where(Customer.is_sample.is_(True), Customer.first_contact_at.is_(None))
            .values(first_contact_at=select(func.min(Ticket.created_at)).where(of_customer).scalar_subquery(),
                    last_contact_at=select(func.max(Ticket.last_customer_message_at)).where(of_customer)
                    .scalar_subquery())
        )
    store.refresh_statistics()
    result.seconds = time.perf_counter() - started
    return result


@dataclass(frozen=True)
class Removed:
    tickets: list[int]  # the sample tickets deleted
    accounts: list[str]  # the sample inboxes deleted

    @property
    def count(self) -> int:
        return len(self.tickets)

    @property
    def changes(self) -> ChangeSet:
        """The rows gone and every count (sample tickets sit in every view)."""
        return ChangeSet.of(removed=self.tickets, views=VIEWS, accounts=self.accounts)


def remove_sample_data(store: Store) -> Removed:
    """Delete everything marked as sample; real mail is untouched. Returns the tickets and inboxes removed."""
    with store.session() as session:
        sample_tickets = select(Ticket.id).where(Ticket.is_sample.is_(True))
        removed = list(session.scalars(sample_tickets.order_by(Ticket.id)))
        accounts = list(session.scalars(select(Account.name).where(Account.is_sample.is_(True)).order_by(Account.name)))
        session.execute(delete(Message).where(Message.ticket_id.in_(sample_tickets)))
        session.execute(delete(Ticket).where(Ticket.is_sample.is_(True)))
        session.execute(delete(Customer).where(Customer.is_sample.is_(True)))
        session.execute(delete(Account).where(Account.is_sample.is_(True)))
        session.execute(delete(Agent).where(Agent.email.in_([email for _, email, _ in AGENTS])))
    return Removed(removed, accounts)
