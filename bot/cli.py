"""The ``polku`` command."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.settings import Settings, SettingsError

log = logging.getLogger("polku")

# Commands that use the configured database without creating it: each checks it first.
# (``run`` checks it itself, after the token; ``db upgrade`` creates it, and ``demo`` uses
# a database of its own.)
_USES_DATABASE = frozenset(
    {
        "invite",
        "people",
        "actions",
        "plan",
        "outbox",
        "purge",
        "availability",
        "appointments",
        "escalations",
        "signals",
        "campaign",
    }
)
# Services log what they do at POLKU_LOG_LEVEL (INFO by default); one-shot commands print
# their answer, so libraries' INFO lines (Alembic's, rasa_sdk's) are noise unless asked for.
_SERVICES = frozenset({"run", "demo", "actions"})


class CommandError(Exception):
    """A command cannot go on; the message is one line for the operator, never a secret."""


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
            "Start the sandbox Bot API and chat page, migrate a SQLite database under var/ "
            "(kept between runs), invite a demo coordinator and counsellor, and run the bot. "
            "No token, no network."
        ),
    )
    demo.add_argument("--host", default="127.0.0.1", help="address to listen on")
    demo.add_argument("--port", type=int, default=8080, help="port of the chat page")
    demo.add_argument(
        "--fresh",
        action="store_true",
        help="start from an empty database (by default var/demo.db is kept between runs)",
    )

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
    people.add_argument(
        "--unassigned",
        action="store_true",
        help="only learners whose counsellor has left (to reassign)",
    )
    people_sub = people.add_subparsers(dest="people_command", metavar="ACTION")
    deactivate = people_sub.add_parser(
        "deactivate",
        help="end a person's access",
        description=(
            "End a person's access at once. A counsellor's learners are listed for "
            "reassignment (they reach the backup counsellor, if one is set, meanwhile)."
        ),
    )
    deactivate.add_argument("person", type=int, help="the person's id (see polku people)")
    activate = people_sub.add_parser(
        "activate",
        help="give a person access again",
        description=(
            "Give back the access of a person whose access ended. No learner is moved to "
            "them: learners who were reassigned stay with their new counsellor."
        ),
    )
    activate.add_argument("person", type=int, help="the person's id (see polku people)")
    reassign = people_sub.add_parser(
        "reassign",
        help="move a counsellor's learners",
        description="Move every learner of one counsellor to another (active) counsellor.",
    )
    reassign.add_argument("--from", dest="from_id", type=int, required=True, help="counsellor id")
    reassign.add_argument("--to", dest="to_id", type=int, required=True, help="counsellor id")
    backup = people_sub.add_parser(
        "backup",
        help="set a learner's backup counsellor",
        description="Set the counsellor who stands in when the designated one has left.",
    )
    backup.add_argument("--learner", type=int, required=True, help="the learner's id")
    backup.add_argument("--counsellor", type=int, required=True, help="the backup's id")

    actions = sub.add_parser(
        "actions",
        help="serve the Rasa actions",
        description=(
            "Serve Polku's Rasa SDK actions as a standard Rasa action server (/webhook, "
            "/actions, /health). Listens on 127.0.0.1 unless told otherwise; set a shared "
            "token with POLKU_ACTIONS_TOKEN (or --token), since the protocol has no "
            "authentication of its own."
        ),
    )
    actions.add_argument("--host", default="127.0.0.1", help="address to listen on")
    actions.add_argument("--port", type=int, default=5055, help="port to listen on")
    actions.add_argument("--token", help="shared token (default: $POLKU_ACTIONS_TOKEN)")

    plan = sub.add_parser(
        "plan",
        help="learners' plans",
        description=(
            "Show and change learners' plans, and import steps for many learners from CSV."
        ),
    )
    plan_sub = plan.add_subparsers(dest="plan_command", required=True, metavar="ACTION")
    show = plan_sub.add_parser("show", help="show a plan", description="Show a learner's plan.")
    show.add_argument("learner", type=int, help="the learner's id (see polku people)")
    add = plan_sub.add_parser(
        "add",
        help="add a step",
        description=(
            "Add a step to a learner's plan. Reminders follow once the plan is confirmed."
        ),
    )
    add.add_argument("learner", type=int, help="the learner's id")
    add.add_argument("--type", required=True, help="step type, e.g. cv, language_course")
    add.add_argument("--due", help="due date, YYYY-MM-DD")
    add.add_argument("--time", help="due time, HH:MM (the learner's time zone)")
    add.add_argument("--place", help="place or link")
    add.add_argument("--note", help="a short note for the learner")
    done = plan_sub.add_parser("done", help="mark a step done", description="Mark a step done.")
    done.add_argument("step", type=int, help="the step's id (see plan show)")
    confirm = plan_sub.add_parser(
        "confirm",
        help="confirm a plan",
        description=("Confirm a learner's plan: the learner sees it and reminders start."),
    )
    confirm.add_argument("learner", type=int, help="the learner's id")
    imp = plan_sub.add_parser(
        "import",
        help="import steps from CSV",
        description=(
            "Import steps from a CSV file with the columns learner_id, type, due_date "
            "(YYYY-MM-DD), due_time (HH:MM), place, note. Every rejected row is reported; "
            "with --dry-run nothing is changed."
        ),
    )
    imp.add_argument("file", help="the CSV file (UTF-8)")
    imp.add_argument("--dry-run", action="store_true", help="check only, change nothing")

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

    health = sub.add_parser(
        "health",
        help="is the database there and the work flowing?",
        description=(
            "Report the database (reachable, migrations at head), the outbox's due rows and "
            "the oldest one's age, rows in doubt and unhandled updates. Exits 1 when "
            "something is beyond the POLKU_HEALTH_* limits, 0 when healthy."
        ),
    )
    health.add_argument("--json", action="store_true", help="one JSON object, as /healthz")

    purge = sub.add_parser(
        "purge",
        help="let go of old data",
        description=(
            "Blank the content of finished outbox messages, drop abandoned dialogues and "
            "handled updates older than POLKU_RETENTION_DAYS; print the counts per kind."
        ),
    )
    purge.add_argument("--dry-run", action="store_true", help="count only, change nothing")

    lint = sub.add_parser(
        "lint-locales",
        help="check the messages' completeness and plain language",
        description=(
            "Check every locale against English (message ids, variables) and against the "
            "plain-language rules in locales/plain-language.yml; print a table per locale. "
            "Exit status 1 when something fails. Needs no configuration or database."
        ),
    )
    lint.add_argument("--locales", type=Path, help="the locales folder (default: the bot's)")

    from bot.appointments.cli import add_parsers as add_appointment_parsers

    add_appointment_parsers(sub)
    from bot.motivation.cli import add_parsers as add_motivation_parsers

    add_motivation_parsers(sub)
    from bot.campaigns.cli import add_parsers as add_campaign_parsers

    add_campaign_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``polku`` command."""
    args = _parser().parse_args(argv)
    if args.command == "lint-locales":
        from bot import lint_locales

        return lint_locales.run(args.locales or lint_locales.LOCALES_DIR)
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
    action_tokens = (getattr(args, "token", None), os.environ.get("POLKU_ACTIONS_TOKEN"))
    secrets += [t for t in action_tokens if t]
    configure_logging(log_level(settings, args.command), secrets, settings.log_format)
    try:
        return _dispatch(args, settings)
    except SettingsError as exc:
        print(f"polku: configuration error: {exc}", file=sys.stderr)
        return 2
    except CommandError as exc:
        print(f"polku: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def log_level(settings: Settings, command: str) -> str:
    """POLKU_LOG_LEVEL if set; else its default for services, WARNING for one-shot commands."""
    if command in _SERVICES or "log_level" in settings.model_fields_set:
        return settings.log_level
    return "WARNING"


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    from bot import commands

    if args.command in _USES_DATABASE:
        commands.require_database(settings)
    if args.command == "db":
        commands.db_upgrade(settings)
        return 0
    if args.command == "run":
        return commands.run(settings, webhook=args.webhook)
    if args.command == "demo":
        from bot.demo import run_demo

        return asyncio.run(run_demo(settings, host=args.host, port=args.port, fresh=args.fresh))
    if args.command == "invite":
        return asyncio.run(
            commands.invite(
                settings, args.role, counsellor=args.counsellor, uses=args.uses, hours=args.hours
            )
        )
    if args.command == "people":
        if args.people_command:
            return asyncio.run(commands.staff(settings, args))
        return asyncio.run(commands.people(settings, args.role, unassigned=args.unassigned))
    if args.command == "actions":
        return commands.actions(settings, host=args.host, port=args.port, token=args.token)
    if args.command == "plan":
        return asyncio.run(commands.plan(settings, args))
    if args.command == "outbox":
        return asyncio.run(commands.outbox(settings, args.action))
    if args.command == "health":
        return asyncio.run(commands.health(settings, as_json=args.json))
    if args.command == "purge":
        return asyncio.run(commands.purge(settings, dry_run=args.dry_run))
    if args.command in ("availability", "appointments"):
        from bot.appointments import cli as appointments_cli

        return asyncio.run(appointments_cli.run(settings, args))
    if args.command in ("escalations", "signals"):
        from bot.motivation import cli as motivation_cli

        return asyncio.run(motivation_cli.run(settings, args))
    if args.command == "campaign":
        from bot.campaigns import cli as campaign_cli

        return asyncio.run(campaign_cli.run(settings, args))
    raise AssertionError(args.command)
