"""Onboarding: invites tie a person to a role (and a learner to their counsellor)."""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.errors import NotAllowed, PolkuError
from bot.i18n import Translator, reading_of
from bot.languages import language_picker
from bot.outbox import Outbox
from bot.people import Sender, help_key, require_role, who_wrote
from bot.replies import Answer, Button, Menu, Reply
from bot.staff import Staff
from store.audit import AuditRepository
from store.db import transaction
from store.invites import InviteRepository
from store.models import LanguageSource, Person, Role
from store.people import PeopleRepository

log = logging.getLogger(__name__)

# 16 random bytes: 128 bits, 22 URL-safe characters, well inside Telegram's 64-character
# [A-Za-z0-9_-] limit for deep-link payloads.
CODE_BYTES = 16
MAX_LEARNER_INVITE_USES = 50

# Who may invite whom from Telegram. The command line (an operator) may issue any role.
MAY_INVITE: dict[Role, tuple[Role, ...]] = {
    Role.COORDINATOR: (Role.COUNSELLOR, Role.COORDINATOR),
    Role.COUNSELLOR: (Role.LEARNER,),
    Role.LEARNER: (),
}


class Unexpected(StrEnum):
    """Input Polku does not take at this point, each with its own kind answer."""

    TEXT = "text"
    LONG_TEXT = "long-text"
    MEDIA = "media"
    PRIVATE_DATA = "private-data"
    EDITED = "edited"
    UNKNOWN_COMMAND = "unknown-command"


class InviteError(PolkuError):
    """An invite cannot be issued as asked (for operators; Telegram users never see it)."""

    key = "error-generic"


@dataclass(frozen=True, slots=True)
class IssuedInvite:
    """A fresh invite: the code exists only here, the store keeps its hash."""

    code: str
    role: Role
    expires_at: datetime
    link: str
    uses: int


def new_code() -> str:
    """A random invite code."""
    return secrets.token_urlsafe(CODE_BYTES)


def _joined_by(person: Person, sender: Sender) -> bool:
    """Whether ``sender``'s update is the one that made ``person`` join (a replay)."""
    return sender.update_id is not None and person.joined_update_id == sender.update_id


