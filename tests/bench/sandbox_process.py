"""The benchmark's fake Telegram: a sandbox server plus simulated people, in a child process.

Run by :class:`tests.bench.remote.SandboxProcess` as
``python -m tests.bench.sandbox_process``; it prints ``READY <url>`` on stdout and serves
until its stdin is closed.

Besides the normal sandbox (Bot API and control API), it answers a few ``/bench/``
routes:

* ``POST /bench/load`` - run the closed-loop load: every listed user sends a message,
  waits for the bot's reply, sends the next, ... Timestamps are taken here, inside the
  sandbox: the moment the sandbox takes in the user's message (the update is queued for
  ``getUpdates``) and the moment it records the bot's ``sendMessage``. Both are
  ``time.monotonic()`` readings of this process.
* ``POST /bench/sent`` - the recorded ``sendMessage`` times of some chats.
* ``GET /bench/rusage`` - this process's CPU time and peak RSS.
* ``POST /bench/users`` - create ``count`` people who opened the chat; their ids.

The simulated people call :meth:`SandboxState.user_send` directly instead of going
through the HTTP control API: that is what the control route does, minus the HTTP
overhead, so the harness leaves as much CPU as possible to the bot's side of the wire.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import random
import resource
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.sandbox import SandboxServer, SandboxState

BENCH = "/bench"


@dataclass
class _Reply:
    """What a waiting person gets: when the sandbox recorded the reply, and its text."""

    at: float
    text: str


class BenchState(SandboxState):
    """The sandbox world, telling waiting people the moment the bot messages them."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.waiters: dict[int, asyncio.Future[_Reply]] = {}

    def record_sent(self, chat_id: int) -> None:
        """Record the bot's message (see the base class), then wake the chat's person."""
        super().record_sent(chat_id)
        chat = self.chats.get(chat_id)
        if chat is None:
            return
        waiter = self.waiters.pop(chat_id, None)
        if waiter is None or waiter.done():
            return
        message = next(reversed(chat.messages.values()))
        waiter.set_result(_Reply(chat.sent_times[-1], message.text))


class BenchSandboxServer(SandboxServer):
    """A :class:`SandboxServer` on a :class:`BenchState`, with the ``/bench/`` routes."""

    def __init__(self, bot_username: str, bot_first_name: str) -> None:
        super().__init__(bot_username=bot_username, bot_first_name=bot_first_name)
        self.state: BenchState = BenchState(
            bot_username=bot_username, bot_first_name=bot_first_name
        )

    def build_app(self) -> web.Application:
        """The sandbox's routes plus the benchmark's."""
        app = super().build_app()
        app.router.add_post(f"{BENCH}/load", self._load)
        app.router.add_post(f"{BENCH}/sent", self._sent)
        app.router.add_get(f"{BENCH}/rusage", self._rusage)
        app.router.add_post(f"{BENCH}/users", self._users)
        return app

    async def _users(self, request: web.Request) -> web.Response:
        body = await request.json()
        users = [
            self.state.add_user(f"Learner {i + 1}", language_code="fi", started=True)
            for i in range(int(body["count"]))
        ]
        return web.json_response([u.id for u in users])

    async def _load(self, request: web.Request) -> web.Response:
        body = await request.json()
        plan = LoadPlan(
            users=[int(u) for u in body["users"]],
            messages=int(body["messages"]),
            texts=[str(t) for t in body["texts"]],
            reply_timeout=float(body["reply_timeout"]),
            think=float(body.get("think", 0.0)),
        )
        result = await run_load(self.state, plan)
        return web.json_response(result)

    async def _sent(self, request: web.Request) -> web.Response:
        body = await request.json()
        chats = [int(c) for c in body["chats"]]
        return web.json_response({str(c): self.state.sent_times(c) for c in chats})

    async def _rusage(self, request: web.Request) -> web.Response:
        return web.json_response(rusage())


def rusage() -> dict[str, float]:
    """CPU seconds (user + system) and peak RSS in MiB of this process."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"cpu_s": usage.ru_utime + usage.ru_stime, "maxrss_mib": usage.ru_maxrss / 1024}


@dataclass
class LoadPlan:
    """Who sends what: ``messages`` messages per user, cycling through ``texts``."""

    users: list[int]
    messages: int
    texts: list[str]
    reply_timeout: float
    think: float = 0.0


@dataclass
class _Learner:
    """One simulated person's timed results."""

    latencies: list[float] = field(default_factory=list)
    replies: Counter[tuple[str, str]] = field(default_factory=Counter)
    last_reply_at: float = 0.0
    error: str | None = None


