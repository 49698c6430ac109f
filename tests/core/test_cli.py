"""The ``polku`` command against a real SQLite file, as an operator uses it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.core.test_settings import polku, polku_process


def test_operator_flow(tmp_path: Path):
    """The first steps of an operator, each ``polku`` in a process of its own, as typed."""
    polku = polku_process
    env = {
        "POLKU_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/polku.db",
        "TELEGRAM_BOT_TOKEN": "123456:SECRETtokenTOKEN",
        "TELEGRAM_BOT_USERNAME": "polku_bot",
    }
    upgraded = polku("db", "upgrade", **env)
    assert upgraded.returncode == 0, upgraded.stderr
    invite = polku("invite", "coordinator", **env)
    assert invite.returncode == 0, invite.stderr
    assert re.fullmatch(r"https://t\.me/polku_bot\?start=[A-Za-z0-9_-]{22,64}\n", invite.stdout)
    assert "role=coordinator uses=1" in invite.stderr
    assert "SECRETtoken" not in invite.stdout + invite.stderr

    refused = polku("invite", "learner", **env)
    assert refused.returncode == 2
    assert "needs --counsellor" in refused.stderr
    staff_uses = polku("invite", "counsellor", "--uses", "3", **env)
    assert staff_uses.returncode == 2 and "single-use" in staff_uses.stderr

    status = polku("outbox", "status", **env)
    assert status.returncode == 0
    assert polku("people", "--role", "counsellor", **env).stdout == ""


def test_run_refuses_an_old_database(tmp_path: Path):
    env = {
        "POLKU_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/empty.db",
        "TELEGRAM_BOT_TOKEN": "123456:SECRETtokenTOKEN",
    }
    result = polku("run", **env)
    assert result.returncode == 2
    assert "polku db upgrade" in result.stderr


UPGRADE = "polku: the database is not up to date: run `polku db upgrade`"
TOKEN = "123456:SECRETtokenTOKEN"
# Every command that uses the configured database without creating it.
DATABASE_COMMANDS = [
    ("people",),
    ("outbox", "status"),
    ("outbox", "requeue-in-doubt"),
    ("plan", "show", "1"),
    ("invite", "coordinator"),
    ("actions", "--port", "0"),
    ("run",),
]


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single line a refused command prints: exit 2, nothing on stdout."""
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    return line


def test_every_database_command_refuses_a_missing_database_and_creates_nothing(tmp_path: Path):
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BOT_USERNAME": "polku_bot"}
    cases = [
        (url, expected, command)
        for url, expected in [
            (f"sqlite+aiosqlite:///{tmp_path}/never.db", f"no database at {tmp_path}/never.db"),
            (f"sqlite+aiosqlite:///{tmp_path}/missing_dir/x.db", "no database at"),
        ]
        for command in DATABASE_COMMANDS
    ]
    lines = [one_line(polku(*command, POLKU_DATABASE_URL=url, **env)) for url, _, command in cases]
    for (_, expected, command), line in zip(cases, lines, strict=True):
        assert line.startswith(f"polku: {expected}"), (command, line)
        assert line.endswith(": run `polku db upgrade`"), (command, line)
    assert list(tmp_path.iterdir()) == []


def test_a_database_never_migrated_says_to_upgrade(tmp_path: Path):
    (tmp_path / "empty.db").touch()
    env = {"POLKU_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/empty.db"}
    for command in [("people",), ("outbox", "status")]:
        assert one_line(polku(*command, **env)) == UPGRADE
    assert [p.name for p in tmp_path.iterdir()] == ["empty.db"]


def test_an_unreachable_postgres_is_one_line_without_credentials():
    url = "postgresql+asyncpg://polku:hunter2@127.0.0.1:1/nope"
    for command in [("people",), ("outbox", "status"), ("db", "upgrade")]:
        line = one_line(polku(*command, POLKU_DATABASE_URL=url))
        assert line.startswith("polku: cannot use the database postgresql at 127.0.0.1:1/nope: ")
        assert "hunter2" not in line and "polku:hunter2" not in line


def test_db_upgrade_makes_the_folder_and_says_so_in_one_line(tmp_path: Path):
    url = f"sqlite+aiosqlite:///{tmp_path}/new_dir/polku.db"
    upgraded = polku("db", "upgrade", POLKU_DATABASE_URL=url)
    assert upgraded.returncode == 0, upgraded.stderr
    # Its own answer, not Alembic's INFO lines.
    assert (upgraded.stdout, upgraded.stderr) == ("database is up to date\n", "")
    assert (tmp_path / "new_dir" / "polku.db").is_file()
    listed = polku("people", POLKU_DATABASE_URL=url)
    assert (listed.returncode, listed.stdout, listed.stderr) == (0, "", "")
    # Asked for, the libraries' INFO lines are there.
    verbose = polku("db", "upgrade", POLKU_DATABASE_URL=url, POLKU_LOG_LEVEL="INFO")
    assert verbose.returncode == 0
    assert "INFO alembic" in verbose.stderr


def test_invite_without_telegram_is_one_line(tmp_path: Path):
    url = f"sqlite+aiosqlite:///{tmp_path}/polku.db"
    assert polku("db", "upgrade", POLKU_DATABASE_URL=url).returncode == 0
    result = polku(
        "invite",
        "coordinator",
        POLKU_DATABASE_URL=url,
        TELEGRAM_BOT_TOKEN=TOKEN,
        # Nothing listens there: nothing leaves the machine.
        TELEGRAM_API_BASE_URL="http://127.0.0.1:1/bot",
    )
    line = one_line(result)
    assert line.startswith("polku: cannot ask Telegram for the bot's username")
    assert "TELEGRAM_BOT_USERNAME" in line
    assert "SECRETtoken" not in line
