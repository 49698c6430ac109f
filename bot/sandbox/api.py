"""The fake Bot API: one table of methods, each a small async function over the state.

Adding a method means writing one function decorated with ``@method("name")``.
Handlers read parameters through :class:`Params` (which copes with the three
encodings clients use: JSON bodies, url-encoded forms and multipart forms, in
which nested objects arrive as JSON strings) and raise :class:`ApiError` with
Telegram's exact status and description.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.sandbox.entities import EntityParseError, format_text
from bot.sandbox.state import (
    ALL_UPDATE_TYPES,
    CallbackAnswer,
    ChatState,
    SandboxState,
    SandboxUser,
    StoredMessage,
    WebhookConfig,
    wait_event,
)

__all__ = [
    "METHODS",
    "ApiError",
    "ApiReply",
    "Outcome",
    "Params",
    "UploadedFile",
    "dispatch",
    "method",
]

logger = logging.getLogger(__name__)

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_UPLOAD = 50 * 1024 * 1024
MAX_POLL_TIMEOUT = 50.0

CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)

INLINE_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)

_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_LOOPBACK_HOSTS = ("127.", "localhost", "[::1]")


class ApiError(Exception):
    """A Bot API failure: HTTP status equals ``error_code``, as on Telegram."""

    def __init__(
        self, code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        """Return Telegram's error JSON."""
        data: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.parameters:
            data["parameters"] = self.parameters
        return data


