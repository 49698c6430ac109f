"""Who is talking: the plain values the core needs about a Telegram user, and role checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import NotAllowed, NotRegistered
from store.models import Person, Role
from store.people import PeopleRepository


@dataclass(frozen=True, slots=True)
class Sender:
    """The author of an incoming update, in plain values (no Telegram types)."""

    telegram_user_id: int
    chat_id: int
    first_name: str
    language_code: str | None = None
    # The update this came with (Telegram's update_id): a replayed one is not applied twice.
    update_id: int | None = None


async def who_wrote(
    session: AsyncSession, telegram_user_id: int, now: datetime, *, with_place: bool = False
) -> Person | None:
    """The person who sent an update, while their access holds; they are seen at ``now``.

    Every service answering someone starts here, in the transaction of its answer: the
    look-up grants access (``None`` for someone who has not joined or whose access ended),
    holds the person's turn against other processes, and records that they are reachable.
    ``with_place``: their dialogue place comes in the same query (a turn that moves it).
    """
    people = PeopleRepository(session)
    person = await people.active(telegram_user_id, with_place=with_place)
    if person is not None:
        await people.seen(person, now)
    return person


def require_role(person: Person | None, *roles: Role) -> Person:
    """Return ``person`` when they hold one of ``roles``.

    Raises:
        NotRegistered: the person has not joined.
        NotAllowed: the person's role is not among ``roles``.
    """
    if person is None:
        raise NotRegistered()
    if person.role not in roles:
        raise NotAllowed(role=person.role.value)
    return person


# The commands each role sees in Telegram's menu, in menu order. ``None`` is someone
# who has not joined yet.
COMMANDS: dict[Role | None, tuple[str, ...]] = {
    None: ("start", "help", "language"),
    Role.LEARNER: (
        "plan",
        "book",
        "appointments",
        "mood",
        "checkin",
        "counsellor",
        "intake",
        "profile",
        "mydata",
        "forget",
        "cancel",
        "language",
        "suomi",
        "help",
    ),
    Role.COUNSELLOR: (
        "learners",
        "escalations",
        "appointments",
        "availability",
        "invite",
        "cancel",
        "help",
        "language",
    ),
    Role.COORDINATOR: ("invite", "staff", "campaign", "escalations", "help", "language"),
}


def command_key(command: str) -> str:
    """The message key of a command's one-line description in the menu."""
    return f"command-{command}"


def help_key(role: Role | None) -> str:
    """The message key of the help text for ``role``."""
    return f"help-{role.value}" if role else "help-visitor"
