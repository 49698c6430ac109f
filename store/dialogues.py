"""Dialogue places: the retention job's look at them (the engine reads and writes its own)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from store.models import DialogueState


class DialogueRepository:
    """Dialogue-state queries within the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def purge_idle(self, before: datetime) -> int:
        """Drop the places of flows nobody has touched since ``before``; returns how many.

        A finished flow leaves no place behind, so what is left is a flow abandoned
        half-way, whose slots hold the answers typed so far.
        """
        result = await self._session.execute(
            delete(DialogueState).where(DialogueState.updated_at < before)
        )
        return result.rowcount or 0  # type: ignore[attr-defined]
