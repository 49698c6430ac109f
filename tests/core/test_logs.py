"""Operator logs as JSON lines (``POLKU_LOG_FORMAT=json``): ids as fields, no message text."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.logs import configure_logging, parse_message
from tests.core.test_settings import polku


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Put the root logger and every logger's level back after the test."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)]
    levels = [(each, each.level) for each in loggers]
    try:
        yield
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)
        for each, each_level in levels:
            each.setLevel(each_level)


def test_polku_messages_become_an_event_and_typed_fields():
    assert parse_message("inbox_duplicate update=12") == {
        "event": "inbox_duplicate",
        "update": 12,
    }
    assert parse_message("update_handled update=7 user=-100123 kind=message ms=3.5") == {
        "event": "update_handled",
        "update": 7,
        "user": -100123,
        "kind": "message",
        "ms": 3.5,
    }
    # A value may hold spaces (a dict's repr); a field named like a reserved key keeps apart.
    assert parse_message("domain_error type=X user=None fields={'step': 2, 'n': 3} level=4") == {
        "event": "domain_error",
        "type": "X",
        "user": None,
        "fields": "{'step': 2, 'n': 3}",
        "level_": 4,
    }
    assert parse_message("bot_ready") == {"event": "bot_ready"}
    # A library's sentence stays whole.
    for sentence in ("Application started", "webhook delivery failed; retrying in 0.2s"):
        assert parse_message(sentence) == {"message": sentence}


def test_json_lines_with_secrets_redacted_and_exceptions_without_their_message(
    restore_logging: None,
):
    out = io.StringIO()
    configure_logging("INFO", ["123456:SECRET-token"], "json", stream=out)
    log = logging.getLogger("bot.test")
    log.info("outbox_sent id=%d chat=%d", 41, 9001)
    log.info("calling https://api.telegram.org/bot123456:SECRET-token/getMe")
    try:
        int("Zubeyda typed this")
    except ValueError:
        log.exception("update_failed update=%d", 5)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == 3
    first, second, third = lines
    assert set(first) == {"time", "level", "logger", "event", "id", "chat"}
    assert first["level"] == "INFO" and first["logger"] == "bot.test"
    assert (first["event"], first["id"], first["chat"]) == ("outbox_sent", 41, 9001)
    assert first["time"].endswith("+00:00")
    assert "SECRET" not in out.getvalue() and "[redacted]" in second["message"]
    assert third["event"] == "update_failed" and third["exception"] == "ValueError"
    assert "test_logs.py" in third["stack"] and 'int("Zubeyda typed this")' in third["stack"]
    # The stack shows the code; the exception's message (a value) is not logged.
    assert "invalid literal" not in out.getvalue()


def test_debug_is_for_polkus_own_loggers_only(restore_logging: None):
    # Libraries' DEBUG lines print whole updates and request bodies (python-telegram-bot)
    # and statements' parameters (aiosqlite): what people typed.
    configure_logging("DEBUG", [], "json", stream=io.StringIO())
    for library in ("telegram.ext.Application", "telegram.Bot", "aiosqlite", "asyncpg"):
        assert logging.getLogger(library).getEffectiveLevel() == logging.INFO, library
    for own in ("bot.telegram.ordering", "store.db", "polku"):
        assert logging.getLogger(own).getEffectiveLevel() == logging.DEBUG, own
    # At INFO and above every logger is at the level asked for.
    configure_logging("WARNING", [], "json", stream=io.StringIO())
    for name in ("telegram.ext.Application", "aiosqlite", "bot.telegram.ordering", "polku"):
        assert logging.getLogger(name).getEffectiveLevel() == logging.WARNING, name


def test_polku_log_format_is_checked(tmp_path):
    bad = polku("health", POLKU_LOG_FORMAT="xml", TELEGRAM_BOT_TOKEN="123456:TEST-token")
    assert bad.returncode == 2
    assert bad.stderr.strip() == (
        "polku: configuration error: POLKU_LOG_FORMAT: Input should be 'text' or 'json'"
    )