def bad_request(text: str) -> ApiError:
    """Build a 400 error with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {text}")


@dataclass
class ApiReply:
    """A successful result, optionally with the ``description`` Telegram adds to some."""

    result: Any
    description: str | None = None


@dataclass
class UploadedFile:
    """A file part of a multipart request."""

    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class Params:
    """Request parameters from any encoding, with typed accessors.

    Values from forms are strings (numbers and booleans JSON-encoded, nested
    objects as JSON text); values from JSON bodies keep their JSON types.
    """

    values: Mapping[str, Any] = field(default_factory=dict)
    files: Mapping[str, UploadedFile] = field(default_factory=dict)

    def raw(self, name: str) -> Any:
        """Return the value as received, or None."""
        return self.values.get(name)

    def get_str(self, name: str) -> str | None:
        """Return a string parameter (numbers are turned into text)."""
        value = self.values.get(name)
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        return json.dumps(value, ensure_ascii=False)

    def get_int(self, name: str) -> int | None:
        """Return an integer parameter; a malformed one is a 400 error."""
        value = self.values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        try:
            return int(float(value)) if isinstance(value, float) else int(str(value).strip())
        except ValueError:
            try:
                return int(float(str(value)))
            except ValueError:
                raise bad_request(f'field "{name}" must be of type Integer') from None

    def get_float(self, name: str) -> float | None:
        """Return a number parameter; a malformed one is a 400 error."""
        value = self.values.get(name)
        if value is None or value == "":
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f'field "{name}" must be a Number') from None

    def get_bool(self, name: str) -> bool:
        """Return a boolean parameter (absent means False)."""
        value = self.values.get(name)
        if isinstance(value, bool):
            return value
        if value is None:
            return False
        return str(value).strip().lower() in ("true", "1", "yes", "on")

    def get_json(self, name: str) -> Any:
        """Return a JSON-valued parameter; a string is decoded, ValueError if not JSON."""
        value = self.values.get(name)
        if isinstance(value, str):
            if value == "":
                return None
            return json.loads(value)
        return value


Handler = Callable[["Call"], Awaitable[Any]]


@dataclass
class Call:
    """Everything a method handler needs."""

    state: SandboxState
    method: str
    params: Params


METHODS: dict[str, tuple[str, Handler]] = {}


def method(name: str) -> Callable[[Handler], Handler]:
    """Register a Bot API method handler under ``name`` (matched case-insensitively)."""

    def register(func: Handler) -> Handler:
        METHODS[name.lower()] = (name, func)
        return func

    return register


@dataclass
class Outcome:
    """What the HTTP layer must do: answer ``status`` + ``body``, or drop the connection."""

    status: int
    body: dict[str, Any] | None

    @property
    def drop(self) -> bool:
        """True when the connection must be closed without any answer (network fault)."""
        return self.body is None


def _call_chat_id(state: SandboxState, params: Params) -> int | None:
    value = params.raw("chat_id")
    if value is not None:
        try:
            return int(str(value))
        except ValueError:
            return None
    query_id = params.get_str("callback_query_id")
    if query_id and query_id in state.callback_queries:
        return state.callback_queries[query_id].user_id
    return None


async def dispatch(state: SandboxState, token: str, method_name: str, params: Params) -> Outcome:
    """Run one Bot API call and say how to answer it.

    Args:
        state: The world.
        token: The token from the URL path.
        method_name: The method from the URL path (any case).
        params: Parsed parameters.
    """
    bot_part, sep, secret = token.partition(":")
    if not sep or not bot_part.isdigit() or not secret:
        state.record_refusal(method_name, None, 401, "Unauthorized")
        return Outcome(401, ApiError(401, "Unauthorized").body())
    entry = METHODS.get(method_name.lower())
    if entry is None:
        state.record_refusal(method_name, None, 404, "Not Found: method not found")
        return Outcome(404, ApiError(404, "Not Found: method not found").body())
    canonical, handler = entry
    state.bot_id = int(bot_part)
    chat_id = _call_chat_id(state, params)
    fault = state.take_fault(canonical, chat_id)
    if fault is not None:
        if fault.kind == "network":
            state.record_request(canonical, chat_id, 0)
            return Outcome(0, None)
        if fault.kind == "error":
            parameters = {"retry_after": fault.retry_after} if fault.retry_after else None
            error = ApiError(fault.error_code, fault.description, parameters)
            state.record_request(canonical, chat_id, error.code)
            return Outcome(error.code, error.body())
        # A delayed call still happens, like a slow Telegram that delivers anyway.
        await asyncio.sleep(fault.delay)
    try:
        result = await handler(Call(state=state, method=canonical, params=params))
    except ApiError as error:
        state.record_request(canonical, chat_id, error.code)
        state.record_refusal(canonical, chat_id, error.code, error.description)
        logger.debug("%s -> %s", canonical, error.code)
        return Outcome(error.code, error.body())
    state.record_request(canonical, chat_id, 200)
    if isinstance(result, ApiReply):
        body: dict[str, Any] = {"ok": True, "result": result.result}
        if result.description:
            body["description"] = result.description
        return Outcome(200, body)
    return Outcome(200, {"ok": True, "result": result})


# --------------------------------------------------------------------- helpers


def _require_user(call: Call, *, sending: bool = True) -> tuple[SandboxUser, ChatState]:
    """Resolve ``chat_id`` to a private chat the bot may write to."""
    raw = call.params.raw("chat_id")
    if raw is None or raw == "":
        raise bad_request("chat_id is empty")
    try:
        chat_id = int(str(raw).strip())
    except ValueError:
        # Usernames only resolve for public groups and channels, never private chats.
        raise bad_request("chat not found") from None
    user = call.state.users.get(chat_id)
    if user is None:
        raise bad_request("chat not found")
    if user.blocked:
        raise ApiError(403, "Forbidden: bot was blocked by the user")
    if sending and not user.started:
        raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
    return user, call.state.chats[chat_id]


def _formatted(
    call: Call, text_field: str, mode_field: str, entities_field: str
) -> tuple[str | None, str, list[dict[str, Any]], str | None]:
    """Parse text + parse_mode + entities; returns raw, plain, entities, parse_mode."""
    params = call.params
    raw = params.get_str(text_field)
    if raw is None:
        return None, "", [], None
    parse_mode = params.get_str(mode_field) or None
    if parse_mode is not None and parse_mode.lower() not in ("html", "markdown", "markdownv2"):
        raise bad_request("unsupported parse_mode")
    if parse_mode is not None and parse_mode.lower() != "html" and not _MARKDOWN_WARNED:
        _MARKDOWN_WARNED.append(True)
        logger.warning("the sandbox does not parse %s; such text is stored as plain", parse_mode)
    entities: Any = None
    if params.raw(entities_field) not in (None, ""):
        try:
            entities = params.get_json(entities_field)
        except ValueError:
            raise bad_request(f"can't parse entities JSON object in {entities_field}") from None
    try:
        plain, ents = format_text(raw, parse_mode, entities)
    except EntityParseError as exc:
        raise bad_request(f"can't parse entities: {exc}") from None
    return raw, plain, ents, parse_mode


def _message_text(call: Call) -> tuple[str, str, list[dict[str, Any]], str | None]:
    raw, plain, entities, parse_mode = _formatted(call, "text", "parse_mode", "entities")
    if raw is None or not plain:
        raise bad_request("message text is empty")
    if len(plain) > MAX_TEXT:
        raise bad_request("message is too long")
    return raw, plain, entities, parse_mode


def _validate_inline_keyboard(markup: dict[str, Any]) -> None:
    rows = markup.get("inline_keyboard")
    if not isinstance(rows, list):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
    for row in rows:
        if not isinstance(row, list):
            raise bad_request(
                "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
            )
        for button in row:
            if not isinstance(button, dict):
                raise bad_request(
                    "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
                )
            if not isinstance(button.get("text"), str):
                raise bad_request(
                    'can\'t parse inline keyboard button: Field "text" must be of type String'
                )
            actions = [a for a in INLINE_ACTIONS if a in button]
            if not actions:
                raise bad_request(
                    "can't parse inline keyboard button: "
                    "Text buttons are unallowed in the inline keyboard"
                )
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not (
                    1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA
                ):
                    raise bad_request("BUTTON_DATA_INVALID")
            if "url" in button:
                url = button["url"]
                if not isinstance(url, str) or not re.match(
                    r"^(https?://[^\s/]+\S*|tg://\S+)$", url, re.IGNORECASE
                ):
                    raise bad_request("BUTTON_URL_INVALID")


def _validate_reply_keyboard(markup: dict[str, Any]) -> None:
    rows = markup.get("keyboard")
    if not isinstance(rows, list):
        raise bad_request('field "keyboard" of the ReplyKeyboardMarkup must be an Array')
    for row in rows:
        if not isinstance(row, list):
            raise bad_request("can't parse keyboard button: KeyboardButton must be an Object")
        for button in row:
            label = button if isinstance(button, str) else None
            if isinstance(button, dict):
                label = button.get("text") if isinstance(button.get("text"), str) else None
            if label is None:
                raise bad_request(
                    'can\'t parse keyboard button: Field "text" must be of type String'
                )


def _reply_markup(call: Call, *, inline_only: bool = False) -> dict[str, Any] | None:
    """Parse and validate ``reply_markup`` like Telegram."""
    raw = call.params.raw("reply_markup")
    if raw is None or raw == "":
        return None
    try:
        markup = call.params.get_json("reply_markup")
    except ValueError:
        raise bad_request("can't parse reply keyboard markup JSON object") from None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        _validate_inline_keyboard(markup)
        return markup
    if inline_only:
        raise bad_request("inline keyboard expected")
    if "keyboard" in markup:
        _validate_reply_keyboard(markup)
        return markup
    if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
        return markup
    raise bad_request("can't parse reply keyboard markup JSON object")


def _reply_target(call: Call, chat: ChatState) -> int | None:
    params = call.params
    target: int | None = None
    allow_missing = params.get_bool("allow_sending_without_reply")
    if params.raw("reply_parameters") not in (None, ""):
        try:
            reply = params.get_json("reply_parameters")
        except ValueError:
            raise bad_request("can't parse ReplyParameters JSON object") from None
        if not isinstance(reply, dict) or "message_id" not in reply:
            raise bad_request("can't parse ReplyParameters JSON object")
        target = int(reply["message_id"])
        allow_missing = allow_missing or bool(reply.get("allow_sending_without_reply"))
    elif params.raw("reply_to_message_id") not in (None, ""):
        target = params.get_int("reply_to_message_id")
    if target is None:
        return None
    message = chat.messages.get(target)
    if message is None or message.deleted:
        if allow_missing:
            return None
        raise bad_request("message to be replied not found")
    return target


def _check_flood(call: Call, chat_id: int) -> None:
    retry_after = call.state.check_flood(chat_id)
    if retry_after is not None:
        raise ApiError(
            429,
            f"Too Many Requests: retry after {retry_after}",
            {"retry_after": retry_after},
        )


def _message_for_edit(call: Call) -> tuple[ChatState, StoredMessage]:
    if call.params.raw("inline_message_id") not in (None, ""):
        # The sandbox has no inline mode, so no inline message can exist.
        raise bad_request("MESSAGE_ID_INVALID")
    _user, chat = _require_user(call, sending=False)
    message_id = call.params.get_int("message_id")
    message = chat.messages.get(message_id) if message_id is not None else None
    if message is None or message.deleted:
        raise bad_request("message to edit not found")
    if not message.from_bot:
        raise bad_request("message can't be edited")
    return chat, message


# Warn once per process that Markdown is kept as plain text (a list, to avoid `global`).
_MARKDOWN_WARNED: list[bool] = []

_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


def _current_inline(message: StoredMessage) -> dict[str, Any] | None:
    return message.reply_markup if message.inline_keyboard is not None else None


def _json_list(call: Call, name: str, what: str) -> list[Any] | None:
    if call.params.raw(name) in (None, ""):
        return None
    try:
        value = call.params.get_json(name)
    except ValueError:
        raise bad_request(f"can't parse {what} JSON object") from None
    if not isinstance(value, list):
        raise bad_request(f"can't parse {what} JSON object")
    return value


# ------------------------------------------------------------- bot and session


@method("getMe")
async def get_me(call: Call) -> Any:
    """Describe the bot; its id is the number before ':' in the token."""
    st = call.state
    return {
        "id": st.bot_id,
        "is_bot": True,
        "first_name": st.bot_first_name,
        "username": st.bot_username,
        "can_join_groups": False,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


@method("logOut")
async def log_out(call: Call) -> Any:
    """Accept and do nothing: the sandbox has no cloud session to leave."""
    return True


@method("close")
async def close(call: Call) -> Any:
    """Accept and do nothing: there is no instance to close."""
    return True


# ---------------------------------------------------------------------- updates


@method("getUpdates")
async def get_updates(call: Call) -> Any:
    """Long-poll for updates, confirming earlier ones through ``offset``."""
    st = call.state
    params = call.params
    if st.webhook is not None:
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; "
            "use deleteWebhook to delete the webhook first",
        )
    offset = params.get_int("offset")
    limit = params.get_int("limit")
    limit = 100 if limit is None else min(max(limit, 1), 100)
    timeout = min(max(params.get_float("timeout") or 0.0, 0.0), MAX_POLL_TIMEOUT)
    allowed = _json_list(call, "allowed_updates", "allowed updates")
    if allowed is not None:
        st.set_allowed_updates([str(t) for t in allowed if str(t) in ALL_UPDATE_TYPES])
    # A newer poll ends an older one, as with two bot instances on Telegram.
    st.poll_generation += 1
    generation = st.poll_generation
    st.updates_pulse.fire()
    if offset:
        st.confirm_updates(offset)
    deadline = time.monotonic() + timeout
    while True:
        event = st.updates_pulse.current()
        if st.poll_generation != generation:
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )
        if st.webhook is not None:
            raise ApiError(409, "Conflict: terminated by setWebhook request")
        if st.pending_updates or st.closing:
            return [u for _, u in zip(range(limit), st.pending_updates, strict=False)]
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return []
        await wait_event(event, remaining)


@method("setWebhook")
async def set_webhook(call: Call) -> Any:
    """Set (or with an empty url, remove) the webhook the server posts updates to."""
    st = call.state
    params = call.params
    url = (params.get_str("url") or "").strip()
    if params.get_bool("drop_pending_updates"):
        st.drop_pending_updates()
    allowed = _json_list(call, "allowed_updates", "allowed updates")
    if allowed is not None:
        st.set_allowed_updates([str(t) for t in allowed if str(t) in ALL_UPDATE_TYPES])
    if not url:
        had = st.webhook is not None
        st.webhook = None
        return ApiReply(True, "Webhook was deleted" if had else "Webhook is already deleted")
    match = re.match(r"^(https?)://([^/:?#]+|\[[^\]]+\])(:\d+)?", url, re.IGNORECASE)
    if match is None:
        raise bad_request("bad webhook: Failed to resolve host: Name or service not known")
    host = match.group(2).lower()
    # The sandbox never sends traffic off this machine.
    if not host.startswith(_LOOPBACK_HOSTS):
        raise bad_request("bad webhook: the sandbox delivers only to loopback addresses")
    secret = params.get_str("secret_token")
    if secret is not None and secret != "" and not _SECRET_RE.match(secret):
        raise bad_request("secret token contains unallowed characters")
    max_connections = params.get_int("max_connections") or 40
    was = st.webhook
    st.webhook = WebhookConfig(
        url=url, secret_token=secret or None, max_connections=min(max(max_connections, 1), 100)
    )
    st.updates_pulse.fire()
    st.webhook_pulse.fire()
    if was is not None and was.url == url:
        return ApiReply(True, "Webhook is already set")
    return ApiReply(True, "Webhook was set")


@method("deleteWebhook")
async def delete_webhook(call: Call) -> Any:
    """Remove the webhook so that getUpdates works again."""
    st = call.state
    if call.params.get_bool("drop_pending_updates"):
        st.drop_pending_updates()
    had = st.webhook is not None
    st.webhook = None
    st.webhook_pulse.fire()
    return ApiReply(True, "Webhook was deleted" if had else "Webhook is already deleted")


@method("getWebhookInfo")
async def get_webhook_info(call: Call) -> Any:
    """Report the webhook and how many updates wait for delivery."""
    st = call.state
    hook = st.webhook
    info: dict[str, Any] = {
        "url": hook.url if hook else "",
        "has_custom_certificate": False,
        "pending_update_count": len(st.pending_updates),
    }
    if hook is not None:
        info["ip_address"] = hook.ip_address
        info["max_connections"] = hook.max_connections
        info["allowed_updates"] = list(st.allowed_updates)
        if hook.last_error_date is not None:
            info["last_error_date"] = hook.last_error_date
            info["last_error_message"] = hook.last_error_message
    return info


# --------------------------------------------------------------------- messages


@method("sendMessage")
async def send_message(call: Call) -> Any:
    """Send a text message to a private chat."""
    st = call.state
    user, chat = _require_user(call)
    raw, plain, entities, parse_mode = _message_text(call)
    markup = _reply_markup(call)
    reply_to = _reply_target(call, chat)
    _check_flood(call, user.id)
    message = st.add_message(
        user.id,
        from_bot=True,
        kind="text",
        text=plain,
        entities=entities,
        raw_text=raw,
        parse_mode=parse_mode,
        reply_markup=markup,
        reply_to_message_id=reply_to,
    )
    st.record_sent(user.id)
    return st.message_json(message)


@method("sendDocument")
async def send_document(call: Call) -> Any:
    """Send a file (multipart upload, ``attach://`` name or an existing file_id)."""
    st = call.state
    params = call.params
    user, chat = _require_user(call)
    upload = params.files.get("document")
    reused = None
    if upload is None:
        ref = params.get_str("document")
        if not ref:
            raise bad_request("there is no document in the request")
        if ref.startswith("attach://"):
            upload = params.files.get(ref[len("attach://") :])
            if upload is None:
                raise bad_request("there is no document in the request")
        elif re.match(r"^https?://", ref, re.IGNORECASE):
            # The sandbox cannot fetch from the internet.
            raise bad_request("failed to get HTTP URL content")
        else:
            reused = st.files.get(ref)
            if reused is None:
                raise bad_request("wrong file identifier/HTTP URL specified")
    if upload is not None:
        if not upload.data:
            raise bad_request("file must be non-empty")
        if len(upload.data) > MAX_UPLOAD:
            raise ApiError(413, "Request Entity Too Large")
    raw, caption, entities, parse_mode = _formatted(
        call, "caption", "parse_mode", "caption_entities"
    )
    if len(caption) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    markup = _reply_markup(call)
    reply_to = _reply_target(call, chat)
    _check_flood(call, user.id)
    if reused is None:
        assert upload is not None
        name = upload.filename or "document"
        reused = st.store_file(
            upload.data,
            folder="documents",
            file_name=name,
            mime_type=upload.content_type or "application/octet-stream",
        )
    document = {
        "file_name": reused.file_name or "document",
        "mime_type": reused.mime_type or "application/octet-stream",
        "file_id": reused.file_id,
        "file_unique_id": reused.file_unique_id,
        "file_size": reused.file_size,
    }
    message = st.add_message(
        user.id,
        from_bot=True,
        kind="document",
        text=caption,
        entities=entities,
        raw_text=raw,
        parse_mode=parse_mode,
        reply_markup=markup,
        media={"document": document},
        reply_to_message_id=reply_to,
    )
    st.record_sent(user.id)
    return st.message_json(message)


@method("editMessageText")
async def edit_message_text(call: Call) -> Any:
    """Replace the text (and inline keyboard) of a bot message."""
    st = call.state
    _chat, message = _message_for_edit(call)
    if message.kind != "text":
        raise bad_request("there is no text in the message to edit")
    raw, plain, entities, parse_mode = _message_text(call)
    markup = _reply_markup(call, inline_only=True)
    if (
        plain == message.text
        and entities == message.entities
        and markup == _current_inline(message)
    ):
        raise bad_request(_NOT_MODIFIED)
    message.text, message.entities = plain, entities
    message.raw_text, message.parse_mode = raw, parse_mode
    if markup is not None or message.inline_keyboard is not None:
        # Leaving reply_markup out of an edit removes the inline keyboard on Telegram.
        message.reply_markup = markup
    message.edit_date = st.now()
    st.bump(message)
    return st.message_json(message)


@method("editMessageCaption")
async def edit_message_caption(call: Call) -> Any:
    """Replace the caption (and inline keyboard) of a bot media message."""
    st = call.state
    _chat, message = _message_for_edit(call)
    if message.kind == "text":
        raise bad_request("there is no caption in the message to edit")
    raw, caption, entities, parse_mode = _formatted(
        call, "caption", "parse_mode", "caption_entities"
    )
    if len(caption) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    markup = _reply_markup(call, inline_only=True)
    if (
        caption == message.text
        and entities == message.entities
        and markup == _current_inline(message)
    ):
        raise bad_request(_NOT_MODIFIED)
    message.text, message.entities = caption, entities
    message.raw_text, message.parse_mode = raw, parse_mode
    if markup is not None or message.inline_keyboard is not None:
        message.reply_markup = markup
    message.edit_date = st.now()
    st.bump(message)
    return st.message_json(message)


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(call: Call) -> Any:
    """Replace or (when left out) remove the inline keyboard of a bot message."""
    st = call.state
    _chat, message = _message_for_edit(call)
    markup = _reply_markup(call, inline_only=True)
    if markup == _current_inline(message):
        raise bad_request(_NOT_MODIFIED)
    message.reply_markup = markup
    message.edit_date = st.now()
    st.bump(message)
    return st.message_json(message)


@method("deleteMessage")
async def delete_message(call: Call) -> Any:
    """Delete a message in a private chat (either side's, as bots may)."""
    st = call.state
    _user, chat = _require_user(call, sending=False)
    message_id = call.params.get_int("message_id")
    message = chat.messages.get(message_id) if message_id is not None else None
    if message is None or message.deleted:
        raise bad_request("message to delete not found")
    message.deleted = True
    st.bump(message)
    return True


@method("deleteMessages")
async def delete_messages(call: Call) -> Any:
    """Delete several messages; missing ones are skipped, as on Telegram."""
    st = call.state
    _user, chat = _require_user(call, sending=False)
    ids = _json_list(call, "message_ids", "message identifiers") or []
    if not 1 <= len(ids) <= 100:
        raise bad_request("message identifiers are not specified")
    found = False
    for raw_id in ids:
        message = chat.messages.get(int(raw_id))
        if message is not None and not message.deleted:
            message.deleted = True
            st.bump(message)
            found = True
    if not found:
        raise bad_request("message to delete not found")
    return True


@method("answerCallbackQuery")
async def answer_callback_query(call: Call) -> Any:
    """Answer a button press once; later or unknown ids are "too old"."""
    st = call.state
    params = call.params
    query_id = params.get_str("callback_query_id") or ""
    query = st.callback_queries.get(query_id)
    if query is None or query.answered:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    query.answered = True
    answer = CallbackAnswer(
        seq=0,
        callback_query_id=query.id,
        message_id=query.message_id,
        data=query.data,
        text=params.get_str("text"),
        show_alert=params.get_bool("show_alert"),
        url=params.get_str("url"),
        cache_time=params.get_int("cache_time") or 0,
    )
    st.chats[query.user_id].callback_answers.append(answer)
    answer.seq = st.touch_chat(query.user_id)
    return True


@method("sendChatAction")
async def send_chat_action(call: Call) -> Any:
    """Show "typing…" and similar for five seconds."""
    st = call.state
    user, chat = _require_user(call)
    action = call.params.get_str("action")
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    chat.chat_action = action
    chat.chat_action_at = time.monotonic()
    st.touch_chat(user.id)
    return True


# ------------------------------------------------------------------------ files


@method("getFile")
async def get_file(call: Call) -> Any:
    """Return a File whose file_path can be downloaded under base_file_url."""
    file_id = call.params.get_str("file_id") or ""
    stored = call.state.files.get(file_id)
    if stored is None:
        raise bad_request("invalid file_id")
    return stored.to_api()


# ------------------------------------------------------------------------ chats


@method("getChat")
async def get_chat(call: Call) -> Any:
    """Return ChatFullInfo for a known user's private chat."""
    raw = call.params.raw("chat_id")
    if raw is None or raw == "":
        raise bad_request("chat_id is empty")
    try:
        user = call.state.users.get(int(str(raw)))
    except ValueError:
        user = None
    if user is None:
        raise bad_request("chat not found")
    info = user.chat_api()
    info.update(
        {
            "accent_color_id": user.id % 7,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": True,
                "limited_gifts": True,
                "unique_gifts": True,
                "premium_subscription": True,
                "gifts_from_channels": True,
            },
        }
    )
    return info


