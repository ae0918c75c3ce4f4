"""``customer show|find|set|merge``: the customer record from the command line."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from workstation import customers
from workstation.cli.common import _print_json, _read_text
from workstation.store.db import Store


def _print_record(record: customers.CustomerRecord) -> None:
    print(f"Customer #{record.id}: {record.name or '(no name)'}" + (" (blocked: their mail goes to Spam)"
                                                                    if record.blocked else ""))
    print(f"  Addresses: {', '.join(record.addresses) or '(none)'}")
    print(f"  Phone:     {record.phone or '-'}")
    print(f"  Company:   {record.company or '-'}")
    if record.notes:
        print("  Notes:")
        for line in record.notes.splitlines():
            print(f"    {line}")
    print(f"  Tickets:   {record.open_count} open, {record.closed_count} closed")
    for ticket in record.tickets:
        print(f"    #{ticket.id:<6} {ticket.status:<9} {ticket.opened:%Y-%m-%d}  {ticket.subject}")
    if record.promises:
        print("  Promised:")
        for p in record.promises:
            amount = f" {p.amount} {p.currency}" if p.amount is not None else ""
            due = f" by {p.due_at:%Y-%m-%d}" if p.due_at else ""
            ref = f" (ref. {p.reference})" if p.reference else ""
            print(f"    #{p.ticket_id:<6} {p.kind}{amount}{ref}{due}: {p.status}")
    for m in record.merges:
        print(f"  Merged with {m.name or '(no name)'} <{', '.join(m.addresses)}> by {m.actor} on {m.at:%Y-%m-%d}")


def cmd_customer(args: argparse.Namespace, store: Store) -> int:
    action = args.customer_command
    if action == "find":
        found = customers.find(store, args.text, limit=args.limit)
        if args.json:
            _print_json([asdict(c) for c in found])
        for c in found if not args.json else ():
            print(f"#{c.id:<6} {c.tickets:>3} tickets  {c.label}")
        return 0
    customer_id = customers.resolve(store, args.customer)
    if action == "show":
        record = customers.show(store, customer_id)
    elif action == "set":
        notes = _read_text(args.notes_file) if args.notes_file else args.notes
        record, _changes = customers.update_record(store, customer_id, name=args.name, phone=args.phone,
                                                   company=args.company, notes=notes, actor=args.agent)
    else:
        other = customers.resolve(store, args.other)
        merged = customers.merge(store, customer_id, other, actor=args.agent)
        if not args.json:
            print(f"Merged customer #{merged.removed} into #{merged.kept}: {len(merged.tickets)} tickets and "
                  f"{len(merged.addresses)} addresses moved ({', '.join(merged.addresses) or 'none'}).")
        record = customers.show(store, customer_id)
    if args.json:
        _print_json(asdict(record))
    else:
        _print_record(record)
    return 0


def add_parser(sub: argparse._SubParsersAction, group) -> None:  # type: ignore[type-arg,no-untyped-def]
    customer = group(sub, "customer", "the customer record: show, find, set phone/company/notes, merge two")
    who = "the customer: their number, one of their addresses, or ticket:N (the customer of ticket N)"
    p = customer.add_parser("show", help="details, tickets (open and closed) and what was promised")
    p.add_argument("customer", help=who)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_customer)
    p = customer.add_parser("find", help="customers whose name or address contains TEXT")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_customer)
    p = customer.add_parser("set", help="set the name, phone, company or notes ('' clears one)")
    p.add_argument("customer", help=who)
    p.add_argument("--name")
    p.add_argument("--phone")
    p.add_argument("--company")
    notes = p.add_mutually_exclusive_group()
    notes.add_argument("--notes")
    notes.add_argument("--notes-file", metavar="F", help="the notes from a file ('-' reads standard input)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_customer)
    p = customer.add_parser("merge", help="OTHER is the same person: their tickets and addresses move to CUSTOMER")
    p.add_argument("customer", help="the customer kept; " + who)
    p.add_argument("other", help="the customer merged in and removed (their record is kept in the event)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_customer)
