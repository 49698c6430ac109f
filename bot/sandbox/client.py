"""Async test client for the sandbox control API (httpx).

Typical use in an end-to-end test::

    async with SandboxClient(server.url) as sc:
        user = await sc.create_user("Amina", language_code="ar")
        await sc.send_text(user, "/start")
        [reply] = await sc.wait_for_bot_messages(user)
        await sc.press_button(user, "Suomi")

The client keeps a per-user cursor, so :meth:`SandboxClient.wait_for_bot_messages`
returns bot messages the test has not seen yet.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx

__all__ = [
    "ChatMessage",
    "ChatView",
    "PressResult",
    "SandboxClient",
    "SandboxClientError",
    "SandboxUser",
    "SentMessage",
]


class SandboxClientError(RuntimeError):
    """The control API refused a request; ``status`` is the HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


@dataclass(frozen=True)
class SandboxUser:
    """A sandbox person as the control API describes them."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    role: str = "none"
    start_code: str | None = None
    bot_role: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SandboxUser:
        """Build from a control-API user object."""
        return cls(
            id=int(data["id"]),
            first_name=str(data["first_name"]),
            last_name=data.get("last_name"),
            username=data.get("username"),
            language_code=data.get("language_code"),
            role=str(data.get("role") or "none"),
            start_code=data.get("start_code"),
            bot_role=data.get("bot_role"),
        )


@dataclass(frozen=True)
class ChatMessage:
    """One chat-log entry (either direction) as the page shows it."""

    seq: int
    message_id: int
    from_bot: bool
    kind: str
    text: str
    html: str | None
    parse_mode: str | None
    reply_markup: dict[str, Any] | None
    date: int
    edited: bool
    deleted: bool
    entities: list[dict[str, Any]] = field(default_factory=list)
    document: dict[str, Any] | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChatMessage:
        """Build from a control-API log item."""
        return cls(
            seq=int(data["seq"]),
            message_id=int(data["message_id"]),
            from_bot=bool(data["from_bot"]),
            kind=str(data.get("kind") or "text"),
            text=str(data.get("text") or ""),
            html=data.get("html"),
            parse_mode=data.get("parse_mode"),
            reply_markup=data.get("reply_markup"),
            date=int(data.get("date") or 0),
            edited=bool(data.get("edited")),
            deleted=bool(data.get("deleted")),
            entities=list(data.get("entities") or []),
            document=data.get("document"),
            raw=data,
        )

    @property
    def inline_buttons(self) -> list[dict[str, Any]]:
        """All inline keyboard buttons, row by row, flattened."""
        markup = self.reply_markup or {}
        return [b for row in markup.get("inline_keyboard", []) for b in row]

    @property
    def button_labels(self) -> list[str]:
        """Texts of the inline buttons."""
        return [str(b.get("text")) for b in self.inline_buttons]

    @property
    def reply_keyboard_labels(self) -> list[str]:
        """Texts of the reply keyboard sent with this message, if any."""
        markup = self.reply_markup or {}
        return [
            b if isinstance(b, str) else str(b.get("text"))
            for row in markup.get("keyboard", [])
            for b in row
        ]


@dataclass(frozen=True)
class ChatView:
    """A ``/messages`` answer: new log entries plus the chat's side state."""

    messages: list[ChatMessage]
    last_seq: int
    reply_keyboard: dict[str, Any] | None
    keyboard_collapsed: bool
    chat_action: str | None
    blocked: bool
    callback_answers: list[dict[str, Any]]


@dataclass(frozen=True)
class SentMessage:
    """Result of a user action that produced a message or an edit."""

    message_id: int
    update_id: int | None
    seq: int


@dataclass(frozen=True)
class PressResult:
    """Result of pressing an inline button."""

    callback_query_id: str
    update_id: int | None
    message_id: int
    data: str


def _uid(user: int | SandboxUser) -> int:
    return user.id if isinstance(user, SandboxUser) else int(user)


