"""Invite codes, stored hashed."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from store.models import Invite, Role


def hash_code(code: str) -> str:
    """SHA-256 of a code: codes carry 128 random bits, so a fast hash is enough."""
    return hashlib.sha256(code.encode("ascii", "replace")).hexdigest()


class InviteRepository:
    """Reads and writes invites within the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self,
        *,
        code: str,
        role: Role,
        counsellor_id: int | None,
        issued_by_id: int | None,
        now: datetime,
        expires_at: datetime,
        uses: int,
    ) -> Invite:
        """Store a new invite (only the hash of ``code``)."""
        invite = Invite(
            code_hash=hash_code(code),
            role=role,
            counsellor_id=counsellor_id,
            issued_by_id=issued_by_id,
            created_at=now,
            expires_at=expires_at,
            uses_left=uses,
        )
        self._session.add(invite)
        await self._session.flush()
        return invite

    async def by_code(self, code: str) -> Invite | None:
        """The invite with this code, whatever its state."""
        result = await self._session.execute(
            select(Invite).where(Invite.code_hash == hash_code(code))
        )
        return result.scalar_one_or_none()

    async def use(self, invite_id: int, now: datetime) -> bool:
        """Take one use of the invite; False when none is left or it has expired.

        The conditional update is atomic, so two people racing for a single-use code
        cannot both win, on SQLite or PostgreSQL.
        """
        result = await self._session.execute(
            update(Invite)
            .where(Invite.id == invite_id, Invite.uses_left > 0, Invite.expires_at > now)
            .values(uses_left=Invite.uses_left - 1)
        )
        return (result.rowcount or 0) == 1  # type: ignore[attr-defined]
