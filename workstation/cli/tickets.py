"""The queue and the work on tickets: views, saved searches, ticket verbs, messages."""

from __future__ import annotations

import argparse

from workstation.cli.common import _print_json
from workstation.errors import InvalidInput
from workstation.store.db import Store


def cmd_queue(args: argparse.Namespace, store: Store) -> int:
    from workstation.queue import find

    rows = find(store, args.view, agent=args.agent, limit=args.limit, search=args.search)
    if args.json:
        _print_json([{
            "id": r.id, "customer": r.customer, "subject": r.subject, "snippet": r.snippet, "inbox": r.inbox,
            "status": r.status.value, "priority": r.priority.value, "assignee": r.assignee, "category": r.category,
            "created_at": r.created_at.isoformat(), "due_at": r.due_at.isoformat() if r.due_at else None,
            "tags": list(r.tags), "incident": r.incident_id, "sample": r.is_sample,
        } for r in rows])
        return 0
    if not rows:
        print("Nothing in this view.")
    for r in rows:
        due = r.due_at.astimezone().strftime("%Y-%m-%d %H:%M") if r.due_at else "-"
        print(f"#{r.id:<7} {r.status.value:<9} {r.priority.value:<7} due {due:<16} {r.inbox[:14]:<14} "
              f"{r.customer[:24]:<24} {r.subject[:60]}")
    return 0


def cmd_saved_search(args: argparse.Namespace, store: Store) -> int:
    from workstation.queue import save_search

    save_search(store, args.name, args.query)
    print(f"Saved search {args.name!r}: `queue --view {args.name!r}` lists it.")
    return 0


def cmd_ticket(args: argparse.Namespace, store: Store) -> int:
    from datetime import datetime

    from workstation.tickets import (
        Change,
        Priority,
        TicketStatus,
        add_note,
        apply,
        block_sender,
        merge,
        not_spam,
        set_language,
        split,
        undo_last,
    )

    verb = args.ticket_command
    if verb == "note":
        add_note(store, args.ticket, args.text, actor=args.agent)
        print(f"Note added to #{args.ticket}.")
        return 0
    if verb == "language":
        set_language(store, args.ticket, args.language, actor=args.agent)
        print(f"#{args.ticket} is answered in {args.language}: templates and saved replies follow it.")
        return 0
    if verb == "recipients":
        from workstation.outbox.compose import read_reply_context

        context = read_reply_context(store, args.ticket)
        for recipient in context.candidates:
            mark = "customer" if recipient.is_ticket_customer else "also wrote"
            print(f"{recipient.label():<50} {mark}" + ("  <- replies go here" if recipient.address == context.to
                                                       else ""))
        return 0
    if verb == "merge":
        done = merge(store, args.source, args.target, actor=args.agent)
        if done.warning:
            print(f"Note: {done.warning}")
    elif verb == "not-spam":
        done = not_spam(store, args.tickets, actor=args.agent)
    elif verb == "block-sender":
        done = block_sender(store, args.tickets, actor=args.agent)
    elif verb == "split":
        done = split(store, args.message, actor=args.agent)
    elif verb == "undo":
        undone = undo_last(store, actor=args.agent)
        if not undone.found:
            print("Nothing to undo.")
            return 0
        print(f"Undone on {len(undone.restored)} tickets"
              + (f"; left alone (changed since): {undone.skipped}" if undone.skipped else "") + ".")
        return 0
    else:
        try:
            change = Change(
                assignee=args.value if verb == "assign" else None,
                status=TicketStatus(args.value) if verb == "status" else None,
                priority=Priority(args.value) if verb == "priority" else None,
                category=args.value if verb == "category" else None,
                tags_add=tuple(args.value.split(",")) if verb == "tag" else (),
                tags_remove=tuple(args.value.split(",")) if verb == "untag" else (),
                snoozed_until=datetime.fromisoformat(args.value).astimezone() if verb == "snooze" else None,
            )
        except ValueError as exc:
            raise InvalidInput(f"{args.value!r} is not a valid {verb}: {exc}.") from None
        done = apply(store, args.tickets, change, actor=args.agent)
    print(f"{done.summary}: {', '.join(f'#{t}' for t in done.tickets)} (undo with `ticket undo`).")
    return 0


def cmd_message(args: argparse.Namespace, store: Store) -> int:
    from pathlib import Path

    from workstation.conversation import messages, save_original

    if args.message_command == "list":
        rows = [{"id": m.id, "date": m.date.isoformat() if m.date else None, "from": m.from_addr,
                 "direction": m.direction, "subject": m.subject, "defects": m.defects}
                for m in messages(store, args.ticket)]
        if args.json:
            _print_json(rows)
        for row in rows if not args.json else []:
            damaged = f"  [{len(row['defects'])} defects: `message original {row['id']} F` saves it]" \
                if row["defects"] else ""
            print(f"#{row['id']:<7} {(row['date'] or '-')[:16]:<16} {row['direction']:<8} {row['from'] or '?':<30} "
                  f"{(row['subject'] or '')[:50]}{damaged}")
        return 0
    written = save_original(store, args.message, Path(args.file))
    print(f"Message #{args.message} as it arrived: {args.file} ({written} bytes).")
    return 0
