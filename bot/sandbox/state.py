"""The sandbox's in-memory world: users, chats, messages, files, updates, commands and faults.

Nothing here knows about HTTP. Everything runs on one event loop, so plain data
structures are enough; waiting is done with "pulses" (an :class:`asyncio.Event`
that is replaced every time it fires) so long polls wake up when the world
changes.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import math
import secrets
import struct
import time
import zlib
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

from bot.clock import Clock, SystemClock
from bot.sandbox.entities import detect_entities

__all__ = [
    "DEFAULT_ALLOWED_UPDATES",
    "ROLES",
    "CallbackAnswer",
    "CallbackQueryRecord",
    "ChatState",
    "ControlError",
    "Fault",
    "FloodLimits",
    "RefusedCall",
    "RequestRecord",
    "SandboxState",
    "SandboxUser",
    "StoredFile",
    "StoredMessage",
    "WebhookConfig",
]

ROLES = ("learner", "counsellor", "coordinator", "none")

# Update types Telegram sends when allowed_updates is empty or was never set.
ALL_UPDATE_TYPES = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
    "message_reaction",
    "message_reaction_count",
    "inline_query",
    "chosen_inline_result",
    "callback_query",
    "shipping_query",
    "pre_checkout_query",
    "purchased_paid_media",
    "poll",
    "poll_answer",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
    "chat_boost",
    "removed_chat_boost",
)
DEFAULT_ALLOWED_UPDATES = tuple(
    t
    for t in ALL_UPDATE_TYPES
    if t not in ("chat_member", "message_reaction", "message_reaction_count")
)

FIRST_USER_ID = 1_000_001
FIRST_UPDATE_ID = 700_000_001


class ControlError(Exception):
    """A control-API request that cannot be carried out (HTTP status + message)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _Pulse:
    """A broadcast wake-up: waiters take :meth:`current`, check state, then wait on it."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def current(self) -> asyncio.Event:
        return self._event

    def fire(self) -> None:
        self._event.set()
        self._event = asyncio.Event()


async def wait_event(event: asyncio.Event, seconds: float) -> bool:
    """Wait for ``event`` at most ``seconds``; True if it fired."""
    if seconds <= 0:
        return event.is_set()
    try:
        await asyncio.wait_for(event.wait(), seconds)
    except TimeoutError:
        return False
    return True


@dataclass
class FloodLimits:
    """Optional Telegram-like flood control for sending methods (off by default).

    Each chat has a token bucket holding ``per_chat_burst`` tokens refilled at
    ``per_chat_per_second``; the whole bot has one holding ``global_per_second``
    tokens refilled at the same rate. A send that finds no token returns 429 with
    ``retry_after`` rounded up to whole seconds (at least 1), as Telegram does.
    ``tolerance`` forgives sends that come that many seconds early, so a client
    spacing messages at exactly 1/rate is not punished for timer jitter.
    """

    per_chat_per_second: float = 1.0
    global_per_second: float = 30.0
    enabled: bool = False
    per_chat_burst: int = 1
    tolerance: float = 0.05


@dataclass
class Fault:
    """One injected failure, consumed by matching Bot API calls.

    ``kind`` is ``"error"`` (answer with ``error_code``/``description``),
    ``"network"`` (close the connection without an answer) or ``"delay"``
    (wait ``delay`` seconds, then handle the call normally).
    """

    method: str | None
    chat_id: int | None
    kind: str
    error_code: int
    description: str
    retry_after: int | None
    delay: float
    times: int

    def matches(self, method: str, chat_id: int | None) -> bool:
        """Return True if this fault applies to a call of ``method`` for ``chat_id``."""
        if self.times == 0:
            return False
        if self.method is not None and self.method != method.lower():
            return False
        return self.chat_id is None or self.chat_id == chat_id

    def to_json(self) -> dict[str, Any]:
        """Return the control-API view of this fault."""
        return {
            "method": self.method,
            "chat_id": self.chat_id,
            "kind": self.kind,
            "error_code": self.error_code,
            "description": self.description,
            "retry_after": self.retry_after,
            "delay": self.delay,
            "times": self.times,
        }


_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: injected fault",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: injected fault",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


@dataclass
class SandboxUser:
    """A person talking to the bot; their private chat has the same id."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    role: str = "none"
    blocked: bool = False
    started: bool = False
    phone_number: str | None = None

    def to_api(self) -> dict[str, Any]:
        """Return the Bot API ``User`` object."""
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data

    def chat_api(self) -> dict[str, Any]:
        """Return the Bot API ``Chat`` object of this user's private chat."""
        data: dict[str, Any] = {"id": self.id, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        data["type"] = "private"
        return data

    def to_control(self) -> dict[str, Any]:
        """Return the control-API view (everything the page needs)."""
        return {
            "id": self.id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "username": self.username,
            "language_code": self.language_code,
            "role": self.role,
            "blocked": self.blocked,
            "started": self.started,
        }


@dataclass
class StoredFile:
    """Bytes the bot uploaded or a user sent, reachable through getFile."""

    file_id: str
    file_unique_id: str
    data: bytes
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None

    @property
    def file_size(self) -> int:
        """Size in bytes."""
        return len(self.data)

    def to_api(self) -> dict[str, Any]:
        """Return the Bot API ``File`` object."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.file_size,
            "file_path": self.file_path,
        }


@dataclass
class StoredMessage:
    """One message in a private chat, in either direction.

    ``text`` is what a phone shows (plain text, or the caption of a media
    message); ``raw_text`` is what the bot sent before entity parsing.
    ``media`` holds the Bot API fields of a non-text message (for example
    ``{"document": {...}}``) so they can be merged into the ``Message`` JSON.
    """

    chat_id: int
    message_id: int
    from_bot: bool
    date: int
    kind: str
    text: str
    entities: list[dict[str, Any]]
    seq: int
    raw_text: str | None = None
    parse_mode: str | None = None
    reply_markup: dict[str, Any] | None = None
    edit_date: int | None = None
    deleted: bool = False
    media: dict[str, Any] = field(default_factory=dict)
    reply_to_message_id: int | None = None

    @property
    def inline_keyboard(self) -> list[list[dict[str, Any]]] | None:
        """The message's inline keyboard rows, if it has one."""
        markup = self.reply_markup
        if markup and isinstance(markup.get("inline_keyboard"), list):
            rows: list[list[dict[str, Any]]] = markup["inline_keyboard"]
            return rows
        return None

    def has_callback_data(self, data: str) -> bool:
        """Return True if an inline button of this message carries ``data``."""
        for row in self.inline_keyboard or []:
            for button in row:
                if button.get("callback_data") == data:
                    return True
        return False

    def to_log_item(self) -> dict[str, Any]:
        """Return the control-API chat-log item for the page and the test client."""
        html = self.raw_text if (self.parse_mode or "").lower() == "html" else None
        item: dict[str, Any] = {
            "seq": self.seq,
            "message_id": self.message_id,
            "from_bot": self.from_bot,
            "kind": self.kind,
            "text": self.text,
            "entities": self.entities,
            "html": html,
            "raw_text": self.raw_text,
            "parse_mode": self.parse_mode,
            "reply_markup": self.reply_markup,
            "date": self.date,
            "edited": self.edit_date is not None,
            "edit_date": self.edit_date,
            "deleted": self.deleted,
            "reply_to_message_id": self.reply_to_message_id,
        }
        document = self.media.get("document")
        if document is not None:
            item["document"] = {
                **document,
                "url": f"/sandbox/api/files/{document['file_id']}",
            }
        if self.kind not in ("text", "document"):
            item["media"] = self.media
        return item


@dataclass
class CallbackQueryRecord:
    """A callback query produced by a button press, waiting for answerCallbackQuery."""

    id: str
    user_id: int
    message_id: int
    data: str
    created: float
    answered: bool = False


@dataclass
class CallbackAnswer:
    """What the bot answered to a callback query (shown as a toast or an alert)."""

    seq: int
    callback_query_id: str
    message_id: int
    data: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int

    def to_json(self) -> dict[str, Any]:
        """Return the control-API view."""
        return {
            "seq": self.seq,
            "callback_query_id": self.callback_query_id,
            "message_id": self.message_id,
            "data": self.data,
            "text": self.text,
            "show_alert": self.show_alert,
            "url": self.url,
            "cache_time": self.cache_time,
        }


@dataclass
class ChatState:
    """Everything about one private chat besides the user record."""

    user_id: int
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    next_message_id: int = 1
    reply_keyboard: dict[str, Any] | None = None
    keyboard_collapsed: bool = False
    input_placeholder: str | None = None
    last_seq: int = 0
    chat_action: str | None = None
    chat_action_at: float = 0.0
    callback_answers: list[CallbackAnswer] = field(default_factory=list)
    sent_times: list[float] = field(default_factory=list)
    menu_button: dict[str, Any] | None = None
    bucket_tokens: float = -1.0
    bucket_at: float = 0.0
    # Per-chat wake-up, so a change in one chat does not wake every page and test watcher.
    pulse: _Pulse = field(default_factory=_Pulse, repr=False, compare=False)


@dataclass
class WebhookConfig:
    """A webhook set with setWebhook, plus delivery diagnostics for getWebhookInfo."""

    url: str
    secret_token: str | None = None
    max_connections: int = 40
    ip_address: str = "127.0.0.1"
    last_error_date: int | None = None
    last_error_message: str | None = None


@dataclass
class RequestRecord:
    """One Bot API call, kept for tests and benchmarks (no message content)."""

    method: str
    chat_id: int | None
    status: int
    at: float


@dataclass(frozen=True)
class RefusedCall:
    """A Bot API call refused by the API's own rules: the bot asked for something invalid."""

    method: str
    chat_id: int | None
    status: int
    description: str


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """Build a solid-colour PNG so that photos sent by page users are real images."""
    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height, 9)

    def chunk(tag: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + tag
            + body
            + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


class SandboxState:
    """The whole fake Telegram world seen by one bot.

    Tests may read and change attributes directly (for example ``limits``,
    ``users`` or ``chats``); the methods keep the bookkeeping (sequence
    numbers, wake-ups, update ids) consistent.
    """

    def __init__(
        self,
        *,
        bot_username: str = "polku_sandbox_bot",
        bot_first_name: str = "Polku",
        clock: Clock | None = None,
    ) -> None:
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.bot_id = 0
        self.clock: Clock = clock or SystemClock()
        self.users: dict[int, SandboxUser] = {}
        self.chats: dict[int, ChatState] = {}
        self.files: dict[str, StoredFile] = {}
        self.files_by_path: dict[str, StoredFile] = {}
        self.callback_queries: dict[str, CallbackQueryRecord] = {}
        self.pending_updates: deque[dict[str, Any]] = deque()
        self.allowed_updates: tuple[str, ...] = DEFAULT_ALLOWED_UPDATES
        self.webhook: WebhookConfig | None = None
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.descriptions: dict[tuple[str, str], str] = {}
        self.default_menu_button: dict[str, Any] = {"type": "commands"}
        self.limits = FloodLimits()
        self.faults: list[Fault] = []
        self.flood_429_count = 0
        self.requests: deque[RequestRecord] = deque(maxlen=20_000)
        self.method_counts: Counter[str] = Counter()
        self.refused_count = 0
        self.refused_calls: deque[RefusedCall] = deque(maxlen=100)
        self.poll_generation = 0
        self.closing = False
        self._next_user_id = FIRST_USER_ID
        self._next_update_id = FIRST_UPDATE_ID
        self._seq = itertools.count(1)
        self._callback_ids = itertools.count(4_382_000_000_000_000_001)
        self._file_counter = itertools.count(1)
        self._global_tokens = -1.0
        self._global_at = 0.0
        self.updates_pulse = _Pulse()
        self.webhook_pulse = _Pulse()

    # ----------------------------------------------------------------- basics

    def now(self) -> int:
        """Current time as unix seconds, from the injected clock."""
        return int(self.clock.now().timestamp())

    def next_seq(self) -> int:
        """Return a new chat-log sequence number (global, increasing)."""
        return next(self._seq)

    def close(self) -> None:
        """Wake every waiter so the server can stop promptly."""
        self.closing = True
        self.updates_pulse.fire()
        self.webhook_pulse.fire()
        for chat in self.chats.values():
            chat.pulse.fire()

    def bot_user(self) -> dict[str, Any]:
        """Return the bot's ``User`` object as it appears in messages."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    # ------------------------------------------------------------------ users

    def add_user(
        self,
        first_name: str,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        role: str = "none",
        started: bool = False,
        user_id: int | None = None,
    ) -> SandboxUser:
        """Create a user and their private chat with the bot.

        Args:
            first_name: Shown name; must be non-empty.
            last_name: Optional family name.
            username: Optional @username without the @.
            language_code: IETF tag from the user's app, e.g. ``"fi"`` or ``"ar"``.
            role: Page persona role: learner, counsellor, coordinator or none.
            started: Whether the user has already opened the chat; until then
                the bot cannot write first (as on Telegram).
            user_id: A given id, to bring back a person the bot already knows (the
                demo on a kept database); the next new users get higher ids.

        Returns:
            The new user.
        """
        if not first_name.strip():
            raise ControlError(400, "first_name must be non-empty")
        if role not in ROLES:
            raise ControlError(400, f"role must be one of {', '.join(ROLES)}")
        if user_id is not None and (user_id in self.users or user_id <= 0):
            raise ControlError(400, "user_id is taken or not positive")
        user = SandboxUser(
            id=self._next_user_id if user_id is None else user_id,
            first_name=first_name.strip(),
            last_name=last_name or None,
            username=(username or "").lstrip("@") or None,
            language_code=language_code or None,
            role=role,
            started=started,
        )
        self._next_user_id = max(self._next_user_id, user.id + 1)
        self.users[user.id] = user
        self.chats[user.id] = ChatState(user_id=user.id)
        return user

    def user(self, user_id: int) -> SandboxUser:
        """Return a user or raise :class:`ControlError` 404."""
        try:
            return self.users[user_id]
        except KeyError:
            raise ControlError(404, "no such user") from None

    def chat(self, chat_id: int) -> ChatState:
        """Return a chat or raise :class:`ControlError` 404."""
        try:
            return self.chats[chat_id]
        except KeyError:
            raise ControlError(404, "no such chat") from None

    def continue_update_ids(self, last_seen: int) -> None:
        """Number the next updates after ``last_seen`` (a bot that kept its database)."""
        self._next_update_id = max(self._next_update_id, last_seen + 1)

    # ---------------------------------------------------------------- updates

    def enqueue_update(self, kind: str, payload: dict[str, Any]) -> int | None:
        """Queue an update of type ``kind``; None if allowed_updates filters it out."""
        if kind not in self.allowed_updates:
            return None
        update_id = self._next_update_id
        self._next_update_id += 1
        self.pending_updates.append({"update_id": update_id, kind: payload})
        self.updates_pulse.fire()
        self.webhook_pulse.fire()
        return update_id

    def confirm_updates(self, offset: int) -> None:
        """Apply a getUpdates ``offset``: forget updates it confirms (negative keeps the tail)."""
        queue = self.pending_updates
        if offset < 0:
            keep = -offset
            while len(queue) > keep:
                queue.popleft()
            return
        while queue and queue[0]["update_id"] < offset:
            queue.popleft()

    def drop_pending_updates(self) -> None:
        """Forget every queued update (drop_pending_updates=True)."""
        self.pending_updates.clear()

    def set_allowed_updates(self, types: list[str] | None) -> None:
        """Apply an allowed_updates parameter; None keeps the previous setting."""
        if types is None:
            return
        self.allowed_updates = tuple(types) if types else DEFAULT_ALLOWED_UPDATES

    # ------------------------------------------------------------------- faults

    def inject_fault(
        self,
        method: str | None = "sendMessage",
        chat_id: int | None = None,
        error_code: int = 429,
        description: str | None = None,
        retry_after: int | None = None,
        times: int = 1,
        kind: str = "error",
        delay: float = 0.0,
    ) -> Fault:
        """Make the next ``times`` matching Bot API calls fail.

        Args:
            method: Bot API method name (case-insensitive), or None for any method.
            chat_id: Only calls for this chat, or None for any.
            error_code: HTTP status and ``error_code`` for ``kind="error"``.
            description: Telegram-style description; a sensible default per code.
            retry_after: Seconds for 429 answers (default 1).
            times: How many calls to affect; a negative number means until cleared.
            kind: ``"error"``, ``"network"`` (connection closed, no answer) or
                ``"delay"`` (answer normally after ``delay`` seconds).
            delay: Seconds to wait for ``kind="delay"``.

        Returns:
            The stored fault (its ``times`` counts down as it is used).
        """
        if kind not in ("error", "network", "delay"):
            raise ControlError(400, "kind must be error, network or delay")
        if kind == "error" and not 400 <= error_code <= 599:
            raise ControlError(400, "error_code must be an HTTP error status")
        if error_code == 429:
            retry_after = max(1, int(retry_after or 1))
            description = description or f"Too Many Requests: retry after {retry_after}"
        description = description or _DEFAULT_DESCRIPTIONS.get(error_code, f"Error {error_code}")
        fault = Fault(
            method=method.lower() if method and method != "*" else None,
            chat_id=chat_id,
            kind=kind,
            error_code=error_code,
            description=description,
            retry_after=retry_after if error_code == 429 else None,
            delay=float(delay),
            times=times,
        )
        self.faults.append(fault)
        return fault

    def take_fault(self, method: str, chat_id: int | None) -> Fault | None:
        """Consume and return the first fault matching this call, if any."""
        for fault in self.faults:
            if fault.matches(method, chat_id):
                if fault.times > 0:
                    fault.times -= 1
                if fault.times == 0:
                    self.faults.remove(fault)
                return fault
        return None

    def clear_faults(self) -> None:
        """Remove every injected fault."""
        self.faults.clear()

    # ------------------------------------------------------------ flood control

    def check_flood(self, chat_id: int) -> int | None:
        """Return ``retry_after`` if a send to ``chat_id`` now breaks the limits, else None.

        A send that passes takes its tokens; one that fails takes nothing.
        """
        limits = self.limits
        if not limits.enabled:
            return None
        now = time.monotonic()
        chat = self.chats.get(chat_id)
        waits: list[float] = []
        chat_tokens = 0.0
        if chat is not None and limits.per_chat_per_second > 0:
            cap = max(1, limits.per_chat_burst)
            if chat.bucket_tokens < 0:
                chat.bucket_tokens, chat.bucket_at = float(cap), now
            chat_tokens = min(
                cap, chat.bucket_tokens + (now - chat.bucket_at) * limits.per_chat_per_second
            )
            grace = limits.tolerance * limits.per_chat_per_second
            if chat_tokens + grace < 1.0:
                waits.append((1.0 - chat_tokens) / limits.per_chat_per_second)
        global_tokens = 0.0
        if limits.global_per_second > 0:
            cap_g = max(1.0, limits.global_per_second)
            if self._global_tokens < 0:
                self._global_tokens, self._global_at = cap_g, now
            global_tokens = min(
                cap_g, self._global_tokens + (now - self._global_at) * limits.global_per_second
            )
            if global_tokens + limits.tolerance * limits.global_per_second < 1.0:
                waits.append((1.0 - global_tokens) / limits.global_per_second)
        if waits:
            return max(1, math.ceil(max(waits)))
        if chat is not None and limits.per_chat_per_second > 0:
            chat.bucket_tokens, chat.bucket_at = max(0.0, chat_tokens - 1.0), now
        if limits.global_per_second > 0:
            self._global_tokens, self._global_at = max(0.0, global_tokens - 1.0), now
        return None

    def record_sent(self, chat_id: int) -> None:
        """Note the time of a bot message for :meth:`sent_times`."""
        chat = self.chats.get(chat_id)
        if chat is not None:
            chat.sent_times.append(time.monotonic())

    def sent_times(self, chat_id: int) -> list[float]:
        """Monotonic timestamps (``time.monotonic()``) of every bot message sent to a chat."""
        chat = self.chats.get(chat_id)
        return list(chat.sent_times) if chat is not None else []

    def record_request(self, method: str, chat_id: int | None, status: int) -> None:
        """Remember one Bot API call and count 429s."""
        self.requests.append(RequestRecord(method, chat_id, status, time.monotonic()))
        self.method_counts[method] += 1
        if status == 429:
            self.flood_429_count += 1

    def record_refusal(
        self, method: str, chat_id: int | None, status: int, description: str
    ) -> None:
        """Count a call the API refused with a 4xx, unless it was a 429.

        Injected faults are not refusals (the test asked for them) and a 429 is the flood
        limit, counted by :meth:`record_request`: what is left is the bot's mistake.
        """
        if 400 <= status < 500 and status != 429:
            self.refused_count += 1
            self.refused_calls.append(RefusedCall(method, chat_id, status, description))

    # ------------------------------------------------------------------- files

    def store_file(
        self,
        data: bytes,
        *,
        folder: str,
        file_name: str | None = None,
        mime_type: str | None = None,
        prefix: str = "BQACAgQAAxkBAA",
    ) -> StoredFile:
        """Keep bytes under a new file_id and a getFile path like ``documents/file_3.pdf``."""
        number = next(self._file_counter)
        extension = ""
        if file_name and "." in file_name:
            extension = "." + file_name.rsplit(".", 1)[1][:10]
        stored = StoredFile(
            file_id=prefix + secrets.token_urlsafe(30),
            file_unique_id="AgAD" + secrets.token_urlsafe(9),
            data=data,
            file_path=f"{folder}/file_{number}{extension}",
            file_name=file_name,
            mime_type=mime_type,
        )
        self.files[stored.file_id] = stored
        self.files_by_path[stored.file_path] = stored
        return stored

    # ---------------------------------------------------------------- messages

    def _touch(self, chat: ChatState) -> int:
        seq = self.next_seq()
        chat.last_seq = seq
        chat.pulse.fire()
        return seq

    def add_message(
        self,
        chat_id: int,
        *,
        from_bot: bool,
        kind: str,
        text: str,
        entities: list[dict[str, Any]],
        raw_text: str | None = None,
        parse_mode: str | None = None,
        reply_markup: dict[str, Any] | None = None,
        media: dict[str, Any] | None = None,
        reply_to_message_id: int | None = None,
    ) -> StoredMessage:
        """Append a message to a chat log and wake log watchers."""
        chat = self.chats[chat_id]
        message = StoredMessage(
            chat_id=chat_id,
            message_id=chat.next_message_id,
            from_bot=from_bot,
            date=self.now(),
            kind=kind,
            text=text,
            entities=entities,
            seq=0,
            raw_text=raw_text,
            parse_mode=parse_mode,
            reply_markup=reply_markup,
            media=media or {},
            reply_to_message_id=reply_to_message_id,
        )
        chat.next_message_id += 1
        chat.messages[message.message_id] = message
        message.seq = self._touch(chat)
        if from_bot:
            self._apply_keyboard(chat, reply_markup)
        return message

    def bump(self, message: StoredMessage) -> None:
        """Give an edited or deleted message a new sequence number so watchers see it."""
        message.seq = self._touch(self.chats[message.chat_id])

    def touch_chat(self, chat_id: int) -> int:
        """Wake watchers of a chat whose side state changed; returns the new sequence number."""
        return self._touch(self.chats[chat_id])

    def _apply_keyboard(self, chat: ChatState, markup: dict[str, Any] | None) -> None:
        if not markup:
            return
        if "keyboard" in markup:
            chat.reply_keyboard = markup
            chat.keyboard_collapsed = False
            chat.input_placeholder = markup.get("input_field_placeholder")
        elif markup.get("remove_keyboard"):
            chat.reply_keyboard = None
            chat.keyboard_collapsed = False
            chat.input_placeholder = None
        elif markup.get("force_reply"):
            chat.input_placeholder = markup.get("input_field_placeholder")

    def message_json(self, message: StoredMessage, *, with_reply: bool = True) -> dict[str, Any]:
        """Return the Bot API ``Message`` object for a stored message."""
        user = self.users[message.chat_id]
        data: dict[str, Any] = {
            "message_id": message.message_id,
            "from": self.bot_user() if message.from_bot else user.to_api(),
            "chat": user.chat_api(),
            "date": message.date,
        }
        if message.edit_date is not None:
            data["edit_date"] = message.edit_date
        if with_reply and message.reply_to_message_id is not None:
            replied = self.chats[message.chat_id].messages.get(message.reply_to_message_id)
            if replied is not None and not replied.deleted:
                data["reply_to_message"] = self.message_json(replied, with_reply=False)
        if message.kind == "text":
            data["text"] = message.text
            if message.entities:
                data["entities"] = message.entities
        else:
            data.update(message.media)
            if message.text:
                data["caption"] = message.text
                if message.entities:
                    data["caption_entities"] = message.entities
        markup = message.reply_markup
        if message.from_bot and markup and "inline_keyboard" in markup:
            # Telegram echoes only inline keyboards back in Message objects.
            data["reply_markup"] = markup
        return data

    # ---------------------------------------------------- things users can do

    def _require_active(self, user: SandboxUser) -> ChatState:
        if user.blocked:
            raise ControlError(409, "the user has blocked the bot; unblock first")
        user.started = True
        return self.chats[user.id]

    def user_send(
        self,
        user_id: int,
        *,
        kind: str = "text",
        text: str = "",
        caption: str | None = None,
        location: dict[str, float] | None = None,
        contact: dict[str, Any] | None = None,
        document: dict[str, Any] | None = None,
        reply_to_message_id: int | None = None,
    ) -> tuple[StoredMessage, int | None]:
        """Let a user send a message; returns it and the update id (None if filtered).

        Args:
            user_id: Sender.
            kind: ``text``, ``sticker``, ``photo``, ``voice``, ``video``, ``animation``,
                ``document``, ``location`` or ``contact``.
            text: Message text for ``kind="text"``.
            caption: Optional caption for media.
            location: ``{"latitude": .., "longitude": ..}`` for locations.
            contact: ``{"phone_number": .., "first_name": ..}`` for contacts.
            document: Optional ``{"file_name", "mime_type", "content_base64"}``.
            reply_to_message_id: Message being replied to, if any.
        """
        user = self.user(user_id)
        chat = self._require_active(user)
        if reply_to_message_id is not None and reply_to_message_id not in chat.messages:
            raise ControlError(400, "message to reply to not found")
        if kind == "text":
            if not text.strip():
                raise ControlError(400, "text must be non-empty")
            if len(text) > 4096:
                raise ControlError(400, "text is longer than 4096 characters")
            plain = text.strip()
            entities = detect_entities(plain)
            message = self.add_message(
                user.id,
                from_bot=False,
                kind="text",
                text=plain,
                entities=entities,
                reply_to_message_id=reply_to_message_id,
            )
            self._after_user_text(chat, plain)
        else:
            media = self._user_media(kind, location=location, contact=contact, document=document)
            caption_text = (caption or "").strip()
            message = self.add_message(
                user.id,
                from_bot=False,
                kind=kind,
                text=caption_text,
                entities=detect_entities(caption_text) if caption_text else [],
                media=media,
                reply_to_message_id=reply_to_message_id,
            )
        update_id = self.enqueue_update("message", self.message_json(message))
        return message, update_id

    def _after_user_text(self, chat: ChatState, text: str) -> None:
        keyboard = chat.reply_keyboard
        if keyboard is None or not keyboard.get("one_time_keyboard"):
            return
        for row in keyboard.get("keyboard", []):
            for button in row:
                label = button if isinstance(button, str) else button.get("text")
                if label == text:
                    chat.keyboard_collapsed = True
                    return

    def _user_media(
        self,
        kind: str,
        *,
        location: dict[str, float] | None,
        contact: dict[str, Any] | None,
        document: dict[str, Any] | None,
    ) -> dict[str, Any]:
        if kind == "location":
            if not location:
                raise ControlError(400, "location needs latitude and longitude")
            try:
                lat, lon = float(location["latitude"]), float(location["longitude"])
            except (KeyError, TypeError, ValueError):
                raise ControlError(400, "location needs latitude and longitude") from None
            return {"location": {"latitude": lat, "longitude": lon}}
        if kind == "contact":
            if not contact or not contact.get("phone_number") or not contact.get("first_name"):
                raise ControlError(400, "contact needs phone_number and first_name")
            allowed = ("phone_number", "first_name", "last_name", "user_id", "vcard")
            return {"contact": {k: v for k, v in contact.items() if k in allowed}}
        if kind == "photo":
            sizes = []
            for side, prefix in (
                (90, "AgACAgQAAxkBAAM"),
                (320, "AgACAgQAAxkBAAN"),
                (800, "AgACAg"),
            ):
                stored = self.store_file(
                    _png(side, side, (64, 140, 200)),
                    folder="photos",
                    mime_type="image/png",
                    file_name="photo.png",
                    prefix=prefix,
                )
                sizes.append(
                    {
                        "file_id": stored.file_id,
                        "file_unique_id": stored.file_unique_id,
                        "file_size": stored.file_size,
                        "width": side,
                        "height": side,
                    }
                )
            return {"photo": sizes}
        if kind == "sticker":
            # Placeholder bytes: nothing in the sandbox decodes stickers.
            stored = self.store_file(
                b"RIFF\x00\x00\x00\x00WEBPVP8 sandbox-sticker",
                folder="stickers",
                file_name="sticker.webp",
                mime_type="image/webp",
                prefix="CAACAgIAAxkBAA",
            )
            return {
                "sticker": {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "file_size": stored.file_size,
                    "width": 512,
                    "height": 512,
                    "emoji": "👍",
                    "set_name": "PolkuSandbox",
                    "is_animated": False,
                    "is_video": False,
                    "type": "regular",
                }
            }
        if kind == "voice":
            stored = self.store_file(
                b"OggS\x00\x02sandbox-voice",
                folder="voice",
                file_name="voice.oga",
                mime_type="audio/ogg",
                prefix="AwACAgQAAxkBAA",
            )
            return {
                "voice": {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "file_size": stored.file_size,
                    "duration": 3,
                    "mime_type": "audio/ogg",
                }
            }
        if kind in ("video", "animation"):
            stored = self.store_file(
                b"\x00\x00\x00\x18ftypmp42sandbox-video",
                folder=f"{kind}s",
                file_name=f"{kind}.mp4",
                mime_type="video/mp4",
                prefix="BAACAgQAAxkBAA",
            )
            obj: dict[str, Any] = {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_size": stored.file_size,
                "width": 640,
                "height": 360,
                "duration": 5,
                "mime_type": "video/mp4",
            }
            if kind == "animation":
                obj["file_name"] = "animation.mp4"
                # Telegram also fills "document" for animations, for old clients.
                doc = {k: obj[k] for k in ("file_id", "file_unique_id", "file_size", "mime_type")}
                return {"animation": obj, "document": {**doc, "file_name": "animation.mp4"}}
            return {"video": obj}
        if kind == "document":
            spec = document or {}
            name = str(spec.get("file_name") or "sample.txt")
            mime = str(spec.get("mime_type") or "text/plain")
            if spec.get("content_base64"):
                try:
                    data = base64.b64decode(str(spec["content_base64"]), validate=True)
                except ValueError:
                    raise ControlError(400, "content_base64 is not valid base64") from None
            else:
                data = b"Polku sandbox test document\n"
            stored = self.store_file(data, folder="documents", file_name=name, mime_type=mime)
            return {
                "document": {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "file_size": stored.file_size,
                    "file_name": name,
                    "mime_type": mime,
                }
            }
        raise ControlError(400, f"unsupported message kind: {kind}")

    def user_edit(
        self, user_id: int, message_id: int, text: str
    ) -> tuple[StoredMessage, int | None]:
        """Let a user edit their own text message; emits ``edited_message``."""
        user = self.user(user_id)
        chat = self._require_active(user)
        message = chat.messages.get(message_id)
        if message is None or message.deleted or message.from_bot:
            raise ControlError(404, "no such message from this user")
        if message.kind != "text":
            raise ControlError(400, "only text messages can be edited here")
        plain = text.strip()
        if not plain:
            raise ControlError(400, "text must be non-empty")
        message.text = plain
        message.entities = detect_entities(plain)
        message.edit_date = self.now()
        self.bump(message)
        update_id = self.enqueue_update("edited_message", self.message_json(message))
        return message, update_id

    def user_press(
        self, user_id: int, message_id: int, data: str, *, force: bool = False
    ) -> tuple[CallbackQueryRecord, int | None]:
        """Press an inline button; emits ``callback_query``.

        Args:
            user_id: Who presses.
            message_id: The bot message carrying the keyboard.
            data: The button's callback_data.
            force: Send ``data`` even if no button carries it (forged-callback tests).
        """
        user = self.user(user_id)
        chat = self._require_active(user)
        message = chat.messages.get(message_id)
        if message is None or message.deleted or not message.from_bot:
            raise ControlError(404, "no such bot message in this chat")
        if not force and not message.has_callback_data(data):
            raise ControlError(400, "no inline button of that message has this callback_data")
        query = CallbackQueryRecord(
            id=str(next(self._callback_ids)),
            user_id=user.id,
            message_id=message_id,
            data=data,
            created=time.monotonic(),
        )
        self.callback_queries[query.id] = query
        payload = {
            "id": query.id,
            "from": user.to_api(),
            "message": self.message_json(message),
            # Stable per chat, like Telegram's chat_instance.
            "chat_instance": str(-(8_000_000_000_000_000_000 + user.id * 7919)),
            "data": data,
        }
        update_id = self.enqueue_update("callback_query", payload)
        return query, update_id

    def set_blocked(self, user_id: int, blocked: bool) -> int | None:
        """Block or unblock the bot for a user; emits ``my_chat_member`` on a change."""
        user = self.user(user_id)
        if user.blocked == blocked:
            return None
        user.blocked = blocked
        chat = self.chats[user.id]
        if blocked:
            chat.reply_keyboard = None
        self.touch_chat(user.id)
        old: dict[str, Any] = {"user": self.bot_user(), "status": "member" if blocked else "kicked"}
        new: dict[str, Any] = {"user": self.bot_user(), "status": "kicked" if blocked else "member"}
        if blocked:
            new["until_date"] = 0
        else:
            old["until_date"] = 0
        payload = {
            "chat": user.chat_api(),
            "from": user.to_api(),
            "date": self.now(),
            "old_chat_member": old,
            "new_chat_member": new,
        }
        return self.enqueue_update("my_chat_member", payload)

    # ------------------------------------------------------------ chat log view

    def log_since(self, chat_id: int, after: int) -> dict[str, Any]:
        """Return the control-API chat view: entries with ``seq > after`` plus side state."""
        chat = self.chat(chat_id)
        user = self.users[chat_id]
        items = sorted((m for m in chat.messages.values() if m.seq > after), key=lambda m: m.seq)
        action = None
        if chat.chat_action and time.monotonic() - chat.chat_action_at < 5.0:
            action = chat.chat_action
        return {
            "messages": [m.to_log_item() for m in items],
            "callback_answers": [a.to_json() for a in chat.callback_answers if a.seq > after],
            "last_seq": chat.last_seq,
            "reply_keyboard": chat.reply_keyboard,
            "keyboard_collapsed": chat.keyboard_collapsed,
            "input_placeholder": chat.input_placeholder,
            "chat_action": action,
            "blocked": user.blocked,
        }

    # ---------------------------------------------------------------- commands

    @staticmethod
    def scope_key(scope: dict[str, Any]) -> str:
        """Canonical storage key of a BotCommandScope."""
        return json.dumps(scope, sort_keys=True, separators=(",", ":"))

    def effective_commands(
        self, chat_id: int, language_code: str | None
    ) -> tuple[list[dict[str, str]], dict[str, Any] | None, str]:
        """Resolve the command list a private chat sees, in Telegram's scope order.

        Order: chat + language, chat, all_private_chats + language,
        all_private_chats, default + language, default. The first non-empty
        list wins.

        Returns:
            The commands, the scope they came from (None if none) and its language.
        """
        lang = (language_code or "").strip()
        candidates: list[tuple[dict[str, Any], str]] = []
        for scope in (
            {"type": "chat", "chat_id": chat_id},
            {"type": "all_private_chats"},
            {"type": "default"},
        ):
            if lang:
                candidates.append((scope, lang))
            candidates.append((scope, ""))
        for scope, code in candidates:
            commands = self.commands.get((self.scope_key(scope), code))
            if commands:
                return list(commands), scope, code
        return [], None, ""
