"""The outbox: every message the bot starts on its own, as rows with idempotency keys."""

from __future__ import annotations

import json
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    String,
    Table,
    bindparam,
    cast,
    delete,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from store.models import OutboxMessage, OutboxStatus, Person


@dataclass(frozen=True, slots=True)
class NewOutboxRow:
    """A message to add to the outbox."""

    key: str
    chat_id: int
    person_id: int | None
    kind: str
    payload: dict[str, Any]
    not_before: datetime
    created_at: datetime
    status: OutboxStatus = OutboxStatus.PENDING
    ref: str | None = None
    expires_at: datetime | None = None
    priority: int = 2
    subject_id: int | None = None  # the learner it is about, when sent to someone else

    def values(self) -> dict[str, Any]:
        """The row's column values, as the outbox table takes them."""
        return {
            "idempotency_key": self.key,
            "chat_id": self.chat_id,
            "person_id": self.person_id,
            "kind": self.kind,
            "payload": self.payload,
            "status": self.status,
            "attempts": 0,
            "not_before": self.not_before,
            "created_at": self.created_at,
            "ref": self.ref,
            "expires_at": self.expires_at,
            "priority": self.priority,
            "subject_id": self.subject_id,
        }


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A claimed outbox row, detached from any session."""

    id: int
    idempotency_key: str
    person_id: int | None
    chat_id: int
    kind: str
    payload: dict[str, Any]
    attempts: int
    priority: int = 2
    subject_id: int | None = None  # the learner it is about, when sent to someone else


# What an erased payload becomes: the row stays for reports, its content is gone.
BLANK: dict[str, Any] = {"erased": True}
# Rows whose life is over: the retention job blanks their payloads after a while.
FINISHED = (
    OutboxStatus.SENT,
    OutboxStatus.DEAD,
    OutboxStatus.EXPIRED,
    OutboxStatus.CANCELLED,
)
# The kind of rows that gather lines about several learners (see bot/plan/chat.py).
DIGEST = "digest"


def _sendable(now: datetime) -> Any:
    """Rows that may go now: pending, due, still relevant, to someone who has not
    blocked the bot (their rows are held, not dropped, until they come back)."""
    return (
        OutboxMessage.status == OutboxStatus.PENDING,
        OutboxMessage.not_before <= now,
        or_(OutboxMessage.expires_at.is_(None), OutboxMessage.expires_at > now),
        or_(
            OutboxMessage.person_id.is_(None),
            ~select(Person.id)
            .where(Person.id == OutboxMessage.person_id, Person.blocked_at.is_not(None))
            .exists(),
        ),
    )


# Run on most turns of a dialogue (bot/dialogue/conversations.py): built once, and on the
# table (Core), not the class: an ORM UPDATE compiled its WHERE into an evaluator for the
# session's objects on every run, and no outbox row is ever loaded as an object there.
_OUTBOX = typing.cast(Table, OutboxMessage.__table__)
_CANCEL_PENDING = (
    update(_OUTBOX)
    .where(
        _OUTBOX.c.person_id == bindparam("b_person_id"),
        _OUTBOX.c.kind == bindparam("b_kind"),
        _OUTBOX.c.status == OutboxStatus.PENDING,
    )
    .values(status=OutboxStatus.CANCELLED, last_error="cancelled")
)
_CANCEL_PENDING_BUT = _CANCEL_PENDING.where(_OUTBOX.c.idempotency_key != bindparam("b_keep"))


class OutboxRepository:
    """Outbox reads and writes within the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def enqueue(self, rows: Sequence[NewOutboxRow]) -> int:
        """Add messages whose idempotency keys are new; in one statement.

        Returns:
            How many rows were added (a key already there adds nothing).
        """
        if not rows:
            return 0
        values = [row.values() for row in rows]
        dialect = self._session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        statement = (
            insert(OutboxMessage)
            .values(values)
            .on_conflict_do_nothing(index_elements=["idempotency_key"])
        )
        result = await self._session.execute(statement)
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def claim_due(
        self, *, now: datetime, worker: str, limit: int, lease: timedelta
    ) -> list[OutboxItem]:
        """Claim up to ``limit`` sendable rows for ``worker``: at most one per chat.

        Each chat's first row (by priority, then due time) competes with the other chats'
        by the same order, so one chat with many due rows never holds up the rest. A
        claimed row is the worker's until ``now + lease``; on PostgreSQL rows locked by
        another worker are skipped, so each row goes to exactly one process.
        """
        order = (OutboxMessage.priority, OutboxMessage.not_before, OutboxMessage.id)
        first_per_chat = (
            select(
                OutboxMessage.id,
                func.row_number()
                .over(partition_by=OutboxMessage.chat_id, order_by=order)
                .label("place"),
            )
            .where(*_sendable(now))
            .subquery()
        )
        due = (
            select(OutboxMessage.id)
            .where(
                OutboxMessage.id.in_(
                    select(first_per_chat.c.id).where(first_per_chat.c.place == 1)
                ),
                OutboxMessage.status == OutboxStatus.PENDING,
            )
            .order_by(*order)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        ids = list((await self._session.execute(due)).scalars())
        if not ids:
            return []
        claimed = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(ids), OutboxMessage.status == OutboxStatus.PENDING)
            .values(status=OutboxStatus.CLAIMED, claimed_by=worker, lease_until=now + lease)
            .returning(
                OutboxMessage.id,
                OutboxMessage.idempotency_key,
                OutboxMessage.person_id,
                OutboxMessage.chat_id,
                OutboxMessage.kind,
                OutboxMessage.payload,
                OutboxMessage.attempts,
                OutboxMessage.priority,
                OutboxMessage.subject_id,
            )
        )
        items = [OutboxItem(*row) for row in claimed.all()]
        items.sort(key=lambda item: (item.priority, item.id))
        return items

    async def defer(
        self, item_ids: Sequence[int], worker: str, *, not_before: datetime, error: str
    ) -> None:
        """Give claimed rows back to wait until ``not_before`` (quiet hours), no attempt spent."""
        await self._give_back(
            item_ids, worker, OutboxStatus.CLAIMED, not_before=not_before, last_error=error
        )

    async def _give_back(
        self, item_ids: Sequence[int], worker: str, held_as: OutboxStatus, **values: Any
    ) -> int:
        """Return rows that ``worker`` holds as ``held_as`` to the queue; how many it held."""
        if not item_ids:
            return 0
        result = await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id.in_(item_ids),
                OutboxMessage.status == held_as,
                OutboxMessage.claimed_by == worker,
            )
            .values(status=OutboxStatus.PENDING, claimed_by=None, lease_until=None, **values)
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def close_claimed(
        self, item_id: int, worker: str, status: OutboxStatus, *, error: str
    ) -> bool:
        """Close a claimed row that will not be sent (its recipient has left, say).

        Returns:
            False when the row is no longer this worker's claim; nothing is changed then.
        """
        result = await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == item_id,
                OutboxMessage.status == OutboxStatus.CLAIMED,
                OutboxMessage.claimed_by == worker,
            )
            .values(status=status, last_error=error, lease_until=None)
        )
        return (result.rowcount or 0) == 1  # type: ignore[attr-defined]

    async def mark_sending(
        self, item_id: int, worker: str, now: datetime, lease: timedelta
    ) -> bool:
        """Record that the request is about to go out; False if the claim was lost or the
        row stopped making sense meanwhile (it is then expired)."""
        result = await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == item_id,
                OutboxMessage.status == OutboxStatus.CLAIMED,
                OutboxMessage.claimed_by == worker,
                or_(OutboxMessage.expires_at.is_(None), OutboxMessage.expires_at > now),
            )
            .values(
                status=OutboxStatus.SENDING,
                attempts=OutboxMessage.attempts + 1,
                lease_until=now + lease,
            )
        )
        if (result.rowcount or 0) == 1:  # type: ignore[attr-defined]
            return True
        await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == item_id,
                OutboxMessage.status == OutboxStatus.CLAIMED,
                OutboxMessage.claimed_by == worker,
            )
            .values(status=OutboxStatus.EXPIRED, last_error="expired", lease_until=None)
        )
        return False

    async def mark_sending_many(
        self, item_ids: Sequence[int], worker: str, now: datetime, lease: timedelta
    ) -> set[int]:
        """:meth:`mark_sending` for several rows in one statement; returns the ids marked.

        The rows of ``item_ids`` this worker holds that stopped making sense meanwhile are
        expired; rows it no longer holds are left alone.
        """
        if not item_ids:
            return set()
        held = (
            OutboxMessage.id.in_(item_ids),
            OutboxMessage.status == OutboxStatus.CLAIMED,
            OutboxMessage.claimed_by == worker,
        )
        result = await self._session.execute(
            update(OutboxMessage)
            .where(*held, or_(OutboxMessage.expires_at.is_(None), OutboxMessage.expires_at > now))
            .values(
                status=OutboxStatus.SENDING,
                attempts=OutboxMessage.attempts + 1,
                lease_until=now + lease,
            )
            .returning(OutboxMessage.id)
            .execution_options(synchronize_session=False)
        )
        marked = set(result.scalars())
        if len(marked) < len(item_ids):
            await self._session.execute(
                update(OutboxMessage)
                .where(*held)
                .values(status=OutboxStatus.EXPIRED, last_error="expired", lease_until=None)
                .execution_options(synchronize_session=False)
            )
        return marked

    async def finish_sent(
        self, sent: Sequence[tuple[int, int | None]], worker: str, now: datetime
    ) -> None:
        """Close several rows this worker was sending as sent: (row id, Telegram message
        id) pairs, in one statement. A row no longer this worker's is left alone."""
        if not sent:
            return
        table = typing.cast(Table, OutboxMessage.__table__)
        statement = (
            table.update()
            .where(
                table.c.id == bindparam("row_id"),
                table.c.status == OutboxStatus.SENDING,
                table.c.claimed_by == worker,
            )
            .values(
                status=OutboxStatus.SENT,
                sent_at=now,
                telegram_message_id=bindparam("message_id"),
                last_error=None,
                lease_until=None,
            )
        )
        connection = await self._session.connection()
        await connection.execute(
            statement, [{"row_id": row_id, "message_id": message} for row_id, message in sent]
        )

    async def finish(
        self,
        item_id: int,
        worker: str,
        status: OutboxStatus,
        *,
        now: datetime,
        telegram_message_id: int | None = None,
        error: str | None = None,
    ) -> bool:
        """Close a row this worker is sending: sent, dead or in doubt.

        Returns:
            False when the row is no longer this worker's (its lease ran out and another
            process took it over); nothing is changed then.
        """
        result = await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == item_id,
                OutboxMessage.status == OutboxStatus.SENDING,
                OutboxMessage.claimed_by == worker,
            )
            .values(
                status=status,
                sent_at=now if status == OutboxStatus.SENT else None,
                telegram_message_id=telegram_message_id,
                last_error=error,
                lease_until=None,
            )
        )
        return (result.rowcount or 0) == 1  # type: ignore[attr-defined]

    async def retry_later(
        self,
        item_id: int,
        worker: str,
        *,
        not_before: datetime,
        error: str,
        refund_attempt: bool = False,
    ) -> bool:
        """Give a row this worker is sending back to the queue, to be tried at ``not_before``.

        Args:
            refund_attempt: the failure was not the message's (flood control, a block):
                the attempt does not count.

        Returns:
            False when the row is no longer this worker's; nothing is changed then.
        """
        attempts = OutboxMessage.attempts - 1 if refund_attempt else OutboxMessage.attempts
        given_back = await self._give_back(
            [item_id],
            worker,
            OutboxStatus.SENDING,
            not_before=not_before,
            last_error=error,
            attempts=attempts,
        )
        return given_back == 1

    async def release(self, item_ids: Sequence[int], worker: str) -> None:
        """Give back claimed rows whose request never started."""
        await self._give_back(item_ids, worker, OutboxStatus.CLAIMED)

    async def recover_expired(self, now: datetime) -> tuple[int, int]:
        """Deal with rows whose worker died.

        Claimed rows go back to the queue (no request had started). Rows that were being
        sent become in doubt: Telegram may have delivered them, and sending again could
        double a message, so they wait for an operator (``polku outbox``).

        Returns:
            (rows given back, rows now in doubt)
        """
        released = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.CLAIMED, OutboxMessage.lease_until < now)
            .values(status=OutboxStatus.PENDING, claimed_by=None, lease_until=None)
        )
        doubtful = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.lease_until < now)
            .values(status=OutboxStatus.IN_DOUBT, lease_until=None)
        )
        return (released.rowcount or 0), (doubtful.rowcount or 0)  # type: ignore[attr-defined]

    async def requeue_in_doubt(self, now: datetime) -> int:
        """Send in-doubt rows again (an operator's decision, after checking)."""
        result = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.IN_DOUBT)
            .values(status=OutboxStatus.PENDING, not_before=now, claimed_by=None)
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def cancel_for_person(
        self, person_id: int, now: datetime, *, keep_about_others: bool = False
    ) -> int:
        """Cancel a person's pending messages (for example when they leave).

        Args:
            person_id: whose messages.
            now: when.
            keep_about_others: leave pending the notices about someone else (rows with a
                ``subject_id``): when one is due, the sender passes it to whoever acts for
                that learner then (a counsellor who left is replaced by the backup).
        """
        conditions = [
            OutboxMessage.person_id == person_id,
            OutboxMessage.status == OutboxStatus.PENDING,
        ]
        if keep_about_others:
            conditions.append(OutboxMessage.subject_id.is_(None))
        result = await self._session.execute(
            update(OutboxMessage)
            .where(*conditions)
            .values(status=OutboxStatus.CANCELLED, last_error="cancelled")
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def forget_person(self, person_id: int) -> tuple[int, int]:
        """Erase what the outbox holds of a person who used ``/forget``.

        Their own messages (to their chat, with their name and answers) go whatever their
        status. Messages to others about them (``subject_id``) go while pending; those that
        left already (sent, dead, in doubt, ...) keep their id, status and kind for reports
        but lose their payload, and their key becomes ``erased:<id>``. Digests hold lines
        about several learners, listed in ``payload["about"]``: a pending one loses this
        learner's line (and goes when none is left); one that left is blanked. Rows about
        them that a sender has claimed are blanked, not deleted: the sender closes them by
        id. (Their own rows go even then; the sender's close then changes nothing.)

        Returns:
            (rows deleted, rows blanked)
        """
        deleted = await self._session.execute(
            delete(OutboxMessage).where(
                or_(
                    OutboxMessage.person_id == person_id,
                    (OutboxMessage.subject_id == person_id)
                    & (OutboxMessage.status == OutboxStatus.PENDING),
                )
            )
        )
        blanked = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.subject_id == person_id)
            # The key may hold a digest of their answers ("intake-done:7:<hash>"); with
            # the person gone it guards nothing, so it becomes as anonymous as the row.
            .values(
                payload=BLANK,
                subject_id=None,
                idempotency_key=literal("erased:") + cast(OutboxMessage.id, String),
            )
        )
        removed = deleted.rowcount or 0  # type: ignore[attr-defined]
        emptied = blanked.rowcount or 0  # type: ignore[attr-defined]
        # Digests are few (one per counsellor per half hour, purged by the retention job),
        # and which learners a row covers is inside its JSON: filtered here, not in SQL.
        digests = await self._session.execute(
            select(OutboxMessage).where(OutboxMessage.kind == DIGEST)
        )
        for row in digests.scalars():
            about = list(row.payload.get("about") or [])
            if person_id not in about:
                continue
            if row.status is not OutboxStatus.PENDING:
                row.payload = dict(BLANK)
                emptied += 1
                continue
            items = row.payload["reply"]["args"]["lines"]["lines"]
            keep = [i for i, who in enumerate(about) if who != person_id]
            # A digest begun before lines were listed has fewer names than lines: which
            # line is whose is unknown, so the whole row goes.
            if not keep or len(about) != len(items):
                await self._session.delete(row)
                removed += 1
                continue
            reply = dict(row.payload["reply"])
            args = dict(reply["args"])
            lines = dict(args["lines"])
            lines["lines"] = [items[i] for i in keep]
            args["lines"] = lines
            reply["args"] = args
            row.payload = {
                **row.payload,
                "reply": reply,
                "about": [about[i] for i in keep],
            }
        return removed, emptied

    async def purge_payloads(self, before: datetime) -> int:
        """Blank the payloads of finished rows created before ``before``; returns how many.

        Finished: sent, dead, expired or cancelled. In-doubt rows wait for an operator and
        keep theirs. The rows stay (their keys keep a decision from being sent twice, and
        their status counts in reports); rows blanked before are not counted again.
        """
        result = await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.status.in_(FINISHED),
                OutboxMessage.created_at < before,
                cast(OutboxMessage.payload, String) != json.dumps(BLANK),
            )
            .values(payload=BLANK)
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def expire_due(self, now: datetime) -> int:
        """Drop due rows that came too late to matter (after downtime, say); returns how many."""
        result = await self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.status == OutboxStatus.PENDING,
                OutboxMessage.not_before <= now,
                OutboxMessage.expires_at.is_not(None),
                OutboxMessage.expires_at < now,
            )
            .values(status=OutboxStatus.EXPIRED, last_error="expired")
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def cancel_ref(self, ref: str) -> int:
        """Cancel pending messages about ``ref`` (a step that changed or went away)."""
        result = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.ref == ref, OutboxMessage.status == OutboxStatus.PENDING)
            .values(status=OutboxStatus.CANCELLED, last_error="cancelled")
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def cancel_pending(self, person_id: int, kind: str, *, keep: str | None = None) -> int:
        """Cancel a person's pending messages of one kind (say, a reminder now pointless),
        except the one with the idempotency key ``keep``."""
        params = {"b_person_id": person_id, "b_kind": kind}
        if keep is None:
            result = await self._session.execute(_CANCEL_PENDING, params)
        else:
            result = await self._session.execute(_CANCEL_PENDING_BUT, {**params, "b_keep": keep})
        return result.rowcount or 0  # type: ignore[attr-defined]

    async def next_due_at(self) -> datetime | None:
        """When the earliest pending row becomes due (rows held for a blocked person aside)."""
        # ORDER BY + LIMIT rather than MIN(): the column type then turns SQLite's text
        # back into an aware datetime.
        result = await self._session.execute(
            select(OutboxMessage.not_before)
            .outerjoin(Person, Person.id == OutboxMessage.person_id)
            .where(OutboxMessage.status == OutboxStatus.PENDING, Person.blocked_at.is_(None))
            .order_by(OutboxMessage.not_before)
            .limit(1)
        )
        return result.scalar_one_or_none()

    async def held(self) -> int:
        """Pending rows held because their person has blocked the bot."""
        result = await self._session.execute(
            select(func.count())
            .select_from(OutboxMessage)
            .join(Person, Person.id == OutboxMessage.person_id)
            .where(OutboxMessage.status == OutboxStatus.PENDING, Person.blocked_at.is_not(None))
        )
        return int(result.scalar_one())

    async def in_doubt(self, limit: int = 100) -> list[OutboxMessage]:
        """Rows in doubt, oldest first (for an operator to check before requeueing)."""
        result = await self._session.execute(
            select(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.IN_DOUBT)
            .order_by(OutboxMessage.id)
            .limit(limit)
        )
        return list(result.scalars())

    async def counts(self) -> dict[OutboxStatus, int]:
        """Rows per status."""
        result = await self._session.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        )
        return {OutboxStatus(status): count for status, count in result.all()}

    async def by_key(self, key: str) -> OutboxMessage | None:
        """The row with this idempotency key."""
        result = await self._session.execute(
            select(OutboxMessage).where(OutboxMessage.idempotency_key == key)
        )
        return result.scalar_one_or_none()
