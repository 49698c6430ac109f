"""Staff leave: deactivating people, reassigning learners, backup counsellors."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.errors import PolkuError, StaleButton
from bot.outbox import Outbox, cause_digest
from bot.people import Sender, require_role
from bot.replies import Answer, Button, Reply
from store.audit import AuditRepository
from store.db import transaction
from store.models import Person, Role
from store.outbox import OutboxRepository
from store.people import PeopleRepository

log = logging.getLogger(__name__)

PREFIX = "staff:"
# Ids in callback data point at rows whose keys are 32-bit on every backend.
MAX_ID = 2**31 - 1
# What a coordinator may do to a member of staff from Telegram.
OPERATIONS = frozenset({"deactivate", "confirm"})
STAFF_ROLES = (Role.COUNSELLOR, Role.COORDINATOR)


class StaffError(PolkuError):
    """A staff change that cannot be made as asked (one line for operators)."""


@dataclass(frozen=True, slots=True)
class Deactivated:
    """A person whose access just ended, and the learners now waiting for a counsellor."""

    person: Person
    learners: tuple[Person, ...]


def parse_callback(data: str) -> tuple[str, int]:
    """A staff button's operation and person id, from ``staff:<op>:<id>``.

    Raises:
        StaleButton: the data does not have that shape, names an unknown operation, or
            the id cannot name a record (forged or mangled buttons).
    """
    prefix, _, rest = data.partition(PREFIX)
    op, _, raw_id = rest.partition(":")
    if prefix or op not in OPERATIONS or not raw_id.isascii() or not raw_id.isdigit():
        raise StaleButton(data=data[:20])
    target = int(raw_id)
    if not 0 <= target <= MAX_ID:
        raise StaleButton(data=data[:20])
    return op, target


class Staff:
    """Ends staff access and moves their learners; from the command line and Telegram."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], clock: Clock, outbox: Outbox
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._outbox = outbox

    # -- shared by the command line and Telegram --------------------------------------

    async def _deactivate(
        self, session: AsyncSession, person: Person, actor_id: int | None, via: str
    ) -> Deactivated:
        people = PeopleRepository(session)
        now = self._clock.now()
        await people.deactivate(person.id)
        person.active = False
        # Nothing more goes to them: notices meant for a counsellor who left are not sent.
        await OutboxRepository(session).cancel_for_person(person.id, now)
        learners = await people.learners_of(person.id)
        await AuditRepository(session).record(
            at=now,
            actor_id=actor_id,
            action="person_deactivated",
            via=via,
            subject_id=person.id,
            details={"role": person.role.value, "learners": [each.id for each in learners]},
        )
        log.info("person_deactivated person=%d via=%s", person.id, via)
        return Deactivated(person, tuple(learners))

    async def deactivate(self, person_id: int, *, via: str = "cli") -> Deactivated:
        """End a person's access at once.

        Returns:
            The person and, for a counsellor, their learners (for reassignment).

        Raises:
            StaffError: no such person, or their access has ended already.
        """
        async with transaction(self._sessions) as session:
            person = await PeopleRepository(session).get(person_id)
            if person is None:
                raise StaffError(f"no person with id {person_id}")
            if not person.active:
                raise StaffError(f"person {person_id} is inactive already")
            return await self._deactivate(session, person, None, via)

    async def _counsellor(
        self, session: AsyncSession, person_id: int, *, active: bool = False
    ) -> Person:
        person = await PeopleRepository(session).get(person_id)
        if person is None or person.role is not Role.COUNSELLOR:
            raise StaffError(f"person {person_id} is not a counsellor")
        if active and not person.active:
            raise StaffError(f"counsellor {person_id} is inactive")
        return person

    async def reassign(self, from_id: int, to_id: int, *, via: str = "cli") -> list[int]:
        """Move every learner of counsellor ``from_id`` to the active counsellor ``to_id``.

        Only the new counsellor is told, through the outbox.

        Returns:
            The ids of the learners moved.

        Raises:
            StaffError: either id is not a counsellor, the target is inactive, or both
                are the same.
        """
        if from_id == to_id:
            raise StaffError("--from and --to are the same counsellor")
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            await self._counsellor(session, from_id)
            target = await self._counsellor(session, to_id, active=True)
            moved = await PeopleRepository(session).reassign(from_id, to_id, now)
            await AuditRepository(session).record(
                at=now,
                actor_id=None,
                action="learners_reassigned",
                via=via,
                subject_id=to_id,
                details={"from": from_id, "to": to_id, "learners": moved},
            )
            if moved:
                # The key comes from the cause (who moved to whom), never from the clock.
                cause = cause_digest(moved)
                await self._outbox.enqueue(
                    session,
                    key=f"reassigned:{from_id}:to:{to_id}:{cause}",
                    to=target,
                    reply=Reply("notice-learners-reassigned", {"count": len(moved)}),
                    kind="notice",
                    now=now,
                )
        log.info("learners_reassigned from=%d to=%d count=%d", from_id, to_id, len(moved))
        return moved

    async def set_backup(self, learner_id: int, counsellor_id: int, *, via: str = "cli") -> None:
        """Make the active counsellor ``counsellor_id`` the learner's backup.

        Raises:
            StaffError: no such learner or they have no counsellor; not an active
                counsellor; or the counsellor is the designated one already.
        """
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            people = PeopleRepository(session)
            learner = await people.get(learner_id)
            if learner is None or learner.role is not Role.LEARNER:
                raise StaffError(f"no learner with id {learner_id}")
            await self._counsellor(session, counsellor_id, active=True)
            assignment = await people.assignment(learner_id)
            if assignment is None:
                raise StaffError(f"learner {learner_id} has no counsellor")
            if assignment.counsellor_id == counsellor_id:
                raise StaffError(f"counsellor {counsellor_id} is the designated counsellor")
            await people.set_backup(learner_id, counsellor_id)
            await AuditRepository(session).record(
                at=now,
                actor_id=None,
                action="backup_set",
                via=via,
                subject_id=learner_id,
                details={"counsellor": counsellor_id},
            )

    async def unassigned(self) -> list[Person]:
        """Active learners whose designated counsellor has left."""
        async with transaction(self._sessions) as session:
            return await PeopleRepository(session).unassigned_learners()

    # -- Telegram: a coordinator's /staff ---------------------------------------------

    async def _coordinator(self, session: AsyncSession, sender: Sender) -> Person:
        person = await PeopleRepository(session).active(sender.telegram_user_id, self._clock.now())
        return require_role(person, Role.COORDINATOR)

    async def _member(self, session: AsyncSession, coordinator: Person, person_id: int) -> Person:
        """An active member of staff other than the coordinator (else a stale button)."""
        person = await PeopleRepository(session).get(person_id)
        if (
            person is None
            or not person.active
            or person.role not in STAFF_ROLES
            or person.id == coordinator.id
        ):
            raise StaleButton(data=str(person_id))
        return person

    async def listing(self, sender: Sender) -> Answer:
        """``/staff``: counsellors and coordinators, each with a Deactivate button.

        Raises:
            NotRegistered, NotAllowed: the sender is not an active coordinator.
        """
        async with transaction(self._sessions) as session:
            coordinator = await self._coordinator(session, sender)
            people = PeopleRepository(session)
            members = [
                each
                for role in STAFF_ROLES
                for each in await people.with_role(role)
                if each.id != coordinator.id
            ]
        answer = (Reply("staff-none"),)
        if members:
            buttons = tuple(
                (
                    Button(
                        "staff-deactivate-button",
                        data=f"{PREFIX}deactivate:{each.id}",
                        args={"name": each.display_name, "role": each.role.value},
                    ),
                )
                for each in members
            )
            answer = (Reply("staff-list", buttons=buttons),)
        return Answer(coordinator.language, coordinator.time_zone, answer)

    async def press(self, sender: Sender, data: str) -> Answer:
        """A staff button: ask to confirm a deactivation, or make it.

        Raises:
            StaleButton: malformed data, or no active member of staff by that id.
            NotRegistered, NotAllowed: the sender is not an active coordinator.
        """
        op, target = parse_callback(data)
        async with transaction(self._sessions) as session:
            coordinator = await self._coordinator(session, sender)
            person = await self._member(session, coordinator, target)
            if op == "deactivate":
                buttons = ((Button("staff-confirm-button", data=f"{PREFIX}confirm:{person.id}"),),)
                reply = Reply(
                    "staff-deactivate-confirm",
                    {"name": person.display_name, "role": person.role.value},
                    buttons,
                    edit=True,
                )
            else:
                done = await self._deactivate(session, person, coordinator.id, "telegram")
                reply = Reply(
                    "staff-deactivated",
                    {"name": person.display_name, "count": len(done.learners)},
                    edit=True,
                )
        return Answer(coordinator.language, coordinator.time_zone, (reply,))
