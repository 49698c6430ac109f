"""``polku campaign create|list|show|preview|send|cancel|report``.

Scripts depend on these: ``create`` prints the new id on its last line, and the options
and the ``report --json`` keys only ever grow.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

from bot.cli import CommandError
from bot.settings import Settings
from store.campaigns import OUTCOMES, Report
from store.models import Campaign


def add_parsers(sub: Any) -> None:
    """Add the ``campaign`` command to the ``polku`` parser."""
    campaign = sub.add_parser(
        "campaign",
        help="reminder campaigns to groups of learners",
        description=(
            "Create, preview, send, cancel and report reminder campaigns. The campaign file "
            "format is described in bot/campaigns/README.md."
        ),
    )
    actions = campaign.add_subparsers(dest="campaign_command", required=True, metavar="ACTION")
    create = actions.add_parser(
        "create",
        help="create a campaign from a YAML file",
        description=(
            "Check a campaign file and store it as a draft; the new id is on the last line. "
            "Nothing is sent before 'polku campaign send ID --yes'."
        ),
    )
    create.add_argument("file", help="the campaign file (YAML, UTF-8)")
    create.add_argument("--by", type=int, help="the coordinator who gets the reports (an id)")
    actions.add_parser("list", help="list campaigns", description="List campaigns, newest first.")
    for name, text in [
        ("show", "show a campaign's settings and texts"),
        ("preview", "audience per language and one example per text"),
        ("cancel", "cancel a campaign: what has not gone yet never goes"),
    ]:
        action = actions.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        action.add_argument("id", type=int, help="the campaign's id (see polku campaign list)")
    send = actions.add_parser(
        "send",
        help="send a campaign",
        description=(
            "Confirm a draft campaign: it goes at its send_at (now if absent or past), outside "
            "each learner's quiet hours. Without --yes it shows the preview and asks."
        ),
    )
    send.add_argument("id", type=int, help="the campaign's id")
    send.add_argument("--yes", action="store_true", help="send without asking")
    report = actions.add_parser(
        "report",
        help="delivery report",
        description=(
            "How a campaign went: sent, failed, blocked, muted, pending, in doubt (may have "
            "arrived: not sent again, see polku outbox), by language, and the button answers. "
            "--csv: one row per learner and occurrence; --json: the counts."
        ),
    )
    report.add_argument("id", type=int, help="the campaign's id")
    output = report.add_mutually_exclusive_group()
    output.add_argument("--csv", action="store_true", help="CSV, one row per delivery")
    output.add_argument("--json", action="store_true", help="JSON object of counts")


def report_json(campaign: Campaign, report: Report) -> dict[str, Any]:
    """The counts of ``polku campaign report --json`` (keys only ever grow)."""
    labels = campaign.buttons.get(campaign.fallback, [])
    return {
        "id": campaign.id,
        "name": campaign.name,
        "status": campaign.status.value,
        "audience": report.audience,
        **{name: report.count(name) for name in OUTCOMES},
        "fell_back": report.fell_back,
        "by_language": {
            language: {name: counts.get(name, 0) for name in OUTCOMES}
            for language, counts in sorted(report.by_language.items())
        },
        "answers": {
            str(n): {
                "label": labels[n - 1] if n <= len(labels) else None,
                "count": report.answers.get(n, 0),
            }
            for n in range(1, len(labels) + 1)
        },
    }


async def run(settings: Settings, args: argparse.Namespace) -> int:
    """Run ``polku campaign ...``."""
    from bot.campaigns.file import CampaignFileError, load_campaign_file
    from bot.campaigns.service import CampaignError
    from bot.core import open_core

    core = open_core(settings, bot_username="-")
    service = core.campaigns
    command = args.campaign_command
    try:
        if command == "create":
            try:
                spec = load_campaign_file(Path(args.file))
            except CampaignFileError as exc:
                print(exc, file=sys.stderr)
                raise CommandError(f"{args.file}: not created (see above)") from None
            if args.by is not None:
                await _check_staff(core, args.by)
            campaign = await service.create(spec, created_by=args.by)
            print(
                f"created campaign {campaign.id}: {campaign.name} (draft; send with "
                f"polku campaign send {campaign.id} --yes)"
            )
            print(campaign.id)
            return 0
        if command == "list":
            found = await service.all()
            if not found:
                print("no campaigns")
            for c in found:
                print(
                    f"{c.id}\t{c.status.value}\t{c.send_at.isoformat()}\t{c.repeat.value}\t{c.name}"
                )
            return 0
        if command == "show":
            campaign = await service.get(args.id)
            _show(campaign)
            return 0
        if command == "preview":
            await _preview(service, args.id)
            return 0
        if command == "send":
            campaign = await service.get(args.id)
            if not args.yes:
                count = await _preview(service, args.id)
                answer = _ask(f"Send campaign {campaign.id} to {count} learners? [y/N] ")
                if answer not in ("y", "yes"):
                    print("not sent")
                    return 1
            await service.confirm(args.id)
            print(f"campaign {args.id} scheduled for {campaign.send_at.isoformat()}")
            return 0
        if command == "cancel":
            cancelled = await service.cancel(args.id)
            print(f"campaign {args.id} cancelled; {cancelled} messages will not be sent")
            return 0
        campaign = await service.get(args.id)
        if args.csv:
            writer = csv.writer(sys.stdout)
            writer.writerow(
                [
                    "occurrence",
                    "learner_id",
                    "language",
                    "fallback",
                    "outcome",
                    "answer",
                    "answered_at",
                ]
            )
            for delivery, outcome in await service.deliveries(args.id):
                writer.writerow(
                    [
                        delivery.occurrence,
                        delivery.learner_id,
                        delivery.language,
                        int(delivery.fell_back),
                        outcome,
                        delivery.answer or "",
                        delivery.answered_at.isoformat() if delivery.answered_at else "",
                    ]
                )
            return 0
        counts = report_json(campaign, await service.report(args.id))
        if args.json:
            print(json.dumps(counts, indent=2, ensure_ascii=False))
            return 0
        _print_report(counts)
        return 0
    except CampaignError as exc:
        raise CommandError(_ERRORS.get(exc.reason, exc.reason).format(id=exc.campaign_id)) from None
    finally:
        await core.close()


_ERRORS = {
    "not_found": "no campaign with id {id} (see polku campaign list)",
    "not_draft": "campaign {id} was sent or cancelled already",
    "finished": "campaign {id} is finished already",
}


async def _check_staff(core: Any, person_id: int) -> None:
    from store.models import Role
    from store.people import PeopleRepository

    async with core.sessions() as session:
        person = await PeopleRepository(session).get(person_id)
    if person is None or person.role not in (Role.COORDINATOR, Role.COUNSELLOR):
        raise CommandError(f"--by {person_id}: no coordinator or counsellor with this id")


def _ask(prompt: str) -> str:
    try:
        return input(prompt).strip().lower()
    except EOFError:
        return ""


def _show(campaign: Campaign) -> None:
    print(f"campaign {campaign.id}: {campaign.name}")
    print(f"status: {campaign.status.value}")
    print(f"send_at: {campaign.send_at.isoformat()}")
    print(f"repeat: {campaign.repeat.value}")
    if campaign.until is not None:
        print(f"until: {campaign.until.isoformat()}")
    if campaign.next_at is not None:
        print(f"next: {campaign.next_at.isoformat()} (occurrence {campaign.next_occurrence})")
    print(f"audience: {json.dumps(campaign.audience, sort_keys=True, ensure_ascii=False)}")
    print(f"fallback: {campaign.fallback}")
    for language, text in sorted(campaign.messages.items()):
        print(f"message {language}: {text}")
    for language, labels in sorted(campaign.buttons.items()):
        print(f"buttons {language}: {' | '.join(labels)}")


async def _preview(service: Any, campaign_id: int) -> int:
    preview = await service.preview(campaign_id)
    print(f"audience: {preview.audience} learners")
    for language, count in sorted(preview.by_language.items()):
        fallback = preview.fell_back.get(language, 0)
        note = f" ({fallback} get the fallback text)" if fallback else ""
        print(f"  {language}: {count}{note}")
    print(f"fallback: {sum(preview.fell_back.values())}")
    print(f"muted: {preview.muted}, blocked the bot: {preview.blocked}")
    for language, text in sorted(preview.examples.items()):
        print(f"--- example ({language}) ---")
        print(text)
    return int(preview.audience)


def _print_report(counts: dict[str, Any]) -> None:
    print(f"campaign {counts['id']}: {counts['name']} ({counts['status']})")
    print(f"audience: {counts['audience']}")
    print("  ".join(f"{name}: {counts[name]}" for name in OUTCOMES))
    if counts["in_doubt"]:
        print(
            f"{counts['in_doubt']} in doubt: may have arrived, not sent again (never twice); "
            "polku outbox lists them; after checking, polku outbox requeue-in-doubt sends "
            "every row in doubt again"
        )
    for language, by in counts["by_language"].items():
        print(f"{language}: " + "  ".join(f"{name}: {n}" for name, n in by.items() if n))
    for n, answer in counts["answers"].items():
        print(f"answer {n} ({answer['label']}): {answer['count']}")