async def run_load(state: BenchState, plan: LoadPlan) -> dict[str, Any]:
    """Run the closed loop and return raw figures (latencies in seconds).

    Without think time everyone starts at once and sends the next message as soon as
    the reply is in. With ``think`` (seconds, a mean), each person starts after a random
    delay within ``think`` and pauses 0.5 to 1.5 times ``think`` after each reply, as
    people do; the draws are seeded, so runs are comparable. A person who gets no reply
    within ``reply_timeout`` stops (a closed loop cannot go on without the reply) and the
    error is reported.
    """
    loop = asyncio.get_running_loop()

    async def exchange(user_id: int, text: str) -> tuple[float, _Reply]:
        waiter: asyncio.Future[_Reply] = loop.create_future()
        state.waiters[user_id] = waiter
        sent_at = time.monotonic()
        state.user_send(user_id, text=text)
        try:
            reply = await asyncio.wait_for(waiter, plan.reply_timeout)
        finally:
            state.waiters.pop(user_id, None)
        return sent_at, reply

    async def learner(user_id: int) -> _Learner:
        result = _Learner()
        pace = random.Random(user_id)
        if plan.think > 0:
            await asyncio.sleep(pace.uniform(0, plan.think))
        for i in range(plan.messages):
            if i and plan.think > 0:
                await asyncio.sleep(pace.uniform(0.5, 1.5) * plan.think)
            text = plan.texts[i % len(plan.texts)]
            try:
                sent_at, reply = await exchange(user_id, text)
            except TimeoutError:
                result.error = f"no reply within {plan.reply_timeout}s"
                break
            result.latencies.append(reply.at - sent_at)
            result.replies[(text, reply.text)] += 1
            result.last_reply_at = reply.at
        return result

    before = {u: len(state.sent_times(u)) for u in plan.users}
    started_at = time.monotonic()
    cpu_at_start = rusage()["cpu_s"]
    learners = await asyncio.gather(*(learner(u) for u in plan.users))
    ended_at = max((r.last_reply_at for r in learners), default=started_at)
    cpu_s = rusage()["cpu_s"] - cpu_at_start
    # Let stray replies (more than one per message) arrive before counting them.
    await asyncio.sleep(0.2)
    bot_messages = sum(len(state.sent_times(u)) - before[u] for u in plan.users)
    replies: Counter[tuple[str, str]] = Counter()
    for r in learners:
        replies.update(r.replies)
    errors = Counter(r.error for r in learners if r.error is not None)
    return {
        "latencies": [x for r in learners for x in r.latencies],
        "wall_s": max(ended_at - started_at, 1e-9),
        "sandbox_cpu_s": cpu_s,
        "bot_messages": bot_messages,
        "expected_bot_messages": len(plan.users) * plan.messages,
        "replies": [[sent, got, n] for (sent, got), n in replies.items()],
        "errors": [[e, n] for e, n in errors.items()],
    }


async def serve(bot_username: str, bot_first_name: str) -> None:
    """Serve on a free loopback port until stdin is closed."""
    server = BenchSandboxServer(bot_username, bot_first_name)
    await server.start()
    print(f"READY {server.url}", flush=True)
    loop = asyncio.get_running_loop()
    try:
        # Returns at end of file: the bench process closed our stdin (or died).
        await loop.run_in_executor(None, sys.stdin.buffer.read)
    finally:
        await server.stop()


def main(argv: list[str] | None = None) -> None:
    """Parse the arguments and serve (with uvloop if available: this is only the harness)."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.sandbox_process")
    parser.add_argument("--bot-username", default="polku_bench_bot")
    parser.add_argument("--bot-first-name", default="Polku")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="sandbox: %(levelname)s %(message)s")
    runner: Any = asyncio.run
    with contextlib.suppress(ImportError):
        import uvloop

        runner = uvloop.run
    runner(serve(args.bot_username, args.bot_first_name))


if __name__ == "__main__":
    main()
