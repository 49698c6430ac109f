"""The audit log of staff actions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from store.models import AuditEntry


class AuditRepository:
    """Appends to and reads the audit log within the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(
        self,
        *,
        at: datetime,
        actor_id: int | None,
        action: str,
        via: str,
        subject_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Append one entry. ``details`` holds ids and codes, never personal data."""
        self._session.add(
            AuditEntry(
                at=at,
                actor_id=actor_id,
                action=action,
                subject_id=subject_id,
                details=details or {},
                via=via,
            )
        )
        await self._session.flush()

    async def recent(self, limit: int = 100) -> list[AuditEntry]:
        """The newest entries first."""
        result = await self._session.execute(
            select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        )
        return list(result.scalars())