class Onboarding:
    """Joining through invites, greeting, help, and issuing invites."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        translator: Translator,
        outbox: Outbox,
        *,
        bot_username: str,
        default_language: str,
        time_zone: str,
        invite_ttl: timedelta,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._translator = translator
        self._outbox = outbox
        self._bot_username = bot_username
        self._default_language = default_language
        self._time_zone = time_zone
        self._invite_ttl = invite_ttl
        # Staff leave (deactivation, reassignment, backups): the command line's and /staff's.
        self.staff = Staff(sessions, clock, outbox)

    def link(self, code: str) -> str:
        """The deep link that opens the bot with ``/start <code>``."""
        return f"https://t.me/{self._bot_username}?start={code}"

    def visitor_language(self, sender: Sender) -> str:
        """The language for someone not yet known: their app's, if Polku speaks it."""
        return self._translator.match(sender.language_code) or self._default_language

    async def person(self, sender: Sender) -> Person | None:
        """The person behind ``sender``, if they have joined; marks them active."""
        async with transaction(self._sessions) as session:
            return await who_wrote(session, sender.telegram_user_id, self._clock.now())

    def answer(self, person: Person | None, sender: Sender, *replies: Reply) -> Answer:
        """An answer in the person's language, or the visitor's."""
        if person is None:
            return Answer(self.visitor_language(sender), self._time_zone, replies)
        return Answer(reading_of(person), person.time_zone, replies)

    async def start(self, sender: Sender, code: str | None) -> Answer:
        """Handle ``/start`` with or without an invite code.

        Args:
            sender: who pressed Start.
            code: the deep-link payload, if any.

        Returns:
            A welcome (and the language picker) for a new member; otherwise a short,
            kind explanation in the person's or their app's language.
        """
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            people = PeopleRepository(session)
            person = await who_wrote(session, sender.telegram_user_id, now)
            if person is not None and _joined_by(person, sender):
                # The join was applied before a crash cut off the welcome: welcome again.
                return self._welcome(person)
            if person is not None:
                key = "start-already-joined" if code else "start-welcome-back"
                return Answer(
                    reading_of(person),
                    person.time_zone,
                    (Reply(key, {"name": person.display_name}), Reply(help_key(person.role))),
                    menu=Menu(person.role.value, person.language),
                )
            if not code or await people.by_telegram_id(sender.telegram_user_id) is not None:
                # Someone whose access has ended is like someone who has not joined; their
                # old account keeps its id, so an invite cannot make them a second one.
                return self.answer(None, sender, Reply("start-no-invite"))
            invites = InviteRepository(session)
            invite = await invites.by_code(code)
            if invite is None:
                log.info("invite_unknown user=%d", sender.telegram_user_id)
                return self.answer(None, sender, Reply("start-invite-invalid"))
            if invite.expires_at <= now:
                return self.answer(None, sender, Reply("start-invite-expired"))
            if not await invites.use(invite.id, now):
                return self.answer(None, sender, Reply("start-invite-used"))
            language = self._translator.match(sender.language_code)
            person = await people.add(
                telegram_user_id=sender.telegram_user_id,
                chat_id=sender.chat_id,
                role=invite.role,
                display_name=(sender.first_name or "").strip()[:64] or "-",
                language=language or self._default_language,
                language_source=LanguageSource.CLIENT if language else LanguageSource.DEFAULT,
                time_zone=self._time_zone,
                now=now,
                joined_update_id=sender.update_id,
            )
            await AuditRepository(session).record(
                at=now,
                actor_id=person.id,
                action="joined",
                via="telegram",
                subject_id=invite.issued_by_id,
                details={"invite_id": invite.id, "role": invite.role.value},
            )
            await self._notify_join(session, person, invite.counsellor_id, invite.issued_by_id)
        log.info("person_joined person=%d role=%s", person.id, person.role.value)
        return self._welcome(person)

    def _welcome(self, person: Person) -> Answer:
        replies = (
            Reply(f"start-welcome-{person.role.value}", {"name": person.display_name}),
            language_picker(self._translator, first_time=True),
        )
        return Answer(
            reading_of(person),
            person.time_zone,
            replies,
            menu=Menu(person.role.value, person.language),
        )

    async def _notify_join(
        self,
        session: AsyncSession,
        person: Person,
        counsellor_id: int | None,
        issued_by_id: int | None,
    ) -> None:
        people = PeopleRepository(session)
        now = self._clock.now()
        if person.role is Role.LEARNER:
            if counsellor_id is None:
                raise InviteError("learner invite without a counsellor")
            await people.assign(person.id, counsellor_id, now)
            recipient_id: int | None = counsellor_id
            reply = Reply("notice-learner-joined", {"name": person.display_name})
        else:
            recipient_id = issued_by_id
            reply = Reply(
                "notice-staff-joined", {"name": person.display_name, "role": person.role.value}
            )
        recipient = await people.get(recipient_id) if recipient_id is not None else None
        if recipient is not None and recipient.active:
            await self._outbox.enqueue(
                session,
                key=f"joined:{person.id}:to:{recipient.id}",
                to=recipient,
                reply=reply,
                kind="notice",
                now=now,
                about=person,
            )

    async def help(self, sender: Sender) -> Answer:
        """The help text for the person's role."""
        person = await self.person(sender)
        return self.answer(person, sender, Reply(help_key(person.role if person else None)))

    async def unexpected(self, sender: Sender, kind: Unexpected) -> Answer:
        """A short, kind answer to input that Polku does not take here."""
        person = await self.person(sender)
        if person is None:
            return self.answer(None, sender, Reply("start-no-invite"))
        return self.answer(person, sender, Reply(f"input-{kind.value}"))

    async def set_reachable(self, sender: Sender, reachable: bool) -> None:
        """Record that the person blocked (or unblocked) the bot."""
        async with transaction(self._sessions) as session:
            people = PeopleRepository(session)
            person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
            if person is None:
                return
            await people.set_blocked(person.id, None if reachable else self._clock.now())
        if reachable:
            # Their held messages go now, those still relevant, in order.
            self._outbox.wake()
        log.info("person_reachable person=%d reachable=%s", person.id, reachable)

    async def invite_menu(self, sender: Sender) -> Answer:
        """``/invite``: a counsellor gets a learner link; a coordinator chooses the role.

        Raises:
            NotRegistered, NotAllowed: the person may not invite anyone.
        """
        person = require_role(await self.person(sender), Role.COUNSELLOR, Role.COORDINATOR)
        roles = MAY_INVITE[person.role]
        if len(roles) == 1:
            return await self.invite_from_telegram(sender, roles[0])
        buttons = tuple(
            (Button(f"invite-role-{role.value}", data=f"inv:{role.value}"),) for role in roles
        )
        return self.answer(person, sender, Reply("invite-choose-role", buttons=buttons))

    async def invite_from_telegram(self, sender: Sender, role: Role) -> Answer:
        """Issue an invite for ``role`` on behalf of the staff member behind ``sender``.

        Raises:
            NotRegistered, NotAllowed: the person may not invite ``role``.
        """
        person = require_role(await self.person(sender), Role.COUNSELLOR, Role.COORDINATOR)
        if role not in MAY_INVITE[person.role]:
            raise NotAllowed(role=person.role.value, wanted=role.value)
        issued = await self.issue(
            role=role,
            issuer=person,
            counsellor_id=person.id if role is Role.LEARNER else None,
            via="telegram",
        )
        reply = Reply(
            f"invite-created-{role.value}",
            {"link": issued.link, "expires": issued.expires_at},
        )
        return self.answer(person, sender, reply)

    async def issue(
        self,
        *,
        role: Role,
        issuer: Person | None,
        counsellor_id: int | None,
        via: str,
        uses: int = 1,
        ttl: timedelta | None = None,
    ) -> IssuedInvite:
        """Create an invite and record it in the audit log.

        Args:
            role: the role the invite grants.
            issuer: the staff member issuing it; ``None`` for an operator on the command line.
            counsellor_id: for a learner invite, the designated counsellor.
            via: "telegram" or "cli", for the audit log.
            uses: how many people may join with it (staff invites are always single-use).
            ttl: how long it is valid (default: the deployment's setting).

        Raises:
            InviteError: a learner invite without a valid counsellor, or a bad ``uses``.
        """
        if role is not Role.LEARNER and uses != 1:
            raise InviteError("staff invites are single-use")
        if not 1 <= uses <= MAX_LEARNER_INVITE_USES:
            raise InviteError(f"uses must be 1-{MAX_LEARNER_INVITE_USES}")
        now = self._clock.now()
        expires_at = now + (ttl or self._invite_ttl)
        code = new_code()
        async with transaction(self._sessions) as session:
            if role is Role.LEARNER:
                if counsellor_id is None:
                    raise InviteError("a learner invite needs --counsellor")
                counsellor = await PeopleRepository(session).get(counsellor_id)
                if counsellor is None or counsellor.role is not Role.COUNSELLOR:
                    raise InviteError(f"person {counsellor_id} is not a counsellor")
                if not counsellor.active:
                    raise InviteError(f"counsellor {counsellor_id} is inactive")
            elif counsellor_id is not None:
                raise InviteError("only learner invites name a counsellor")
            invite = await InviteRepository(session).add(
                code=code,
                role=role,
                counsellor_id=counsellor_id,
                issued_by_id=issuer.id if issuer else None,
                now=now,
                expires_at=expires_at,
                uses=uses,
            )
            await AuditRepository(session).record(
                at=now,
                actor_id=issuer.id if issuer else None,
                action="invite_issued",
                via=via,
                details={"invite_id": invite.id, "role": role.value, "uses": uses},
            )
        log.info("invite_issued invite=%d role=%s via=%s", invite.id, role.value, via)
        return IssuedInvite(code, role, expires_at, self.link(code), uses)
