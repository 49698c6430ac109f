"""The Bot API requests of live replies and of the long poll, over aiohttp.

python-telegram-bot sends with httpx by default. Measured on the full stack against the
sandbox (``python -m tests.bench``), httpx's request was the largest single cost of an
answered update: its connection pool walks every open connection, asking each whether its
socket is readable, whenever a request starts or ends, and with replies to many people in
flight that is most of the bot's CPU. aiohttp (already Polku's HTTP server library) keeps
its idle connections in a list and takes the last. Same requests, same answers; the
README's figures give the difference.

python-telegram-bot documents custom requests (:class:`telegram.request.BaseRequest`); the
team's own ``ptbcontrib.aiohttp_request`` (not published on PyPI) is the model here. The
outbox's transport keeps python-telegram-bot's httpx request: which errors prove that a
message was not sent is read from httpx's exception classes (bot/telegram/transport.py).
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlencode

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

log = logging.getLogger(__name__)


class AiohttpRequest(BaseRequest):
    """:class:`~telegram.request.BaseRequest` over one :class:`aiohttp.ClientSession`.

    The timeouts mean what they mean for python-telegram-bot's ``HTTPXRequest`` (same
    defaults): ``connect`` for the TCP connection, ``read`` between bytes of the answer,
    ``pool`` for a free connection; ``write`` bounds the whole request together with the
    others, as aiohttp has no timeout for sending alone.

    Args:
        connection_pool_size: connections kept open at most.
        read_timeout: seconds to wait for the answer's next bytes.
        write_timeout: seconds to send the request (files: ``media_write_timeout``).
        connect_timeout: seconds to open a connection.
        pool_timeout: seconds to wait for a free connection.
        media_write_timeout: ``write_timeout`` for a request that uploads a file.
    """

    def __init__(
        self,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read = read_timeout
        self._write = write_timeout
        self._connect = connect_timeout
        self._pool = pool_timeout
        self._media_write = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """See :attr:`telegram.request.BaseRequest.read_timeout`."""
        return self._read

    async def initialize(self) -> None:
        """Open the session (again, after a shutdown)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """See :meth:`telegram.request.BaseRequest.do_request`."""
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data is not None else None
        fields = request_data.json_parameters if request_data is not None else {}
        read = self._read if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = self._connect if isinstance(connect_timeout, DefaultValue) else connect_timeout
        pool = self._pool if isinstance(pool_timeout, DefaultValue) else pool_timeout
        write = write_timeout
        if isinstance(write, DefaultValue):
            write = self._media_write if files else self._write
        timeout = aiohttp.ClientTimeout(
            total=_sum(pool, connect, write, read),
            connect=_sum(pool, connect),
            sock_connect=connect,
            sock_read=read,
        )
        data: aiohttp.FormData | bytes | None = None
        headers = None
        if files:
            data = aiohttp.FormData(fields)
            for name, (filename, content, mime_type) in files.items():
                data.add_field(name, content, filename=filename, content_type=mime_type)
        elif fields:
            # What aiohttp would make of the dict, without its FormData machinery (a
            # multipart writer set up for every request, measured at 3 % of the bot's CPU).
            data = urlencode(fields).encode()
            headers = _FORM
        try:
            async with session.request(
                method, url, data=data, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            if isinstance(exc, aiohttp.ConnectionTimeoutError):
                raise TimedOut("Pool or connect timeout: the request was not sent") from exc
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc


_FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _sum(*seconds: float | None) -> float | None:
    """The sum of the timeouts; None (no limit) when any of them is None."""
    if any(s is None for s in seconds):
        return None
    return float(sum(s for s in seconds if s is not None))


JSONDict = dict[str, Any]


class UpdatesRequest(AiohttpRequest):
    """The long poll's request: also keeps the updates of the last answer as Telegram sent
    them, for the inbox to store without serialising python-telegram-bot's objects again
    (``Update.to_dict``, about 3 % of the bot's CPU in ``python -m tests.bench``).

    Only ``getUpdates`` goes through this request (``get_updates_request``), and
    python-telegram-bot's objects never change the dicts they are built from
    (``TelegramObject._parse_data``), so what is kept is what Telegram sent.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._updates: dict[int, JSONDict] = {}

    # python-telegram-bot declares it static and calls it on the instance; overriding it
    # is its documented way to change how answers are parsed.
    def parse_json_payload(self, payload: bytes) -> JSONDict:  # type: ignore[override]
        """Parse as python-telegram-bot does; keep the updates of a ``getUpdates`` answer."""
        data: JSONDict = BaseRequest.parse_json_payload(payload)
        result = data.get("result")
        if isinstance(result, list):
            self._updates = {
                item["update_id"]: item
                for item in result
                if isinstance(item, dict) and isinstance(item.get("update_id"), int)
            }
        return data

    def take_updates(self) -> dict[int, JSONDict]:
        """The updates of the last answer, by id (once: the next call gives none)."""
        updates, self._updates = self._updates, {}
        return updates
