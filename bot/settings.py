"""The one frozen configuration object, read from the environment by the composition root."""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.i18n import available_languages
from store.db import DEFAULT_POOL_SIZE

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///var/polku.db"
_QUIET_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
# Telegram posts only to https://; plain http:// is for a Bot API on this machine (the
# sandbox, a local Bot API server) posting to a worker or balancer on this machine.
_LOOPBACK_HTTP = re.compile(r"^http://(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(/|$)")
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class SettingsError(Exception):
    """A missing or malformed setting; the message names it and never holds a secret."""


def _env(name: str) -> Any:
    return Field(validation_alias=AliasChoices(name))


class Settings(BaseSettings):
    """Polku's configuration (see README, "Configuration")."""

    model_config = SettingsConfigDict(frozen=True, extra="ignore", populate_by_name=False)

    telegram_bot_token: Annotated[SecretStr | None, _env("TELEGRAM_BOT_TOKEN")] = None
    telegram_bot_username: Annotated[str | None, _env("TELEGRAM_BOT_USERNAME")] = None
    telegram_api_base_url: Annotated[str, _env("TELEGRAM_API_BASE_URL")] = (
        "https://api.telegram.org/bot"
    )
    telegram_api_base_file_url: Annotated[str, _env("TELEGRAM_API_BASE_FILE_URL")] = (
        "https://api.telegram.org/file/bot"
    )
    database_url: Annotated[str, _env("POLKU_DATABASE_URL")] = DEFAULT_DATABASE_URL
    # PostgreSQL connections each process keeps open (workers x this < max_connections).
    db_pool_size: Annotated[int, _env("POLKU_DB_POOL_SIZE"), Field(ge=1, le=500)] = (
        DEFAULT_POOL_SIZE
    )
    webhook_url: Annotated[str | None, _env("POLKU_WEBHOOK_URL")] = None
    webhook_listen: Annotated[str, _env("POLKU_WEBHOOK_LISTEN")] = "127.0.0.1"
    webhook_port: Annotated[int, _env("POLKU_WEBHOOK_PORT"), Field(ge=1, le=65535)] = 8443
    webhook_secret: Annotated[SecretStr | None, _env("POLKU_WEBHOOK_SECRET")] = None
    default_language: Annotated[str, _env("POLKU_DEFAULT_LANGUAGE")] = "en"
    time_zone: Annotated[str, _env("POLKU_TIME_ZONE")] = "Europe/Helsinki"
    quiet_hours: Annotated[str, _env("POLKU_QUIET_HOURS")] = "20:00-08:00"
    invite_ttl_hours: Annotated[int, _env("POLKU_INVITE_TTL_HOURS"), Field(ge=1, le=24 * 90)] = 168
    # The bulk lane (reminders, notices, campaigns): messages per second the outbox sends.
    # Telegram allows about 30/s for free; more needs paid broadcasts (POLKU_PAID_BROADCAST).
    bulk_rate: Annotated[float, _env("POLKU_BULK_RATE"), Field(gt=0, le=1000)] = 30.0
    # Telegram's paid broadcasts: campaign messages go with allow_paid_broadcast, which lifts
    # the limit to 1000 messages/s but costs 0.1 Telegram Stars per message above the free
    # 30/s, paid from the bot's Star balance. Off unless a large deployment needs it.
    paid_broadcast: Annotated[bool, _env("POLKU_PAID_BROADCAST")] = False
    # Whether counsellors may send campaigns to their own learners (coordinators always may).
    counsellor_campaigns: Annotated[bool, _env("POLKU_COUNSELLOR_CAMPAIGNS")] = False
    # Seconds a webhook worker owns an update it stored (renewed while it holds it); when
    # a worker dies, another handles its stored updates this long after its last renewal.
    inbox_lease: Annotated[int, _env("POLKU_INBOX_LEASE"), Field(ge=1, le=3600)] = 30
    outbox_max_attempts: Annotated[int, _env("POLKU_OUTBOX_MAX_ATTEMPTS"), Field(ge=1, le=50)] = 6
    log_level: Annotated[str, _env("POLKU_LOG_LEVEL")] = "INFO"
    # "text": one readable line per record; "json": one JSON object per line (bot/logs.py).
    log_format: Annotated[Literal["text", "json"], _env("POLKU_LOG_FORMAT")] = "text"
    municipalities: Annotated[str, _env("POLKU_MUNICIPALITIES")] = "Espoo,Kauniainen"
    intake_reminder_hours: Annotated[
        int, _env("POLKU_INTAKE_REMINDER_HOURS"), Field(ge=1, le=24 * 14)
    ] = 24
    retention_days: Annotated[int, _env("POLKU_RETENTION_DAYS"), Field(ge=1, le=3650)] = 30
    # Appointments: a counsellor's hours get these unless told otherwise; learners book
    # from ``notice`` days ahead (1: not the same day) up to ``horizon`` days ahead.
    appointment_length: Annotated[int, _env("POLKU_APPOINTMENT_LENGTH"), Field(ge=5, le=480)] = 45
    appointment_buffer: Annotated[int, _env("POLKU_APPOINTMENT_BUFFER"), Field(ge=0, le=240)] = 15
    appointment_notice_days: Annotated[
        int, _env("POLKU_APPOINTMENT_NOTICE_DAYS"), Field(ge=0, le=30)
    ] = 1
    appointment_horizon_days: Annotated[
        int, _env("POLKU_APPOINTMENT_HORIZON_DAYS"), Field(ge=1, le=365)
    ] = 28
    # `polku health` and /healthz: beyond these the deployment is reported unhealthy.
    # Due outbox rows (a campaign to every learner is a legitimate backlog of that size).
    health_max_due: Annotated[int, _env("POLKU_HEALTH_MAX_DUE"), Field(ge=0)] = 50_000
    # Seconds the oldest due outbox row has waited (at 30/s, 30 minutes is 54,000 messages).
    health_max_due_age: Annotated[int, _env("POLKU_HEALTH_MAX_DUE_AGE"), Field(ge=1)] = 1800
    # Rows a sender left in doubt (a crash mid-request); each needs an operator's look.
    health_max_in_doubt: Annotated[int, _env("POLKU_HEALTH_MAX_IN_DOUBT"), Field(ge=0)] = 10
    # Seconds the oldest stored update has waited to be handled.
    health_max_unhandled_age: Annotated[
        int, _env("POLKU_HEALTH_MAX_UNHANDLED_AGE"), Field(ge=1)
    ] = 120

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not re.fullmatch(r"\d+:[A-Za-z0-9_-]+", value.get_secret_value()):
            # Never echo the value: it is a secret.
            raise ValueError("must look like 123456:ABC-def (the token BotFather gave you)")
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if value is None or value.startswith("https://") or _LOOPBACK_HTTP.match(value):
            return value
        raise ValueError("must be an https:// address that Telegram can reach")

    @field_validator("webhook_secret")
    @classmethod
    def _webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _SECRET_TOKEN.fullmatch(value.get_secret_value()):
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("default_language")
    @classmethod
    def _language(cls, value: str) -> str:
        if value not in available_languages():
            known = ", ".join(available_languages())
            raise ValueError(f"must be one of the languages in locales/ ({known})")
        return value

    @field_validator("time_zone")
    @classmethod
    def _time_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("must be an IANA time zone such as Europe/Helsinki") from None
        return value

    @field_validator("quiet_hours")
    @classmethod
    def _quiet_hours(cls, value: str) -> str:
        _parse_quiet_hours(value)
        return value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        if value.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return value.upper()

    @field_validator("municipalities")
    @classmethod
    def _municipalities(cls, value: str) -> str:
        if not [m for m in value.split(",") if m.strip()]:
            raise ValueError("must list at least one municipality, as in Espoo,Kauniainen")
        return value

    @property
    def area(self) -> tuple[str, ...]:
        """The municipalities the centre serves."""
        return tuple(m.strip() for m in self.municipalities.split(",") if m.strip())

    @property
    def zone(self) -> ZoneInfo:
        """The deployment's default time zone."""
        return ZoneInfo(self.time_zone)

    @property
    def quiet_window(self) -> tuple[time, time]:
        """Quiet hours as (start, end) local times; the window may cross midnight."""
        return _parse_quiet_hours(self.quiet_hours)

    @property
    def token(self) -> str:
        """The bot token; raises SettingsError when it is not configured."""
        if self.telegram_bot_token is None:
            raise SettingsError("TELEGRAM_BOT_TOKEN: not set (get one from @BotFather)")
        return self.telegram_bot_token.get_secret_value()

    def sqlite_path(self) -> Path | None:
        """The SQLite file, when the database is a SQLite file."""
        prefix = "sqlite+aiosqlite:///"
        if self.database_url.startswith(prefix) and ":memory:" not in self.database_url:
            return Path(self.database_url[len(prefix) :])
        return None

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Read settings from the environment.

        Raises:
            SettingsError: naming the first missing or malformed variable, without its value.
        """
        try:
            return cls(**overrides)
        except ValidationError as exc:
            raise SettingsError(_describe(exc)) from None


def _parse_quiet_hours(value: str) -> tuple[time, time]:
    match = _QUIET_HOURS.match(value)
    if not match:
        raise ValueError("must look like 20:00-08:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise ValueError("hours must be 0-23 and minutes 0-59, as in 20:00-08:00")
    return time(h1, m1), time(h2, m2)


def _describe(exc: ValidationError) -> str:
    error = exc.errors()[0]
    field = str(error["loc"][0]) if error["loc"] else "?"
    info = Settings.model_fields.get(field)
    name = field
    if info is not None and isinstance(info.validation_alias, AliasChoices):
        name = str(info.validation_alias.choices[0])
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{name}: {message}"
