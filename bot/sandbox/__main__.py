"""Run the sandbox on its own: ``python -m bot.sandbox --port 8081``.

Then start the bot with ``base_url=http://127.0.0.1:8081/bot`` and
``base_file_url=http://127.0.0.1:8081/file/bot`` and open the chat page at
``http://127.0.0.1:8081/``. No persona hook is set in this mode, so page roles
only label people; the bot's own demo command wires the hook.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging

from bot.sandbox.server import SandboxServer

logger = logging.getLogger("bot.sandbox")


async def _serve(host: str, port: int, username: str, first_name: str) -> None:
    server = SandboxServer(bot_username=username, bot_first_name=first_name)
    await server.start(host=host, port=port)
    logger.info("chat page: %s/  base_url: %s", server.url, server.base_url)
    try:
        await asyncio.Event().wait()
    finally:
        await server.stop()


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and serve until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m bot.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="bind address (keep it loopback)")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--bot-username", default="polku_sandbox_bot")
    parser.add_argument("--bot-first-name", default="Polku")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.host, args.port, args.bot_username, args.bot_first_name))


if __name__ == "__main__":
    main()
