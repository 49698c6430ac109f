"""The sandbox control API (JSON under ``/sandbox/api/``), used by the chat page and tests.

It plays the people on the other side of the bot: creating users, sending their
messages, pressing buttons, blocking the bot, and it reads back what the bot
did. Errors are ``{"ok": false, "error": "..."}`` with a 4xx status.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from aiohttp import web

from bot.sandbox.state import ROLES, ControlError, FloodLimits, wait_event

if TYPE_CHECKING:
    from bot.sandbox.server import SandboxServer, TimeControl

__all__ = ["add_control_routes"]

logger = logging.getLogger(__name__)

API = "/sandbox/api"
MAX_WAIT = 60.0
MAX_CLOCK_STEP = timedelta(days=31)
MEDIA_KINDS = ("sticker", "photo", "voice", "video", "animation", "document", "location", "contact")


def _ok(body: Any, status: int = 200) -> web.Response:
    return web.json_response(body, status=status)


@web.middleware
async def _control_errors(request: web.Request, handler: Any) -> web.StreamResponse:
    """Turn :class:`ControlError` and malformed input into JSON errors for API routes."""
    if not request.path.startswith(API):
        response: web.StreamResponse = await handler(request)
        return response
    try:
        response = await handler(request)
    except ControlError as error:
        return _ok({"ok": False, "error": error.message}, error.status)
    except (ValueError, TypeError, KeyError) as error:
        return _ok({"ok": False, "error": f"bad request: {error}"}, 400)
    return response


async def _body(request: web.Request) -> dict[str, Any]:
    if not request.body_exists:
        return {}
    try:
        data = await request.json()
    except ValueError:
        raise ControlError(400, "body must be JSON") from None
    if not isinstance(data, dict):
        raise ControlError(400, "body must be a JSON object")
    return data


def _user_id(request: web.Request) -> int:
    try:
        return int(request.match_info["user_id"])
    except ValueError:
        raise ControlError(404, "no such user") from None


def _opt_int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    return int(value)


def add_control_routes(app: web.Application, server: SandboxServer) -> None:
    """Register every ``/sandbox/api/`` route of ``server`` on ``app``."""
    state = server.state
    app.middlewares.append(_control_errors)
    routes = web.RouteTableDef()

    @routes.get(f"{API}/info")
    async def info(request: web.Request) -> web.Response:
        return _ok(
            {
                "bot_id": state.bot_id,
                "bot_username": state.bot_username,
                "bot_first_name": state.bot_first_name,
                "url": server.url,
                "base_url": server.base_url,
                "base_file_url": server.base_file_url,
                "webhook_url": state.webhook.url if state.webhook else None,
                "roles": list(ROLES),
                "persona_hook": server.persona_hook is not None,
                "bot_roles": server.people_hook is not None,
                "time_control": server.time_control is not None,
            }
        )

    @routes.get(f"{API}/users")
    async def list_users(request: web.Request) -> web.Response:
        users = [u.to_control() for u in state.users.values()]
        if server.people_hook is not None:
            # ``role`` is what the page asked for; ``bot_role`` is what the bot recorded.
            try:
                roles = await server.people_hook()
            except Exception:
                logger.exception("people hook failed")
                roles = {}
            for user in users:
                user["bot_role"] = roles.get(user["id"])
        return _ok(users)

    @routes.post(f"{API}/users")
    async def create_user(request: web.Request) -> web.Response:
        body = await _body(request)
        role = str(body.get("role") or "none")
        user = state.add_user(
            str(body.get("first_name") or ""),
            last_name=body.get("last_name"),
            username=body.get("username"),
            language_code=body.get("language_code"),
            role=role,
            started=bool(body.get("started", False)),
        )
        result = user.to_control()
        if role != "none" and server.persona_hook is not None:
            try:
                code = await server.persona_hook(role)
            except Exception:
                # The hook belongs to the bot; report without the person's details.
                logger.exception("persona hook failed for role %s", role)
                result["start_error"] = "persona hook failed"
                code = None
            if code:
                message, update_id = state.user_send(user.id, text=f"/start {code}")
                result.update(
                    start_code=code,
                    start_message_id=message.message_id,
                    start_update_id=update_id,
                    started=True,
                )
        return _ok(result, 201)

    @routes.get(f"{API}/users/{{user_id}}")
    async def get_user(request: web.Request) -> web.Response:
        return _ok(state.user(_user_id(request)).to_control())

    @routes.post(f"{API}/users/{{user_id}}/send")
    async def send(request: web.Request) -> web.Response:
        user_id = _user_id(request)
        body = await _body(request)
        kind = next((k for k in MEDIA_KINDS if body.get(k)), "text")
        if kind == "text" and "text" not in body:
            raise ControlError(400, f"send needs text or one of: {', '.join(MEDIA_KINDS)}")
        document = body.get("document") if isinstance(body.get("document"), dict) else None
        message, update_id = state.user_send(
            user_id,
            kind=kind,
            text=str(body.get("text") or ""),
            caption=body.get("caption"),
            location=body.get("location") if kind == "location" else None,
            contact=body.get("contact") if kind == "contact" else None,
            document=document,
            reply_to_message_id=_opt_int(body.get("reply_to_message_id")),
        )
        return _ok({"message_id": message.message_id, "update_id": update_id, "seq": message.seq})

    @routes.post(f"{API}/users/{{user_id}}/edit")
    async def edit(request: web.Request) -> web.Response:
        body = await _body(request)
        message, update_id = state.user_edit(
            _user_id(request), int(body["message_id"]), str(body.get("text") or "")
        )
        return _ok({"message_id": message.message_id, "update_id": update_id, "seq": message.seq})

    @routes.post(f"{API}/users/{{user_id}}/press")
    async def press(request: web.Request) -> web.Response:
        body = await _body(request)
        query, update_id = state.user_press(
            _user_id(request),
            int(body["message_id"]),
            str(body["data"]),
            force=bool(body.get("force", False)),
        )
        return _ok({"callback_query_id": query.id, "update_id": update_id})

    @routes.post(f"{API}/users/{{user_id}}/block")
    async def block(request: web.Request) -> web.Response:
        body = await _body(request)
        update_id = state.set_blocked(_user_id(request), bool(body.get("blocked", True)))
        return _ok({"blocked": bool(body.get("blocked", True)), "update_id": update_id})

    @routes.get(f"{API}/users/{{user_id}}/messages")
    async def messages(request: web.Request) -> web.Response:
        user_id = _user_id(request)
        chat = state.chat(user_id)
        after = int(request.query.get("after", "0") or 0)
        wait = min(max(float(request.query.get("wait", "0") or 0), 0.0), MAX_WAIT)
        deadline = time.monotonic() + wait
        while True:
            event = chat.pulse.current()
            if chat.last_seq > after or state.closing:
                break
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            await wait_event(event, remaining)
        return _ok(state.log_since(user_id, after))

    @routes.get(f"{API}/users/{{user_id}}/callback-answers")
    async def callback_answers(request: web.Request) -> web.Response:
        chat = state.chat(_user_id(request))
        return _ok([a.to_json() for a in chat.callback_answers])

    @routes.get(f"{API}/commands")
    async def commands(request: web.Request) -> web.Response:
        chat_id = int(request.query["chat_id"])
        language = request.query.get("language_code")
        if language is None and chat_id in state.users:
            language = state.users[chat_id].language_code
        found, scope, code = state.effective_commands(chat_id, language)
        return _ok({"commands": found, "scope": scope, "language_code": code})

    @routes.get(f"{API}/faults")
    async def list_faults(request: web.Request) -> web.Response:
        return _ok([f.to_json() for f in state.faults])

    @routes.post(f"{API}/faults")
    async def add_fault(request: web.Request) -> web.Response:
        body = await _body(request)
        fault = state.inject_fault(
            method=body.get("method", "sendMessage"),
            chat_id=_opt_int(body.get("chat_id")),
            error_code=int(body.get("error_code", 429)),
            description=body.get("description"),
            retry_after=_opt_int(body.get("retry_after")),
            times=int(body.get("times", 1)),
            kind=str(body.get("kind", "error")),
            delay=float(body.get("delay", 0.0)),
        )
        return _ok(fault.to_json(), 201)

    @routes.delete(f"{API}/faults")
    async def clear_faults(request: web.Request) -> web.Response:
        state.clear_faults()
        return _ok({"ok": True})

    @routes.get(f"{API}/limits")
    async def get_limits(request: web.Request) -> web.Response:
        return _ok(vars(state.limits))

    @routes.post(f"{API}/limits")
    async def set_limits(request: web.Request) -> web.Response:
        body = await _body(request)
        current = vars(state.limits)
        unknown = set(body) - set(current)
        if unknown:
            raise ControlError(400, f"unknown limit fields: {', '.join(sorted(unknown))}")
        state.limits = FloodLimits(**{**current, **body})
        return _ok(vars(state.limits))

    @routes.get(f"{API}/stats")
    async def stats(request: web.Request) -> web.Response:
        return _ok(
            {
                "flood_429_count": state.flood_429_count,
                "method_counts": dict(state.method_counts),
                "refused_count": state.refused_count,
                "refused_calls": [vars(call) for call in state.refused_calls],
                "pending_updates": len(state.pending_updates),
                "users": len(state.users),
            }
        )

    @routes.get(f"{API}/files/{{file_id}}")
    async def download(request: web.Request) -> web.StreamResponse:
        stored = state.files.get(request.match_info["file_id"])
        if stored is None:
            raise ControlError(404, "no such file")
        name = quote(stored.file_name or "file", safe="")
        return web.Response(
            body=stored.data,
            content_type=stored.mime_type or "application/octet-stream",
            headers={"Content-Disposition": f"attachment; filename*=UTF-8''{name}"},
        )

    if server.time_control is not None:
        _add_clock_routes(routes, server.time_control)
    app.add_routes(routes)


def _add_clock_routes(routes: web.RouteTableDef, control: TimeControl) -> None:
    """``GET clock`` and ``POST clock/advance {seconds}``: the demo's fast-forward."""

    def now() -> dict[str, Any]:
        moment = control.now()
        return {"now": moment.isoformat(), "unix": int(moment.timestamp())}

    @routes.get(f"{API}/clock")
    async def clock(request: web.Request) -> web.Response:
        return _ok(now())

    @routes.post(f"{API}/clock/advance")
    async def advance(request: web.Request) -> web.Response:
        body = await _body(request)
        step = timedelta(seconds=float(body["seconds"]))
        if not timedelta(0) < step <= MAX_CLOCK_STEP:
            raise ControlError(400, "seconds must be more than 0 and at most 31 days")
        await control.advance(step)
        return _ok(now())
