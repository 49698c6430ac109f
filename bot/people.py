"""Who is talking: the plain values the core needs about a Telegram user, and role checks."""

from __future__ import annotations

from dataclasses import dataclass

from bot.errors import NotAllowed, NotRegistered
from store.models import Person, Role


@dataclass(frozen=True, slots=True)
class Sender:
    """The author of an incoming update, in plain values (no Telegram types)."""

    telegram_user_id: int
    chat_id: int
    first_name: str
    language_code: str | None = None
    # The update this came with (Telegram's update_id): a replayed one is not applied twice.
    update_id: int | None = None


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
    Role.LEARNER: ("plan", "intake", "profile", "mydata", "forget", "cancel", "language", "help"),
    Role.COUNSELLOR: ("learners", "invite", "cancel", "help", "language"),
    Role.COORDINATOR: ("invite", "staff", "help", "language"),
}


def command_key(command: str) -> str:
    """The message key of a command's one-line description in the menu."""
    return f"command-{command}"


def help_key(role: Role | None) -> str:
    """The message key of the help text for ``role``."""
    return f"help-{role.value}" if role else "help-visitor"
