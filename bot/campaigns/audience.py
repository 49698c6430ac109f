"""Who a campaign goes to: filters on what Polku knows about learners."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from store.campaigns import LearnerFacts


class LearnerStatus(StrEnum):
    """How far a learner is: what the ``status`` filter names."""

    NEW = "new"  # joined, intake not finished
    INTAKE_DONE = "intake_done"  # intake finished, plan not yet confirmed
    PLAN_CONFIRMED = "plan_confirmed"  # the counsellor confirmed their plan


# The paths as learners' profiles store them; "work" and "education" are read as these.
PATHS = ("work_first", "education_first")


def _as_list(value: Any) -> Any:
    # "path: work" and "path: [work]" mean the same.
    if value is None or isinstance(value, list):
        return value
    return [value]


class Audience(BaseModel):
    """Filters; every filter given must hold. No filter (``{}``) is every learner who joined.

    Learners whose access ended are never in an audience. Muted learners and learners who
    blocked the bot are in it, and counted as such in the report, but get nothing.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    learners: list[int] | None = None  # an explicit list of learner ids
    path: list[str] | None = None  # "work", "education"
    status: list[LearnerStatus] | None = None
    counsellor: list[int] | None = None  # designated counsellor ids
    language: list[str] | None = None
    # Intake answers: field -> a value or a list of values (any of them; for an answer that
    # is itself a list, any overlap).
    answers: dict[str, list[str | int | bool]] = Field(default_factory=dict)
    step_not_done: list[str] | None = None  # has a plan step of one of these types still to do
    inactive_days: int | None = Field(default=None, ge=1)  # not seen for at least N days
    active_within_days: int | None = Field(default=None, ge=1)  # seen in the last N days

    _listed = field_validator(
        "learners", "path", "status", "counsellor", "language", "step_not_done", mode="before"
    )(_as_list)

    @field_validator("path")
    @classmethod
    def _paths(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        paths = [p if p.endswith("_first") else f"{p}_first" for p in value]
        for path in paths:
            if path not in PATHS:
                raise ValueError(f"{path.removesuffix('_first')}: not a path (work or education)")
        return paths

    @field_validator("answers", mode="before")
    @classmethod
    def _answers(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: _as_list(v) for k, v in value.items()}
        return value

    def to_json(self) -> dict[str, Any]:
        """The filters given, JSON-safe (for the database)."""
        return self.model_dump(mode="json", exclude_defaults=True)

    def matches(self, learner: LearnerFacts, now: datetime) -> bool:
        """Whether ``learner`` is in the audience at ``now``."""
        if self.learners is not None and learner.id not in self.learners:
            return False
        if self.path is not None and learner.path not in self.path:
            return False
        if self.status is not None and status_of(learner) not in self.status:
            return False
        if self.counsellor is not None and learner.counsellor_id not in self.counsellor:
            return False
        if self.language is not None and learner.language not in self.language:
            return False
        for name, wanted in self.answers.items():
            if not _answer_matches(learner.answers.get(name), wanted):
                return False
        if self.step_not_done is not None and not learner.open_step_types.intersection(
            self.step_not_done
        ):
            return False
        if self.inactive_days is not None and learner.last_seen_at > now - timedelta(
            days=self.inactive_days
        ):
            return False
        return not (
            self.active_within_days is not None
            and learner.last_seen_at < now - timedelta(days=self.active_within_days)
        )


def status_of(learner: LearnerFacts) -> LearnerStatus:
    """How far ``learner`` is."""
    if learner.plan_confirmed:
        return LearnerStatus.PLAN_CONFIRMED
    if learner.intake_done:
        return LearnerStatus.INTAKE_DONE
    return LearnerStatus.NEW


def _answer_matches(given: Any, wanted: list[Any]) -> bool:
    if isinstance(given, list):
        return any(v in wanted for v in given)
    return given is not None and given in wanted
