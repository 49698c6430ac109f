"""Configuration: one clear line naming a bad setting, and never a secret."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import subprocess
import sys
from datetime import time

import pytest

from bot.cli import main
from bot.logs import RedactSecrets
from bot.settings import Settings, SettingsError

SECRET = "987654:SUPERSECRETtokenvalue"


def _environment(env: dict[str, str]) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POLKU_", "TELEGRAM_"))}
    return {**clean, **env}


def polku_process(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``polku ARGS`` in a process of its own, with only ``env`` of Polku's settings."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env=_environment(env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def polku(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``polku ARGS`` run in this process: the same ``main`` as the command, its exit
    code, standard output and error, without two seconds of Python start-up each time.

    The environment, the logging set-up that ``main`` installs and the output streams
    are put back afterwards. Not for threads (the environment is the process's): use
    :func:`polku_process` there, and wherever a process of its own is the point.
    """
    saved_env = dict(os.environ)
    root = logging.getLogger()
    saved_root = (root.handlers[:], root.level)
    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)]
    saved_levels = [(each, each.level) for each in loggers]
    out, err = io.StringIO(), io.StringIO()
    os.environ.clear()
    os.environ.update(_environment(env))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: --help, usage errors
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        root.handlers[:], level = saved_root
        root.setLevel(level)
        for each, each_level in saved_levels:
            each.setLevel(each_level)
    return subprocess.CompletedProcess(["polku", *args], code, out.getvalue(), err.getvalue())


def test_defaults():
    settings = Settings.from_env(_env_file=None)
    assert settings.database_url.startswith("sqlite+aiosqlite:///var/")
    assert settings.time_zone == "Europe/Helsinki"
    assert settings.quiet_window == (time(20, 0), time(8, 0))
    assert settings.default_language == "en"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("POLKU_TIME_ZONE", "Europe/Helsinkii"),
        ("POLKU_QUIET_HOURS", "25:00-08:00"),
        ("POLKU_QUIET_HOURS", "evening"),
        ("POLKU_DATABASE_URL", "mysql://x"),
        ("POLKU_DEFAULT_LANGUAGE", "xx"),
        ("POLKU_WEBHOOK_PORT", "http"),
        ("POLKU_WEBHOOK_URL", "http://insecure.example"),
        ("POLKU_WEBHOOK_SECRET", "has spaces"),
        ("TELEGRAM_BOT_TOKEN", "not-a-token"),
    ],
)
def test_bad_setting_names_itself(monkeypatch: pytest.MonkeyPatch, name: str, value: str):
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        Settings.from_env(_env_file=None)
    assert str(caught.value).startswith(f"{name}: ")
    assert "\n" not in str(caught.value)
    if name.endswith(("TOKEN", "SECRET")):
        assert value not in str(caught.value)


def test_cli_stops_with_one_line_and_non_zero_exit():
    result = polku("run", POLKU_TIME_ZONE="Nowhere/Land")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "polku: configuration error: POLKU_TIME_ZONE: must be an IANA time zone such as "
        "Europe/Helsinki"
    ]


def test_cli_run_without_token_names_it():
    result = polku("run")
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr


def test_malformed_token_is_never_printed():
    result = polku("run", TELEGRAM_BOT_TOKEN="abc SUPERSECRET")
    assert result.returncode == 2
    assert "SUPERSECRET" not in result.stderr + result.stdout


def test_every_subcommand_has_help():
    for args in (
        ["--help"],
        ["run", "--help"],
        ["demo", "--help"],
        ["db", "upgrade", "--help"],
        ["invite", "--help"],
        ["people", "--help"],
        ["outbox", "--help"],
        ["actions", "--help"],
        ["plan", "--help"],
        ["plan", "import", "--help"],
    ):
        result = polku(*args)
        assert result.returncode == 0, args
        assert "usage: polku" in result.stdout


def test_log_filter_redacts_the_token():
    import logging

    record = logging.LogRecord(
        "httpx",
        logging.INFO,
        __file__,
        1,
        "POST https://api.telegram.org/bot%s/getMe",
        (SECRET,),
        None,
    )
    assert RedactSecrets([SECRET]).filter(record)
    assert SECRET not in record.getMessage()
    assert "[redacted]" in record.getMessage()


def test_one_shot_commands_log_at_warning_unless_asked(monkeypatch: pytest.MonkeyPatch):
    from bot.cli import log_level

    monkeypatch.delenv("POLKU_LOG_LEVEL", raising=False)
    default = Settings.from_env(_env_file=None)
    assert log_level(default, "people") == "WARNING"
    assert log_level(default, "db") == "WARNING"
    # Services keep POLKU_LOG_LEVEL's default.
    assert log_level(default, "run") == "INFO"
    assert log_level(default, "actions") == "INFO"
    monkeypatch.setenv("POLKU_LOG_LEVEL", "debug")
    asked = Settings.from_env(_env_file=None)
    assert log_level(asked, "people") == "DEBUG"
    assert log_level(asked, "run") == "DEBUG"
