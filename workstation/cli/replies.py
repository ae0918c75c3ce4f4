"""Replies out: the gate, the outbox and its decisions, promises kept and follow-ups."""

from __future__ import annotations

import argparse

from workstation.cli.common import _print_json, _read_actions, _read_text
from workstation.errors import InvalidInput, MostradorError
from workstation.store.db import Store


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


def cmd_reply(args: argparse.Namespace, store: Store) -> int:
    from pathlib import Path

    from workstation.outbox.compose import queue_reply

    actions = _read_actions(args.actions_file)
    purpose = "reply"
    if args.close_loop is not None:
        from workstation.followups import loop_close_action

        actions.append(loop_close_action(store, args.ticket, args.close_loop))
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
    from workstation.outbox.waiting import waiting_replies

    rows = [{"id": r.id, "ticket": r.ticket_id, "state": r.state, "to": list(r.to_addrs), "subject": r.subject,
             "attempts": r.attempts, "next_attempt_at": r.next_attempt_at, "last_error": r.last_error,
             "message_id": r.message_id, "purpose": r.purpose, "review": r.for_review, "why": r.why}
            for r in waiting_replies(store, args.limit, sent=args.all)]
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
    from workstation.agents import acting_name
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
        actor = acting_name(store, args.agent)
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
    from workstation.followups import mark_overdue, open_followups

    mark_overdue(store)
    rows = open_followups(store, agent=args.agent, mine=args.mine, overdue_only=args.overdue)
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
