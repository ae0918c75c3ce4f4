"""Figures and review packs: the dashboard's report, the pack a supervisor takes away and its notes."""

from __future__ import annotations

import argparse
import sys

from workstation.cli.common import _print_json
from workstation.errors import InvalidInput
from workstation.store.db import Store


def cmd_report(args: argparse.Namespace, store: Store) -> int:
    from datetime import date

    from workstation.reports import compute, period, to_csv

    try:
        since, until = period(date.fromisoformat(args.since) if args.since else None,
                              date.fromisoformat(args.until) if args.until else None, days=args.days)
    except ValueError as exc:
        raise InvalidInput(f"A date is not valid ({exc}); use YYYY-MM-DD.") from None
    report = compute(store, since, until, inbox=args.inbox, agent=args.by)
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
        until = None
        if args.until:
            try:
                until = datetime.combine(date.fromisoformat(args.until), time(0)).astimezone()
            except ValueError:
                raise InvalidInput(f"--until {args.until}: use YYYY-MM-DD.") from None
        info = review_pack.export(store, Path(args.file), since=since, inbox=args.inbox, author=args.agent,
                                  until=until, assignees=args.assignee)
        print(f"Review pack {args.file}: {info.tickets} tickets, no credentials. Open it with "
              f"`python main.py --review {args.file}`.")
        return 0
    result = review_pack.import_notes(store, Path(args.file))
    print(f"Imported {result.added} coaching notes and flags ({result.already} were imported before"
          + (f"; {result.skipped} left out: malformed, or on tickets that were not in the pack" if result.skipped
             else "") + ").")
    return 0
