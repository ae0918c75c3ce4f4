"""Support inboxes: add, list, remove, settings, the folders they sync."""

from __future__ import annotations

import argparse
import sys

from workstation.cli.common import _print_json, _read_text
from workstation.endpoints import Security
from workstation.errors import InvalidInput
from workstation.store.db import Store


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
    from sqlalchemy import select  # the accounts' helper of #19 turns `account set` into a service

    from workstation.store.models import Account

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


def cmd_account_watch(args: argparse.Namespace, store: Store) -> int:
    from workstation.accounts import set_watched

    watched = set_watched(store, args.name, args.folders, watch=args.account_command == "watch")
    print(f"{args.name} syncs: {', '.join(watched)}")
    return 0
