"""HTTP side of the sandbox: Bot API routes, file downloads, webhook delivery and the page.

Point an unmodified python-telegram-bot at it with ``base_url=server.base_url``
and ``base_file_url=server.base_file_url``. The control API used by the chat
page and :class:`~bot.sandbox.client.SandboxClient` lives in
:mod:`bot.sandbox.control`.

The server has no authentication: bind it to loopback only (the default).
Access logging is off because Bot API paths contain the bot token.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import aiohttp
from aiohttp import web

from bot.clock import Clock
from bot.sandbox.api import ApiError, Params, UploadedFile, dispatch
from bot.sandbox.control import add_control_routes
from bot.sandbox.state import SandboxState, wait_event

__all__ = ["PeopleHook", "PersonaHook", "SandboxServer", "TimeControl"]

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"

PersonaHook = Callable[[str], Awaitable[str | None]]
"""Given a role, returns an invite start code for a new page persona (or None)."""

PeopleHook = Callable[[], Awaitable[dict[int, str]]]
"""The bot's own record of who is who: Telegram user id -> role, for the page's sidebar."""


class TimeControl(Protocol):
    """The clock of the process that embeds the sandbox, for the page's "+1 hour" buttons.

    Only ``polku demo`` gives one; without it the clock routes do not exist.
    """

    def now(self) -> datetime:
        """The embedding process's current (possibly shifted) time."""
        ...

    async def advance(self, delta: timedelta) -> None:
        """Move the clock ahead and let the bot's scheduled work notice."""
        ...


# Bot API uploads may be 50 MB; leave room for the multipart framing.
_CLIENT_MAX_SIZE = 60 * 1024 * 1024
_WEBHOOK_TIMEOUT = 10.0
_WEBHOOK_MAX_BACKOFF = 5.0


def _json_response(body: dict[str, Any] | list[Any], status: int = 200) -> web.Response:
    return web.Response(
        text=json.dumps(body, ensure_ascii=False, separators=(",", ":")),
        status=status,
        content_type="application/json",
    )


async def read_params(request: web.Request) -> Params:
    """Collect Bot API parameters from the query string and a JSON, form or multipart body.

    Raises:
        ApiError: If a JSON body cannot be decoded.
    """
    values: dict[str, Any] = dict(request.query)
    files: dict[str, UploadedFile] = {}
    if not request.body_exists:
        return Params(values, files)
    content_type = request.content_type
    if content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise ApiError(400, "Bad Request: can't parse JSON encoded request") from None
        if isinstance(body, dict):
            values.update(body)
        return Params(values, files)
    if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                try:
                    data = value.file.read()
                finally:
                    value.file.close()
                files[key] = UploadedFile(value.filename, value.content_type, data)
            elif isinstance(value, bytes | bytearray):
                values[key] = bytes(value).decode("utf-8", "replace")
            else:
                values[key] = value
    return Params(values, files)


