"""Serves Polku's Rasa SDK actions over HTTP, for a Rasa assistant (``polku actions``).

The routes, the request and response format and the error answers are rasa_sdk's own
(:func:`rasa_sdk.endpoint.create_app`: ``POST /webhook``, ``GET /actions``,
``GET /health``). Polku adds what the plain SDK server lacks:

- A shared token. Some actions write to Polku's database (consent, the intake's result,
  deleting answers) for whichever person id the caller names, so only Polku's own Rasa may
  call them. Rasa sends the token of ``EndpointConfig(token=...)`` as the query parameter
  ``token``; ``Authorization: Bearer <token>`` works too. ``/health`` stays open for
  probes.
- Senders by Telegram id. Rasa's Telegram connector names the conversation by the
  Telegram user id, and other channels by any string; the server looks the sender up by
  Telegram id and hands the actions the person's Polku id (the id the in-process engine
  uses). A sender who is not a person of the role an action is for gets Rasa's rejection
  (HTTP 400 with ``action_name`` and ``error``), so Rasa predicts something else.
- The loopback interface by default (the SDK server listens on every interface).
- No CORS wildcard: Rasa calls the server from its own process, never from a browser.
- One process and the caller's event loop: the server runs inside ``asyncio.run`` with the
  rest of the core (database engine, clock), without Sanic's worker manager, its signal
  handlers or its banner.

Run it with ``python -m bot.action_server --port 5055`` (the token comes from
``--token`` or ``POLKU_ACTIONS_TOKEN``) or from the ``polku`` command.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hmac
import itertools
import logging
import os
import signal
import socket
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, NamedTuple

from rasa_sdk import endpoint
from rasa_sdk.executor import ActionExecutor, ActionExecutorRunResult, CollectingDispatcher
from rasa_sdk.interfaces import ActionExecutionRejection
from sanic import Sanic
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse, json
from sanic.server.async_server import AsyncioServer
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.core import open_core
from bot.logs import configure_logging
from bot.settings import Settings, SettingsError
from store.db import transaction
from store.models import Role
from store.people import PeopleRepository

# Named, not __name__: under ``python -m`` the module is "__main__".
log = logging.getLogger("bot.action_server")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5055
TOKEN_ENV = "POLKU_ACTIONS_TOKEN"
# Actions are short database transactions: a stop waits this long for running calls.
GRACE_SECONDS = 5.0

# The name rasa_sdk gives every app it creates; Sanic allows one app per name.
_RASA_APP_NAME = "rasa_sdk"
_OPEN_PATHS = frozenset({"/health"})
_app_numbers = itertools.count(1)
_registry_lock = threading.Lock()

# Who each served action is for: the role of the person Rasa names as the sender.
SENDER_ROLES: dict[str, Role] = {
    "validate_intake_form": Role.LEARNER,
    "action_check_eligibility": Role.LEARNER,
    "action_propose_path": Role.LEARNER,
    "action_record_consent": Role.LEARNER,
    "action_complete_intake": Role.LEARNER,
    "action_discard_intake": Role.LEARNER,
    "action_save_plan_step": Role.COUNSELLOR,
    "action_save_plan_due": Role.COUNSELLOR,
    "action_record_mood": Role.LEARNER,
    "action_save_check_in": Role.LEARNER,
    "action_check_in_thanks": Role.LEARNER,
    # Over HTTP only a counsellor relays (a coordinator's relay runs in-process).
    "action_relay_message": Role.COUNSELLOR,
    "action_relay_question": Role.LEARNER,
    "action_relay_answer": Role.COUNSELLOR,
    "validate_availability_form": Role.COUNSELLOR,
    "action_save_availability": Role.COUNSELLOR,
    # The guided /campaign dialogue: a coordinator's (a counsellor's runs in-process only).
    "action_campaign_begin": Role.COORDINATOR,
    "validate_campaign_form": Role.COORDINATOR,
    "action_campaign_add_text": Role.COORDINATOR,
    "action_campaign_draft": Role.COORDINATOR,
}
# Telegram user ids are positive and fit in 64 bits (BIGINT); anything longer is no id.
_MAX_TELEGRAM_ID = 2**63 - 1


class Address(NamedTuple):
    """The address a server listens on."""

    host: str
    port: int


def create_app(
    executor: ActionExecutor,
    *,
    token: str | None,
    senders: async_sessionmaker[AsyncSession] | None,
    cors_origins: Sequence[str] | None = None,
) -> Sanic:
    """The rasa_sdk action server app for ``executor``, with token authentication.

    Args:
        executor: the executor whose registered actions the app serves.
        token: the shared secret every request but ``/health`` must carry, as the query
            parameter ``token`` or as ``Authorization: Bearer <token>``; None serves
            without authentication.
        senders: the database in which senders are looked up by Telegram id (see
            :class:`TelegramSenders`); None hands ``sender_id`` to the actions unchanged,
            for actions that need no person.
        cors_origins: origins allowed to call from a browser; None allows none.

    Returns:
        A Sanic app with a process-unique name, ready for :func:`listening`.

    Raises:
        ValueError: ``token`` is empty (it would accept an empty ``?token=``), or an
            action of ``executor`` has no role in :data:`SENDER_ROLES`.
    """
    if token is not None and not token:
        raise ValueError("the action server token must not be empty")
    if senders is not None:
        executor = TelegramSenders(executor, senders)
    with _registry_lock:
        # rasa_sdk names every app "rasa_sdk" and Sanic refuses a second app of a name, so
        # park any app of that name, create ours, and register ours under a unique name.
        parked = Sanic._app_registry.pop(_RASA_APP_NAME, None)
        try:
            app = endpoint.create_app(
                executor, cors_origins=list(cors_origins) if cors_origins else None
            )
        finally:
            Sanic._app_registry.pop(_RASA_APP_NAME, None)
            if parked is not None:
                Sanic._app_registry[_RASA_APP_NAME] = parked
        app.name = f"polku_actions_{next(_app_numbers)}"
        Sanic.register_app(app)
    app.config.MOTD = False
    app.config.ACCESS_LOG = False
    app.config.GRACEFUL_SHUTDOWN_TIMEOUT = GRACE_SECONDS
    # Sanic's TouchUp recompiles Sanic.handle_request for the whole class at startup and
    # fails on the second app of a process (the method has no source any more); it also
    # garbles tracebacks. The speed-up does not matter at Rasa's request rate.
    app.config.TOUCHUP = False
    # rasa_sdk answers an action's crash with the whole request echoed back ("request_body":
    # the tracker, with what people typed), which Rasa writes to its log at ERROR level.
    app.error_handler.cached_handlers[(Exception, None)] = _crashed
    if token is not None:
        app.on_request(_authenticate(token.encode()))
    return app


async def _crashed(request: Request, exception: Exception) -> HTTPResponse:
    """An HTTP 500 naming the action and the error's type, and nothing the request held."""
    if isinstance(exception, SanicException):
        # Sanic's own answers (404 for an unknown route, 405, 413) keep their status.
        return request.app.error_handler.default(request, exception)
    try:
        body = request.json if request.path == "/webhook" else None
    except SanicException:
        body = None
    action = body.get("next_action") if isinstance(body, dict) else None
    name = action if isinstance(action, str) and len(action) <= 100 else None
    # The type only: a message may quote a slot's value.
    log.error(
        "action_failed action=%s error=%s", name, type(exception).__name__, exc_info=exception
    )
    answer: dict[str, Any] = {"error": f"The action failed ({type(exception).__name__})."}
    if name is not None:
        answer["action_name"] = name
    return json(answer, status=500)


