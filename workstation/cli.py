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
from workstation.errors import InvalidInput, MostradorError
from workstation.paths import Location
from workstation.store.db import HEAD_REVISION, Store, describe, open_store, translate_error
from workstation.store.models import Account, Customer, Message, Security, Ticket

Handler = Callable[[argparse.Namespace, Store], int]


class OneLineErrorParser(argparse.ArgumentParser):
    """argparse, but a wrong flag is one line and exit 2, with a pointer to --help."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


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


def cmd_account_watch(args: argparse.Namespace, store: Store) -> int:
    from workstation.accounts import set_watched

    watched = set_watched(store, args.name, args.folders, watch=args.account_command == "watch")
    print(f"{args.name} syncs: {', '.join(watched)}")
    return 0


def cmd_queue(args: argparse.Namespace, store: Store) -> int:
    from workstation.queue import list_rows, resolve_view

    with store.read() as session:
        rows = list_rows(session, resolve_view(session, args.view), limit=args.limit, search=args.search)
    if args.json:
        _print_json([{
            "id": r.id, "customer": r.customer, "subject": r.subject, "snippet": r.snippet, "inbox": r.inbox,
            "status": r.status.value, "priority": r.priority.value, "assignee": r.assignee, "category": r.category,
            "created_at": r.created_at.isoformat(), "due_at": r.due_at.isoformat() if r.due_at else None,
            "sample": r.is_sample,
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
    from workstation.resolution.gate import check_text

    try:
        text = sys.stdin.read() if args.file == "-" else open(args.file, encoding="utf-8").read()
    except OSError as exc:
        raise InvalidInput(f"Cannot read {args.file}: {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{args.file} is not UTF-8 text.") from exc
    result = check_text(text, extra_lexicons=(store.location.data_dir / "lexicons",))
    _print_json(result.as_dict())
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

    if args.watch:
        return watch(store, args.account, progress=progress, report=lambda line: print(line, flush=True))
    batch_size = args.batch_size or BATCH_SIZE
    if args.events:
        return _sync_events(store, args.account, batch_size)
    summaries, errors = sync_accounts(store, args.account, progress=progress, batch_size=batch_size)
    if args.json:
        _print_json({"accounts": [s.as_dict() for s in summaries], "errors": errors})
    else:
        if not summaries and not errors:
            print("No accounts to sync. Add one with `account add`.")
        for s in summaries:
            print(f"{s.account}: {s.new} new, {s.updated} updated, {s.expunged} expunged, "
                  f"{s.tickets_created} tickets created, {len(s.errors)} errors, {s.seconds:.2f} s")
            for error in s.errors:
                print(f"  {error}")
        for error in errors:
            print(f"mostrador: {error}", file=sys.stderr)
    return 1 if errors else 0


def _sync_events(store: Store, accounts: list[str] | None, batch_size: int) -> int:
    """One JSON object per line: progress as it happens, then the outcome.

    This is how the window runs a sync in a worker process of its own, so
    that parsing and storing never compete with the GUI thread.
    """
    from workstation.sync.connection import SyncError
    from workstation.sync.engine import AccountSync, SyncProgress

    def emit(event: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps(event, ensure_ascii=False, default=str) + "\n")
        sys.stdout.flush()

    def progress(p: SyncProgress) -> None:
        emit({"event": "progress", "account": p.account, "folder": p.folder, "done": p.done, "total": p.total,
              "rate": round(p.rate, 1)})

    failed = False
    for name in accounts or []:
        try:
            summary = AccountSync(store, name, progress=progress, batch_size=batch_size).run()
        except MostradorError as exc:
            failed = True
            emit({"event": "failed", "account": name, "error": str(exc),
                  "retry": exc.retry if isinstance(exc, SyncError) else False})
        else:
            emit({"event": "finished", "account": name, **summary.as_dict()})
    return 1 if failed else 0


# --- parser --------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(prog="python -m workstation", description="Mostrador, headless.")
    parser.add_argument("--version", action="version", version=f"Mostrador {__version__}")
    parser.add_argument("--data-dir", help="folder for the database and backups (default: the user's data dir)")
    parser.add_argument("--database", metavar="URL",
                        help="database URL, e.g. postgresql://user@host/db for a team's shared queue")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=OneLineErrorParser)

    p = sub.add_parser("init", help="create or upgrade the store")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("info", help="paths, schema revision and counts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_info)

    account = sub.add_parser("account", help="support inboxes").add_subparsers(
        dest="account_command", required=True, metavar="ACTION", parser_class=OneLineErrorParser)
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
    p = account.add_parser("remove", help="remove an inbox and its password (tickets stay)")
    p.add_argument("name")
    p.set_defaults(handler=cmd_account_remove)

    p = sub.add_parser("sync", help="fetch mail from the accounts' IMAP servers into the store")
    p.add_argument("--account", action="append", metavar="NAME", help="only this account (repeatable)")
    p.add_argument("--watch", action="store_true", help="keep watching (IMAP IDLE, or polling) after the first pass")
    p.add_argument("--batch-size", type=int, metavar="N",
                   help="messages fetched and committed together (default: the engine's)")
    p.add_argument("--events", action="store_true", help=argparse.SUPPRESS)  # JSON lines, for the window
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("queue", help="the tickets a view shows, in the window's order")
    p.add_argument("--view", default="open", help="open, unassigned, waiting, resolved, all, or an inbox's name")
    p.add_argument("--search", metavar="QUERY", help="full-text search over subject, body and customer")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_queue)

    p = sub.add_parser("check-reply", help="does a reply's text commit to a concrete action? (JSON)")
    p.add_argument("file", metavar="FILE", help="the reply's text, or - for standard input")
    p.set_defaults(handler=cmd_check_reply)

    demo = sub.add_parser("demo", help="sample data").add_subparsers(
        dest="demo_command", required=True, metavar="ACTION", parser_class=OneLineErrorParser)
    p = demo.add_parser("seed", help="write N realistic sample tickets (marked as sample)")
    p.add_argument("count", type=int)
    p.add_argument("--seed", type=int, default=7, help="random seed; the same seed gives the same tickets")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_demo_seed)
    p = demo.add_parser("remove", help="delete all sample data")
    p.set_defaults(handler=cmd_demo_remove)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    location = Location.resolve(args.data_dir, args.database)
    handler: Handler = args.handler
    try:
        store = open_store(location)
        try:
            return handler(args, store)
        finally:
            store.close()
    except MostradorError as exc:
        print(f"mostrador: {exc}", file=sys.stderr)
        return exc.exit_code
    except sa_exc.DBAPIError as exc:
        translated = translate_error(exc, describe(location.database_url))
        if translated is None:
            raise
        print(f"mostrador: {translated}", file=sys.stderr)
        return translated.exit_code
    except KeyboardInterrupt:
        print("mostrador: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
