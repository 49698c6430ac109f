"""Staff management: ending and giving back access, reassigning learners, backup counsellors."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.errors import PolkuError, StaleButton
from bot.i18n import reading_of
from bot.outbox import Outbox, cause_digest
from bot.people import Sender, require_role, who_wrote
from bot.replies import Answer, Arg, Button, Reply
from store.audit import AuditRepository
from store.db import transaction
from store.models import Person, Role
from store.outbox import OutboxRepository
from store.people import PeopleRepository

log = logging.getLogger(__name__)

PREFIX = "staff:"
# Ids in callback data point at rows whose keys are 32-bit on every backend.
MAX_ID = 2**31 - 1
# What a coordinator may do from Telegram: each operation and how many numbers follow it
# (ids of people, or a page number last).
OPERATIONS: dict[str, int] = {
    "page": 1,  # the staff list, page n
    "deactivate": 1,  # ask to end a staff member's access
    "confirm": 1,  # end it
    "activate": 1,  # ask to give a former staff member access again
    "activate-confirm": 1,  # give it
    "backups": 1,  # counsellors whose learners to show, page n
    "learners": 2,  # a counsellor's learners, page n
    "backup": 2,  # a learner's possible backups, page n
    "backup-ask": 2,  # confirm a learner's backup counsellor
    "backup-set": 2,  # set it
    "move": 2,  # counsellors to move a former counsellor's learners to, page n
    "move-ask": 2,  # confirm moving them all to a counsellor
    "move-set": 2,  # move them
}
STAFF_ROLES = (Role.COUNSELLOR, Role.COORDINATOR)
# Buttons per page: a phone shows eight names without scrolling.
PAGE_SIZE = 8


class StaffError(PolkuError):
    """A staff change that cannot be made as asked (one line for operators)."""


@dataclass(frozen=True, slots=True)
class Deactivated:
    """A person whose access just ended, and the learners now waiting for a counsellor."""

    person: Person
    learners: tuple[Person, ...]


def parse_callback(data: str) -> tuple[str, tuple[int, ...]]:
    """A staff button's operation and numbers, from ``staff:<op>:<n>[:<n>]``.

    Raises:
        StaleButton: the data does not have that shape, names an unknown operation, has
            too few or too many numbers, or a number cannot name a record (forged or
            mangled buttons).
    """
    prefix, _, rest = data.partition(PREFIX)
    op, _, raw = rest.partition(":")
    parts = raw.split(":")
    if prefix or op not in OPERATIONS or len(parts) != OPERATIONS[op]:
        raise StaleButton(data=data[:20])
    if not all(part.isascii() and part.isdigit() for part in parts):
        raise StaleButton(data=data[:20])
    numbers = tuple(int(part) for part in parts)
    if not all(0 <= number <= MAX_ID for number in numbers):
        raise StaleButton(data=data[:20])
    return op, numbers


def _page(total: int, page: int) -> tuple[int, int]:
    """The page to show (a page past the end shows the last one) and how many there are."""
    pages = max(1, -(-total // PAGE_SIZE))
    return min(page, pages - 1), pages


def _pager(data: str, page: int, pages: int) -> tuple[tuple[Button, ...], ...]:
    """Previous and next buttons; ``data`` is the callback data without the page."""
    row = []
    if page > 0:
        row.append(Button("staff-page-previous", data=f"{data}:{page - 1}"))
    if page < pages - 1:
        row.append(Button("staff-page-next", data=f"{data}:{page + 1}"))
    return (tuple(row),) if row else ()


class Staff:
    """Staff access, reassignment and backup counsellors; from the command line and Telegram."""

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
        # Nothing more goes to them. Notices about their learners wait: when one is due,
        # the sender gives it to whoever acts for that learner then (the backup, or the
        # counsellor the learners were moved to).
        await OutboxRepository(session).cancel_for_person(person.id, now, keep_about_others=True)
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

    async def _activate(
        self, session: AsyncSession, person: Person, actor_id: int | None, via: str
    ) -> int:
        people = PeopleRepository(session)
        await people.activate(person.id)
        person.active = True
        # Learners still naming them come back to them by themselves; nobody is moved.
        waiting = await people.count_learners_of(person.id)
        await AuditRepository(session).record(
            at=self._clock.now(),
            actor_id=actor_id,
            action="person_activated",
            via=via,
            subject_id=person.id,
            details={"role": person.role.value},
        )
        log.info("person_activated person=%d via=%s", person.id, via)
        return waiting

    async def activate(self, person_id: int, *, via: str = "cli") -> tuple[Person, int]:
        """Give a person whose access ended access again; no learner is moved to them.

        Returns:
            The person, and how many active learners still name them as counsellor.

        Raises:
            StaffError: no such person, or they are active.
        """
        async with transaction(self._sessions) as session:
            person = await PeopleRepository(session).get(person_id)
            if person is None:
                raise StaffError(f"no person with id {person_id}")
            if person.active:
                raise StaffError(f"person {person_id} is active already")
            return person, await self._activate(session, person, None, via)

    async def _counsellor(
        self, session: AsyncSession, person_id: int, *, active: bool = False
    ) -> Person:
        person = await PeopleRepository(session).get(person_id)
        if person is None or person.role is not Role.COUNSELLOR:
            raise StaffError(f"person {person_id} is not a counsellor")
        if active and not person.active:
            raise StaffError(f"counsellor {person_id} is inactive")
        return person

    async def _reassign(
        self, session: AsyncSession, from_id: int, target: Person, actor_id: int | None, via: str
    ) -> list[int]:
        now = self._clock.now()
        moved = await PeopleRepository(session).reassign(from_id, target.id, now)
        await AuditRepository(session).record(
            at=now,
            actor_id=actor_id,
            action="learners_reassigned",
            via=via,
            subject_id=target.id,
            details={"from": from_id, "to": target.id, "learners": moved},
        )
        if moved:
            # The key comes from the cause (who moved to whom), never from the clock.
            cause = cause_digest(moved)
            await self._outbox.enqueue(
                session,
                key=f"reassigned:{from_id}:to:{target.id}:{cause}",
                to=target,
                reply=Reply("notice-learners-reassigned", {"count": len(moved)}),
                kind="notice",
                now=now,
            )
        log.info("learners_reassigned from=%d to=%d count=%d", from_id, target.id, len(moved))
        return moved

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
        async with transaction(self._sessions) as session:
            await self._counsellor(session, from_id)
            target = await self._counsellor(session, to_id, active=True)
            return await self._reassign(session, from_id, target, None, via)

    async def _set_backup(
        self,
        session: AsyncSession,
        learner: Person,
        counsellor: Person,
        actor_id: int | None,
        via: str,
    ) -> bool:
        """Make ``counsellor`` the learner's backup and tell them both; False if it was."""
        people = PeopleRepository(session)
        assignment = await people.assignment(learner.id)
        assert assignment is not None  # callers check it
        previous = assignment.backup_counsellor_id
        if previous == counsellor.id:
            return False
        await people.set_backup(learner.id, counsellor.id)
        now = self._clock.now()
        await AuditRepository(session).record(
            at=now,
            actor_id=actor_id,
            action="backup_set",
            via=via,
            subject_id=learner.id,
            details={"counsellor": counsellor.id, "previous": previous},
        )
        # Keys from the cause (whose backup changed from whom to whom), never the clock:
        # a replayed press or command queues nothing twice.
        cause = f"{learner.id}:{previous or 0}:{counsellor.id}"
        designated = await people.get(assignment.counsellor_id)
        await self._outbox.enqueue(
            session,
            key=f"backup-set:{cause}:learner",
            to=learner,
            reply=Reply(
                "notice-backup-for-learner",
                {
                    "backup": counsellor.display_name,
                    "counsellor": designated.display_name if designated else "",
                },
            ),
            kind="notice",
            now=now,
        )
        await self._outbox.enqueue(
            session,
            key=f"backup-set:{cause}:counsellor",
            to=counsellor,
            reply=Reply("notice-backup-for-counsellor", {"name": learner.display_name}),
            kind="notice",
            now=now,
            about=learner,
        )
        log.info("backup_set learner=%d counsellor=%d via=%s", learner.id, counsellor.id, via)
        return True

    async def set_backup(self, learner_id: int, counsellor_id: int, *, via: str = "cli") -> None:
        """Make the active counsellor ``counsellor_id`` the learner's backup.

        The learner and the backup are told through the outbox (once: setting the same
        backup again changes nothing).

        Raises:
            StaffError: no such learner or they have no counsellor; not an active
                counsellor; or the counsellor is the designated one already.
        """
        async with transaction(self._sessions) as session:
            people = PeopleRepository(session)
            learner = await people.get(learner_id)
            if learner is None or learner.role is not Role.LEARNER:
                raise StaffError(f"no learner with id {learner_id}")
            counsellor = await self._counsellor(session, counsellor_id, active=True)
            assignment = await people.assignment(learner_id)
            if assignment is None:
                raise StaffError(f"learner {learner_id} has no counsellor")
            if assignment.counsellor_id == counsellor_id:
                raise StaffError(f"counsellor {counsellor_id} is the designated counsellor")
            await self._set_backup(session, learner, counsellor, None, via)

    async def unassigned(self) -> list[Person]:
        """Active learners whose designated counsellor has left."""
        async with transaction(self._sessions) as session:
            return await PeopleRepository(session).unassigned_learners()

    # -- Telegram: a coordinator's /staff ---------------------------------------------
    #
    # Every press starts again from the database: the presser must be an active
    # coordinator, and every id in the button must still name the right kind of person
    # in the right state; anything else is a button that no longer works.

    async def _coordinator(self, session: AsyncSession, sender: Sender) -> Person:
        person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
        return require_role(person, Role.COORDINATOR)

    async def _member(
        self, session: AsyncSession, coordinator: Person, person_id: int, *, active: bool = True
    ) -> Person:
        """A member of staff other than the coordinator, active or not as asked."""
        person = await PeopleRepository(session).get(person_id)
        if (
            person is None
            or person.active is not active
            or person.role not in STAFF_ROLES
            or person.id == coordinator.id
        ):
            raise StaleButton(data=str(person_id))
        return person

    async def _learner(self, session: AsyncSession, learner_id: int) -> tuple[Person, int]:
        """An active learner with a designated counsellor, and that counsellor's id."""
        people = PeopleRepository(session)
        learner = await people.get(learner_id)
        if learner is None or learner.role is not Role.LEARNER or not learner.active:
            raise StaleButton(data=str(learner_id))
        assignment = await people.assignment(learner_id)
        if assignment is None:
            raise StaleButton(data=str(learner_id))
        return learner, assignment.counsellor_id

    async def _backup_for(
        self, session: AsyncSession, learner_id: int, counsellor_id: int
    ) -> tuple[Person, Person, int]:
        """A learner, an active counsellor who may become their backup, and the id of the
        learner's designated counsellor."""
        learner, designated = await self._learner(session, learner_id)
        counsellor = await PeopleRepository(session).get(counsellor_id)
        if (
            counsellor is None
            or counsellor.role is not Role.COUNSELLOR
            or not counsellor.active
            or counsellor.id == designated
        ):
            raise StaleButton(data=str(counsellor_id))
        return learner, counsellor, designated

    async def _former_counsellor(self, session: AsyncSession, person_id: int) -> Person:
        """A counsellor whose access ended and whose learners still wait."""
        people = PeopleRepository(session)
        person = await people.get(person_id)
        if (
            person is None
            or person.role is not Role.COUNSELLOR
            or person.active
            or not await people.count_learners_of(person.id)
        ):
            raise StaleButton(data=str(person_id))
        return person

    async def _move_target(self, session: AsyncSession, person_id: int) -> Person:
        person = await PeopleRepository(session).get(person_id)
        if person is None or person.role is not Role.COUNSELLOR or not person.active:
            raise StaleButton(data=str(person_id))
        return person

    async def _staff_page(self, session: AsyncSession, coordinator: Person, page: int) -> Reply:
        people = PeopleRepository(session)
        page, pages = _page(await people.count_staff(coordinator.id), page)
        members = await people.staff_page(coordinator.id, page * PAGE_SIZE, PAGE_SIZE)
        if not members:
            return Reply("staff-none")
        rows = tuple(
            (
                Button(
                    "staff-deactivate-button" if each.active else "staff-activate-button",
                    data=f"{PREFIX}{'deactivate' if each.active else 'activate'}:{each.id}",
                    args={"name": each.display_name, "role": each.role.value},
                ),
            )
            for each in members
        )
        backups = ((Button("staff-backups-button", data=f"{PREFIX}backups:0"),),)
        return Reply(
            "staff-list",
            {"page": page + 1, "pages": pages},
            (*rows, *_pager(f"{PREFIX}page", page, pages), *backups),
        )

    async def listing(self, sender: Sender) -> Answer:
        """``/staff``: counsellors and coordinators, each with a Deactivate or Activate
        button, and the way to learners' backup counsellors.

        Raises:
            NotRegistered, NotAllowed: the sender is not an active coordinator.
        """
        async with transaction(self._sessions) as session:
            coordinator = await self._coordinator(session, sender)
            reply = await self._staff_page(session, coordinator, 0)
        return Answer(reading_of(coordinator), coordinator.time_zone, (reply,))

    async def press(self, sender: Sender, data: str) -> Answer:
        """A staff button: page the lists, end or give access, choose backups, move learners.

        Raises:
            StaleButton: malformed data, or an id that no longer names the right person in
                the right state.
            NotRegistered, NotAllowed: the sender is not an active coordinator.
        """
        op, numbers = parse_callback(data)
        async with transaction(self._sessions) as session:
            coordinator = await self._coordinator(session, sender)
            reply = await self._step(session, coordinator, op, numbers)
        return Answer(reading_of(coordinator), coordinator.time_zone, (reply,))

    async def _step(
        self, session: AsyncSession, coordinator: Person, op: str, numbers: tuple[int, ...]
    ) -> Reply:
        first, second = numbers[0], numbers[-1]
        if op == "page":
            return replace(await self._staff_page(session, coordinator, first), edit=True)
        if op in ("deactivate", "confirm"):
            return await self._deactivation(session, coordinator, op, first)
        if op in ("activate", "activate-confirm"):
            return await self._activation(session, coordinator, op, first)
        if op == "backups":
            return await self._counsellors(session, first)
        if op == "learners":
            return await self._learners(session, first, second)
        if op == "backup":
            return await self._backup_choices(session, first, second)
        if op in ("backup-ask", "backup-set"):
            return await self._backup(session, coordinator, op, first, second)
        if op == "move":
            former = await self._former_counsellor(session, first)
            return await self._move_choices(session, former, second, "staff-move-choose")
        return await self._move(session, coordinator, op, first, second)

    async def _deactivation(
        self, session: AsyncSession, coordinator: Person, op: str, person_id: int
    ) -> Reply:
        person = await self._member(session, coordinator, person_id)
        args: dict[str, Arg] = {"name": person.display_name, "role": person.role.value}
        if op == "deactivate":
            buttons = ((Button("staff-confirm-button", data=f"{PREFIX}confirm:{person.id}"),),)
            return Reply("staff-deactivate-confirm", args, buttons, edit=True)
        done = await self._deactivate(session, person, coordinator.id, "telegram")
        reply = Reply(
            "staff-deactivated",
            {"name": person.display_name, "count": len(done.learners)},
            edit=True,
        )
        if not done.learners:
            return reply
        # Their learners wait: offer to move them all at once, from the same message.
        moving = await self._move_choices(session, person, 0, "staff-deactivated")
        return replace(reply, buttons=moving.buttons)

    async def _activation(
        self, session: AsyncSession, coordinator: Person, op: str, person_id: int
    ) -> Reply:
        person = await self._member(session, coordinator, person_id, active=False)
        args: dict[str, Arg] = {"name": person.display_name, "role": person.role.value}
        if op == "activate":
            yes = f"{PREFIX}activate-confirm:{person.id}"
            buttons = ((Button("staff-activate-confirm-button", data=yes),),)
            return Reply("staff-activate-confirm", args, buttons, edit=True)
        waiting = await self._activate(session, person, coordinator.id, "telegram")
        return Reply("staff-activated", {"name": person.display_name, "count": waiting}, edit=True)

    async def _counsellors(self, session: AsyncSession, page: int) -> Reply:
        loads = await PeopleRepository(session).counsellor_loads()
        page, pages = _page(len(loads), page)
        shown = loads[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        if not shown:
            return Reply("staff-backups-none", edit=True)
        rows = tuple(
            (
                Button(
                    "staff-counsellor-learners-button",
                    data=f"{PREFIX}learners:{each.counsellor.id}:0",
                    args={
                        "name": each.counsellor.display_name,
                        "count": each.learners,
                        "active": "yes" if each.counsellor.active else "no",
                    },
                ),
            )
            for each in shown
        )
        return Reply(
            "staff-backups-choose-counsellor",
            {"page": page + 1, "pages": pages},
            (*rows, *_pager(f"{PREFIX}backups", page, pages)),
            edit=True,
        )

    async def _learners(self, session: AsyncSession, counsellor_id: int, page: int) -> Reply:
        people = PeopleRepository(session)
        counsellor = await people.get(counsellor_id)
        if counsellor is None or counsellor.role is not Role.COUNSELLOR:
            raise StaleButton(data=str(counsellor_id))
        page, pages = _page(await people.count_learners_of(counsellor.id), page)
        shown = await people.learners_page(counsellor.id, page * PAGE_SIZE, PAGE_SIZE)
        back = ((Button("staff-back-button", data=f"{PREFIX}backups:0"),),)
        if not shown:
            return Reply("staff-learners-none", {"name": counsellor.display_name}, back, edit=True)
        rows = tuple(
            (
                Button(
                    "staff-learner-button",
                    data=f"{PREFIX}backup:{each.learner.id}:0",
                    args={"name": each.learner.display_name},
                )
                if each.backup is None
                else Button(
                    "staff-learner-with-backup-button",
                    data=f"{PREFIX}backup:{each.learner.id}:0",
                    args={"name": each.learner.display_name, "backup": each.backup.display_name},
                ),
            )
            for each in shown
        )
        pager = _pager(f"{PREFIX}learners:{counsellor.id}", page, pages)
        return Reply(
            "staff-learners-choose",
            {"name": counsellor.display_name, "page": page + 1, "pages": pages},
            (*rows, *pager, *back),
            edit=True,
        )

    async def _backup_choices(self, session: AsyncSession, learner_id: int, page: int) -> Reply:
        learner, designated = await self._learner(session, learner_id)
        people = PeopleRepository(session)
        assignment = await people.assignment(learner.id)
        current = assignment.backup_counsellor_id if assignment else None
        # Only active counsellors, and never the designated one: a backup stands in for them.
        choices = [c for c in await people.with_role(Role.COUNSELLOR) if c.id != designated]
        back = ((Button("staff-back-button", data=f"{PREFIX}learners:{designated}:0"),),)
        if not choices:
            return Reply("staff-backup-no-choice", {"name": learner.display_name}, back, edit=True)
        page, pages = _page(len(choices), page)
        rows = tuple(
            (
                Button(
                    "staff-backup-choice-button",
                    data=f"{PREFIX}backup-ask:{learner.id}:{each.id}",
                    args={"name": each.display_name},
                    selected=each.id == current,
                ),
            )
            for each in choices[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        )
        return Reply(
            "staff-backup-choose",
            {"name": learner.display_name, "page": page + 1, "pages": pages},
            (*rows, *_pager(f"{PREFIX}backup:{learner.id}", page, pages), *back),
            edit=True,
        )

    async def _backup(
        self,
        session: AsyncSession,
        coordinator: Person,
        op: str,
        learner_id: int,
        counsellor_id: int,
    ) -> Reply:
        learner, counsellor, designated = await self._backup_for(session, learner_id, counsellor_id)
        args: dict[str, Arg] = {"name": learner.display_name, "backup": counsellor.display_name}
        if op == "backup-ask":
            yes = f"{PREFIX}backup-set:{learner.id}:{counsellor.id}"
            buttons = (
                (Button("staff-backup-confirm-button", data=yes),),
                (Button("staff-back-button", data=f"{PREFIX}backup:{learner.id}:0"),),
            )
            return Reply("staff-backup-confirm", args, buttons, edit=True)
        await self._set_backup(session, learner, counsellor, coordinator.id, "telegram")
        # Back to the same list: backups are often set for several learners in a row.
        more = ((Button("staff-more-backups-button", data=f"{PREFIX}learners:{designated}:0"),),)
        return Reply("staff-backup-done", args, more, edit=True)

    async def _move_choices(
        self, session: AsyncSession, former: Person, page: int, key: str
    ) -> Reply:
        people = PeopleRepository(session)
        choices = await people.with_role(Role.COUNSELLOR)
        count = await people.count_learners_of(former.id)
        args: dict[str, Arg] = {"name": former.display_name, "count": count}
        if not choices:
            return Reply(key, args, edit=True)
        page, pages = _page(len(choices), page)
        rows = tuple(
            (
                Button(
                    "staff-move-choice-button",
                    data=f"{PREFIX}move-ask:{former.id}:{each.id}",
                    args={"name": each.display_name},
                ),
            )
            for each in choices[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        )
        return Reply(
            key, args, (*rows, *_pager(f"{PREFIX}move:{former.id}", page, pages)), edit=True
        )

    async def _move(
        self, session: AsyncSession, coordinator: Person, op: str, from_id: int, to_id: int
    ) -> Reply:
        former = await self._former_counsellor(session, from_id)
        target = await self._move_target(session, to_id)
        if op == "move-ask":
            count = await PeopleRepository(session).count_learners_of(former.id)
            yes = f"{PREFIX}move-set:{former.id}:{target.id}"
            return Reply(
                "staff-move-confirm",
                {"name": former.display_name, "target": target.display_name, "count": count},
                (
                    (Button("staff-move-confirm-button", data=yes),),
                    (Button("staff-back-button", data=f"{PREFIX}move:{former.id}:0"),),
                ),
                edit=True,
            )
        moved = await self._reassign(session, former.id, target, coordinator.id, "telegram")
        return Reply(
            "staff-moved",
            {"name": former.display_name, "target": target.display_name, "count": len(moved)},
            edit=True,
        )