class TelegramSenders(ActionExecutor):
    """Runs another executor's actions for senders named by their Telegram user id.

    The in-process engine calls the actions with the person's Polku id; over HTTP, Rasa
    names the Telegram user (or, on other channels, anything). This executor translates
    one into the other before the actions run, and rejects a sender who is not a person
    with the role the action is for, the way Rasa expects (HTTP 400).
    """

    def __init__(
        self,
        inner: ActionExecutor,
        sessions: async_sessionmaker[AsyncSession],
        roles: dict[str, Role] = SENDER_ROLES,
    ) -> None:
        super().__init__()
        unknown = sorted(set(inner.actions) - set(roles))
        if unknown:
            raise ValueError(f"actions without a sender role: {', '.join(unknown)}")
        self._inner = inner
        self._sessions = sessions
        self._roles = roles
        # The same registry: /actions lists exactly what the inner executor runs.
        self.actions = inner.actions

    async def run(
        self,
        action_call: dict[str, Any],
        sink: asyncio.Queue[Any] | None = None,
        dispatcher: CollectingDispatcher | None = None,
    ) -> ActionExecutorRunResult | None:
        """Run the action for the person whose Telegram id Rasa sends as ``sender_id``.

        Raises:
            ActionExecutionRejection: the sender is not a person of the action's role, or
                the action refused (not this person's learner, no such step).
        """
        name = action_call.get("next_action")
        if not isinstance(name, str) or name not in self.actions:
            # No action or an unknown one: rasa_sdk's own answers (nothing, or 404).
            return await self._inner.run(action_call, sink=sink, dispatcher=dispatcher)
        tracker = action_call.get("tracker")
        if not isinstance(tracker, dict):
            raise ActionExecutionRejection(name, "The action call has no tracker.")
        person_id = await self._person_id(name, tracker.get("sender_id"))
        call = {
            **action_call,
            "sender_id": str(person_id),
            "tracker": {**tracker, "sender_id": str(person_id)},
        }
        try:
            return await self._inner.run(call, sink=sink, dispatcher=dispatcher)
        except (PermissionError, LookupError) as exc:
            # The actions' own refusals; a KeyError or IndexError is a bug and stays a 500.
            if isinstance(exc, KeyError | IndexError):
                raise
            log.warning("action_refused action=%s person=%d", name, person_id)
            raise ActionExecutionRejection(name, f"Custom action '{name}' refused: {exc}") from None

    async def _person_id(self, name: str, sender_id: object) -> int:
        role = self._roles[name]
        telegram_id = _telegram_id(sender_id)
        person = None
        if telegram_id is not None:
            async with transaction(self._sessions) as session:
                person = await PeopleRepository(session).by_telegram_id(telegram_id)
        if person is None or not person.active or person.role is not role:
            log.warning("action_rejected action=%s reason=unknown_sender", name)
            raise ActionExecutionRejection(
                name,
                f"Custom action '{name}' rejected execution: the sender is not a "
                f"{role.value} known to Polku.",
            )
        return person.id


