"""The ``polku`` command."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

from bot.settings import Settings, SettingsError

log = logging.getLogger("polku")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="polku",
        description="Polku: a Telegram assistant for migrant learners and their counsellors.",
        epilog="Configuration comes from environment variables; see README.md.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser(
        "run",
        help="run the bot against Telegram",
        description=("Run the bot with TELEGRAM_BOT_TOKEN: long polling by default, or a webhook."),
    )
    run.add_argument(
        "--webhook",
        action="store_true",
        help="receive updates on POLKU_WEBHOOK_URL (needs POLKU_WEBHOOK_SECRET)",
    )

    demo = sub.add_parser(
        "demo",
        help="run the bot against the local sandbox",
        description=(
            "Start the sandbox Bot API and chat page, migrate a SQLite database under var/, "
            "invite a demo coordinator and counsellor, and run the bot. No token, no network."
        ),
    )
    demo.add_argument("--host", default="127.0.0.1", help="address to listen on")
    demo.add_argument("--port", type=int, default=8080, help="port of the chat page")

    db = sub.add_parser("db", help="database maintenance", description="Database maintenance.")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_sub.add_parser(
        "upgrade", help="apply migrations", description="Bring POLKU_DATABASE_URL up to date."
    )

    invite = sub.add_parser(
        "invite",
        help="print an invite link",
        description=(
            "Create an invite and print its https://t.me/<bot>?start=<code> link. The first "
            "coordinator is created this way. The code is shown once; only its hash is stored."
        ),
    )
    invite.add_argument("role", choices=["coordinator", "counsellor", "learner"])
    invite.add_argument(
        "--counsellor", type=int, help="a learner invite: the designated counsellor's id"
    )
    invite.add_argument(
        "--uses", type=int, default=1, help="learner invites: how many people may use it"
    )
    invite.add_argument("--hours", type=int, help="how long the invite is valid")

    people = sub.add_parser(
        "people",
        help="list people and their ids",
        description=(
            "List the people who have joined (id, role, name), for example to find a counsellor id."
        ),
    )
    people.add_argument("--role", choices=["coordinator", "counsellor", "learner"])

    outbox = sub.add_parser(
        "outbox",
        help="outbox status and repair",
        description=(
            "Show outbox counts per status, or requeue messages left in doubt by a crash."
        ),
    )
    outbox.add_argument(
        "action", choices=["status", "requeue-in-doubt"], nargs="?", default="status"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``polku`` command."""
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"polku: configuration error: {exc}", file=sys.stderr)
        return 2
    from bot.logs import configure_logging

    secrets = [
        s.get_secret_value()
        for s in (settings.telegram_bot_token, settings.webhook_secret)
        if s is not None
    ]
    configure_logging(settings.log_level, secrets)
    try:
        return _dispatch(args, settings)
    except SettingsError as exc:
        print(f"polku: configuration error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    from bot import commands

    if args.command == "db":
        commands.db_upgrade(settings)
        return 0
    if args.command == "run":
        return commands.run(settings, webhook=args.webhook)
    if args.command == "demo":
        from bot.demo import run_demo

        return asyncio.run(run_demo(settings, host=args.host, port=args.port))
    if args.command == "invite":
        return asyncio.run(
            commands.invite(
                settings, args.role, counsellor=args.counsellor, uses=args.uses, hours=args.hours
            )
        )
    if args.command == "people":
        return asyncio.run(commands.people(settings, args.role))
    if args.command == "outbox":
        return asyncio.run(commands.outbox(settings, args.action))
    raise AssertionError(args.command)
