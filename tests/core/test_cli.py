"""The ``polku`` command against a real SQLite file, as an operator uses it."""

from __future__ import annotations

import re
from pathlib import Path

from tests.core.test_settings import polku


def test_operator_flow(tmp_path: Path):
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