def _telegram_id(sender_id: object) -> int | None:
    """The Telegram user id in a Rasa ``sender_id``, if it is one."""
    if not isinstance(sender_id, str) or not (sender_id.isascii() and sender_id.isdigit()):
        return None
    value = int(sender_id)
    return value if 0 < value <= _MAX_TELEGRAM_ID else None


def _authenticate(expected: bytes) -> Callable[[Request], Awaitable[HTTPResponse | None]]:
    async def authenticate(request: Request) -> HTTPResponse | None:
        # Registered after rasa_sdk's CORS middleware, which answers preflights first:
        # browsers send a preflight without credentials.
        if request.path in _OPEN_PATHS:
            return None
        if _presented(request, expected):
            return None
        log.warning("action_server_unauthorized method=%s path=%s", request.method, request.path)
        return json(
            {"error": "Unauthorized: missing or wrong action server token."},
            status=401,
            headers={"WWW-Authenticate": 'Bearer realm="polku-actions"'},
        )

    return authenticate


def _presented(request: Request, expected: bytes) -> bool:
    """Whether the request carries the token, as a query parameter or a bearer token."""
    candidates = list(request.args.getlist("token", []))
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer":
        candidates.append(credentials.strip())
    # Every candidate is compared, in constant time, so timing says nothing about the token.
    matches = [hmac.compare_digest(c.encode(), expected) for c in candidates]
    return any(matches)


@contextlib.asynccontextmanager
async def listening(
    app: Sanic, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT
) -> AsyncIterator[Address]:
    """Serve ``app`` on the running event loop for the duration of the block.

    Sanic's low-level ``create_server`` is used because it neither forks workers, nor
    installs signal handlers, nor replaces the loop. The app is single-use: it is taken
    out of Sanic's registry when the block ends.

    Args:
        app: an app from :func:`create_app`.
        host: the address to listen on.
        port: the port; 0 picks a free one.

    Yields:
        The address actually bound.
    """
    # Sanic replaces port 0 with 8000, so bind the socket here and hand it over.
    sock = _bind(host, port)
    try:
        # Sanic prints a "PRODUCTION mode" warning when stdout is a terminal.
        os.environ.setdefault("SANIC_IGNORE_PRODUCTION_WARNING", "true")
        server = await app.create_server(sock=sock, access_log=False, return_asyncio_server=True)
    except BaseException:
        sock.close()
        Sanic.unregister_app(app)
        raise
    assert server is not None  # always a server with return_asyncio_server=True
    name, bound_port = sock.getsockname()[:2]
    started = False
    try:
        await server.startup()
        started = True
        await server.before_start()
        await server.after_start()
        app.set_serving(True)
        yield Address(name, bound_port)
    finally:
        try:
            if started:
                await server.before_stop()
            await _drain(server, app.config.GRACEFUL_SHUTDOWN_TIMEOUT)
            app.set_serving(False)
            if started:
                await server.after_stop()
        finally:
            Sanic.unregister_app(app)


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        # A restart must not wait for the previous process's sockets in TIME_WAIT.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(100)
    except BaseException:
        sock.close()
        raise
    return sock


