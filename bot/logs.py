"""Operator logs: English, ``key=value``, never a token or personal data.

With ``POLKU_LOG_FORMAT=json`` each record is one JSON object on one line: ``time``,
``level``, ``logger``, then ``event`` and the ``key=value`` fields of Polku's messages
(``inbox_duplicate update=12`` gives ``"event": "inbox_duplicate", "update": 12``); a
library's message that is not in that shape goes whole under ``message``. An exception
gives its type (``exception``) and its ``stack`` (file, line, function and code), never
its message, which may quote a value a person typed.
"""

from __future__ import annotations

import json
import logging
import re
import traceback
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import IO, Any, Literal

LogFormat = Literal["text", "json"]
# Polku's loggers: the only ones that log below INFO when POLKU_LOG_LEVEL=DEBUG.
OWN_LOGGERS = ("bot", "store", "polku")


class RedactSecrets(logging.Filter):
    """Replaces secrets in every record, in case a library logs a URL with the token."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        """Render the message once, with every secret replaced."""
        if not self._secrets:
            return True
        message = record.getMessage()
        for secret in self._secrets:
            message = message.replace(secret, "[redacted]")
        record.msg, record.args = message, None
        if record.exc_info and record.exc_text is None:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            for secret in self._secrets:
                record.exc_text = record.exc_text.replace(secret, "[redacted]")
        return True


_EVENT = re.compile(r"[a-z][a-z0-9_]*")
_FIELD = re.compile(r"([a-z][a-z0-9_]*)=(.*)", re.DOTALL)
# A field ends where the next `` key=`` begins, so a value may hold spaces (a dict's repr).
_BETWEEN_FIELDS = re.compile(r" (?=[a-z][a-z0-9_]*=)")
_INTEGER = re.compile(r"-?\d{1,18}")
_DECIMAL = re.compile(r"-?\d{1,15}\.\d{1,6}")
_RESERVED = frozenset({"time", "level", "logger", "event", "message", "exception", "stack"})


def parse_message(message: str) -> dict[str, Any]:
    """``event key=value ...`` as ``{"event": ..., key: value}``; else ``{"message": ...}``.

    Numbers become numbers, ``None`` null; other values stay strings.
    """
    head, _, rest = message.partition(" ")
    if not _EVENT.fullmatch(head):
        return {"message": message}
    parsed: dict[str, Any] = {"event": head}
    if not rest:
        return parsed
    for part in _BETWEEN_FIELDS.split(rest):
        field = _FIELD.fullmatch(part)
        if field is None:
            return {"message": message}
        key, value = field.groups()
        parsed[f"{key}_" if key in _RESERVED else key] = _value(value)
    return parsed


def _value(text: str) -> Any:
    if _INTEGER.fullmatch(text):
        return int(text)
    if _DECIMAL.fullmatch(text):
        return float(text)
    if text == "None":
        return None
    return text


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line (``POLKU_LOG_FORMAT=json``)."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as a line of JSON: time, level, logger, event and fields."""
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
        }
        line.update(parse_message(record.getMessage()))
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            line["exception"] = type(error).__name__
            frames = traceback.TracebackException.from_exception(error).stack
            line["stack"] = "".join(frames.format())
        return json.dumps(line, ensure_ascii=False, default=str)


def configure_logging(
    level: str,
    secrets: Iterable[str] = (),
    log_format: LogFormat = "text",
    stream: IO[str] | None = None,
) -> None:
    """Log to ``stream`` (stderr) at ``level``, secrets redacted, as text or JSON lines."""
    handler = logging.StreamHandler(stream)
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    wanted = logging.getLevelName(level.upper())
    # DEBUG is for Polku's own loggers only. Libraries' DEBUG lines carry what people
    # typed: python-telegram-bot prints whole updates and request parameters, aiosqlite
    # every statement's parameters. They stay at INFO, whatever the level.
    root.setLevel(max(wanted, logging.INFO))
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(wanted if wanted < logging.INFO else logging.NOTSET)
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    # Start-up chatter that tells an operator nothing: Alembic's plugin set-up and
    # rasa_sdk's "Registered function" line per action. Shown when debugging.
    chatter = logging.INFO if wanted <= logging.DEBUG else logging.WARNING
    logging.getLogger("alembic.runtime.plugins").setLevel(chatter)
    logging.getLogger("rasa_sdk.executor").setLevel(chatter)
