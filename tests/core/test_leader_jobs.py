"""Every job the leading worker schedules is one that a worker losing the lead removes.

A job missing from ``LEADER_JOBS`` keeps running in a worker that follows, and a worker
that leads again adds a second copy (bot/leadership.py: one leader runs the jobs).
"""

from __future__ import annotations

from bot.core import open_core
from bot.telegram import app as telegram_app
from tests.conftest import make_settings


async def test_the_leaders_jobs_are_all_named_as_leader_jobs(sqlite_url: str):
    settings = make_settings(sqlite_url)
    application = telegram_app.build_application(settings)
    core = open_core(settings, bot_username="polku_bot")
    try:
        assert application.job_queue is not None
        telegram_app._schedule_leader_jobs(application, core, settings)
        names = {job.name for job in application.job_queue.jobs()}
    finally:
        await core.close()
    assert "crisis-unanswered" in names
    assert names <= telegram_app.LEADER_JOBS, names - telegram_app.LEADER_JOBS
