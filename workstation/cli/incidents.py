"""Incidents and lessons: declare, link, tell everyone affected, resolve, learn."""

from __future__ import annotations

import argparse

from workstation.cli.common import _print_json, _read_actions, _read_text, _ticket_list
from workstation.errors import InvalidInput
from workstation.store.db import Store


def cmd_incident(args: argparse.Namespace, store: Store) -> int:
    from datetime import datetime
    from pathlib import Path

    from workstation import incidents

    verb = args.incident_command
    if verb == "declare":
        started = datetime.fromisoformat(args.start).astimezone() if args.start else None
        incident_id = incidents.declare(store, args.title, service=args.service, started_at=started,
                                        match=args.match, actor=args.agent).id
        print(f"Incident #{incident_id} declared" + (f"; new mail matching {args.match!r} joins it" if args.match
                                                     else "") + ".")
        return 0
    if verb == "link":
        linked = incidents.link(store, args.incident, tickets=args.tickets, search=args.search,
                                actor=args.agent).tickets
        print(f"Linked {len(linked)} tickets to incident #{args.incident}.")
        return 0
    if verb == "recipients":
        found = incidents.recipients(store, args.incident)
        if args.json:
            _print_json([{"ticket": r.ticket_id, "name": r.name, "address": r.address, "subject": r.subject}
                         for r in found])
            return 0
        for r in found:
            print(f"#{r.ticket_id:<7} {(r.name or '')[:24]:<24} {r.address or '(no address)':<36} {r.subject[:50]}")
        print(f"{len(found)} customers; `incident update {args.incident} --only T1,T2` sends to those only.")
        return 0
    if verb in ("update", "resolve"):
        if verb == "update" or args.body_file:  # told first: a refused text leaves the incident open
            if not args.body_file:
                raise InvalidInput("Give the update's text with --body-file (placeholders: "
                                   f"{incidents.PLACEHOLDERS}).")
            only = _ticket_list(args.only) if args.only else None
            sent = incidents.update(store, args.incident, _read_text(args.body_file),
                                    _read_actions(args.actions_file), actor=args.agent, final=verb == "resolve",
                                    only=only)
            print(f"Update {sent.update_id[:8]} queued for {len(sent.queued)} customers"
                  + (f" ({len(sent.already)} had it already)" if sent.already else "") + "; `outbox flush` sends it.")
        if verb == "resolve":
            incidents.resolve(store, args.incident, summary=_read_text(args.summary_file) if args.summary_file
                              else None, actor=args.agent)
            print(f"Incident #{args.incident} resolved.")
        return 0
    if verb == "list":
        rows = [{"id": i.id, "title": i.title, "service": i.service, "status": i.status,
                 "started_at": i.started_at.isoformat(), "figures": i.figures.as_dict()}
                for i in incidents.list_incidents(store)]
        if args.json:
            _print_json(rows)
        for row in rows if not args.json else []:
            f = row["figures"]
            print(f"#{row['id']:<4} {row['status']:<10} {row['title']}  {f['tickets']} tickets, "
                  f"{f['acknowledged']} acknowledged (median {f['minutes_to_acknowledge_median']} min), "
                  f"{f['with_action']} with an action")
        return 0
    incidents.write_public_log(store, args.incident, Path(args.markdown) if args.markdown else None,
                               Path(args.html) if args.html else None, language=args.lang)
    print("Public log written.")
    return 0


def cmd_lesson(args: argparse.Namespace, store: Store) -> int:
    from workstation import lessons

    if args.lesson_command == "add":
        lesson = lessons.add(store, root_cause=args.root_cause, change_made=args.change, category=args.category,
                             ticket_id=args.ticket, actor=args.agent, match=args.match)
        print(f"Lesson #{lesson.id} recorded ({lesson.customers} customers complained about it); tell them with "
              f"`lesson tell {lesson.id} --body-file F`.")
        return 0
    told = lessons.tell(store, args.lesson, _read_text(args.body_file), _read_actions(args.actions_file),
                        actor=args.agent).tickets
    print(f"Told {len(told)} customers what changed; `outbox flush` sends it.")
    return 0
