"""Playbooks: check a file, list them, suggest one for a ticket, run its steps."""

from __future__ import annotations

import argparse
import sys

from workstation.cli.common import _print_json
from workstation.store.db import Store


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
        found = playbooks.suggest_for_ticket(store, library, args.ticket)
        if args.json:
            _print_json([{"key": s.key, "score": s.score, "matched": list(s.matched)} for s in found])
        else:
            print("\n".join(f"{s.key} (score {s.score}: {', '.join(s.matched)})" for s in found)
                  or "No playbook fits this ticket.")
        return 0
    if verb == "start":
        run = playbooks.start(store, args.ticket, args.key, actor=args.agent).run_id
        print(f"Playbook run #{run} on ticket #{args.ticket}.")
        return 0
    if verb == "done":
        state = playbooks.complete_step(store, args.run, args.step, evidence=args.evidence, actor=args.agent)
        print(f"{args.step}: done after {state.minutes} min" + (" (late)" if state.late else "") + ".")
        return 0
    playbooks.skip_step(store, args.run, args.step, args.reason, actor=args.agent)
    print(f"{args.step}: skipped.")
    return 0
