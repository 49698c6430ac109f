"""``polku escalations [--open] [--json]`` and ``polku signals --learner ID``.

Scripts depend on these: the options and the ``--json`` fields only ever grow.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from bot.cli import CommandError
from bot.settings import Settings
from store.models import Escalation, Signal


def add_parsers(sub: Any) -> None:
    """Add the ``escalations`` and ``signals`` commands to the ``polku`` parser."""
    escalations = sub.add_parser(
        "escalations",
        help="list escalations",
        description=(
            "List escalations to counsellors, newest first: id, learner, counsellor, kind "
            "(score, request, crisis), status, reasons. --json gives UTC ISO 8601 times."
        ),
    )
    escalations.add_argument("--open", action="store_true", help="only open ones")
    escalations.add_argument("--json", action="store_true", help="JSON: a list of objects")
    signals = sub.add_parser(
        "signals",
        help="a learner's signals",
        description="List a learner's motivation signals, oldest first (kind, time, weight).",
    )
    signals.add_argument("--learner", type=int, required=True, help="the learner's id")
    signals.add_argument("--json", action="store_true", help="JSON: a list of objects")


def escalation_json(escalation: Escalation) -> dict[str, Any]:
    """One escalation for ``--json``: ids, codes, UTC ISO 8601 times."""

    def iso(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "id": escalation.id,
        "learner": escalation.learner_id,
        "counsellor": escalation.counsellor_id,
        "kind": escalation.kind.value,
        "status": escalation.status.value,
        "score": escalation.score,
        "reasons": escalation.reasons,
        "created_at": iso(escalation.created_at),
        "acknowledged_at": iso(escalation.acknowledged_at),
        "acknowledged_by": escalation.acknowledged_by,
        "escalated_to_backup_at": iso(escalation.escalated_to_backup_at),
        "escalated_to_coordinators_at": iso(escalation.escalated_to_coordinators_at),
    }


def signal_json(signal: Signal) -> dict[str, Any]:
    """One signal for ``--json``."""
    return {
        "id": signal.id,
        "kind": signal.kind,
        "at": signal.at.isoformat(),
        "weight": signal.weight,
        "evidence": signal.evidence,
        "ref": signal.ref,
    }


async def run(settings: Settings, args: argparse.Namespace) -> int:
    """Run ``polku escalations`` or ``polku signals``."""
    from bot.core import open_core
    from store.models import Role

    core = open_core(settings, bot_username="-")
    try:
        if args.command == "escalations":
            found = await core.motivation.escalations(open_only=args.open)
            if args.json:
                print(json.dumps([escalation_json(e) for e in found], indent=2))
                return 0
            if not found:
                print("no escalations")
            for e in found:
                codes = ",".join(str(r.get("code")) for r in e.reasons)
                print(
                    f"{e.id}\t{e.created_at.isoformat()}\tlearner {e.learner_id}\t"
                    f"counsellor {e.counsellor_id or '-'}\t{e.kind.value}\t{e.status.value}\t"
                    f"score {e.score:.1f}\t{codes}"
                )
            return 0
        async with core.sessions() as session:
            from store.people import PeopleRepository

            learner = await PeopleRepository(session).get(args.learner)
        if learner is None or learner.role is not Role.LEARNER:
            raise CommandError(f"no learner with id {args.learner} (see polku people)")
        signals = await core.motivation.signals(args.learner)
        if args.json:
            print(json.dumps([signal_json(s) for s in signals], indent=2))
            return 0
        if not signals:
            print("no signals")
        for s in signals:
            weight = "-" if s.weight is None else f"{s.weight:.1f}"
            evidence = json.dumps(s.evidence, sort_keys=True) if s.evidence else ""
            print(f"{s.id}\t{s.at.isoformat()}\t{s.kind}\t{weight}\t{evidence}")
        score = await core.motivation.score_of(args.learner)
        print(f"score now {score.total:.2f} (threshold {core.motivation.config.threshold})")
        return 0
    finally:
        await core.close()