class SandboxServer:
    """An embedded fake Telegram Bot API server with a control API and a chat page.

    Example:
        >>> server = SandboxServer()
        >>> await server.start()                     # doctest: +SKIP
        >>> bot = telegram.Bot("123:TEST", base_url=server.base_url)  # doctest: +SKIP
    """

    def __init__(
        self,
        bot_username: str = "polku_sandbox_bot",
        bot_first_name: str = "Polku",
        *,
        clock: Clock | None = None,
        time_control: TimeControl | None = None,
    ) -> None:
        """Create a server with an empty world.

        Args:
            bot_username: The bot's @username (without @), reported by getMe.
            bot_first_name: The bot's name, reported by getMe.
            clock: Source of message dates; the system clock by default.
            time_control: Lets the page move the embedding process's clock (the demo
                only): adds ``/sandbox/api/clock`` and the page's "+1 hour" buttons.
        """
        self.state = SandboxState(
            bot_username=bot_username, bot_first_name=bot_first_name, clock=clock
        )
        self.persona_hook: PersonaHook | None = None
        self.people_hook: PeopleHook | None = None
        self.time_control = time_control
        self.host = "127.0.0.1"
        self._port = 0
        self._runner: web.AppRunner | None = None
        self._webhook_task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None

    # ----------------------------------------------------------------- lifecycle

    def build_app(self) -> web.Application:
        """Return the aiohttp application with every route (useful for aiohttp test tools)."""
        app = web.Application(client_max_size=_CLIENT_MAX_SIZE)
        bot_path = r"/bot{token:[^/]*}/{method:[^/]*}"
        app.router.add_route("GET", bot_path, self._bot_api)
        app.router.add_route("POST", bot_path, self._bot_api)
        app.router.add_route("GET", r"/file/bot{token:[^/]*}/{path:.+}", self._download)
        add_control_routes(app, self)
        app.router.add_get("/", self._index)
        app.router.add_get("/sandbox", self._index)
        app.router.add_get("/sandbox/", self._index)
        app.router.add_static("/sandbox/static/", STATIC_DIR, show_index=False)
        return app

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Start listening; ``port=0`` picks a free port (see :attr:`port`)."""
        if self._runner is not None:
            raise RuntimeError("the sandbox server is already running")
        self.host = host
        runner = web.AppRunner(self.build_app(), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=_WEBHOOK_TIMEOUT))
        self._webhook_task = asyncio.create_task(self._deliver_webhooks())
        logger.info("sandbox Bot API listening on %s", self.url)

    async def stop(self) -> None:
        """Stop the server, waking long polls so that it stops promptly."""
        self.state.close()
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._webhook_task
            self._webhook_task = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def __aenter__(self) -> SandboxServer:
        """Start on a free loopback port."""
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Stop the server."""
        await self.stop()

    # ------------------------------------------------------------------ addresses

    @property
    def port(self) -> int:
        """The TCP port (valid after :meth:`start`)."""
        return self._port

    @property
    def url(self) -> str:
        """Root URL, e.g. ``http://127.0.0.1:8081``; the chat page is served here."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self._port}"

    @property
    def base_url(self) -> str:
        """Value for PTB's ``base_url`` (PTB appends the token and the method)."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """Value for PTB's ``base_file_url``."""
        return f"{self.url}/file/bot"

    # ------------------------------------------------------------------- handlers

    async def _bot_api(self, request: web.Request) -> web.StreamResponse:
        try:
            params = await read_params(request)
        except ApiError as error:
            return _json_response(error.body(), error.code)
        outcome = await dispatch(
            self.state, request.match_info["token"], request.match_info["method"], params
        )
        if outcome.body is None:
            # Simulated network failure: hang up without a status line.
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=204)
        return _json_response(outcome.body, outcome.status)

    async def _download(self, request: web.Request) -> web.StreamResponse:
        token = request.match_info["token"]
        bot_part, sep, secret = token.partition(":")
        if not sep or not bot_part.isdigit() or not secret:
            return _json_response(ApiError(401, "Unauthorized").body(), 401)
        stored = self.state.files_by_path.get(request.match_info["path"])
        if stored is None:
            return _json_response(ApiError(404, "Not Found").body(), 404)
        return web.Response(body=stored.data, content_type="application/octet-stream")

    async def _index(self, request: web.Request) -> web.StreamResponse:
        return web.FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-store"})

    # -------------------------------------------------------------------- webhook

    async def _deliver_webhooks(self) -> None:
        """POST queued updates to the webhook one at a time, in order, retrying failures."""
        state = self.state
        backoff = 0.2
        while not state.closing:
            event = state.webhook_pulse.current()
            hook = state.webhook
            if hook is None or not state.pending_updates:
                await wait_event(event, 30.0)
                continue
            update = state.pending_updates[0]
            headers = {"Content-Type": "application/json"}
            if hook.secret_token:
                headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secret_token
            error: str | None = None
            assert self._session is not None
            try:
                async with self._session.post(
                    hook.url, data=json.dumps(update, ensure_ascii=False), headers=headers
                ) as response:
                    if not 200 <= response.status < 300:
                        error = (
                            f"Wrong response from the webhook: {response.status} {response.reason}"
                        )
            except (aiohttp.ClientError, TimeoutError) as exc:
                error = (
                    "Connection refused"
                    if isinstance(exc, aiohttp.ClientConnectorError)
                    else ("Connection timed out" if isinstance(exc, TimeoutError) else str(exc))
                )
            if state.webhook is not hook:
                continue
            if error is None:
                if state.pending_updates and state.pending_updates[0] is update:
                    state.pending_updates.popleft()
                backoff = 0.2
                continue
            hook.last_error_date = state.now()
            hook.last_error_message = error
            logger.info("webhook delivery failed; retrying in %.1fs", backoff)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, _WEBHOOK_MAX_BACKOFF)
