"""Plans from the command line: show, add, confirm, done, and CSV import with a dry run."""

from __future__ import annotations

import asyncio
from pathlib import Path

from store.db import create_engine, create_sessionmaker, transaction
from store.models import Role
from store.people import PeopleRepository
from tests.core.test_settings import polku
from tests.factories import add_person


def people(url: str) -> tuple[int, int]:
    async def make() -> tuple[int, int]:
        engine = create_engine(url)
        sessions = create_sessionmaker(engine)
        from datetime import UTC, datetime

        from bot.clock import FrozenClock

        clock = FrozenClock(datetime.now(UTC))
        counsellor = await add_person(sessions, clock, 1, Role.COUNSELLOR)
        learner = await add_person(sessions, clock, 2, Role.LEARNER)
        async with transaction(sessions) as session:
            await PeopleRepository(session).assign(learner.id, counsellor.id, clock.now())
        await engine.dispose()
        return counsellor.id, learner.id

    return asyncio.run(make())


def test_plan_commands_and_csv_import(sqlite_url: str, tmp_path: Path):
    env = {"POLKU_DATABASE_URL": sqlite_url}
    counsellor_id, learner_id = people(sqlite_url)
    added = polku(
        "plan",
        "add",
        str(learner_id),
        "--type",
        "cv",
        "--due",
        "2030-05-02",
        "--time",
        "10:00",
        "--place",
        "Omnia",
        **env,
    )
    assert added.returncode == 0, added.stderr
    bad = polku("plan", "add", str(learner_id), "--type", "nonsense", **env)
    assert bad.returncode == 2 and "unknown step type" in bad.stderr
    not_learner = polku("plan", "show", str(counsellor_id), **env)
    assert not_learner.returncode == 2

    csv_file = tmp_path / "steps.csv"
    csv_file.write_text(
        "learner_id,type,due_date,due_time,place,note\n"
        f"{learner_id},language_course,2030-05-10,,Omnia Leppävaara,Bring your ID\n"
        f"{learner_id},spaceflight,2030-05-10,,,\n"
        f"{counsellor_id},cv,,,,\n"
        f"{learner_id},document,10.5.2030,,,\n"
        f"{learner_id},document,,09:00,,\n"
        f"abc,cv,,,,\n",
        encoding="utf-8",
    )
    dry = polku("plan", "import", str(csv_file), "--dry-run", **env)
    assert dry.returncode == 1
    assert dry.stdout.splitlines() == [
        "line 3: rejected: unknown type 'spaceflight' (known: language_course, "
        "vocational_application, cv, job_application, employment_office, work_tryout, "
        "social_worker, health_check, document, counsellor_meeting, other)",
        f"line 4: rejected: no learner with id {counsellor_id}",
        "line 5: rejected: due_date '10.5.2030' is not YYYY-MM-DD",
        "line 6: rejected: due_time without due_date",
        "line 7: rejected: learner_id must be a number",
        "would add 1 steps; rejected 5 rows",
    ]
    shown = polku("plan", "show", str(learner_id), **env)
    assert len(shown.stdout.strip().splitlines()) == 2  # the dry run changed nothing

    real = polku("plan", "import", str(csv_file), **env)
    assert real.stdout.splitlines()[-1] == "added 1 steps; rejected 5 rows"
    shown = polku("plan", "show", str(learner_id), **env).stdout.strip().splitlines()
    assert shown[0] == f"learner {learner_id} path=work_first confirmed=no"
    assert [line.split("\t")[2:] for line in shown[1:]] == [
        ["cv", "2030-05-02 10:00", "todo"],
        ["language_course", "2030-05-10", "todo"],
    ]
    assert polku("plan", "confirm", str(learner_id), **env).stdout.strip() == "confirmed"
    step_id = shown[1].split("\t")[0]
    assert polku("plan", "done", step_id, **env).returncode == 0
    after = polku("plan", "show", str(learner_id), **env).stdout
    assert "confirmed=yes" in after and "\tcv\t2030-05-02 10:00\tdone" in after
