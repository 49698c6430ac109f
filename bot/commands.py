"""What the ``polku`` subcommands do (the parser lives in :mod:`bot.cli`)."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from datetime import date, time, timedelta
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from telegram import Bot
from telegram.error import InvalidToken, TelegramError

from bot.cli import CommandError
from bot.core import open_core
from bot.onboarding import InviteError
from bot.plan.book import NewStep, PlanError
from bot.plan.csv_import import import_steps
from bot.settings import Settings, SettingsError
from bot.staff import StaffError
from store.db import transaction
from store.inbox import InboxRepository
from store.migrations import DatabaseNotReady, check_ready, upgrade
from store.models import Person, Role, StepStatus
from store.outbox import OutboxRepository
from store.people import PeopleRepository
from store.plans import PlanRepository


def db_upgrade(settings: Settings) -> None:
    """Apply all migrations to the configured database (creating a SQLite file)."""
    try:
        upgrade(settings.database_url)
    except DatabaseNotReady as exc:
        raise CommandError(str(exc)) from None
    print("database is up to date")


def require_database(settings: Settings) -> None:
    """Stop a command whose database is missing, unreachable or not up to date.

    Every command that uses the database but does not make it calls this first; it creates
    nothing (no SQLite file, no folder).

    Raises:
        CommandError: one line saying what is wrong and what to do.
    """
    try:
        asyncio.run(check_ready(settings.database_url))
    except DatabaseNotReady as exc:
        raise CommandError(str(exc)) from None


def actions(settings: Settings, *, host: str, port: int, token: str | None) -> int:
    """Serve the Rasa actions until interrupted."""
    from bot import action_server

    token = token or os.environ.get(action_server.TOKEN_ENV) or None
    action_server.run(settings, host=host, port=port, token=token)
    return 0


def run(settings: Settings, *, webhook: bool) -> int:
    """Run the bot against Telegram until interrupted."""
    from bot.telegram.app import ALLOWED_UPDATES, build_application

    settings.token  # noqa: B018 - fails early, naming TELEGRAM_BOT_TOKEN, when missing
    require_database(settings)
    app = build_application(settings, rate_limiter=True, webhook=webhook)
    if not webhook:
        app.run_polling(allowed_updates=ALLOWED_UPDATES)
        return 0
    if settings.webhook_url is None:
        raise SettingsError("POLKU_WEBHOOK_URL: not set (needed with --webhook)")
    if settings.webhook_secret is None:
        raise SettingsError("POLKU_WEBHOOK_SECRET: not set (needed with --webhook)")
    from bot.telegram.webhook import WebhookOptions, WebhookRefused, run_webhook

    options = WebhookOptions(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url=settings.webhook_url,
        path=urlsplit(settings.webhook_url).path or "/",
        secret=settings.webhook_secret.get_secret_value(),
        allowed_updates=ALLOWED_UPDATES,
    )
    try:
        run_webhook(app, options)
    except WebhookRefused as exc:
        raise CommandError(str(exc)) from None
    return 0


async def bot_username(settings: Settings) -> str:
    """The bot's username: from settings, or asked of the Bot API.

    Raises:
        CommandError: Telegram cannot be asked (the message never carries the token).
    """
    if settings.telegram_bot_username:
        return settings.telegram_bot_username
    try:
        async with Bot(
            settings.token,
            base_url=settings.telegram_api_base_url,
            base_file_url=settings.telegram_api_base_file_url,
        ) as bot:
            return bot.username
    except InvalidToken:
        raise CommandError("Telegram refused TELEGRAM_BOT_TOKEN") from None
    except TelegramError as exc:
        # The exception's text is not shown: some of Telegram's errors quote the token.
        raise CommandError(
            f"cannot ask Telegram for the bot's username ({type(exc).__name__}): "
            "set TELEGRAM_BOT_USERNAME or check the connection"
        ) from None


async def invite(
    settings: Settings, role: str, *, counsellor: int | None, uses: int, hours: int | None
) -> int:
    """Create an invite and print its link."""
    core = open_core(settings, bot_username=await bot_username(settings))
    try:
        issued = await core.onboarding.issue(
            role=Role(role),
            issuer=None,
            counsellor_id=counsellor,
            via="cli",
            uses=uses,
            ttl=timedelta(hours=hours) if hours else None,
        )
    except InviteError as exc:
        print(f"polku: cannot create the invite: {exc}", file=sys.stderr)
        return 2
    finally:
        await core.close()
    print(issued.link)
    print(
        f"role={issued.role.value} uses={issued.uses} "
        f"expires={issued.expires_at.isoformat(timespec='minutes')}",
        file=sys.stderr,
    )
    return 0


def _person_line(person: Person) -> str:
    return f"{person.id}\t{person.role.value}\t{person.language}\t{person.display_name}"


async def people(settings: Settings, role: str | None, *, unassigned: bool = False) -> int:
    """Print the active people: id, role, language, name (``unassigned``: learners to move)."""
    core = open_core(settings, bot_username="-")
    try:
        async with transaction(core.sessions) as session:
            repo = PeopleRepository(session)
            if unassigned:
                if role not in (None, Role.LEARNER.value):
                    raise CommandError("--unassigned lists learners only")
                for person in await repo.unassigned_learners():
                    print(_person_line(person))
                return 0
            roles = [Role(role)] if role else list(Role)
            for each in roles:
                for person in await repo.with_role(each):
                    print(_person_line(person))
    finally:
        await core.close()
    return 0


async def staff(settings: Settings, args: argparse.Namespace) -> int:
    """``polku people deactivate|activate|reassign|backup``."""
    core = open_core(settings, bot_username="-")
    staff = core.onboarding.staff
    try:
        if args.people_command == "deactivate":
            done = await staff.deactivate(args.person)
            print(f"deactivated {done.person.id} ({done.person.role.value})")
            if done.learners:
                hint = f"polku people reassign --from {done.person.id} --to ID"
                print(f"learners to reassign ({hint}):")
                for learner in done.learners:
                    print(_person_line(learner))
        elif args.people_command == "activate":
            person, waiting = await staff.activate(args.person)
            print(f"activated {person.id} ({person.role.value})")
            if person.role is Role.COUNSELLOR:
                # Nothing moves back by itself: say so, and how to move learners.
                print(
                    f"{waiting} learners still have them as counsellor; learners moved to "
                    f"others stay there (polku people reassign --from ID --to {person.id})"
                )
        elif args.people_command == "reassign":
            moved = await staff.reassign(args.from_id, args.to_id)
            print(f"moved {len(moved)} learners from {args.from_id} to {args.to_id}")
        else:
            await staff.set_backup(args.learner, args.counsellor)
            print(f"backup of learner {args.learner} is counsellor {args.counsellor}")
    except StaffError as exc:
        raise CommandError(str(exc)) from None
    finally:
        await core.close()
    return 0


async def outbox(settings: Settings, action: str) -> int:
    """Print outbox counts per status, or requeue the rows in doubt."""
    core = open_core(settings, bot_username="-")
    try:
        async with transaction(core.sessions) as session:
            repo = OutboxRepository(session)
            if action == "requeue-in-doubt":
                print(f"requeued={await repo.requeue_in_doubt(core.clock.now())}")
            for status, count in sorted((await repo.counts()).items()):
                print(f"{status.value}\t{count}")
            print(f"held_for_blocked\t{await repo.held()}")
            print(f"inbox_unhandled\t{await InboxRepository(session).pending_count()}")
            # Ids, kinds and times only: what an operator needs to check with Telegram.
            for row in await repo.in_doubt():
                print(
                    f"in_doubt id={row.id} kind={row.kind} person={row.person_id} "
                    f"chat={row.chat_id} created={row.created_at.isoformat()} "
                    f"error={row.last_error}"
                )
    finally:
        await core.close()
    return 0


async def health(settings: Settings, *, as_json: bool) -> int:
    """``polku health [--json]``: 0 when healthy, 1 when not (the report says why)."""
    import json

    from bot.clock import SystemClock
    from bot.health import check_settings, describe

    report = await check_settings(settings, SystemClock())
    if as_json:
        print(json.dumps(report.to_json(), sort_keys=True))
    else:
        print("\n".join(describe(report)))
    return 0 if report.healthy else 1


async def purge(settings: Settings, *, dry_run: bool) -> int:
    """``polku purge [--dry-run]``: what the retention job removes, counted per kind."""
    from bot.clock import SystemClock
    from bot.retention import Retention
    from store.db import create_engine, create_sessionmaker

    engine = create_engine(settings.database_url)
    try:
        retention = Retention(
            create_sessionmaker(engine), SystemClock(), timedelta(days=settings.retention_days)
        )
        purged = await retention.purge(dry_run=dry_run)
    finally:
        await engine.dispose()
    if dry_run:
        print(f"dry run: older than {settings.retention_days} days, nothing changed")
    for kind, count in purged.counts().items():
        print(f"{kind}\t{count}")
    return 0


async def plan(settings: Settings, args: argparse.Namespace) -> int:
    """``polku plan show|add|done|confirm|import``."""
    core = open_core(settings, bot_username="-")
    book = core.plans.book
    try:
        if args.plan_command == "import":
            text = await asyncio.to_thread(Path(args.file).read_text, encoding="utf-8-sig")
            report = await import_steps(book, text, dry_run=args.dry_run)
            for line in report.lines(args.dry_run):
                print(line)
            return 1 if report.rejected else 0
        async with transaction(core.sessions) as session:
            people = PeopleRepository(session)
            plans = PlanRepository(session)
            if args.plan_command == "done":
                step = await plans.step(args.step)
                if step is None:
                    print(f"polku: no step {args.step}", file=sys.stderr)
                    return 2
                await book.set_status(session, step, StepStatus.DONE, None)
                print(f"step {step.id} done")
                return 0
            learner = await people.get(args.learner)
            if learner is None or learner.role is not Role.LEARNER:
                print(f"polku: no learner with id {args.learner}", file=sys.stderr)
                return 2
            if args.plan_command == "add":
                new = NewStep(
                    step_type=args.type,
                    due=date.fromisoformat(args.due) if args.due else None,
                    at=time.fromisoformat(args.time) if args.time else None,
                    note=args.note,
                    place=args.place,
                )
                step = await book.add(session, learner, new, None)
                print(f"added step {step.id}")
                return 0
            if args.plan_command == "confirm":
                confirmed = await book.confirm(session, learner)
                print("confirmed" if confirmed else "nothing to confirm")
                return 0
            current = await plans.plan(learner.id)
            confirmed_at = current.confirmed_at if current else None
            print(
                f"learner {learner.id} path={current.path if current else '-'} "
                f"confirmed={'yes' if confirmed_at else 'no'}"
            )
            zone = ZoneInfo(learner.time_zone)
            for step in await plans.steps(learner.id):
                due = "-"
                if step.due_at is not None:
                    shape = "%Y-%m-%d %H:%M" if step.due_has_time else "%Y-%m-%d"
                    due = step.due_at.astimezone(zone).strftime(shape)
                print(f"{step.id}\t{step.position}\t{step.step_type}\t{due}\t{step.status.value}")
            return 0
    except (PlanError, ValueError) as exc:
        print(f"polku: {exc}", file=sys.stderr)
        return 2
    finally:
        await core.close()
