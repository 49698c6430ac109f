"""Step types, reminder rules and starter plans, from ``dialogues/plans/plans.yml``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Any

import yaml

from bot.dialogue.flow import DIALOGUES_DIR, FlowError

PLANS_FILE = DIALOGUES_DIR / "plans" / "plans.yml"


@dataclass(frozen=True)
class ReminderRule:
    """When to remind about a step of one type."""

    days_before: tuple[int, ...]
    morning: time
    on_the_day: bool
    overdue_nudge: bool


@dataclass(frozen=True)
class StarterStep:
    """A step of a starter plan: its type and when it is due after the intake."""

    step_type: str
    due_in_days: int | None


@dataclass(frozen=True)
class PlanConfig:
    """Everything plans need from configuration."""

    step_types: tuple[str, ...]
    rules: dict[str, ReminderRule]
    starter_plans: dict[str, tuple[StarterStep, ...]]

    def rule(self, step_type: str) -> ReminderRule:
        """The reminder rule of ``step_type``."""
        return self.rules[step_type]


def _time(value: Any, where: str) -> time:
    try:
        hours, minutes = str(value).split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise FlowError(f"{where}: write a time as 09:00") from None


def load_plan_config(path: Path = PLANS_FILE) -> PlanConfig:
    """Read and check the plan configuration.

    Raises:
        FlowError: naming the file and the entry that is wrong.
    """
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    name = path.name
    defaults = raw.get("reminders") or {}
    types = raw.get("step_types") or {}
    if not types:
        raise FlowError(f"{name}: no step_types")
    rules = {}
    for step_type, own in types.items():
        merged = {**defaults, **(own or {})}
        days = tuple(sorted({int(d) for d in merged.get("days_before") or []}, reverse=True))
        if any(d < 1 or d > 60 for d in days):
            raise FlowError(f"{name}, step type {step_type}: days_before must be 1-60")
        rules[str(step_type)] = ReminderRule(
            days_before=days,
            morning=_time(merged.get("morning", "09:00"), f"{name}, step type {step_type}"),
            on_the_day=bool(merged.get("on_the_day", True)),
            overdue_nudge=bool(merged.get("overdue_nudge", True)),
        )
    starters: dict[str, tuple[StarterStep, ...]] = {}
    for path_name, steps in (raw.get("starter_plans") or {}).items():
        parsed = []
        for step in steps:
            if step.get("type") not in rules:
                raise FlowError(
                    f"{name}, starter plan {path_name}: unknown type {step.get('type')}"
                )
            days = step.get("due_in_days")
            parsed.append(StarterStep(str(step["type"]), int(days) if days is not None else None))
        starters[str(path_name)] = tuple(parsed)
    return PlanConfig(tuple(rules), rules, starters)
