"""Dialogue places: what one transaction knows of them, and the retention job's look.

The engine reads and writes a person's place in the caller's transaction. A turn asks for
the place several times (is the flow still allowed, is a question waiting, which reminder
to keep), and most learners have none; the session's identity map remembers a place that
exists but not one that does not, so each look would be a query. :func:`place_known` and
:func:`remember_place` keep both within the transaction (``session.info``), and the
person's look-up can bring the place along (:meth:`store.people.PeopleRepository.active`).
Nothing outlives the transaction: there is no cache to keep true across processes, and on
PostgreSQL the person's advisory lock, taken first, keeps other processes off the place.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from store.models import DialogueState

_PLACES = "polku.dialogue_places"
_UNKNOWN: Any = object()


def _places(session: AsyncSession) -> dict[int, DialogueState | None]:
    """What the session's current transaction knows (a session may run several in turn;
    outside a transaction, nothing is kept)."""
    current = session.sync_session.get_transaction()
    if current is None:
        return {}
    kept = session.info.get(_PLACES)
    if kept is None or kept[0] is not current:
        kept = (current, {})
        session.info[_PLACES] = kept
    places: dict[int, DialogueState | None] = kept[1]
    return places


def place_known(session: AsyncSession, person_id: int) -> tuple[bool, DialogueState | None]:
    """``(True, place)`` when this transaction knows the person's place (None: no place)."""
    place = _places(session).get(person_id, _UNKNOWN)
    return (False, None) if place is _UNKNOWN else (True, place)


def remember_place(session: AsyncSession, person_id: int, place: DialogueState | None) -> None:
    """Note the person's place (None: they have none) as this transaction now holds it.

    Every change of a place within a transaction goes through the engine, which calls
    this; a bulk delete outside it (retention, ``/forget``) calls :func:`forget_places`.
    """
    _places(session)[person_id] = place


def forget_places(session: AsyncSession) -> None:
    """Drop what this transaction knew of places (after a bulk change of the table)."""
    session.info.pop(_PLACES, None)


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
        forget_places(self._session)
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
                remember_place(self._session, state.person_id, None)
                gone += 1
        return gone
