"""Alembic migrations, run programmatically (``polku db upgrade``) or with ``alembic``."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from store.db import sqlite_file

HERE = Path(__file__).resolve().parent
UPGRADE_HINT = "run `polku db upgrade`"


class DatabaseNotReady(Exception):
    """The database cannot be used as it is; the message is one line saying what to do."""


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at these migrations and ``url``."""
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database at ``url`` up to ``revision`` (blocking; not inside a running loop).

    A new SQLite database's folder is created here, and nowhere else.

    Raises:
        DatabaseNotReady: the database cannot be reached.
    """
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    with reaching(url):
        command.upgrade(alembic_config(url), revision)


async def upgrade_async(url: str, revision: str = "head") -> None:
    """Run :func:`upgrade` in a worker thread, for callers inside an event loop."""
    await asyncio.to_thread(upgrade, url, revision)


async def is_current(url: str) -> bool:
    """Whether the database at ``url`` is at the newest migration."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from store.db import create_engine

    heads = set(ScriptDirectory.from_config(alembic_config(url)).get_heads())
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            current = await connection.run_sync(
                lambda sync: set(MigrationContext.configure(sync).get_current_heads())
            )
    finally:
        await engine.dispose()
    return current == heads


async def check_ready(url: str) -> None:
    """Check that the database at ``url`` exists, answers and is at the newest migration.

    Creates nothing: a SQLite file that is not there is not made by looking for it.

    Raises:
        DatabaseNotReady: it is missing, unreachable or not up to date.
    """
    path = sqlite_file(url)
    if path is not None and not path.is_file():
        raise DatabaseNotReady(f"no database at {path}: {UPGRADE_HINT}")
    with reaching(url):
        current = await is_current(url)
    if not current:
        raise DatabaseNotReady(f"the database is not up to date: {UPGRADE_HINT}")


@contextmanager
def reaching(url: str) -> Iterator[None]:
    """Turn a failure to reach the database into one :class:`DatabaseNotReady` line."""
    try:
        yield
    except (OSError, DBAPIError) as exc:
        raise DatabaseNotReady(
            f"cannot use the database {where(url)}: {_reason(url, exc)}"
        ) from None


def where(url: str) -> str:
    """The database of ``url`` for a message: a file, or host, port and name; no credentials."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "(malformed POLKU_DATABASE_URL)"
    return f"{parsed.get_backend_name()} at {parsed.host}:{parsed.port or 5432}/{parsed.database}"


def _reason(url: str, exc: BaseException) -> str:
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(cause).strip().splitlines()
    reason = lines[0] if lines else type(cause).__name__
    password = make_url(url).password if not sqlite_file(url) else None
    return reason.replace(str(password), "***") if password else reason
