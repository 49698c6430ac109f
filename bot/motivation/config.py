"""The motivation configuration, from ``bot/motivation/motivation.yml``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

CONFIG_FILE = Path(__file__).with_name("motivation.yml")


class SignalKind(StrEnum):
    """What a signal says; the values are stored in ``signals.kind``."""

    LOW_MOOD = "low_mood"
    MOOD_DROP = "mood_drop"
    MOOD_TREND = "mood_trend"
    UNANSWERED = "unanswered"
    SILENCE = "silence"
    MISSED_MEETING = "missed_meeting"  # written by bot/appointments on a no-show
    OVERDUE_STEP = "overdue_step"
    HELP = "help"  # written by bot/plan on "I need help"
    DISCOURAGED = "discouraged"
    REQUEST = "request"
    CRISIS = "crisis"


class ConfigError(Exception):
    """The configuration file is wrong; the message names the file and the entry."""


class MotivationConfig(BaseModel):
    """Weights, decay, thresholds and time limits of the motivation rules (see the YAML)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    half_life_days: float = Field(gt=0)
    horizon_days: float = Field(gt=0)
    weights: dict[SignalKind, float]
    threshold: float = Field(gt=0)
    low_mood_max: int = Field(ge=1, le=4)
    mood_drop_points: float = Field(gt=0)
    low_mood_repeat_factor: float = Field(ge=1)
    mood_recent: int = Field(ge=1)
    good_mood_min: int = Field(ge=2, le=5)
    good_mood_clears: frozenset[SignalKind] = frozenset()
    trend_days: float = Field(gt=0)
    trend_answers: int = Field(ge=2)
    trend_drop_points: int = Field(ge=1)
    trend_latest_max: int = Field(ge=1, le=5)
    unanswered_n: int = Field(ge=1)
    answer_window_hours: float = Field(gt=0)
    check_in_interval_days: float = Field(gt=0)
    check_in_hours: tuple[int, ...] = Field(min_length=1)
    check_in_min_gap_days: float = Field(ge=0)
    silence_days: int = Field(ge=1)
    silence_growth: float = Field(ge=0)
    overdue_grace_days: int = Field(ge=0)
    cooldown_days: float = Field(ge=0)
    stronger_min_weight: float = Field(ge=0)
    stronger_after_hours: float = Field(ge=0)
    ack_timeout_working_days: int = Field(ge=1)
    crisis_ack_timeout_hours: float = Field(gt=0)
    crisis_answer_minutes: float = Field(gt=0)
    request_repeat_hours: float = Field(ge=0)

    @model_validator(mode="after")
    def _every_kind_weighed(self) -> MotivationConfig:
        missing = sorted(set(SignalKind) - set(self.weights))
        if missing:
            raise ValueError(f"weights: missing {', '.join(missing)}")
        if any(w < 0 for w in self.weights.values()):
            raise ValueError("weights: must not be negative")
        return self

    @model_validator(mode="after")
    def _hours_of_a_day(self) -> MotivationConfig:
        if any(not 0 <= h <= 23 for h in self.check_in_hours):
            raise ValueError("check_in_hours: hours are 0-23")
        return self

    def weight(self, kind: str) -> float:
        """The configured weight of ``kind``; 0 for a kind the rules do not know."""
        try:
            return self.weights[SignalKind(kind)]
        except ValueError:
            return 0.0


def load_motivation_config(path: Path = CONFIG_FILE) -> MotivationConfig:
    """Read and check the motivation configuration.

    Raises:
        ConfigError: naming the file and what is wrong.
    """
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    try:
        return MotivationConfig.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "-"
        raise ConfigError(f"{path.name}: {where}: {first['msg']}") from None
