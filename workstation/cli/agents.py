"""Agents and their authority limits."""

from __future__ import annotations

import argparse
import sys

from workstation.cli.common import _print_json
from workstation.errors import InvalidInput
from workstation.store.db import Store


def cmd_agent_add(args: argparse.Namespace, store: Store) -> int:
    from workstation.agents import Role, add_agent

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


def cmd_agent_switch(args: argparse.Namespace, store: Store) -> int:
    from workstation.agents import desk_identity, switch_acting_agent

    identity = desk_identity(store)
    if identity.owner is None:
        raise InvalidInput("This desk has no owner yet, so there is nobody to switch from: --agent names who acts.",
                           hint="The window records the owner: the first agent chosen at the desk.")
    info = switch_acting_agent(store, identity.owner, identity.acting, args.name)
    print(f"{info.name} acts at {identity.owner}'s desk now (recorded; `agent log` lists the switches).")
    return 0


def cmd_agent_log(args: argparse.Namespace, store: Store) -> int:
    from workstation.agents import acting_switches, desk_identity

    switches = acting_switches(store, args.limit)
    identity = desk_identity(store)
    if args.json:
        _print_json([{"at": s.at.isoformat(), "by": s.by, "from": s.from_agent, "to": s.to_agent,
                      "owner": s.owner} for s in switches])
        return 0
    if identity.owner:
        print(f"This desk is {identity.owner}'s; {identity.acting} acts at it now.")
    if not switches:
        print("Nobody has switched the acting agent at a desk yet.")
    for s in switches:
        print(f"{s.at:%Y-%m-%d %H:%M}  {s.from_agent or '-'} → {s.to_agent}  (by {s.by or '-'})")
    return 0