class SandboxClient:
    """Drive sandbox users and read the chat logs over the control API."""

    def __init__(self, server_url: str, *, timeout: float = 10.0) -> None:
        """Create a client.

        Args:
            server_url: The sandbox root URL (``SandboxServer.url``).
            timeout: Default HTTP timeout in seconds (long polls extend it).
        """
        self.server_url = server_url.rstrip("/")
        self._http = httpx.AsyncClient(base_url=f"{self.server_url}/sandbox/api", timeout=timeout)
        self._timeout = timeout
        self._cursor: dict[int, int] = {}
        self._seen_bot_ids: dict[int, set[int]] = {}

    async def __aenter__(self) -> SandboxClient:
        """Return self; the HTTP client is ready on construction."""
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Close the HTTP client."""
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self._http.aclose()

    async def _request(
        self,
        verb: str,
        path: str,
        *,
        json: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        http_timeout: float | None = None,
    ) -> Any:
        response = await self._http.request(
            verb, path, json=json, params=params, timeout=http_timeout or self._timeout
        )
        if response.status_code >= 400:
            try:
                message = str(response.json().get("error"))
            except ValueError:
                message = response.text
            raise SandboxClientError(response.status_code, message)
        return response.json()

    # ---------------------------------------------------------------- world

    async def info(self) -> dict[str, Any]:
        """Return the server's description (bot username, URLs, ...)."""
        result: dict[str, Any] = await self._request("GET", "/info")
        return result

    async def create_user(
        self,
        first_name: str,
        language_code: str | None = "en",
        *,
        last_name: str | None = None,
        username: str | None = None,
        role: str = "none",
        started: bool = False,
    ) -> SandboxUser:
        """Create a person. Until they write (or ``started=True``) the bot cannot message them.

        With a role other than ``"none"`` and a persona hook on the server, the user
        immediately sends ``/start <code>``; its code is in ``SandboxUser.start_code``.
        """
        data = await self._request(
            "POST",
            "/users",
            json={
                "first_name": first_name,
                "last_name": last_name,
                "username": username,
                "language_code": language_code,
                "role": role,
                "started": started,
            },
        )
        return SandboxUser.from_json(data)

    async def users(self) -> list[SandboxUser]:
        """List every user."""
        return [SandboxUser.from_json(u) for u in await self._request("GET", "/users")]

    # ------------------------------------------------------- user actions

    async def _send(self, user: int | SandboxUser, body: dict[str, Any]) -> SentMessage:
        data = await self._request("POST", f"/users/{_uid(user)}/send", json=body)
        return SentMessage(int(data["message_id"]), data.get("update_id"), int(data["seq"]))

    async def send_text(
        self, user: int | SandboxUser, text: str, *, reply_to_message_id: int | None = None
    ) -> SentMessage:
        """Send a text message as ``user`` (commands included, e.g. ``"/help"``)."""
        body: dict[str, Any] = {"text": text}
        if reply_to_message_id is not None:
            body["reply_to_message_id"] = reply_to_message_id
        return await self._send(user, body)

    async def send_sticker(self, user: int | SandboxUser) -> SentMessage:
        """Send a sticker."""
        return await self._send(user, {"sticker": True})

    async def send_photo(self, user: int | SandboxUser, caption: str | None = None) -> SentMessage:
        """Send a photo (a generated PNG in three sizes)."""
        return await self._send(user, {"photo": True, "caption": caption})

    async def send_voice(self, user: int | SandboxUser) -> SentMessage:
        """Send a voice message."""
        return await self._send(user, {"voice": True})

    async def send_video(self, user: int | SandboxUser) -> SentMessage:
        """Send a video."""
        return await self._send(user, {"video": True})

    async def send_animation(self, user: int | SandboxUser) -> SentMessage:
        """Send a GIF-style animation."""
        return await self._send(user, {"animation": True})

    async def send_location(
        self, user: int | SandboxUser, latitude: float = 60.1699, longitude: float = 24.9384
    ) -> SentMessage:
        """Share a location (Helsinki by default)."""
        return await self._send(user, {"location": {"latitude": latitude, "longitude": longitude}})

    async def send_contact(
        self, user: int | SandboxUser, phone_number: str, first_name: str, **extra: Any
    ) -> SentMessage:
        """Share a contact card."""
        contact = {"phone_number": phone_number, "first_name": first_name, **extra}
        return await self._send(user, {"contact": contact})

    async def send_document(
        self,
        user: int | SandboxUser,
        content: bytes | None = None,
        *,
        file_name: str = "sample.txt",
        mime_type: str = "text/plain",
        caption: str | None = None,
    ) -> SentMessage:
        """Send a file; without ``content`` a small text file is used."""
        document: dict[str, Any] = {"file_name": file_name, "mime_type": mime_type}
        if content is not None:
            document["content_base64"] = base64.b64encode(content).decode("ascii")
        return await self._send(user, {"document": document, "caption": caption})

    async def edit(self, user: int | SandboxUser, message_id: int, text: str) -> SentMessage:
        """Edit one of the user's own text messages (emits ``edited_message``)."""
        data = await self._request(
            "POST", f"/users/{_uid(user)}/edit", json={"message_id": message_id, "text": text}
        )
        return SentMessage(int(data["message_id"]), data.get("update_id"), int(data["seq"]))

    async def press(
        self, user: int | SandboxUser, message_id: int, data: str, *, force: bool = False
    ) -> PressResult:
        """Press the inline button carrying ``data`` on a bot message.

        Args:
            user: Who presses.
            message_id: The bot message.
            data: callback_data of the button.
            force: Send ``data`` even if no button has it (forged callbacks).
        """
        result = await self._request(
            "POST",
            f"/users/{_uid(user)}/press",
            json={"message_id": message_id, "data": data, "force": force},
        )
        return PressResult(
            str(result["callback_query_id"]), result.get("update_id"), message_id, data
        )

    async def press_button(self, user: int | SandboxUser, label: str) -> PressResult:
        """Press the inline button labelled ``label`` on the newest bot message that has one.

        Raises:
            LookupError: No live bot message has such a button; the message lists
                the buttons that are available.
        """
        log = await self.messages(user)
        available: list[str] = []
        for message in sorted(log, key=lambda m: m.message_id, reverse=True):
            if not message.from_bot or message.deleted:
                continue
            for button in message.inline_buttons:
                if button.get("text") == label and "callback_data" in button:
                    return await self.press(user, message.message_id, button["callback_data"])
            available.extend(
                f"{b.get('text')!r} (message {message.message_id})"
                for b in message.inline_buttons
                if "callback_data" in b
            )
        shown = ", ".join(available) if available else "none"
        raise LookupError(f"no inline button labelled {label!r}; available buttons: {shown}")

    async def block(self, user: int | SandboxUser, blocked: bool = True) -> int | None:
        """Block (or unblock) the bot as ``user``; returns the my_chat_member update id."""
        data = await self._request("POST", f"/users/{_uid(user)}/block", json={"blocked": blocked})
        update_id = data.get("update_id")
        return int(update_id) if update_id is not None else None

    # --------------------------------------------------------------- reading

    async def chat_view(
        self, user: int | SandboxUser, after: int = 0, wait: float = 0.0
    ) -> ChatView:
        """Fetch log entries with ``seq > after`` (long-polling up to ``wait`` seconds)."""
        data = await self._request(
            "GET",
            f"/users/{_uid(user)}/messages",
            params={"after": after, "wait": wait},
            http_timeout=self._timeout + wait,
        )
        return ChatView(
            messages=[ChatMessage.from_json(m) for m in data["messages"]],
            last_seq=int(data["last_seq"]),
            reply_keyboard=data.get("reply_keyboard"),
            keyboard_collapsed=bool(data.get("keyboard_collapsed")),
            chat_action=data.get("chat_action"),
            blocked=bool(data.get("blocked")),
            callback_answers=list(data.get("callback_answers") or []),
        )

    async def messages(self, user: int | SandboxUser, after: int = 0) -> list[ChatMessage]:
        """Return the chat log (both directions) ordered by message id."""
        view = await self.chat_view(user, after)
        return sorted(view.messages, key=lambda m: m.message_id)

    async def bot_messages(self, user: int | SandboxUser) -> list[ChatMessage]:
        """Return every bot message of the chat, deleted ones excluded, oldest first."""
        return [m for m in await self.messages(user) if m.from_bot and not m.deleted]

    async def wait_for(
        self,
        user: int | SandboxUser,
        predicate: Callable[[ChatMessage], bool],
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline over several long polls
    ) -> ChatMessage:
        """Return the first log entry, present or arriving, that satisfies ``predicate``.

        Entries are checked in their current state and again whenever they change
        (edits and deletions bump an entry), so this also waits for edits.

        Raises:
            TimeoutError: Nothing matched in time; lists what was seen.
        """
        uid = _uid(user)
        view = await self.chat_view(uid)
        seen = sorted(view.messages, key=lambda m: m.message_id)
        for message in seen:
            if predicate(message):
                return message
        after = view.last_seq
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            view = await self.chat_view(uid, after=after, wait=remaining)
            after = max(after, view.last_seq)
            for message in view.messages:
                seen.append(message)
                if predicate(message):
                    return message
        raise TimeoutError(f"no matching message within {timeout}s; saw {_describe(seen)}")

    async def wait_for_bot_messages(
        self,
        user: int | SandboxUser,
        count: int = 1,
        *,
        after: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline over several long polls
    ) -> list[ChatMessage]:
        """Return the next ``count`` new bot messages after the last ones returned.

        Edits of messages already returned are skipped (use :meth:`wait_for`);
        the cursor advances past everything returned.

        Args:
            user: Whose chat.
            count: How many new bot messages to wait for.
            after: Start after this seq instead of the client's cursor.
            timeout: Seconds to wait in total.

        Raises:
            TimeoutError: Fewer than ``count`` arrived; lists everything seen.
        """
        uid = _uid(user)
        cursor = self._cursor.get(uid, 0) if after is None else after
        seen_ids = self._seen_bot_ids.setdefault(uid, set())
        found: list[ChatMessage] = []
        seen: list[ChatMessage] = []
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            view = await self.chat_view(uid, after=cursor, wait=max(remaining, 0.0))
            for message in view.messages:
                seen.append(message)
                cursor = max(cursor, message.seq)
                if message.from_bot and not message.deleted and message.message_id not in seen_ids:
                    seen_ids.add(message.message_id)
                    found.append(message)
                    if len(found) == count:
                        self._cursor[uid] = cursor
                        return found
            if not view.messages:
                cursor = max(cursor, view.last_seq)
            if remaining <= 0:
                self._cursor[uid] = cursor
                raise TimeoutError(
                    f"expected {count} new bot message(s) within {timeout}s, got "
                    f"{len(found)}; saw {_describe(seen)}"
                )

    async def callback_answers(self, user: int | SandboxUser) -> list[dict[str, Any]]:
        """Answers the bot gave to this user's button presses (text, show_alert, ...)."""
        result: list[dict[str, Any]] = await self._request(
            "GET", f"/users/{_uid(user)}/callback-answers"
        )
        return result

    async def commands(
        self, chat_id: int | SandboxUser, language_code: str | None = None
    ) -> list[dict[str, str]]:
        """The command menu this chat would show, resolved through Telegram's scopes."""
        data = await self.commands_resolution(chat_id, language_code)
        return list(data["commands"])

    async def commands_resolution(
        self, chat_id: int | SandboxUser, language_code: str | None = None
    ) -> dict[str, Any]:
        """Like :meth:`commands`, plus the ``scope`` and ``language_code`` that matched."""
        params: dict[str, Any] = {"chat_id": _uid(chat_id)}
        if language_code is not None:
            params["language_code"] = language_code
        result: dict[str, Any] = await self._request("GET", "/commands", params=params)
        return result

    # ---------------------------------------------------------- faults/limits

    async def inject_fault(
        self,
        method: str | None = "sendMessage",
        *,
        chat_id: int | None = None,
        error_code: int = 429,
        description: str | None = None,
        retry_after: int | None = None,
        times: int = 1,
        kind: str = "error",
        delay: float = 0.0,
    ) -> dict[str, Any]:
        """Make matching Bot API calls fail; see ``SandboxState.inject_fault``."""
        result: dict[str, Any] = await self._request(
            "POST",
            "/faults",
            json={
                "method": method,
                "chat_id": chat_id,
                "error_code": error_code,
                "description": description,
                "retry_after": retry_after,
                "times": times,
                "kind": kind,
                "delay": delay,
            },
        )
        return result

    async def clear_faults(self) -> None:
        """Remove all injected faults."""
        await self._request("DELETE", "/faults")

    async def set_limits(self, **limits: Any) -> dict[str, Any]:
        """Change flood limits, e.g. ``set_limits(enabled=True, per_chat_per_second=1.0)``."""
        result: dict[str, Any] = await self._request("POST", "/limits", json=limits)
        return result

    async def clock(self) -> datetime:
        """The embedding process's time (``polku demo`` only; 404 elsewhere)."""
        data = await self._request("GET", "/clock")
        return datetime.fromisoformat(data["now"])

    async def advance_clock(self, delta: timedelta) -> datetime:
        """Move the demo's clock ahead, as the page's "+1 hour" button does; the new time."""
        data = await self._request(
            "POST", "/clock/advance", json={"seconds": delta.total_seconds()}, http_timeout=60
        )
        return datetime.fromisoformat(data["now"])

    async def stats(self) -> dict[str, Any]:
        """Counters: 429s returned, calls per method, refused calls, pending updates."""
        result: dict[str, Any] = await self._request("GET", "/stats")
        return result


def _describe(messages: Iterable[ChatMessage]) -> str:
    parts = [
        f"[{'bot' if m.from_bot else 'user'} #{m.message_id} seq {m.seq}"
        f"{' edited' if m.edited else ''}{' deleted' if m.deleted else ''}] {m.text[:80]!r}"
        for m in messages
    ]
    return "; ".join(parts) if parts else "nothing"
