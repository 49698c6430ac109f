"""Staff leave from the command line: deactivate, list the learners left, reassign, backup."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlalchemy import select

from bot.clock import FrozenClock
from store.db import create_engine, create_sessionmaker, transaction
from store.models import AuditEntry, OutboxMessage, Person, Role
from store.people import PeopleRepository
from tests.core.test_cli import one_line
from tests.core.test_settings import polku
from tests.factories import add_person


def setup(url: str) -> dict[str, int]:
    """Two counsellors, a third one, a coordinator, and two learners of the first."""

    async def make() -> dict[str, int]:
        engine = create_engine(url)
        sessions = create_sessionmaker(engine)
        clock = FrozenClock(datetime.now(UTC))
        ids = {}
        for name, telegram_id, role in [
            ("mikko", 1, Role.COUNSELLOR),
            ("sari", 2, Role.COUNSELLOR),
            ("jussi", 3, Role.COUNSELLOR),
            ("coordinator", 4, Role.COORDINATOR),
            ("amal", 5, Role.LEARNER),
            ("omar", 6, Role.LEARNER),
        ]:
            ids[name] = (await add_person(sessions, clock, telegram_id, role)).id
        async with transaction(sessions) as session:
            people = PeopleRepository(session)
            await people.assign(ids["amal"], ids["mikko"], clock.now())
            await people.assign(ids["omar"], ids["mikko"], clock.now())
        await engine.dispose()
        return ids

    return asyncio.run(make())


def state(url: str) -> tuple[dict[int, Person], list[AuditEntry], list[OutboxMessage]]:
    async def read() -> tuple[dict[int, Person], list[AuditEntry], list[OutboxMessage]]:
        engine = create_engine(url)
        try:
            async with create_sessionmaker(engine)() as session:
                people = {p.id: p for p in (await session.execute(select(Person))).scalars()}
                audit = list((await session.execute(select(AuditEntry))).scalars())
                outbox = list((await session.execute(select(OutboxMessage))).scalars())
            return people, audit, outbox
        finally:
            await engine.dispose()

    return asyncio.run(read())


async def assignment(url: str, learner_id: int) -> tuple[int, int | None]:
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session:
            found = await PeopleRepository(session).assignment(learner_id)
            assert found is not None
            return found.counsellor_id, found.backup_counsellor_id
    finally:
        await engine.dispose()


def test_deactivate_lists_learners_then_reassign_and_backup(sqlite_url: str):
    env = {"POLKU_DATABASE_URL": sqlite_url}
    ids = setup(sqlite_url)
    mikko, sari, jussi, amal, omar = (ids[k] for k in ("mikko", "sari", "jussi", "amal", "omar"))

    backup = polku("people", "backup", "--learner", str(amal), "--counsellor", str(jussi), **env)
    assert backup.returncode == 0, backup.stderr
    assert asyncio.run(assignment(sqlite_url, amal)) == (mikko, jussi)

    done = polku("people", "deactivate", str(mikko), **env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"deactivated {mikko} (counsellor)"
    assert f"--from {mikko} --to ID" in lines[1]
    assert [line.split("\t")[0] for line in lines[2:]] == [str(amal), str(omar)]
    people, audit, _ = state(sqlite_url)
    assert not people[mikko].active
    [entry] = [a for a in audit if a.action == "person_deactivated"]
    assert entry.subject_id == mikko and entry.details["learners"] == [amal, omar]
    # The audit log keeps ids and codes only.
    assert "P1" not in str(entry.details)

    # No longer listed among counsellors; the learners wait for reassignment.
    listed = polku("people", "--role", "counsellor", **env).stdout
    assert [line.split("\t")[0] for line in listed.splitlines()] == [str(sari), str(jussi)]
    waiting = polku("people", "--unassigned", **env)
    assert [line.split("\t")[0] for line in waiting.stdout.splitlines()] == [str(amal), str(omar)]
    assert polku("people", "--role", "learner", "--unassigned", **env).stdout == waiting.stdout

    moved = polku("people", "reassign", "--from", str(mikko), "--to", str(sari), **env)
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout == f"moved 2 learners from {mikko} to {sari}\n"
    assert polku("people", "--unassigned", **env).stdout == ""
    assert asyncio.run(assignment(sqlite_url, omar)) == (sari, None)
    _, audit, outbox = state(sqlite_url)
    [notice] = [
        m for m in outbox if m.payload.get("reply", {}).get("key") == "notice-learners-reassigned"
    ]
    assert notice.person_id == sari  # only the new counsellor is told
    assert [a.action for a in audit].count("learners_reassigned") == 1


def test_staff_commands_refuse_bad_ids_in_one_line(sqlite_url: str):
    env = {"POLKU_DATABASE_URL": sqlite_url}
    ids = setup(sqlite_url)
    mikko, sari, amal = ids["mikko"], ids["sari"], ids["amal"]
    cases = [
        (("people", "deactivate", "999"), "no person with id 999"),
        (("people", "reassign", "--from", str(mikko), "--to", str(amal)), "is not a counsellor"),
        (("people", "reassign", "--from", str(amal), "--to", str(sari)), "is not a counsellor"),
        (("people", "reassign", "--from", str(mikko), "--to", str(mikko)), "the same"),
        (("people", "backup", "--learner", str(sari), "--counsellor", str(mikko)), "no learner"),
        (
            ("people", "backup", "--learner", str(amal), "--counsellor", str(amal)),
            "not a counsellor",
        ),
        (("people", "backup", "--learner", str(amal), "--counsellor", str(mikko)), "designated"),
        (("people", "--role", "counsellor", "--unassigned"), "learners only"),
    ]
    lines = [one_line(polku(*command, **env)) for command, _ in cases]
    for (command, expected), line in zip(cases, lines, strict=True):
        assert line.startswith("polku: ") and expected in line, (command, line)
    assert polku("people", "deactivate", str(mikko), **env).returncode == 0
    line = one_line(polku("people", "deactivate", str(mikko), **env))
    assert "inactive already" in line
    line = one_line(polku("people", "reassign", "--from", str(sari), "--to", str(mikko), **env))
    assert f"counsellor {mikko} is inactive" in line
    line = one_line(
        polku("people", "backup", "--learner", str(amal), "--counsellor", str(mikko), **env)
    )
    assert "inactive" in line
    # A learner invite for a counsellor who left is refused too.
    env_bot = {**env, "TELEGRAM_BOT_USERNAME": "polku_bot", "TELEGRAM_BOT_TOKEN": "1:x"}
    refused = polku("invite", "learner", "--counsellor", str(mikko), **env_bot)
    assert refused.returncode == 2 and "inactive" in refused.stderr


def test_activate_gives_access_back_without_moving_learners(sqlite_url: str):
    env = {"POLKU_DATABASE_URL": sqlite_url}
    ids = setup(sqlite_url)
    mikko, sari, amal, omar = ids["mikko"], ids["sari"], ids["amal"], ids["omar"]
    assert "active already" in one_line(polku("people", "activate", str(mikko), **env))
    assert "no person with id 999" in one_line(polku("people", "activate", "999", **env))

    assert polku("people", "deactivate", str(mikko), **env).returncode == 0
    moved = polku("people", "reassign", "--from", str(mikko), "--to", str(sari), **env)
    assert moved.returncode == 0, moved.stderr
    done = polku("people", "activate", str(mikko), **env)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert first == f"activated {mikko} (counsellor)"
    # The output says that nothing moves back, and how to move learners.
    assert second.startswith("0 learners still have them as counsellor")
    assert f"reassign --from ID --to {mikko}" in second
    people, audit, _ = state(sqlite_url)
    assert people[mikko].active
    [entry] = [a for a in audit if a.action == "person_activated"]
    assert (entry.subject_id, entry.details) == (mikko, {"role": "counsellor"})
    assert asyncio.run(assignment(sqlite_url, amal))[0] == sari
    assert asyncio.run(assignment(sqlite_url, omar))[0] == sari
    listed = polku("people", "--role", "counsellor", **env).stdout
    assert str(mikko) in [line.split("\t")[0] for line in listed.splitlines()]
