"""The store itself: create or upgrade it, check its pages, what it holds, sample data."""

from __future__ import annotations

import argparse
import sys

from workstation import __version__
from workstation.cli.common import _print_json, _progress_bar
from workstation.errors import InvalidInput
from workstation.paths import Location
from workstation.store.db import HEAD_REVISION, Store, describe


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
    from workstation.overview import store_counts

    found = store_counts(store)
    counts = {"accounts": found.accounts, "tickets": found.tickets, "messages": found.messages,
              "customers": found.customers, "sample_tickets": found.sample_tickets}
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

    removed = remove_sample_data(store).count
    print(f"Removed {removed} sample tickets and the sample inboxes. Real mail is untouched.")
    return 0