@method("setChatMenuButton")
async def set_chat_menu_button(call: Call) -> Any:
    """Set the menu button of one chat, or the bot's default when chat_id is left out."""
    st = call.state
    button: Any = {"type": "default"}
    if call.params.raw("menu_button") not in (None, ""):
        try:
            button = call.params.get_json("menu_button")
        except ValueError:
            raise bad_request("can't parse menu button JSON object") from None
    if not isinstance(button, dict) or button.get("type") not in ("commands", "web_app", "default"):
        raise bad_request("can't parse menu button JSON object")
    if call.params.raw("chat_id") in (None, ""):
        st.default_menu_button = button if button["type"] != "default" else {"type": "commands"}
        return True
    _user, chat = _require_user(call, sending=False)
    chat.menu_button = None if button["type"] == "default" else button
    return True


@method("getChatMenuButton")
async def get_chat_menu_button(call: Call) -> Any:
    """Return a chat's menu button, falling back to the bot's default."""
    st = call.state
    if call.params.raw("chat_id") in (None, ""):
        return st.default_menu_button
    _user, chat = _require_user(call, sending=False)
    return chat.menu_button or st.default_menu_button


# --------------------------------------------------------------------- commands


def _scope(call: Call) -> dict[str, Any]:
    """Parse ``scope`` into its canonical form (defaults to the default scope)."""
    if call.params.raw("scope") in (None, ""):
        return {"type": "default"}
    try:
        scope = call.params.get_json("scope")
    except ValueError:
        raise bad_request("can't parse BotCommandScope JSON object") from None
    if not isinstance(scope, dict) or not isinstance(scope.get("type"), str):
        raise bad_request("can't parse BotCommandScope JSON object")
    kind = scope["type"]
    if kind in ("default", "all_private_chats", "all_group_chats", "all_chat_administrators"):
        return {"type": kind}
    if kind in ("chat", "chat_administrators", "chat_member"):
        try:
            chat_id = int(str(scope.get("chat_id")))
        except ValueError:
            raise bad_request("chat not found") from None
        if chat_id not in call.state.users:
            raise bad_request("chat not found")
        if kind == "chat_administrators":
            raise bad_request("can't use chat_administrators scope in private chats")
        if kind == "chat_member":
            raise bad_request("can't use chat_member scope in private chats")
        return {"type": kind, "chat_id": chat_id}
    raise bad_request("unsupported bot command scope type")


