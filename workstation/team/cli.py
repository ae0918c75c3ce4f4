"""``python -m workstation team ...``: set up a team database and move a desk into it."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workstation.paths import Location


def cmd_team_init(args: argparse.Namespace, location: Location) -> int:
    from workstation.store.db import describe
    from workstation.team.moving import init

    group = init(args.url)
    print(f"The team database {describe(args.url)} is ready; its agents' roles join {group}.")
    print("Next: `agent add NAME --role` for each person (as this administrator), then start each desk with "
          "--database postgresql://ROLE@HOST/DATABASE.")
    return 0


def cmd_team_move(args: argparse.Namespace, location: Location) -> int:
    from workstation.store.db import describe, open_store
    from workstation.team.moving import move_desk

    if location.sqlite_path is None:
        print("mostrador: a desk moves from its own SQLite store: give --data-dir, not --database.", file=sys.stderr)
        return 2
    if not location.sqlite_path.exists():
        print(f"mostrador: there is no desk at {location.sqlite_path}.", file=sys.stderr)
        return 1
    source = open_store(location)
    try:
        target = open_store(Location(location.data_dir, args.url), watch_health=False)
        try:
            moved = move_desk(source, target)
        finally:
            target.close()
    finally:
        source.close()
    where = describe(args.url)
    print(f"This desk was already moved into {where}; the counts still match:" if moved.already
          else f"Moved this desk into {where}; every table's rows counted on both sides:")
    for name, count in moved.counts.items():
        if count:
            print(f"  {name:<20} {count:>9,}")
    return 0


def add_commands(sub: Any, group: Any) -> None:
    """The ``team`` commands, under the main parser's subcommands ``sub`` (``group``: cli._group)."""
    team = group(sub, "team", "several desks on one PostgreSQL database")
    p = team.add_parser("init", help="create the team's database, schema and group role (as its administrator)")
    p.add_argument("url", metavar="postgresql://ADMIN@HOST/DATABASE")
    p.set_defaults(handler=cmd_team_init, without_store=True)
    p = team.add_parser("move", help="copy this desk's SQLite store (--data-dir) into an empty team database, "
                                      "checked by counts; again: checks and copies nothing")
    p.add_argument("url", metavar="postgresql://ADMIN@HOST/DATABASE")
    p.set_defaults(handler=cmd_team_move, without_store=True)
