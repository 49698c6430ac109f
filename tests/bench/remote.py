"""The bench process's handle on a sandbox child process (see :mod:`.sandbox_process`)."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 30.0


@dataclass(frozen=True)
class LoadResult:
    """Raw figures of one closed-loop run, as measured inside the sandbox."""

    latencies: list[float]
    wall_s: float
    sandbox_cpu_s: float
    bot_messages: int
    expected_bot_messages: int
    replies: list[tuple[str, str, int]]
    errors: list[tuple[str, int]]

    @property
    def handled(self) -> int:
        """Updates answered in the timed phase."""
        return len(self.latencies)

    def __add__(self, other: LoadResult) -> LoadResult:
        """Both runs pooled: latencies, times, counts and replies added up."""
        replies: Counter[tuple[str, str]] = Counter()
        errors: Counter[str] = Counter()
        for result in (self, other):
            replies.update({(s, g): n for s, g, n in result.replies})
            errors.update(dict(result.errors))
        return LoadResult(
            latencies=self.latencies + other.latencies,
            wall_s=self.wall_s + other.wall_s,
            sandbox_cpu_s=self.sandbox_cpu_s + other.sandbox_cpu_s,
            bot_messages=self.bot_messages + other.bot_messages,
            expected_bot_messages=self.expected_bot_messages + other.expected_bot_messages,
            replies=[(s, g, n) for (s, g), n in replies.items()],
            errors=list(errors.items()),
        )


class SandboxProcess:
    """A running sandbox child: its URL and the ``/bench/`` calls."""

    def __init__(self, process: asyncio.subprocess.Process, url: str) -> None:
        self._process = process
        self.url = url
        self._http = httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(30.0))

    @property
    def pid(self) -> int:
        """The child's process id (for its CPU time in /proc)."""
        return self._process.pid

    @property
    def base_url(self) -> str:
        """PTB's ``base_url`` for this sandbox."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """PTB's ``base_file_url`` for this sandbox."""
        return f"{self.url}/file/bot"

    async def load(
        self,
        users: list[int],
        *,
        messages: int,
        texts: list[str],
        reply_timeout: float,
        think: float = 0.0,
    ) -> LoadResult:
        """Run the closed-loop load in the sandbox and return its figures."""
        budget = (reply_timeout + 1.5 * think) * messages + 60.0
        response = await self._http.post(
            "/bench/load",
            json={
                "users": users,
                "messages": messages,
                "texts": texts,
                "reply_timeout": reply_timeout,
                "think": think,
            },
            timeout=budget,
        )
        response.raise_for_status()
        data = response.json()
        return LoadResult(
            latencies=[float(x) for x in data["latencies"]],
            wall_s=float(data["wall_s"]),
            sandbox_cpu_s=float(data["sandbox_cpu_s"]),
            bot_messages=int(data["bot_messages"]),
            expected_bot_messages=int(data["expected_bot_messages"]),
            replies=[(str(s), str(g), int(n)) for s, g, n in data["replies"]],
            errors=[(str(e), int(n)) for e, n in data["errors"]],
        )

    async def sent_times(self, chats: list[int]) -> dict[int, list[float]]:
        """Monotonic times at which the sandbox recorded bot messages to ``chats``."""
        response = await self._http.post("/bench/sent", json={"chats": chats})
        response.raise_for_status()
        return {int(c): [float(t) for t in ts] for c, ts in response.json().items()}

    async def create_users(self, count: int) -> list[int]:
        """``count`` new people who opened the chat with the bot (one request); their ids."""
        response = await self._http.post("/bench/users", json={"count": count}, timeout=120.0)
        response.raise_for_status()
        return [int(u) for u in response.json()]

    async def rusage(self) -> dict[str, float]:
        """The child's CPU seconds and peak RSS (MiB)."""
        response = await self._http.get("/bench/rusage")
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        return {k: float(v) for k, v in data.items()}

    async def close(self) -> None:
        """Close stdin (the child then stops) and wait for the child to exit."""
        await self._http.aclose()
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            await asyncio.wait_for(self._process.wait(), 10.0)
        except TimeoutError:
            self._process.kill()
            await self._process.wait()


@contextlib.asynccontextmanager
async def sandbox_process(bot_username: str) -> AsyncIterator[SandboxProcess]:
    """Start a fresh sandbox child process; stop it on exit."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.bench.sandbox_process",
        "--bot-username",
        bot_username,
        cwd=ROOT,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    assert process.stdout is not None
    try:
        line = await asyncio.wait_for(process.stdout.readline(), START_TIMEOUT)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise RuntimeError("the sandbox child process did not start") from None
    text = line.decode().strip()
    if not text.startswith("READY "):
        process.kill()
        await process.wait()
        raise RuntimeError(f"the sandbox child process failed to start: {text!r}")
    child = SandboxProcess(process, text.removeprefix("READY "))
    try:
        yield child
    finally:
        await child.close()
