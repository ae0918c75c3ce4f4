"""``python -m workstation``: the headless face of every operation.

Each command opens the store, does one thing, and prints either lines for a
person or, with ``--json``, one JSON document for a script. Environment
problems end with one line naming the cause and what to do, and a non-zero
exit; bugs keep their traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select

from workstation import __version__
from workstation.endpoints import Security
from workstation.errors import InvalidInput, MostradorError, Refused
from workstation.features import wire
from workstation.paths import Location
from workstation.store.db import (
    HEAD_REVISION,
    SQLITE_CORRUPT,
    Store,
    describe,
    open_store,
    sqlite_result,
    translate_error,
)
from workstation.store.models import Account, Customer, Message, Ticket
from workstation.sync.head_start import HeadStart
from workstation.workers.arguments import OneLineErrorParser

Handler = Callable[[argparse.Namespace, Store], int]


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _progress_bar(label: str) -> Callable[[int, int], None]:
    """A one-line progress bar on a terminal; silent when output is piped."""
    if not sys.stderr.isatty():
        return lambda done, total: None

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}{end}")
        sys.stderr.flush()

    return show


# --- commands ----------------------------------------------------------------


def cmd_init(args: argparse.Namespace, store: Store) -> int:
    print(f"Store ready at {describe(store.location.database_url)} (schema {store.revision()}).")
    return 0


def cmd_check(args: argparse.Namespace, location: Location) -> int:
    """Runs without opening the store the usual way: a damaged store is refused there."""
    from workstation.store import health

    if args.recover:
        result = health.recover(location)
        print(f"Recovered {result.rows:,} rows, what could be read, into {result.recovered}; it passes SQLite's "
              f"integrity check. The damaged file is kept as {result.kept}.")
        return 0
    result = health.integrity(location)
    if not result.problems:
        print(f"{location.sqlite_path}: no damage found (SQLite's integrity_check).")
        return 0
    print(f"mostrador: {health.damaged(location, result.problems[0])}", file=sys.stderr)
    for problem in result.problems:
        print(f"  {problem}", file=sys.stderr)
    return 1


def cmd_info(args: argparse.Namespace, store: Store) -> int:
    with store.read() as session:
        counts = {
            "accounts": session.scalar(select(func.count()).select_from(Account)) or 0,
            "tickets": session.scalar(select(func.count()).select_from(Ticket)) or 0,
            "messages": session.scalar(select(func.count()).select_from(Message)) or 0,
            "customers": session.scalar(select(func.count()).select_from(Customer)) or 0,
            "sample_tickets": session.scalar(
                select(func.count()).select_from(Ticket).where(Ticket.is_sample.is_(True))) or 0,
        }
    info = {
        "version": __version__,
        "data_dir": str(store.location.data_dir),
        "database": describe(store.location.database_url),
        "dialect": store.dialect,
        "schema_revision": store.revision(),
        "schema_head": HEAD_REVISION,
        "counts": counts,
    }
    if args.json:
        _print_json(info)
    else:
        print(f"Mostrador {info['version']}")
        print(f"Data folder: {info['data_dir']}")
        print(f"Database:    {info['database']} ({info['dialect']}, schema {info['schema_revision']})")
        for key, value in counts.items():
            print(f"{key.replace('_', ' ').capitalize() + ':':<16}{value}")
    return 0


def cmd_account_add(args: argparse.Namespace, store: Store) -> int:
    from workstation.accounts import AccountSpec, add_account

    if not args.password_stdin:
        raise InvalidInput("Give the password on standard input with --password-stdin (never as an argument).")
    password = sys.stdin.readline().rstrip("\r\n")
    spec = AccountSpec(
        name=args.name,
        email=args.email,
        imap_host=args.imap_host,
        imap_port=args.imap_port or (993 if args.imap_security == "ssl" else 143),
        imap_security=Security(args.imap_security),
        smtp_host=args.smtp_host or args.imap_host,
        smtp_port=args.smtp_port or {"ssl": 465, "starttls": 587, "plain": 25}[args.smtp_security],
        smtp_security=Security(args.smtp_security),
        username=args.username or args.email,
        ca_file=args.ca_file,
        display_name=args.display_name,
    )
    account = add_account(store, spec, password)
    print(f"Added account {account.name!r} ({account.email}); its password is in the keyring.")
    return 0


def cmd_account_list(args: argparse.Namespace, store: Store) -> int:
    from workstation.accounts import list_accounts

    accounts = list_accounts(store)
    if args.json:
        _print_json(accounts)
        return 0
    if not accounts:
        print("No accounts yet. Add one with `account add NAME --email ...`.")
    for a in accounts:
        sample = " [sample]" if a["sample"] else ""
        error = f"  error: {a['last_error']}" if a["last_error"] else ""
        error += "".join(f"  set aside: {folder} ({reason} `account resync {a['name']} {folder}` starts it afresh)"
                         for folder, reason in a["set_aside"].items())
        print(f"{a['name']}{sample}  <{a['email']}>  IMAP {a['imap']}  SMTP {a['smtp']}  {a['tickets']} tickets{error}")
    return 0


def cmd_account_remove(args: argparse.Namespace, store: Store) -> int:
    from workstation.accounts import remove_account

    if remove_account(store, args.name):
        print(f"Removed account {args.name!r} and its password. Its tickets are kept.")
    else:
        print(f"Removed account {args.name!r}; its tickets are kept. No keyring was available, so if a password "
              "was stored there earlier, remove it from the keyring by hand (service 'mostrador').")
    return 0


def cmd_account_resync(args: argparse.Namespace, store: Store) -> int:
    from workstation.accounts import resync_folder

    kept = resync_folder(store, args.name, args.folder)
    print(f"{args.name} {args.folder} starts afresh: the next sync reads it again from the server; the {kept} "
          "messages stored before stay, with their tickets.")
    return 0


def cmd_account_set(args: argparse.Namespace, store: Store) -> int:
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.name == args.name))
        if account is None:
            raise InvalidInput(f"There is no account named {args.name!r}.", hint="See `account list`.")
        if args.signature_file is not None:
            account.signature = _read_text(args.signature_file).rstrip() or None
        if args.display_name is not None:
            account.display_name = args.display_name or None
        if args.sla:
            from workstation.sla import parse_setting

            levels = dict(account.service_levels or {})
            for assignment in args.sla:
                levels = parse_setting(levels, assignment)
            account.service_levels = levels
    print(f"Updated {args.name}.")
    return 0


def cmd_ticket(args: argparse.Namespace, store: Store) -> int:
    from datetime import datetime

    from workstation.store.models import Priority, TicketStatus
    from workstation.tickets import (
        Change,
        add_note,
        apply,
        block_sender,
        last_change,
        merge,
        not_spam,
        set_language,
        split,
        undo,
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
        from workstation.outbox.compose import reply_context

        with store.read() as session:
            context = reply_context(session, args.ticket)
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
        change = last_change(store, actor=args.agent)
        if change is None:
            print("Nothing to undo.")
            return 0
        restored, skipped = undo(store, change, actor=args.agent)
        print(f"Undone on {len(restored)} tickets" + (f"; left alone (changed since): {skipped}" if skipped else "")
              + ".")
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

    from workstation.conversation import save_original
    from workstation.store.models import Message

    if args.message_command == "list":
        with store.read() as session:
            rows = [{"id": m.id, "date": m.date.isoformat() if m.date else None, "from": m.from_addr,
                     "direction": m.direction.value, "subject": m.subject, "defects": m.defects}
                    for m in session.scalars(select(Message).where(Message.ticket_id == args.ticket)
                                             .order_by(Message.date, Message.id))]
        if args.json:
            _print_json(rows)
        for row in rows if not args.json else []:
            damaged = f"  [{len(row['defects'])} defects: `message original {row['id']} F` saves it]" \
                if row["defects"] else ""
            print(f"#{row['id']:<7} {(row['date'] or '-')[:16]:<16} {row['direction']:<8} {row['from'] or '?':<30} "
                  f"{(row['subject'] or '')[:50]}{damaged}")
        return 0
    with store.read() as session:
        written = save_original(session, args.message, Path(args.file))
    print(f"Message #{args.message} as it arrived: {args.file} ({written} bytes).")
    return 0


def _ticket_list(value: str) -> list[int]:
    try:
        return [int(part.strip().lstrip("#")) for part in value.split(",") if part.strip()]
    except ValueError:
        raise InvalidInput(f"{value!r}: give ticket numbers separated by commas, e.g. 12,15.") from None


def cmd_playbook(args: argparse.Namespace, store: Store) -> int:
    from pathlib import Path

    from workstation import playbooks

    verb = args.playbook_command
    if verb == "check":
        playbook, problems = playbooks.check_file(Path(args.file))
        if args.json:
            _print_json({"ok": not problems, "key": playbook.key if playbook else None,
                         "problems": [{"file": str(p.path), "line": p.line, "message": p.message} for p in problems]})
        else:
            for problem in problems:
                print(problem)
            if playbook:
                print(f"{Path(args.file).name}: the playbook {playbook.key!r} is valid ({len(playbook.steps)} steps).")
        return 0 if not problems else 1
    library = playbooks.load(store.location.data_dir)
    for problem in library.problems:
        print(f"mostrador: {problem}", file=sys.stderr)
    if verb == "list":
        for playbook in library.playbooks.values():
            print(f"{playbook.key:<20} {playbook.name('en')} / {playbook.name('es')} ({len(playbook.steps)} steps)")
        return 0
    if verb == "suggest":
        with store.read() as session:
            found = playbooks.suggest_for_ticket(session, library, args.ticket)
        if args.json:
            _print_json([{"key": s.key, "score": s.score, "matched": list(s.matched)} for s in found])
        else:
            print("\n".join(f"{s.key} (score {s.score}: {', '.join(s.matched)})" for s in found)
                  or "No playbook fits this ticket.")
        return 0
    if verb == "start":
        run = playbooks.start(store, args.ticket, args.key, actor=args.agent)
        print(f"Playbook run #{run} on ticket #{args.ticket}.")
        return 0
    if verb == "done":
        state = playbooks.complete_step(store, args.run, args.step, evidence=args.evidence, actor=args.agent)
        print(f"{args.step}: done after {state.minutes} min" + (" (late)" if state.late else "") + ".")
        return 0
    playbooks.skip_step(store, args.run, args.step, args.reason, actor=args.agent)
    print(f"{args.step}: skipped.")
    return 0


def cmd_incident(args: argparse.Namespace, store: Store) -> int:
    from datetime import datetime
    from pathlib import Path

    from workstation import incidents
    from workstation.store.models import Incident

    verb = args.incident_command
    if verb == "declare":
        started = datetime.fromisoformat(args.start).astimezone() if args.start else None
        incident_id = incidents.declare(store, args.title, service=args.service, started_at=started,
                                        match=args.match, actor=args.agent)
        print(f"Incident #{incident_id} declared" + (f"; new mail matching {args.match!r} joins it" if args.match
                                                     else "") + ".")
        return 0
    if verb == "link":
        linked = incidents.link(store, args.incident, tickets=args.tickets, search=args.search, actor=args.agent)
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
    with store.read() as session:
        if verb == "list":
            rows = [{"id": i.id, "title": i.title, "service": i.service, "status": i.status.value,
                     "started_at": i.started_at.isoformat(), "figures": incidents.figures(session, i.id).as_dict()}
                    for i in session.scalars(select(Incident).order_by(Incident.started_at.desc()))]
            if args.json:
                _print_json(rows)
            for row in rows if not args.json else []:
                f = row["figures"]
                print(f"#{row['id']:<4} {row['status']:<10} {row['title']}  {f['tickets']} tickets, "
                      f"{f['acknowledged']} acknowledged (median {f['minutes_to_acknowledge_median']} min), "
                      f"{f['with_action']} with an action")
            return 0
        incidents.write_public_log(session, args.incident, Path(args.markdown) if args.markdown else None,
                                   Path(args.html) if args.html else None, language=args.lang)
    print("Public log written.")
    return 0


def cmd_report(args: argparse.Namespace, store: Store) -> int:
    from datetime import date

    from workstation.reports import compute, period, to_csv

    try:
        since, until = period(date.fromisoformat(args.since) if args.since else None,
                              date.fromisoformat(args.until) if args.until else None, days=args.days)
    except ValueError as exc:
        raise InvalidInput(f"A date is not valid ({exc}); use YYYY-MM-DD.") from None
    with store.read() as session:
        report = compute(session, since, until, inbox=args.inbox, agent=args.by)
    if args.csv:
        sys.stdout.write(to_csv(report))
    elif args.json:
        _print_json(report.as_dict())
    else:
        f, r = report.first_response, report.resolution
        print(f"{since:%Y-%m-%d} to {until:%Y-%m-%d}: {report.tickets} tickets")
        print(f"First response: median {f.median_minutes} min, 90% within {f.p90_minutes} min, "
              f"{f.share_within_target:.0%} within target")
        print(f"Resolution:     median {r.median_minutes} min, 90% within {r.p90_minutes} min, "
              f"{r.share_within_target:.0%} within target")
        for kind, c in report.actions.items():
            print(f"{kind:<16} promised {c.promised}, kept {c.kept}, late {c.late}, missed {c.missed}, open {c.open}")
        print(f"Satisfaction: {report.satisfaction_average} from {report.satisfaction_count} answers")
    return 0


def cmd_review_pack(args: argparse.Namespace, store: Store) -> int:
    from datetime import date, datetime, time
    from pathlib import Path

    from workstation import review_pack

    if args.command == "export":
        since = None
        if args.since:
            try:
                since = datetime.combine(date.fromisoformat(args.since), time(0)).astimezone()
            except ValueError:
                raise InvalidInput(f"--since {args.since}: use YYYY-MM-DD.") from None
        info = review_pack.export(store, Path(args.file), since=since, inbox=args.inbox, author=args.agent)
        print(f"Review pack {args.file}: {info.tickets} tickets, no credentials. Open it with "
              f"`python main.py --review {args.file}`.")
        return 0
    result = review_pack.import_notes(store, Path(args.file))
    print(f"Imported {result.added} coaching notes and flags ({result.already} were imported before"
          + (f"; {result.skipped} left out: malformed, or on tickets that were not in the pack" if result.skipped
             else "") + ").")
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
                        actor=args.agent)
    print(f"Told {len(told)} customers what changed; `outbox flush` sends it.")
    return 0


def cmd_saved_search(args: argparse.Namespace, store: Store) -> int:
    from workstation.queue import save_search

    with store.session() as session:
        save_search(session, args.name, args.query)
    print(f"Saved search {args.name!r}: `queue --view {args.name!r}` lists it.")
    return 0


def cmd_account_watch(args: argparse.Namespace, store: Store) -> int:
    from workstation.accounts import set_watched

    watched = set_watched(store, args.name, args.folders, watch=args.account_command == "watch")
    print(f"{args.name} syncs: {', '.join(watched)}")
    return 0


def cmd_queue(args: argparse.Namespace, store: Store) -> int:
    from workstation.agents import acting_agent
    from workstation.queue import Context, list_rows, resolve_view

    context = Context()
    if args.view == "mine" or "assignee:me" in (args.search or ""):
        with store.session() as session:
            context = Context(agent_id=acting_agent(session, args.agent).id)
    with store.read() as session:
        rows = list_rows(session, resolve_view(session, args.view), limit=args.limit, search=args.search,
                         context=context)
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


def cmd_check_reply(args: argparse.Namespace, store: Store) -> int:
    from workstation.resolution.gate import check_reply, check_text

    text = _read_text(args.file)
    if args.actions_file:  # the text and its actions together, as `reply` would judge them
        result = check_reply(text, _read_actions(args.actions_file), extra_dirs=(store.location.data_dir,),
                             language=args.lang)
    else:
        result = check_text(text, extra_lexicons=(store.location.data_dir / "lexicons",))
    _print_json(result.as_dict())
    return 0


def _read_text(path: str) -> str:
    try:
        return sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
    except OSError as exc:
        raise InvalidInput(f"Cannot read {path}: {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path} is not UTF-8 text.") from exc


def cmd_agent_add(args: argparse.Namespace, store: Store) -> int:
    from workstation.agents import add_agent
    from workstation.store.models import Role

    agent = add_agent(store, args.name, args.email, Role.SUPERVISOR if args.supervisor else Role.AGENT)
    print(f"Added {agent.role} {agent.name}.")
    if args.role is not None:  # team mode: the agent's own database role
        from workstation.team.roles import map_role, role_for

        password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
        role = map_role(store, agent.name, args.role or role_for(agent.name), password)
        print(f"{agent.name} signs in to the team database as {role}.")
    return 0


def cmd_agent_list(args: argparse.Namespace, store: Store) -> int:
    from workstation.agents import list_agents

    agents = list_agents(store)
    if args.json:
        _print_json([a.__dict__ for a in agents])
        return 0
    if not agents:
        print("No agents yet: the first person to act becomes the supervisor.")
    for a in agents:
        limits = ", ".join(f"{k} up to {v['amount']} {v.get('currency') or ''}".strip() for k, v in a.limits.items())
        print(f"{a.name:<24} {a.role:<10} {a.email or '':<30} {limits or 'no limits'}")
    return 0


def cmd_agent_limit(args: argparse.Namespace, store: Store) -> int:
    from workstation.agents import set_limit

    if args.amount is None and not args.remove:
        raise InvalidInput("Give an amount, or --remove to lift the limit.")
    agent = set_limit(store, args.name, args.kind, None if args.remove else args.amount, args.currency,
                      by=args.agent)
    limit = agent.limits.get(args.kind)
    print(f"{agent.name}: {args.kind} " + (f"up to {limit['amount']} {limit.get('currency') or ''}".strip()
                                           if limit else "without limit"))
    return 0


def _read_actions(path: str | None) -> list[Any]:
    from workstation.resolution.actions import ActionSpec

    if not path:
        return []
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{path} is not valid JSON (line {exc.lineno}: {exc.msg}).") from exc
    items = data.get("actions") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise InvalidInput(f"{path} must hold a list of actions, e.g. "
                           '[{"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01"}].')
    return [ActionSpec.from_dict(item) for item in items]


def cmd_reply(args: argparse.Namespace, store: Store) -> int:
    from pathlib import Path

    from workstation.outbox.compose import queue_reply
    from workstation.store.models import Action

    actions = _read_actions(args.actions_file)
    purpose = "reply"
    if args.close_loop is not None:
        from workstation.followups import propose_loop_close

        with store.read() as session:
            action = session.get(Action, args.close_loop)
            if action is None or action.ticket_id != args.ticket:
                raise InvalidInput(f"Action #{args.close_loop} is not an action of ticket #{args.ticket}.")
            actions.append(propose_loop_close(session, action).action)
        purpose = "close_loop"
    queued = queue_reply(store, args.ticket, _read_text(args.body_file), actions, author=args.agent,
                         attachments=[Path(p) for p in args.attach or []], purpose=purpose,
                         for_review=args.for_review, to=args.to, cc=args.cc)
    review = not queued.result.accepted  # only a reply sent for review is queued with the gate's refusal
    outcome = {"reply": queued.id, "state": queued.state.value, "message_id": queued.message_id,
               "approval": [r.text for r in queued.result.approval]}
    if review:
        outcome["review"] = queued.result.reasons
    if args.json:
        _print_json(outcome)
    elif review:
        print(f"Reply #{queued.id} waits for a supervisor's review; the gate said: " + " ".join(outcome["review"]))
    elif queued.result.approval and queued.state.value == "awaiting_approval":
        print(f"Reply #{queued.id} waits for a supervisor's approval: " + " ".join(outcome["approval"]))
    else:
        print(f"Reply #{queued.id} is in the outbox; `outbox flush` sends it.")
    return 0


def cmd_outbox_list(args: argparse.Namespace, store: Store) -> int:
    from workstation.store.models import Reply, ReplyState

    with store.read() as session:
        query = select(Reply).where(Reply.state != ReplyState.DRAFT).order_by(Reply.id.desc()).limit(args.limit)
        if not args.all:
            query = query.where(Reply.state != ReplyState.SENT)
        rows = [{"id": r.id, "ticket": r.ticket_id, "state": r.state.value, "to": r.to_addrs, "subject": r.subject,
                 "attempts": r.attempts, "next_attempt_at": r.next_attempt_at, "last_error": r.last_error,
                 "message_id": r.message_id, "purpose": r.purpose, "review": bool((r.gate_result or {}).get("review")),
                 "why": " ".join((r.gate_result or {}).get("reasons" if (r.gate_result or {}).get("review")
                                                         else "approval", []))}
                for r in session.scalars(query)]
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print("The outbox is empty: everything was sent.")
    for r in rows:
        error = f"  ({r['last_error']})" if r["last_error"] else f"  (for review: {r['why']})" if r["review"] else ""
        print(f"#{r['id']:<6} ticket #{r['ticket']:<6} {r['state']:<19} {', '.join(r['to'])}  {r['subject']}{error}")
    return 0


def cmd_outbox_flush(args: argparse.Namespace, store: Store) -> int:
    from workstation.outbox.sender import flush

    if args.events:  # the window's worker: one event line (workstation.workers)
        from workstation.workers import Failed, FlushFinished, write

        try:
            event: FlushFinished | Failed = FlushFinished.of(flush(store))
        except MostradorError as exc:
            event = Failed.of(exc)
        write(event)
        return 0 if isinstance(event, FlushFinished) else 1
    summary = flush(store)
    if args.json:
        _print_json(summary.as_dict())
    elif summary.busy:
        print("Another flush of this outbox is running; nothing done.")
    else:
        print(f"{summary.sent} sent, {summary.retrying} to retry, {summary.failed} failed, "
              f"{summary.uncertain} delivery uncertain, {summary.filed} filed in Sent, "
              f"{summary.found_in_sent} found in Sent.")
        for error in summary.errors:
            print(f"  {error}")
    return 0 if not (summary.failed or summary.uncertain) else 1


def cmd_outbox_decide(args: argparse.Namespace, store: Store) -> int:
    from workstation.agents import acting_agent
    from workstation.outbox.compose import approve_reply, return_reply
    from workstation.outbox.sender import resolve_uncertain

    if args.outbox_command == "approve":
        if bool(args.learn) != bool(args.learn_kind):
            raise InvalidInput("--learn and --learn-kind go together: the phrasing, and the kind of action it states.")
        learn = (args.learn, args.learn_kind) if args.learn else None
        approve_reply(store, args.reply, supervisor=args.agent, learn=learn)
        print(f"Reply #{args.reply} approved and queued."
              + (f" The gate now reads “{args.learn}” as a {args.learn_kind}." if learn else ""))
    elif args.outbox_command == "return":
        return_reply(store, args.reply, args.reason, supervisor=args.agent)
        print(f"Reply #{args.reply} went back to its author as a draft.")
    else:
        with store.session() as session:
            actor = acting_agent(session, args.agent).name
        resolve_uncertain(store, args.reply, resend=args.outbox_command == "resend", actor=actor)
        print(f"Reply #{args.reply} " + ("queued again." if args.outbox_command == "resend" else "recorded as sent."))
    return 0


def cmd_action_done(args: argparse.Namespace, store: Store) -> int:
    from workstation.followups import complete_action

    proposal = complete_action(store, args.action, evidence=args.evidence, change=args.change, actor=args.agent)
    if args.json:
        _print_json({"ticket": proposal.ticket_id, "action": proposal.action_id, "proposed_reply": proposal.body})
    else:
        print(f"Action #{proposal.action_id} is done. Proposed message to close the loop "
              f"(send it with `reply {proposal.ticket_id} --close-loop {proposal.action_id} --body-file F`):\n")
        print(proposal.body)
    return 0


def cmd_followups(args: argparse.Namespace, store: Store) -> int:
    from workstation.agents import acting_agent
    from workstation.followups import mark_overdue, open_followups

    mark_overdue(store)
    with store.session() as session:
        agent_id = acting_agent(session, args.agent).id if args.mine else None
        rows = open_followups(session, agent_id=agent_id, overdue_only=args.overdue)
    if args.json:
        _print_json([r.as_dict() for r in rows])
        return 0
    if not rows:
        print("No follow-ups due: every promise is kept or not yet due.")
    for r in rows:
        flag = "OVERDUE " if r.overdue else ""
        print(f"{flag}{r.due_at.astimezone():%Y-%m-%d %H:%M}  ticket #{r.ticket_id:<6} {r.kind:<13} "
              f"{r.action_kind or '':<14} {r.assignee or '':<16} {r.subject[:50]}")
    return 0


def cmd_demo_seed(args: argparse.Namespace, store: Store) -> int:
    from workstation.demo import seed

    if args.count < 1:
        raise InvalidInput("Give a number of tickets of at least 1.")
    result = seed(store, args.count, seed_value=args.seed, progress=_progress_bar("Seeding"))
    summary = {"tickets": result.tickets, "messages": result.messages, "customers": result.customers,
               "actions": result.actions, "seconds": round(result.seconds, 2)}
    if args.json:
        _print_json(summary)
    else:
        print(f"Wrote {result.tickets} sample tickets with {result.messages} messages "
              f"for {result.customers} customers in {result.seconds:.1f} s.")
    return 0


def cmd_demo_remove(args: argparse.Namespace, store: Store) -> int:
    from workstation.demo import remove_sample_data

    removed = remove_sample_data(store)
    print(f"Removed {removed} sample tickets and the sample inboxes. Real mail is untouched.")
    return 0


def cmd_sync(args: argparse.Namespace, store: Store) -> int:
    from workstation.sync.engine import BATCH_SIZE, SyncProgress, sync_accounts
    from workstation.sync.watch import watch

    bars: dict[str, Callable[[int, int], None]] = {}

    def progress(p: SyncProgress) -> None:
        key = f"{p.account}/{p.folder}"
        if key not in bars:
            bars[key] = _progress_bar(f"{key} ")
        bars[key](p.done, p.total)

    batch_size = args.batch_size or BATCH_SIZE
    head_start = args.head_start
    if args.events:
        return _sync_events(store, args.account, batch_size, keep_watching=args.watch, head_start=head_start)
    if args.watch:
        return watch(store, args.account, progress=progress, report=lambda line: print(line, flush=True),
                     batch_size=batch_size, head_start=head_start)
    summaries, errors = sync_accounts(store, args.account, progress=progress, batch_size=batch_size,
                                      head_start=head_start)
    if args.json:
        _print_json({"accounts": [s.as_dict() for s in summaries], "errors": errors})
    else:
        if not summaries and not errors:
            print("No accounts to sync. Add one with `account add`.")
        for s in summaries:
            if s.synced_elsewhere:  # team mode: another desk holds the inbox's sync lock
                print(f"{s.account}: {s.synced_elsewhere}")
                continue
            print(f"{s.account}: {s.new} new, {s.updated} updated, {s.expunged} expunged, "
                  f"{s.tickets_created} tickets created, {len(s.errors)} errors, {s.seconds:.2f} s")
            for error in s.errors:
                print(f"  {error}")
        for error in errors:
            print(f"mostrador: {error}", file=sys.stderr)
    return 1 if errors else 0


def _sync_events(store: Store, accounts: list[str] | None, batch_size: int, *, keep_watching: bool = False,
                 head_start: HeadStart | None = None) -> int:
    """One JSON object per line: progress as it happens, then the outcome.

    This is how the window runs a sync in a worker process of its own, so
    that parsing and storing never compete with the GUI thread. With
    ``keep_watching`` the process stays: a "finished" or "failed" line after
    each pass (IDLE wakes it when mail arrives), a pass at once for each
    "sync" line read on its standard input, and the end when that input
    closes (the window went away).
    """
    import threading

    from workstation.mail.errors import SyncError
    from workstation.sync.engine import AccountSync, SyncProgress, SyncSummary
    from workstation.workers import Event, Failed, Progress, SyncFinished, write

    lock = threading.Lock()

    def emit(event: Event) -> None:
        with lock:
            write(event)

    def progress(p: SyncProgress) -> None:
        emit(Progress.of(p))

    def passed(name: str, summary: SyncSummary) -> None:
        emit(SyncFinished.of(summary))

    def failed(name: str, exc: MostradorError, retry: bool) -> None:
        emit(Failed.of(exc, account=name, retry=retry))

    if keep_watching:
        from workstation.sync.watch import Watcher

        watcher = Watcher(store, accounts, progress=progress, passed=passed, batch_size=batch_size,
                          failed=lambda name, exc, retry_in: failed(name, exc, retry_in is not None),
                          head_start=head_start)

        def commands() -> None:
            for line in sys.stdin:
                if line.strip() == "sync":
                    watcher.sync_now()
            watcher.stop()

        def weekly_check() -> None:  # the store's health, in this background process (workstation.store.health)
            from workstation.store import health

            delay = 60.0  # not during the first pass
            while not stopped.wait(delay):
                delay = 3600.0  # is a check due? (one a week)
                found = health.check_if_due(store.location)
                if found is not None:
                    failed("", found, False)
                    watcher.stop()
                    return

        stopped = threading.Event()
        threading.Thread(target=commands, name="commands", daemon=True).start()
        if store.location.sqlite_path is not None:
            threading.Thread(target=weekly_check, name="health", daemon=True).start()
        watcher.start()
        watcher.wait()
        stopped.set()
        return 0
    ok = True
    for name in accounts or []:
        try:
            passed(name, AccountSync(store, name, progress=progress, batch_size=batch_size,
                                     head_start=head_start).run())
        except MostradorError as exc:
            ok = False
            failed(name, exc, exc.retry if isinstance(exc, SyncError) else False)
    return 0 if ok else 1


# --- parser --------------------------------------------------------------------


def _group(sub: Any, name: str, summary: str, *, metavar: str = "ACTION") -> Any:
    """A command with actions of its own (``account add``...): the chosen one lands in ``args.<name>_command``."""
    return sub.add_parser(name, help=summary).add_subparsers(
        dest=f"{name}_command", required=True, metavar=metavar, parser_class=OneLineErrorParser)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(prog="python -m workstation", description="Mostrador, headless.")
    parser.add_argument("--version", action="version", version=f"Mostrador {__version__}")
    parser.add_argument("--data-dir", help="folder for the database and backups (default: the user's data dir)")
    parser.add_argument("--database", metavar="URL",
                        help="database URL, e.g. postgresql://user@host/db for a team's shared queue")
    parser.add_argument("--agent", metavar="NAME", help="who is acting (default: $MOSTRADOR_AGENT, or the only agent)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=OneLineErrorParser)

    p = sub.add_parser("init", help="create or upgrade the store")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("check", help="check every page of the store (SQLite's integrity_check)")
    p.add_argument("--recover", action="store_true",
                   help="copy what can be read of a damaged store into a new one and put it in place")
    p.set_defaults(handler=cmd_check, without_store=True)

    p = sub.add_parser("info", help="paths, schema revision and counts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_info)

    account = _group(sub, "account", "support inboxes")
    p = account.add_parser("add", help="add an inbox (the password goes to the keyring)")
    p.add_argument("name")
    p.add_argument("--email", required=True)
    p.add_argument("--display-name")
    p.add_argument("--imap-host", required=True)
    p.add_argument("--imap-port", type=int)
    p.add_argument("--imap-security", choices=[s.value for s in Security], default="ssl")
    p.add_argument("--smtp-host")
    p.add_argument("--smtp-port", type=int)
    p.add_argument("--smtp-security", choices=[s.value for s in Security], default="ssl")
    p.add_argument("--username", help="login name (default: the e-mail address)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.add_argument("--ca-file", metavar="PEM", help="an extra CA certificate to trust for this account")
    p.set_defaults(handler=cmd_account_add)
    p = account.add_parser("list", help="list inboxes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_account_list)
    for verb, text in (("watch", "also sync these IMAP folders"), ("unwatch", "stop syncing these folders")):
        p = account.add_parser(verb, help=text)
        p.add_argument("name")
        p.add_argument("folders", nargs="+", metavar="FOLDER")
        p.set_defaults(handler=cmd_account_watch)
    p = account.add_parser("set", help="an inbox's signature (for every reply from it) and display name")
    p.add_argument("name")
    p.add_argument("--signature-file", metavar="FILE", help="the signature's text; an empty file removes it")
    p.add_argument("--display-name", help="the name customers see beside the address")
    p.add_argument("--sla", action="append", metavar="SETTING",
                   help="first_response.high=120, resolution.normal=2880 (minutes), or "
                        "business_hours=09:00-18:00@Europe/Madrid (repeatable; new tickets use them)")
    p.set_defaults(handler=cmd_account_set)
    p = account.add_parser("remove", help="remove an inbox and its password (tickets stay)")
    p.add_argument("name")
    p.set_defaults(handler=cmd_account_remove)
    p = account.add_parser("resync", help="start a folder set aside afresh (local copies kept)")
    p.add_argument("name")
    p.add_argument("folder")
    p.set_defaults(handler=cmd_account_resync)

    p = sub.add_parser("sync", help="fetch mail from the accounts' IMAP servers into the store")
    p.add_argument("--account", action="append", metavar="NAME", help="only this account (repeatable)")
    p.add_argument("--watch", action="store_true", help="keep watching (IMAP IDLE, or polling) after the first pass")
    p.add_argument("--batch-size", type=int, metavar="N",
                   help="messages fetched and committed together (default: the engine's)")
    p.add_argument("--events", action="store_true", help=argparse.SUPPRESS)  # JSON lines, for the window
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("queue", help="the tickets a view shows, in the window's order")
    p.add_argument("--view", default="open", help="open, mine, unassigned, due_soon, overdue, waiting, promises, crisis, snoozed, "
                        "resolved, spam, all, an inbox's name or a saved search's")
    p.add_argument("--search", metavar="QUERY", help="words (full text over subject, body and customer) and "
                   "filters: from: inbox: status: tag: assignee: priority: category: before: after:")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_queue)

    ticket = _group(sub, "ticket", "work on tickets: assign, status, tags, snooze, merge, split, undo")
    for verb, text, meta in (("assign", "assign to an agent (me, a name, or '' for nobody)", "AGENT"),
                             ("status", "new, open, waiting, resolved, closed, spam", "STATUS"),
                             ("priority", "low, normal, high, urgent", "PRIORITY"),
                             ("category", "billing, delivery, ... ('' clears it)", "CATEGORY"),
                             ("tag", "add tags (comma-separated)", "TAGS"), ("untag", "remove tags", "TAGS"),
                             ("snooze", "hide from the open views until a date (YYYY-MM-DD[THH:MM])", "UNTIL")):
        p = ticket.add_parser(verb, help=text)
        p.add_argument("value", metavar=meta)
        p.add_argument("tickets", type=int, nargs="+", metavar="TICKET")
        p.set_defaults(handler=cmd_ticket)
    p = ticket.add_parser("note", help="an internal note (never sent)")
    p.add_argument("ticket", type=int)
    p.add_argument("text")
    p.set_defaults(handler=cmd_ticket)
    p = ticket.add_parser("merge", help="merge SOURCE into TARGET")
    p.add_argument("source", type=int)
    p.add_argument("target", type=int)
    p.set_defaults(handler=cmd_ticket)
    p = ticket.add_parser("split", help="move a message into a new ticket of its own")
    p.add_argument("message", type=int)
    p.set_defaults(handler=cmd_ticket)
    p = ticket.add_parser("not-spam", help="back to the open queue (and unblock the sender)")
    p.add_argument("tickets", type=int, nargs="+", metavar="TICKET")
    p.set_defaults(handler=cmd_ticket)
    p = ticket.add_parser("block-sender", help="the sender's tickets and future mail go to Spam")
    p.add_argument("tickets", type=int, nargs="+", metavar="TICKET")
    p.set_defaults(handler=cmd_ticket)
    p = ticket.add_parser("language", help="the language replies, templates and saved replies use (en, es)")
    p.add_argument("language", choices=("en", "es"))
    p.add_argument("ticket", type=int)
    p.set_defaults(handler=cmd_ticket)
    p = ticket.add_parser("recipients", help="who a reply goes to, and who else wrote in the ticket")
    p.add_argument("ticket", type=int)
    p.set_defaults(handler=cmd_ticket)
    p = ticket.add_parser("undo", help="undo your last change")
    p.set_defaults(handler=cmd_ticket)

    playbook = _group(sub, "playbook", "guided scripts for hard conversations")
    p = playbook.add_parser("check", help="validate a playbook file (file, line and what is wrong)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_playbook)
    p = playbook.add_parser("list", help="the playbooks that load")
    p.set_defaults(handler=cmd_playbook)
    p = playbook.add_parser("suggest", help="which playbooks fit a ticket")
    p.add_argument("ticket", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_playbook)
    p = playbook.add_parser("start", help="start a playbook on a ticket")
    p.add_argument("ticket", type=int)
    p.add_argument("key")
    p.set_defaults(handler=cmd_playbook)
    p = playbook.add_parser("done", help="mark a step done (refused until what it requires is there)")
    p.add_argument("run", type=int)
    p.add_argument("step")
    p.add_argument("--evidence", help="for steps a person states: the customer's words, what we got wrong...")
    p.set_defaults(handler=cmd_playbook)
    p = playbook.add_parser("skip", help="skip a step, with a reason")
    p.add_argument("run", type=int)
    p.add_argument("step")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_playbook)

    incident = _group(sub, "incident", "crisis mode: one incident, every affected customer")
    message = _group(sub, "message", "a ticket's messages, and any one as it arrived")
    p = message.add_parser("list", help="a ticket's messages: id (for `ticket split`), date, sender, subject")
    p.add_argument("ticket", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_message)
    p = message.add_parser("original", help="save a message exactly as it arrived (.eml), e.g. an unreadable one")
    p.add_argument("message", type=int)
    p.add_argument("file")
    p.set_defaults(handler=cmd_message)

    p = incident.add_parser("declare", help="declare an incident")
    p.add_argument("title")
    p.add_argument("--service")
    p.add_argument("--start", help="when it started (ISO time; default now)")
    p.add_argument("--match", help='whole words and "phrases" (and filters, as in search) that link new tickets '
                   "as they sync in")
    p.set_defaults(handler=cmd_incident)
    p = incident.add_parser("link", help="link tickets (by number or by a search)")
    p.add_argument("incident", type=int)
    p.add_argument("tickets", type=int, nargs="*")
    p.add_argument("--search")
    p.set_defaults(handler=cmd_incident)
    for verb, text in (("update", "one status update to every linked customer, through the gate"),
                       ("resolve", "resolve it (and, with --body-file, tell every linked customer)")):
        p = incident.add_parser(verb, help=text)
        p.add_argument("incident", type=int)
        p.add_argument("--body-file", metavar="F", help="the text; {name}, {ticket}, {subject} are filled per customer")
        p.add_argument("--actions-file", metavar="A.json")
        if verb == "resolve":
            p.add_argument("--summary-file", metavar="F", help="what went wrong and what changed, for the public log")
        p.add_argument("--only", metavar="T1,T2", help="only these tickets of `incident recipients` (trimmed list)")
        p.set_defaults(handler=cmd_incident)
    p = incident.add_parser("recipients", help="exactly who an update goes to, to confirm or trim with --only")
    p.add_argument("incident", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_incident)
    p = incident.add_parser("list", help="incidents and their figures")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_incident)
    p = incident.add_parser("public-log", help="the public note: Markdown and a standalone HTML page")
    p.add_argument("incident", type=int)
    p.add_argument("--markdown", metavar="F.md")
    p.add_argument("--html", metavar="F.html")
    p.add_argument("--lang", choices=("en", "es"), default="en")
    p.set_defaults(handler=cmd_incident)

    export = _group(sub, "export", "review packs for a supervisor offline", metavar="WHAT")
    p = export.add_parser("review-pack", help="a consistent snapshot without credentials (safe while syncing)")
    p.add_argument("file")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only tickets opened since then")
    p.add_argument("--inbox", metavar="NAME")
    p.set_defaults(handler=cmd_review_pack)
    import_ = _group(sub, "import", "bring a review pack's notes back", metavar="WHAT")
    p = import_.add_parser("review-notes", help="merge coaching notes and flags from a pack (twice adds nothing)")
    p.add_argument("file")
    p.set_defaults(handler=cmd_review_pack)

    lesson = _group(sub, "lesson", "what a complaint taught, and telling those who complained")
    p = lesson.add_parser("add", help="record a root cause and the change made")
    p.add_argument("--category")
    p.add_argument("--ticket", type=int)
    p.add_argument("--match", help='whole words and "phrases" the complaints used (the search language); only '
                   "customers whose tickets say so are told")
    p.add_argument("--root-cause", required=True)
    p.add_argument("--change", required=True)
    p.set_defaults(handler=cmd_lesson)
    p = lesson.add_parser("tell", help="tell every linked customer what changed, through the gate")
    p.add_argument("lesson", type=int)
    p.add_argument("--body-file", required=True, metavar="F", help="{name}, {ticket} and {change} are filled in")
    p.add_argument("--actions-file", metavar="A.json")
    p.set_defaults(handler=cmd_lesson)

    p = sub.add_parser("report", help="the supervisor's figures for a period (what the dashboard draws)")
    p.add_argument("--since", metavar="YYYY-MM-DD")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="the last day included (default: today)")
    p.add_argument("--days", type=int, default=30, help="without --since: this many days back")
    p.add_argument("--inbox")
    p.add_argument("--by", metavar="AGENT", help="only this agent's tickets")
    p.add_argument("--json", action="store_true")
    p.add_argument("--csv", action="store_true")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("saved-search", help="save a search as a view: saved-search NAME 'QUERY'")
    p.add_argument("name")
    p.add_argument("query", help="words and filters: from: inbox: status: tag: assignee: priority: before: after:")
    p.set_defaults(handler=cmd_saved_search)

    p = sub.add_parser("check-reply", help="does a reply commit to a concrete action, and say so? (JSON)")
    p.add_argument("file", metavar="FILE", help="the reply's text, or - for standard input")
    p.add_argument("--actions-file", metavar="A.json",
                   help="judge the text with these actions, as `reply --actions-file` takes them")
    p.add_argument("--lang", choices=("es", "en"), default="en",
                   help="the customer's language, for the amounts and dates the reasons name (default: en)")
    p.set_defaults(handler=cmd_check_reply)

    agent = _group(sub, "agent", "agents, supervisors and their limits")
    p = agent.add_parser("add", help="add an agent")
    p.add_argument("name")
    p.add_argument("--email")
    p.add_argument("--supervisor", action="store_true", help="may approve replies and set limits")
    p.add_argument("--role", nargs="?", const="", metavar="ROLE",
                   help="team mode: create the agent's own PostgreSQL login role (default: their name)")
    p.add_argument("--password-stdin", action="store_true", help="with --role: the role's password, read from stdin")
    p.set_defaults(handler=cmd_agent_add)
    p = agent.add_parser("list", help="agents and their limits")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_agent_list)
    p = agent.add_parser("limit", help="what an agent may commit to alone, e.g. `limit Ana refund 150 --currency EUR`")
    p.add_argument("name")
    p.add_argument("kind", help="an action kind with an amount: refund, credit")
    p.add_argument("amount", nargs="?")
    p.add_argument("--currency")
    p.add_argument("--remove", action="store_true", help="lift the limit")
    p.set_defaults(handler=cmd_agent_limit)

    p = sub.add_parser("reply", help="queue a reply through the resolution gate (exit 3 with the reasons if refused)")
    p.add_argument("ticket", type=int)
    p.add_argument("--body-file", required=True, metavar="FILE", help="the reply's text, or - for standard input")
    p.add_argument("--actions-file", metavar="A.json",
                   help='the actions, e.g. [{"kind": "refund", "amount": "45.90", "currency": "EUR", '
                        '"due": "2026-12-01"}]')
    p.add_argument("--attach", action="append", metavar="FILE", help="attach a file (repeatable)")
    p.add_argument("--close-loop", type=int, metavar="ACTION", help="tell the customer this done action is done")
    p.add_argument("--for-review", action="store_true",
                   help="if the gate refuses a reply whose actions are complete, a supervisor decides")
    p.add_argument("--to", action="append", metavar="ADDRESS",
                   help="instead of the ticket's customer (repeatable; `ticket recipients` lists who wrote in it)")
    p.add_argument("--cc", action="append", metavar="ADDRESS", help="a copy to (repeatable)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_reply)

    outbox = _group(sub, "outbox", "replies waiting to go, and sending them")
    p = outbox.add_parser("flush", help="send what is queued, file copies in Sent")
    p.add_argument("--json", action="store_true")
    p.add_argument("--events", action="store_true", help=argparse.SUPPRESS)  # an event line, for the window
    p.set_defaults(handler=cmd_outbox_flush)
    p = outbox.add_parser("list", help="replies not yet sent (or all, with --all)")
    p.add_argument("--all", action="store_true")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_outbox_list)
    for verb, text in (("approve", "a supervisor approves a reply above an agent's limit, or sent for review"),
                       ("return", "a supervisor sends a reply back to its author"),
                       ("resend", "send a delivery-uncertain or failed reply again"),
                       ("mark-sent", "record a delivery-uncertain reply as sent")):
        p = outbox.add_parser(verb, help=text)
        p.add_argument("reply", type=int)
        if verb == "return":
            p.add_argument("--reason", required=True)
        if verb == "approve":
            p.add_argument("--learn", metavar="PHRASE", help="teach the gate that this phrasing states an action")
            p.add_argument("--learn-kind", metavar="KIND", help="the kind of action the phrasing states, e.g. refund")
        p.set_defaults(handler=cmd_outbox_decide)

    action = _group(sub, "action", "promised actions")
    p = action.add_parser("done", help="mark an action done and get the message that closes the loop")
    p.add_argument("action", type=int)
    p.add_argument("--evidence", help="what shows it is done (a transfer reference, a tracking number)")
    p.add_argument("--change", help="what changed because the customer complained")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_action_done)

    p = sub.add_parser("followups", help="promises due and overdue")
    p.add_argument("--mine", action="store_true", help="only the acting agent's")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_followups)

    demo = _group(sub, "demo", "sample data")
    p = demo.add_parser("seed", help="write N realistic sample tickets (marked as sample)")
    p.add_argument("count", type=int)
    p.add_argument("--seed", type=int, default=7, help="random seed; the same seed gives the same tickets")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_demo_seed)
    p = demo.add_parser("remove", help="delete all sample data")
    p.set_defaults(handler=cmd_demo_remove)
    from workstation.team.cli import add_commands as add_team_commands

    add_team_commands(sub, _group)
    return parser


def main(argv: Sequence[str] | None = None, *, head_start: HeadStart | None = None) -> int:
    """Run one command. ``head_start``: the connections the process entry point began to open for a sync."""
    args = build_parser().parse_args(argv)
    args.head_start = head_start
    wire()  # what features do with new mail, for the sync commands (workstation.sync.hooks)
    location = Location.resolve(args.data_dir, args.database)
    handler: Handler = args.handler
    try:
        if getattr(args, "without_store", False):
            return args.handler(args, location)
        store = open_store(location)
        try:
            return handler(args, store)
        finally:
            store.close()
    except Refused as exc:  # e.g. a reply the gate refused: the verdict, for the script that asked
        _print_json(exc.verdict)
        return exc.exit_code
    except MostradorError as exc:
        print(f"mostrador: {exc}", file=sys.stderr)
        return exc.exit_code
    except sa_exc.DBAPIError as exc:
        translated = translate_error(exc, describe(location.database_url))
        if sqlite_result(exc) == SQLITE_CORRUPT and location.sqlite_path is not None:
            from workstation.store import health

            health.mark_damaged(location, str(exc.orig))  # no later start writes to it
            translated = health.damaged(location, str(exc.orig))
        if translated is None:
            raise
        print(f"mostrador: {translated}", file=sys.stderr)
        return translated.exit_code
    except KeyboardInterrupt:
        print("mostrador: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as exc:
        import yaml

        # A supervisor's YAML that cannot be read, raised as it is or wrapped (the gate's lexicons).
        cause = exc if isinstance(exc, yaml.YAMLError) else exc.__cause__
        if not isinstance(cause, yaml.YAMLError):
            raise
        print(f"mostrador: {_yaml_problem(cause, location)}", file=sys.stderr)
        return 1


def _yaml_problem(exc: Exception, location: Location) -> str:
    """One sentence for a supervisor's YAML file that cannot be read (a ``!!python`` tag, broken syntax)."""
    problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
    mark = getattr(exc, "problem_mark", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
    return (f"A YAML file in the data folder {location.data_dir} (lexicons/, actions.yaml, snippets.yaml, "
            f"categories.yaml or playbooks/) cannot be read: {problem}{where}. Only plain YAML is accepted; "
            "correct or remove the file.")
