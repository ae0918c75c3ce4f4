"""An agent named as a person types it: whole name, e-mail, or the first name alone when only one has it."""

from __future__ import annotations

import pytest

from workstation.agents import add_agent, join, resolve_agent
from workstation.errors import InvalidInput, NotFound
from workstation.store.db import Store
from workstation.store.models import Role


@pytest.fixture
def team(sqlite_store: Store) -> Store:
    for name in ("Carmen López", "Carlos Vidal", "Pablo Ruiz", "Pablo Gil"):
        add_agent(sqlite_store, name, None, Role.AGENT)
    return sqlite_store


def test_a_first_name_alone_resolves_when_only_one_agent_has_it(team: Store) -> None:
    assert resolve_agent(team, "carmen").name == "Carmen López"
    assert resolve_agent(team, "Carmen López").name == "Carmen López"


def test_an_unknown_name_lists_the_agents_with_a_code(team: Store) -> None:
    with pytest.raises(NotFound) as caught:
        resolve_agent(team, "Nadie")
    assert caught.value.code == "agent_unknown"
    assert caught.value.params == {"who": "Nadie", "agents": "Carlos Vidal, Carmen López, Pablo Gil, Pablo Ruiz"}
    assert str(caught.value) == ("There is no agent 'Nadie'. The agents are: Carlos Vidal, Carmen López, Pablo Gil, "
                                 "Pablo Ruiz.")


def test_a_shared_first_name_asks_for_the_whole_name(team: Store) -> None:
    with pytest.raises(InvalidInput) as caught:
        resolve_agent(team, "Pablo")
    assert caught.value.code == "agent_ambiguous"
    assert caught.value.params["agents"] == "Pablo Gil, Pablo Ruiz"


def test_joining_is_finding_or_adding(sqlite_store: Store) -> None:
    first = join(sqlite_store, "Marta Sanz")
    assert first.is_supervisor  # the first agent of a store is its owner
    assert join(sqlite_store, "marta").id == first.id
    second = join(sqlite_store, "Luis Pardo")
    assert second.role == Role.AGENT.value
