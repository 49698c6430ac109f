"""Staff leave in the people repository: an inactive person grants no access."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FrozenClock
from bot.people import who_wrote
from store.db import transaction
from store.invites import InviteRepository
from store.models import Role
from store.people import PeopleRepository
from tests.factories import add_person

Sessions = async_sessionmaker[AsyncSession]


async def test_an_inactive_counsellor_grants_nothing_and_the_backup_stands_in(
    sessions: Sessions, clock: FrozenClock
):
    counsellor = await add_person(sessions, clock, 1, Role.COUNSELLOR)
    backup = await add_person(sessions, clock, 2, Role.COUNSELLOR)
    learner = await add_person(sessions, clock, 3)
    other = await add_person(sessions, clock, 4)
    later = clock.now() + timedelta(days=7)
    async with transaction(sessions) as session:
        invites = InviteRepository(session)
        issued = await invites.add(
            code="from-the-counsellor",
            role=Role.LEARNER,
            counsellor_id=counsellor.id,
            issued_by_id=None,
            now=clock.now(),
            expires_at=later,
            uses=5,
        )
        unrelated = await invites.add(
            code="from-the-backup",
            role=Role.LEARNER,
            counsellor_id=backup.id,
            issued_by_id=backup.id,
            now=clock.now(),
            expires_at=later,
            uses=1,
        )
        repo = PeopleRepository(session)
        await repo.assign(learner.id, counsellor.id, clock.now())
        await repo.assign(other.id, counsellor.id, clock.now())
        assert await repo.set_backup(learner.id, backup.id)
        assert await repo.deactivate(counsellor.id)
        assert not await repo.deactivate(counsellor.id)  # once only
    async with sessions() as session:
        repo = PeopleRepository(session)
        assert await repo.active(1) is None
        assert await repo.by_telegram_id(1) is not None  # the identity stays
        assert not await repo.follows(counsellor.id, learner.id)
        assert await repo.follows(backup.id, learner.id)
        acting = await repo.counsellor_of(learner.id)
        assert acting is not None and acting.id == backup.id
        assert await repo.counsellor_of(other.id) is None
        assert [p.id for p in await repo.with_role(Role.COUNSELLOR)] == [backup.id]
        assert [p.id for p in await repo.unassigned_learners()] == [learner.id, other.id]
    async with transaction(sessions) as session:
        # Nobody joins through a counsellor who has left; other invites still work.
        assert not await InviteRepository(session).use(issued.id, clock.now())
        assert await InviteRepository(session).use(unrelated.id, clock.now())


async def test_reassign_moves_every_learner_and_an_inactive_learner_is_not_listed(
    sessions: Sessions, clock: FrozenClock
):
    old = await add_person(sessions, clock, 1, Role.COUNSELLOR)
    new = await add_person(sessions, clock, 2, Role.COUNSELLOR)
    first = await add_person(sessions, clock, 3)
    second = await add_person(sessions, clock, 4)
    async with transaction(sessions) as session:
        repo = PeopleRepository(session)
        await repo.assign(first.id, old.id, clock.now(), backup_id=new.id)
        await repo.assign(second.id, old.id, clock.now())
        assert await repo.reassign(old.id, new.id, clock.now()) == [first.id, second.id]
        await repo.deactivate(second.id)
    async with sessions() as session:
        repo = PeopleRepository(session)
        assert await repo.learners_of(old.id) == []
        assert [p.id for p in await repo.learners_of(new.id)] == [first.id]
        assignment = await repo.assignment(first.id)
        # The new counsellor is no longer their own backup.
        assert assignment is not None and assignment.backup_counsellor_id is None
        assert await repo.active(4) is None


async def test_looking_someone_up_records_nothing_and_who_wrote_records_them_seen(
    sessions: Sessions, clock: FrozenClock
):
    learner = await add_person(sessions, clock, 5)
    joined = learner.last_seen_at
    clock.advance(timedelta(hours=2))
    async with transaction(sessions) as session:
        await PeopleRepository(session).set_blocked(learner.id, clock.now())
    async with transaction(sessions) as session:
        found = await PeopleRepository(session).active(5)
        assert found is not None and found.blocked_at is not None
    async with transaction(sessions) as session:
        again = await PeopleRepository(session).get(learner.id)
        assert again is not None and again.last_seen_at == joined and again.blocked_at
    # Writing: seen now, and reachable again.
    async with transaction(sessions) as session:
        assert await who_wrote(session, 5, clock.now()) is not None
    async with transaction(sessions) as session:
        again = await PeopleRepository(session).get(learner.id)
        assert again is not None and again.last_seen_at == clock.now()
        assert again.blocked_at is None


async def test_ids_with_role_are_the_active_people_of_that_role_oldest_first(
    sessions: async_sessionmaker[AsyncSession], clock: FrozenClock
):
    learners = [await add_person(sessions, clock, 10 + n, Role.LEARNER) for n in range(3)]
    await add_person(sessions, clock, 1, Role.COUNSELLOR)
    async with transaction(sessions) as session:
        repo = PeopleRepository(session)
        await repo.deactivate(learners[1].id)
        assert await repo.ids_with_role(Role.LEARNER) == [learners[0].id, learners[2].id]
        assert await repo.ids_with_role(Role.LEARNER) == [
            p.id for p in await repo.with_role(Role.LEARNER)
        ]
