"""People, their roles and learner-counsellor assignments."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, bindparam, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from store.db import lock_person
from store.dialogues import remember_place
from store.models import Assignment, DialogueState, Invite, LanguageSource, Person, Role

# How precisely "last seen" is kept.
SEEN_RESOLUTION = timedelta(minutes=5)

# Every update looks a person up: the statements are built once (building one costs more
# CPU than SQLite takes to run it); each execution binds the id.
_BY_TELEGRAM_ID = select(Person).where(Person.telegram_user_id == bindparam("telegram_user_id"))
_WITH_PLACE = (
    select(Person, DialogueState)
    .outerjoin(DialogueState, DialogueState.person_id == Person.id)
    .where(Person.telegram_user_id == bindparam("telegram_user_id"))
)


class PeopleRepository:
    """Reads and writes people within the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def by_telegram_id(self, telegram_user_id: int) -> Person | None:
        """The person with this Telegram user id, if they have joined (active or not).

        An identity look-up, not an access check: use :meth:`active` for the person who
        just wrote.
        """
        result = await self._session.execute(
            _BY_TELEGRAM_ID, {"telegram_user_id": telegram_user_id}
        )
        return result.scalar_one_or_none()

    async def get(self, person_id: int) -> Person | None:
        """The person with this id."""
        return await self._session.get(Person, person_id)

    async def get_many(self, person_ids: Iterable[int]) -> dict[int, Person]:
        """The people with these ids, by id (one query)."""
        ids = set(person_ids)
        if not ids:
            return {}
        result = await self._session.execute(select(Person).where(Person.id.in_(ids)))
        return {person.id: person for person in result.scalars()}

    async def add(
        self,
        *,
        telegram_user_id: int,
        chat_id: int,
        role: Role,
        display_name: str,
        language: str,
        language_source: LanguageSource,
        time_zone: str,
        now: datetime,
        joined_update_id: int | None = None,
    ) -> Person:
        """Create a person and flush, so the new id is known."""
        person = Person(
            telegram_user_id=telegram_user_id,
            chat_id=chat_id,
            role=role,
            display_name=display_name,
            language=language,
            language_source=language_source,
            time_zone=time_zone,
            active=True,
            blocked_at=None,
            created_at=now,
            last_seen_at=now,
            joined_update_id=joined_update_id,
        )
        self._session.add(person)
        await self._session.flush()
        return person

    async def touch(self, person_id: int, now: datetime) -> None:
        """Record that the person was active, and that they are reachable again."""
        await self._session.execute(
            update(Person).where(Person.id == person_id).values(last_seen_at=now, blocked_at=None)
        )

    async def active(self, telegram_user_id: int, *, with_place: bool = False) -> Person | None:
        """The person with this Telegram id while their access holds; else ``None``.

        Someone whose access has ended (deactivated) is ``None`` here, as if they had never
        joined: every check that grants access starts from this look-up.

        On PostgreSQL this first takes the person's turn (:func:`store.db.lock_person`):
        what the transaction reads next (their dialogue state, their plan) is not changed
        by another process until it commits.

        ``with_place``: bring the person's dialogue place in the same query, for a turn
        that will look at it (:mod:`store.dialogues`).
        """
        await lock_person(self._session, telegram_user_id)
        if not with_place:
            person = await self.by_telegram_id(telegram_user_id)
        else:
            row = (
                await self._session.execute(_WITH_PLACE, {"telegram_user_id": telegram_user_id})
            ).one_or_none()
            person = row[0] if row is not None else None
            if row is not None:
                remember_place(self._session, row[0].id, row[1])
        return person if person is not None and person.active else None

    async def seen(self, person: Person, now: datetime) -> None:
        """Record that ``person`` was here at ``now``, and so can be reached again.

        The write is skipped while ``last_seen_at`` is recent: one per person every few
        minutes, not one per message (SQLite has a single writer).
        """
        if person.blocked_at is not None or now - person.last_seen_at > SEEN_RESOLUTION:
            await self.touch(person.id, now)
            person.blocked_at = None
            person.last_seen_at = now

    async def set_blocked(self, person_id: int, when: datetime | None) -> None:
        """Record that the person blocked the bot (``when``) or unblocked it (``None``)."""
        await self._session.execute(
            update(Person).where(Person.id == person_id).values(blocked_at=when)
        )

    async def set_language(self, person_id: int, language: str, source: LanguageSource) -> None:
        """Change the person's language."""
        await self._session.execute(
            update(Person)
            .where(Person.id == person_id)
            .values(language=language, language_source=source)
        )

    async def set_reading(
        self, person_id: int, *, second_language: str | None, finnish_practice: bool
    ) -> None:
        """Change the person's second language and Finnish practice."""
        await self._session.execute(
            update(Person)
            .where(Person.id == person_id)
            .values(second_language=second_language, finnish_practice=finnish_practice)
        )

    async def set_check_in_time(
        self, person_id: int, *, weekday: int | None, hour: int | None
    ) -> None:
        """When the learner wants the weekly check-in (both None: the default rhythm)."""
        await self._session.execute(
            update(Person)
            .where(Person.id == person_id)
            .values(check_in_weekday=weekday, check_in_hour=hour)
        )

    async def with_role(self, role: Role) -> list[Person]:
        """Active people with ``role``, oldest first."""
        result = await self._session.execute(
            select(Person).where(Person.role == role, Person.active.is_(True)).order_by(Person.id)
        )
        return list(result.scalars())

    async def ids_with_role(self, role: Role) -> list[int]:
        """The ids of the active people with ``role``, oldest first (for a job that goes
        through all of them one by one: 50,000 learners as people took 82 MiB, as ids 2)."""
        result = await self._session.execute(
            select(Person.id)
            .where(Person.role == role, Person.active.is_(True))
            .order_by(Person.id)
        )
        return list(result.scalars())

    async def assign(
        self, learner_id: int, counsellor_id: int, now: datetime, backup_id: int | None = None
    ) -> None:
        """Make ``counsellor_id`` the learner's designated counsellor."""
        existing = await self._session.get(Assignment, learner_id)
        if existing is None:
            self._session.add(
                Assignment(
                    learner_id=learner_id,
                    counsellor_id=counsellor_id,
                    backup_counsellor_id=backup_id,
                    assigned_at=now,
                )
            )
        else:
            existing.counsellor_id = counsellor_id
            existing.backup_counsellor_id = backup_id
            existing.assigned_at = now
        await self._session.flush()

    async def assignment(self, learner_id: int) -> Assignment | None:
        """The learner's assignment, if any."""
        return await self._session.get(Assignment, learner_id)

    async def counsellor_of(self, learner_id: int) -> Person | None:
        """The learner's acting counsellor: the designated one, or the backup if they left.

        Returns:
            The designated counsellor while active; else the backup while active; else
            ``None`` (the learner waits for reassignment).
        """
        assignment = await self.assignment(learner_id)
        if assignment is None:
            return None
        for counsellor_id in (assignment.counsellor_id, assignment.backup_counsellor_id):
            counsellor = await self.get(counsellor_id) if counsellor_id is not None else None
            if counsellor is not None and counsellor.active:
                return counsellor
        return None

    async def follows(self, counsellor_id: int, learner_id: int) -> bool:
        """Whether the active counsellor is the learner's designated or backup counsellor."""
        assignment = await self.assignment(learner_id)
        if assignment is None or counsellor_id not in (
            assignment.counsellor_id,
            assignment.backup_counsellor_id,
        ):
            return False
        counsellor = await self.get(counsellor_id)
        return counsellor is not None and counsellor.active

    async def learners_of(self, counsellor_id: int) -> list[Person]:
        """The active learners whose designated counsellor is ``counsellor_id``."""
        result = await self._session.execute(
            select(Person)
            .join(Assignment, Assignment.learner_id == Person.id)
            .where(Assignment.counsellor_id == counsellor_id, Person.active.is_(True))
            .order_by(Person.id)
        )
        return list(result.scalars())

    async def deactivate(self, person_id: int) -> bool:
        """End the person's access; False when they were inactive already.

        Invites they issued, and learner invites naming them as counsellor, stop working:
        nobody joins through someone who has left.
        """
        result = await self._session.execute(
            update(Person)
            .where(Person.id == person_id, Person.active.is_(True))
            .values(active=False)
        )
        await self._session.execute(
            update(Invite)
            .where(
                or_(Invite.issued_by_id == person_id, Invite.counsellor_id == person_id),
                Invite.uses_left > 0,
            )
            .values(uses_left=0)
        )
        return (result.rowcount or 0) == 1  # type: ignore[attr-defined]

    async def unassigned_learners(self) -> list[Person]:
        """Active learners whose designated counsellor has left (waiting for reassignment)."""
        counsellor = aliased(Person)
        result = await self._session.execute(
            select(Person)
            .join(Assignment, Assignment.learner_id == Person.id)
            .join(counsellor, counsellor.id == Assignment.counsellor_id)
            .where(Person.active.is_(True), counsellor.active.is_(False))
            .order_by(Person.id)
        )
        return list(result.scalars())

    async def reassign(self, from_id: int, to_id: int, now: datetime) -> list[int]:
        """Move every learner (active or not) of counsellor ``from_id`` to ``to_id``.

        A backup that would now be the designated counsellor is cleared.

        Returns:
            The ids of the learners moved, in id order.
        """
        result = await self._session.execute(
            select(Assignment)
            .where(Assignment.counsellor_id == from_id)
            .order_by(Assignment.learner_id)
        )
        moved = list(result.scalars())
        for assignment in moved:
            assignment.counsellor_id = to_id
            assignment.assigned_at = now
            if assignment.backup_counsellor_id == to_id:
                assignment.backup_counsellor_id = None
        await self._session.flush()
        return [a.learner_id for a in moved]

    async def set_backup(self, learner_id: int, counsellor_id: int | None) -> bool:
        """Set (or clear) the learner's backup counsellor; False when they have no assignment."""
        assignment = await self.assignment(learner_id)
        if assignment is None:
            return False
        assignment.backup_counsellor_id = counsellor_id
        await self._session.flush()
        return True

    # -- staff management: pages for a coordinator's /staff ---------------------------

    async def activate(self, person_id: int) -> bool:
        """Give the person access again; False when they were active already.

        Invites that stopped working when they left stay stopped; learners who were
        moved to others stay where they are.
        """
        result = await self._session.execute(
            update(Person)
            .where(Person.id == person_id, Person.active.is_(False))
            .values(active=True)
        )
        return (result.rowcount or 0) == 1  # type: ignore[attr-defined]

    def _staff_query(self, exclude_id: int) -> Select[Person]:
        return select(Person).where(
            Person.role.in_((Role.COUNSELLOR, Role.COORDINATOR)), Person.id != exclude_id
        )

    async def count_staff(self, exclude_id: int) -> int:
        """How many counsellors and coordinators (active or not) there are besides one."""
        query = self._staff_query(exclude_id).with_only_columns(func.count())
        return int((await self._session.execute(query)).scalar_one())

    async def staff_page(self, exclude_id: int, offset: int, limit: int) -> list[Person]:
        """Counsellors and coordinators besides one: active first, then by id."""
        result = await self._session.execute(
            self._staff_query(exclude_id)
            .order_by(Person.active.desc(), Person.id)
            .offset(offset)
            .limit(limit)
        )
        return list(result.scalars())

    async def counsellor_loads(self) -> list[CounsellorLoad]:
        """Counsellors with their active learners: every active one, and those who left
        while learners still name them; active first, then by id."""
        learner = aliased(Person)
        count = func.count(learner.id)
        result = await self._session.execute(
            select(Person, count)
            .outerjoin(Assignment, Assignment.counsellor_id == Person.id)
            .outerjoin(learner, (learner.id == Assignment.learner_id) & learner.active.is_(True))
            .where(Person.role == Role.COUNSELLOR)
            .group_by(Person.id)
            .having(or_(Person.active.is_(True), count > 0))
            .order_by(Person.active.desc(), Person.id)
        )
        return [CounsellorLoad(person, int(n)) for person, n in result.all()]

    async def count_learners_of(self, counsellor_id: int) -> int:
        """How many active learners have ``counsellor_id`` as designated counsellor."""
        result = await self._session.execute(
            select(func.count())
            .select_from(Person)
            .join(Assignment, Assignment.learner_id == Person.id)
            .where(Assignment.counsellor_id == counsellor_id, Person.active.is_(True))
        )
        return int(result.scalar_one())

    async def learners_page(
        self, counsellor_id: int, offset: int, limit: int
    ) -> list[LearnerBackup]:
        """A page of the counsellor's active learners, by name, each with their backup."""
        backup = aliased(Person)
        result = await self._session.execute(
            select(Person, backup)
            .join(Assignment, Assignment.learner_id == Person.id)
            .outerjoin(backup, backup.id == Assignment.backup_counsellor_id)
            .where(Assignment.counsellor_id == counsellor_id, Person.active.is_(True))
            .order_by(Person.display_name, Person.id)
            .offset(offset)
            .limit(limit)
        )
        return [LearnerBackup(learner, found) for learner, found in result.all()]


@dataclass(frozen=True, slots=True)
class CounsellorLoad:
    """A counsellor and how many active learners name them as designated counsellor."""

    counsellor: Person
    learners: int


@dataclass(frozen=True, slots=True)
class LearnerBackup:
    """A learner and their backup counsellor, if one is set (active or not)."""

    learner: Person
    backup: Person | None