def _language_code(call: Call) -> str:
    code = (call.params.get_str("language_code") or "").strip()
    if code and not re.match(r"^[a-z]{2,3}$", code):
        raise bad_request("invalid language code specified")
    return code


@method("setMyCommands")
async def set_my_commands(call: Call) -> Any:
    """Store the command list for a scope and language (an empty list deletes it)."""
    st = call.state
    commands = _json_list(call, "commands", "BotCommand")
    commands = commands or []
    if len(commands) > 100:
        raise bad_request("too many commands specified")
    cleaned: list[dict[str, str]] = []
    for item in commands:
        if not isinstance(item, dict):
            raise bad_request("can't parse BotCommand JSON object")
        command = str(item.get("command", "")).strip()
        description = str(item.get("description", "")).strip()
        if command.startswith("/"):
            command = command[1:]
        if not _COMMAND_RE.match(command):
            raise bad_request("BOT_COMMAND_INVALID")
        if not description:
            raise bad_request("command description must be non-empty")
        if len(description) > 256:
            raise bad_request("command description is too long")
        cleaned.append({"command": command, "description": description})
    scope = _scope(call)
    key = (st.scope_key(scope), _language_code(call))
    if cleaned:
        st.commands[key] = cleaned
    else:
        st.commands.pop(key, None)
    return True


