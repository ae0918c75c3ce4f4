"""Alembic environment: runs on the connection handed in by ``open_store``."""

from alembic import context
from sqlalchemy import create_engine

from workstation.store.models import Base
from workstation.store.search import is_search_object

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the alembic command line, for writing revisions
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run_on(connection)
        return
    _run_on(connection)


def _run_on(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=lambda obj, name, type_, reflected, compare_to: not is_search_object(
            name, type_, getattr(getattr(obj, "table", None), "name", None)
        ),
    )
    with context.begin_transaction():
        context.run_migrations()


run()
