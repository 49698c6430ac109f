"""``polku campaign``: create prints the id last, mistakes are one clear error, send, report."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from bot.clock import FrozenClock
from store.db import create_engine, create_sessionmaker, transaction
from store.models import OutboxMessage, OutboxStatus, Role
from tests.core.test_campaign_file import COMPLETE
from tests.core.test_settings import polku
from tests.factories import add_person


def setup(url: str) -> None:
    async def make() -> None:
        engine = create_engine(url)
        sessions = create_sessionmaker(engine)
        clock = FrozenClock(datetime.now(UTC))
        await add_person(sessions, clock, 1, Role.COORDINATOR)
        for telegram_id in (2, 3):
            await add_person(sessions, clock, telegram_id)
        await engine.dispose()

    asyncio.run(make())


def test_create_send_and_report(sqlite_url: str, tmp_path: Path):
    env = {"POLKU_DATABASE_URL": sqlite_url}
    setup(sqlite_url)
    bad = tmp_path / "bad.yml"
    bad.write_text(COMPLETE.replace("fallback: en", "fallback: ar"), encoding="utf-8")
    refused = polku("campaign", "create", str(bad), **env)
    assert refused.returncode == 2
    assert f"{bad}, line 10: fallback: no text in messages for 'ar'" in refused.stderr
    assert refused.stderr.splitlines()[-1] == f"polku: {bad}: not created (see above)"

    good = tmp_path / "good.yml"
    # Everyone, now, once: the two learners (both in English).
    text = (
        COMPLETE.split("fallback:")[0].split("audience:")[0]
        + "fallback:"
        + COMPLETE.split("fallback:")[1]
    )
    good.write_text(text, encoding="utf-8")
    created = polku("campaign", "create", str(good), "--by", "1", **env)
    assert created.returncode == 0, created.stderr
    campaign_id = created.stdout.splitlines()[-1]
    assert campaign_id.isdigit()

    sent = polku("campaign", "send", campaign_id, "--yes", **env)
    assert sent.returncode == 0, sent.stderr

    report = polku("campaign", "report", campaign_id, "--json", **env)
    assert report.returncode == 0, report.stderr
    counts = json.loads(report.stdout)
    for key in ("audience", "sent", "failed", "blocked", "muted", "pending", "by_language"):
        assert key in counts
    assert counts["audience"] == 2 and counts["pending"] == 2
    assert counts["by_language"]["en"]["pending"] == 2
    assert counts["answers"]["1"] == {"label": "I'll come", "count": 0}


def mark_first_in_doubt(url: str) -> int:
    """Leave the first campaign message as a sender that died mid-request leaves it."""

    async def mark() -> int:
        engine = create_engine(url)
        try:
            async with transaction(create_sessionmaker(engine)) as session:
                row = await session.scalar(
                    select(OutboxMessage)
                    .where(OutboxMessage.kind == "campaign")
                    .order_by(OutboxMessage.id)
                    .limit(1)
                )
                assert row is not None
                row.status = OutboxStatus.IN_DOUBT
                return row.person_id
        finally:
            await engine.dispose()

    return asyncio.run(mark())


def test_report_counts_in_doubt_apart_from_failed(sqlite_url: str, tmp_path: Path):
    env = {"POLKU_DATABASE_URL": sqlite_url}
    setup(sqlite_url)
    good = tmp_path / "good.yml"
    good.write_text("name: Doubt\nmessages: {en: Hello}\nfallback: en\n", encoding="utf-8")
    created = polku("campaign", "create", str(good), "--by", "1", **env)
    assert created.returncode == 0, created.stderr
    campaign_id = created.stdout.splitlines()[-1]
    assert polku("campaign", "send", campaign_id, "--yes", **env).returncode == 0
    doubtful = mark_first_in_doubt(sqlite_url)

    report = polku("campaign", "report", campaign_id, "--json", **env)
    assert report.returncode == 0, report.stderr
    counts = json.loads(report.stdout)
    assert (counts["in_doubt"], counts["failed"], counts["pending"]) == (1, 0, 1)
    assert counts["by_language"]["en"]["in_doubt"] == 1
    assert counts["by_language"]["en"]["failed"] == 0

    table = polku("campaign", "report", campaign_id, "--csv", **env)
    assert table.returncode == 0, table.stderr
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert {int(r["learner_id"]): r["outcome"] for r in rows}[doubtful] == "in_doubt"
    assert sorted(r["outcome"] for r in rows) == ["in_doubt", "pending"]

    plain = polku("campaign", "report", campaign_id, **env)
    assert plain.returncode == 0, plain.stderr
    lines = plain.stdout.splitlines()
    assert "failed: 0" in lines[2] and "in_doubt: 1" in lines[2]
    assert "en: pending: 1  in_doubt: 1" in lines
    assert any(line.startswith("1 in doubt: may have arrived") for line in lines)
