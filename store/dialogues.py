"""Dialogue places: the retention job's look at them (the engine reads and writes its own)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
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

    async def forget_about(self, learner_id: int) -> int:
        """Drop other people's places that speak of a learner who used ``/forget``.

        A counsellor who began to write to a learner (an answer to their question, a
        message on an escalation) holds the learner's id and name in the place's slots
        (``learner_id``); with the learner gone, so is that. Returns how many went.
        """
        rows = await self._session.execute(
            select(DialogueState).where(DialogueState.person_id != learner_id)
        )
        gone = 0
        for state in rows.scalars():
            if state.slots.get("learner_id") == learner_id:
                await self._session.delete(state)
                gone += 1
        return gone