@method("getMyCommands")
async def get_my_commands(call: Call) -> Any:
    """Return the list stored for exactly this scope and language (no fallback)."""
    st = call.state
    key = (st.scope_key(_scope(call)), _language_code(call))
    return list(st.commands.get(key, []))


@method("deleteMyCommands")
async def delete_my_commands(call: Call) -> Any:
    """Delete the list of this scope and language, so lower scopes apply again."""
    st = call.state
    st.commands.pop((st.scope_key(_scope(call)), _language_code(call)), None)
    return True


# ------------------------------------------------------------- bot description


def _text_setting(call: Call, kind: str, field_name: str, limit: int) -> Any:
    value = (call.params.get_str(field_name) or "").strip()
    if len(value) > limit:
        raise bad_request(f"{field_name.replace('_', ' ')} is too long")
    key = (kind, _language_code(call))
    if value:
        call.state.descriptions[key] = value
    else:
        call.state.descriptions.pop(key, None)
    return True


def _get_text_setting(call: Call, kind: str, field_name: str) -> Any:
    lang = _language_code(call)
    value = call.state.descriptions.get((kind, lang))
    if value is None:
        value = call.state.descriptions.get((kind, ""), "")
    if kind == "name" and not value:
        value = call.state.bot_first_name
    return {field_name: value}


@method("setMyDescription")
async def set_my_description(call: Call) -> Any:
    """Store the bot description shown in an empty chat."""
    return _text_setting(call, "description", "description", 512)


@method("getMyDescription")
async def get_my_description(call: Call) -> Any:
    """Return the stored description for a language (or the default one)."""
    return _get_text_setting(call, "description", "description")


@method("setMyShortDescription")
async def set_my_short_description(call: Call) -> Any:
    """Store the short description shown on the bot's profile."""
    return _text_setting(call, "short_description", "short_description", 120)


@method("getMyShortDescription")
async def get_my_short_description(call: Call) -> Any:
    """Return the stored short description for a language (or the default one)."""
    return _get_text_setting(call, "short_description", "short_description")


@method("setMyName")
async def set_my_name(call: Call) -> Any:
    """Store a per-language bot name (getMe keeps the configured first name)."""
    return _text_setting(call, "name", "name", 64)


@method("getMyName")
async def get_my_name(call: Call) -> Any:
    """Return the bot name for a language."""
    return _get_text_setting(call, "name", "name")
