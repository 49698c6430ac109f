"""Runs Rasa SDK actions in-process, with a proper tracker, through the Rasa SDK executor."""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rasa_sdk import Action, FormValidationAction
from rasa_sdk.executor import ActionExecutor
from sqlalchemy.ext.asyncio import AsyncSession

from bot.replies import Button, Reply
from store.db import lend

# Keys of a Rasa bot message that are not message arguments.
_MESSAGE_FIELDS = {
    "text", "image", "buttons", "elements", "custom", "template", "response", "attachment",
}  # fmt: skip


@dataclass(frozen=True)
class ActionResult:
    """What an action did: slots it set (None = rejected) and what it said."""

    slots: dict[str, Any]
    replies: tuple[Reply, ...]


def slot_list(value: Any) -> list[Any]:
    """A slot that holds several values, as a list.

    The engine keeps such answers as lists; a Rasa assistant may keep them in a text or
    ``any`` slot, which holds a single value as itself (``"money"``, not ``["money"]``).
    """
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


def validated_slots(action: Action) -> tuple[str, ...]:
    """The slots a FormValidationAction validates (its ``validate_<slot>`` methods)."""
    if not isinstance(action, FormValidationAction):
        return ()
    return tuple(
        name.removeprefix("validate_")
        for name, member in inspect.getmembers(action, callable)
        if name.startswith("validate_") and name != "validate_slots"
    )


class ActionRunner:
    """The engine's way to call actions, in the same format a Rasa server would send."""

    def __init__(self, actions: Iterable[Action]) -> None:
        self._executor = ActionExecutor()
        self.slots_of: dict[str, tuple[str, ...]] = {}
        for action in actions:
            self._executor.register_action(action)
            self.slots_of[action.name()] = validated_slots(action)

    @property
    def executor(self) -> ActionExecutor:
        """The Rasa SDK executor (``polku actions`` serves the same one)."""
        return self._executor

    def domain(self) -> dict[str, Any]:
        """A Rasa domain naming the forms whose slots the validation actions check."""
        forms = {
            name.removeprefix("validate_"): {"required_slots": list(slots)}
            for name, slots in self.slots_of.items()
            if slots
        }
        return {"forms": forms, "slots": {}, "responses": {}, "actions": list(self.slots_of)}

    async def run(
        self,
        name: str,
        *,
        sender_id: str,
        slots: Mapping[str, Any],
        candidate: Mapping[str, Any] | None = None,
        text: str | None = None,
        session: AsyncSession | None = None,
    ) -> ActionResult:
        """Run action ``name`` for a person.

        Args:
            name: the action's name.
            sender_id: the person's id, as Rasa's conversation id.
            slots: the dialogue's slots.
            candidate: for a validation action, the slot values to validate; they are put
                at the end of the tracker's events, where Rasa puts extracted slots.
            text: the person's latest message.
            session: the caller's transaction, lent to actions with side effects so that the
                whole turn commits or fails together.

        Returns:
            The slots the action set and the messages it uttered, as replies.
        """
        events: list[dict[str, Any]] = [
            {"event": "user", "text": text or "", "parse_data": {"intent": {}, "entities": []}}
        ]
        form = name.removeprefix("validate_") if self.slots_of.get(name) else None
        for slot, value in (candidate or {}).items():
            events.append({"event": "slot", "name": slot, "value": value})
        tracker = {
            "sender_id": sender_id,
            "slots": {**slots, **(candidate or {})},
            "latest_message": {"text": text or "", "intent": {}, "entities": []},
            "events": events,
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": form} if form else {},
            "latest_action_name": "action_listen",
        }
        call = {
            "next_action": name,
            "sender_id": sender_id,
            "tracker": tracker,
            "domain": self.domain(),
            "version": "3.6.0",
        }
        if session is None:
            result = await self._executor.run(call)
        else:
            with lend(session):
                result = await self._executor.run(call)
        assert result is not None
        set_slots = {
            event["name"]: event["value"]
            for event in (e for e in result.events if e.get("event") == "slot")
            if event["name"] != "requested_slot"
        }
        replies = tuple(
            Reply(
                str(message.get("response") or "error-generic"),
                {
                    k: v
                    for k, v in message.items()
                    if k not in _MESSAGE_FIELDS and isinstance(v, str | int | float)
                },
                # Rasa buttons: the title is a message key, the payload callback data.
                tuple(
                    (Button(str(b["title"]), data=str(b["payload"])),)
                    for b in message.get("buttons") or []
                ),
            )
            for message in result.responses
        )
        return ActionResult(set_slots, replies)
