"""Support inboxes: add, list, remove, settings, the folders they sync."""

from __future__ import annotations

import argparse
import sys

from workstation.cli.common import _print_json, _read_text
from workstation.mail.endpoints import Security
from workstation.errors import InvalidInput
from workstation.store.db import Store


def cmd_account_add(args: argparse.Namespace, store: Store) -> int:
    from workstation import accounts

    request = accounts.NewAccount(
        name=args.name, email=args.email, auth=args.auth, provider=args.provider, client_id=args.client_id,
        tenant=args.tenant, client_secret=args.client_secret, imap_host=args.imap_host, imap_port=args.imap_port,
        imap_security=Security(args.imap_security) if args.imap_security else None, smtp_host=args.smtp_host,
        smtp_port=args.smtp_port, smtp_security=Security(args.smtp_security) if args.smtp_security else None,
        username=args.username, ca_file=args.ca_file, display_name=args.display_name)
    planned = accounts.plan(request)
    if planned.found:
        print(f"Found: {planned.found}")
    for line in (*planned.notes, *([planned.app_password] if planned.app_password else [])):
        print(line)
    password = None
    if planned.spec.auth == "password":
        if not args.password_stdin:
            raise InvalidInput("Give the password on standard input with --password-stdin (never as an argument).")
        password = sys.stdin.readline().rstrip("\r\n")
    account, _check = accounts.set_up(store, planned, password=password, check=not args.no_check,
                                      say=lambda line: print(line, flush=True))
    kept = "its sign-in (refresh token)" if account.auth == "oauth2" else "its password"
    print(f"Added account {account.name!r} ({account.email}); {kept} is in the keyring.")
    return 0


def cmd_account_test(args: argparse.Namespace, store: Store) -> int:
    from workstation.accounts import test_account

    result = test_account(store, args.name)
    for sentence in result.sentences():
        print(sentence)
    return 0 if result.ok else 1


def cmd_account_pause(args: argparse.Namespace, store: Store) -> int:
    from workstation.accounts import set_paused

    paused = args.account_command == "pause"
    set_paused(store, args.name, paused)
    print(f"{args.name} is paused: nothing syncs until `account resume {args.name}`." if paused
          else f"{args.name} syncs again.")
    return 0


def cmd_account_sign_in(args: argparse.Namespace, store: Store) -> int:
    from workstation.accounts import sign_in_again

    print("Waiting for sign-in in your browser…", flush=True)
    sign_in_again(store, args.name)
    print(f"{args.name} is signed in again; it syncs and sends as before.")
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
        sample += f" [{a['state']}]" if a["state"] in ("paused", "sign in again") else ""
        sample += f" (OAuth: {a['provider']})" if a["auth"] == "oauth2" else ""
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

    kept = resync_folder(store, args.name, args.folder).kept
    print(f"{args.name} {args.folder} starts afresh: the next sync reads it again from the server; the {kept} "
          "messages stored before stay, with their tickets.")
    return 0


def cmd_account_set(args: argparse.Namespace, store: Store) -> int:
    from workstation import accounts

    fields = {key: getattr(args, key) for key in accounts.EDITABLE if getattr(args, key, None) is not None}
    fields.pop("display_name", None)  # the name customers see goes with the signature below
    if fields or args.rename:
        accounts.update_settings(store, args.name, new_name=args.rename, **fields)
        args.name = args.rename or args.name
    if args.password_stdin:
        accounts.change_password(store, args.name, sys.stdin.readline().rstrip("\r\n"))
    accounts.set_presentation(store, args.name,
                              signature=_read_text(args.signature_file) if args.signature_file is not None else None,
                              display_name=args.display_name, sla=tuple(args.sla or ()))
    print(f"Updated {args.name}.")
    return 0


def cmd_account_watch(args: argparse.Namespace, store: Store) -> int:
    from workstation.accounts import set_watched

    watched = set_watched(store, args.name, args.folders, watch=args.account_command == "watch")
    print(f"{args.name} syncs: {', '.join(watched)}")
    return 0