async def _drain(server: AsyncioServer, grace: float) -> None:
    """Stop accepting, let running calls finish within ``grace`` seconds, cut the rest."""
    server.close()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + grace
    while True:
        # A keep-alive connection turns idle once its response is sent.
        for connection in list(server.connections):
            connection.close_if_idle()
        if not server.connections or loop.time() >= deadline:
            break
        await asyncio.sleep(0.05)
    for connection in list(server.connections):
        connection.abort()
    await server.wait_closed()


async def serve(
    settings: Settings,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    token: str | None,
    cors_origins: Sequence[str] | None = None,
    stop: asyncio.Event | None = None,
) -> None:
    """Serve the core's actions until ``stop`` is set or the task is cancelled.

    Args:
        settings: the configuration (the database and the centre's area).
        host: the address to listen on (loopback by default).
        port: the port; 0 picks a free one (the log line names it).
        token: the shared secret Rasa sends (see :func:`create_app`); None serves
            without authentication, which only a loopback-only setup should do.
        cors_origins: origins allowed to call from a browser; None allows none.
        stop: set it to stop; without it, cancel the task.
    """
    core = open_core(settings, bot_username=settings.telegram_bot_username or "polku_bot")
    try:
        app = create_app(
            core.actions.executor,
            token=token,
            senders=core.sessions,
            cors_origins=cors_origins,
        )
        async with listening(app, host=host, port=port) as address:
            log.info(
                "action_server_listening host=%s port=%d auth=%s actions=%d",
                address.host,
                address.port,
                "token" if token else "none",
                len(core.actions.executor.actions),
            )
            if token is None:
                log.warning(
                    "action_server_unauthenticated host=%s: anyone who reaches the port "
                    "can run the intake's actions",
                    address.host,
                )
            await (stop or asyncio.Event()).wait()
            log.info("action_server_stopping")
    finally:
        await core.close()
        log.info("action_server_stopped")


def run(
    settings: Settings,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    token: str | None,
    cors_origins: Sequence[str] | None = None,
) -> None:
    """Serve until SIGINT or SIGTERM, then stop cleanly (a blocking :func:`serve`)."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        installed = []
        for signum in (signal.SIGINT, signal.SIGTERM):
            # Not on Windows: there Ctrl-C stays a KeyboardInterrupt.
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, stop.set)
                installed.append(signum)
        try:
            await serve(
                settings, host=host, port=port, token=token, cors_origins=cors_origins, stop=stop
            )
        finally:
            for signum in installed:
                loop.remove_signal_handler(signum)

    asyncio.run(main())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot.action_server",
        description="Serve Polku's Rasa SDK actions to a Rasa assistant.",
        epilog=(
            f"The token is better passed in {TOKEN_ENV} than on the command line, where "
            "other local users can see it. Other configuration comes from the environment."
        ),
    )
    parser.add_argument("--host", default=DEFAULT_HOST, help="address to listen on")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="0 picks a free port")
    parser.add_argument("--token", help=f"shared secret Rasa sends (default: ${TOKEN_ENV})")
    parser.add_argument(
        "--cors-origin",
        action="append",
        dest="cors_origins",
        metavar="ORIGIN",
        help="an origin allowed to call from a browser (repeatable; none by default)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m bot.action_server``: serve until SIGINT or SIGTERM.

    Returns:
        The exit status: 0 after a clean stop, 2 for a configuration error.
    """
    args = _parser().parse_args(argv)
    token = args.token if args.token is not None else os.environ.get(TOKEN_ENV)
    if token == "":
        print(f"action server: {TOKEN_ENV} or --token is empty", file=sys.stderr)
        return 2
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"action server: configuration error: {exc}", file=sys.stderr)
        return 2
    secrets = [
        s.get_secret_value()
        for s in (settings.telegram_bot_token, settings.webhook_secret)
        if s is not None
    ]
    configure_logging(settings.log_level, [*secrets, token or ""], settings.log_format)
    run(settings, host=args.host, port=args.port, token=token, cors_origins=args.cors_origins)
    return 0


if __name__ == "__main__":
    sys.exit(main())
