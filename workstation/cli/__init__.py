"""``python -m workstation``: the headless face of every operation.

Each command opens the store, does one thing, and prints either lines for a
person or, with ``--json``, one JSON document for a script. Environment
problems end with one line naming the cause and what to do, and a non-zero
exit; bugs keep their traceback.

One module per command group (accounts, sync, tickets, replies...); this one holds the parser and
``main`` (the parser class, shared with the worker commands and the window, is in workstation.workers).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from workstation import __version__
from workstation.cli.accounts import (
    cmd_account_add,
    cmd_account_list,
    cmd_account_pause,
    cmd_account_remove,
    cmd_account_resync,
    cmd_account_set,
    cmd_account_sign_in,
    cmd_account_test,
    cmd_account_watch,
)
from workstation.cli.agents import cmd_agent_add, cmd_agent_limit, cmd_agent_list, cmd_agent_log, cmd_agent_switch
from workstation.cli.common import _print_json
from workstation.cli.customers import add_parser as add_customer_parser
from workstation.cli.incidents import cmd_incident, cmd_lesson
from workstation.cli.playbooks import cmd_playbook
from workstation.cli.replies import (
    cmd_action_done,
    cmd_check_reply,
    cmd_followups,
    cmd_outbox_decide,
    cmd_outbox_flush,
    cmd_outbox_list,
    cmd_reply,
)
from workstation.cli.reports import cmd_report, cmd_review_pack
from workstation.cli.store import cmd_check, cmd_demo_remove, cmd_demo_seed, cmd_info, cmd_init
from workstation.cli.sync import cmd_sync
from workstation.cli.tickets import cmd_message, cmd_queue, cmd_saved_search, cmd_ticket
from workstation.mail.endpoints import Security
from workstation.errors import MostradorError, Refused
from workstation.features import wire
from workstation.paths import Location
from workstation.store.db import Store, explain, open_store
from workstation.sync.head_start import HeadStart
from workstation.workers.arguments import OneLineErrorParser

Handler = Callable[[argparse.Namespace, Store], int]


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
    p = account.add_parser("add", help="add an inbox: settings found from the address, both logins tried, "
                                       "then saved (the password or sign-in goes to the keyring)")
    p.add_argument("name")
    p.add_argument("--email", required=True)
    p.add_argument("--display-name")
    p.add_argument("--auth", choices=["auto", "password", "oauth2"], default="auto",
                   help="oauth2: sign in in the browser; auto: OAuth where the provider and a client ID allow it")
    p.add_argument("--provider", default="auto", metavar="google|microsoft|auto|ISSUER-URL",
                   help="who signs you in (an issuer URL is read through OpenID discovery)")
    p.add_argument("--client-id", help="your organisation's OAuth client ID (see the README)")
    p.add_argument("--tenant", help="Microsoft: your tenant (ID or domain; default common)")
    p.add_argument("--client-secret", help="Google: the desktop client's secret (Google does not treat it as "
                                           "confidential; it is kept in the keyring)")
    p.add_argument("--imap-host", help="default: found from the address")
    p.add_argument("--imap-port", type=int)
    p.add_argument("--imap-security", choices=[s.value for s in Security])
    p.add_argument("--smtp-host")
    p.add_argument("--smtp-port", type=int)
    p.add_argument("--smtp-security", choices=[s.value for s in Security])
    p.add_argument("--username", help="login name (default: the e-mail address)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.add_argument("--ca-file", metavar="PEM", help="an extra CA certificate to trust for this account")
    p.add_argument("--no-check", action="store_true", help="save without logging in to the servers first")
    p.set_defaults(handler=cmd_account_add)
    p = account.add_parser("test", help="log in to an inbox's IMAP and SMTP servers and say what worked")
    p.add_argument("name")
    p.set_defaults(handler=cmd_account_test)
    for verb, text in (("pause", "stop syncing an inbox for now"), ("resume", "sync a paused inbox again")):
        p = account.add_parser(verb, help=text)
        p.add_argument("name")
        p.set_defaults(handler=cmd_account_pause)
    p = account.add_parser("sign-in", help="sign an OAuth inbox in again in the browser")
    p.add_argument("name")
    p.set_defaults(handler=cmd_account_sign_in)
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
    p.add_argument("--rename", metavar="NEW_NAME")
    for option in ("email", "imap-host", "smtp-host", "username", "ca-file"):
        p.add_argument(f"--{option}", dest=option.replace("-", "_"))
    p.add_argument("--client-id", dest="oauth_client_id")
    p.add_argument("--tenant", dest="oauth_tenant")
    for option in ("imap-port", "smtp-port"):
        p.add_argument(f"--{option}", dest=option.replace("-", "_"), type=int)
    for option in ("imap-security", "smtp-security"):
        p.add_argument(f"--{option}", dest=option.replace("-", "_"), choices=[s.value for s in Security])
    p.add_argument("--password-stdin", action="store_true", help="a new password, read from standard input")
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
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only tickets opened before that day")
    p.add_argument("--assignee", metavar="AGENT", action="append", default=[],
                   help="only tickets assigned to this agent (repeat for several)")
    p.set_defaults(handler=cmd_review_pack)
    add_customer_parser(sub, _group)

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
    p = agent.add_parser("log", help="who switched the acting agent at a desk, newest first")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_agent_log)
    p = agent.add_parser("switch", help="a SQLite desk with an owner: let another agent act at it (a supervisor's "
                         "choice, recorded); the owner's name switches back")
    p.add_argument("name")
    p.set_defaults(handler=cmd_agent_switch, any_agent=True)
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
            if not getattr(args, "events", False) and not getattr(args, "any_agent", False):
                args.agent = _desk_agent(store, args.agent)
            return handler(args, store)
        finally:
            store.close()
    except Refused as exc:  # e.g. a reply the gate refused: the verdict, for the script that asked
        _print_json(exc.verdict)
        return exc.exit_code
    except MostradorError as exc:
        print(f"mostrador: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("mostrador: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as exc:
        import yaml

        # A database error met outside the store's sessions (they translate their own): damage found marks
        # the store damaged, so that no later start writes to it.
        translated = explain(exc, location)
        if translated is not None:
            print(f"mostrador: {translated}", file=sys.stderr)
            return translated.exit_code

        # A supervisor's YAML that cannot be read, raised as it is or wrapped (the gate's lexicons).
        cause = exc if isinstance(exc, yaml.YAMLError) else exc.__cause__
        if not isinstance(cause, yaml.YAMLError):
            raise
        print(f"mostrador: {_yaml_problem(cause, location)}", file=sys.stderr)
        return 1


def _desk_agent(store: Store, named: str | None) -> str | None:
    """A SQLite desk with an owner acts as whoever acts at it now, not as anyone ``--agent`` or
    $MOSTRADOR_AGENT names (workstation.agents.desk_acting_agent); the window's workers act as nobody."""
    import os

    from workstation.agents import AGENT_ENV, desk_acting_agent

    return desk_acting_agent(store, named or os.environ.get(AGENT_ENV) or None) or named


def _yaml_problem(exc: Exception, location: Location) -> str:
    """One sentence for a supervisor's YAML file that cannot be read (a ``!!python`` tag, broken syntax)."""
    problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
    mark = getattr(exc, "problem_mark", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
    return (f"A YAML file in the data folder {location.data_dir} (lexicons/, actions.yaml, snippets.yaml, "
            f"categories.yaml or playbooks/) cannot be read: {problem}{where}. Only plain YAML is accepted; "
            "correct or remove the file.")
