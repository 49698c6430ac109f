"""A fake Telegram Bot API for end-to-end tests, benchmarks and a local demo.

:class:`SandboxServer` speaks the Bot API over HTTP so that an unmodified
python-telegram-bot application can run against it; :class:`SandboxClient`
plays the users from tests; the chat page at the server's root lets a person
do the same in a browser.
"""

from bot.sandbox.client import ChatMessage, SandboxClient, SandboxClientError, SandboxUser
from bot.sandbox.server import PeopleHook, PersonaHook, SandboxServer, TimeControl
from bot.sandbox.state import FloodLimits, SandboxState

__all__ = [
    "ChatMessage",
    "FloodLimits",
    "PeopleHook",
    "PersonaHook",
    "SandboxClient",
    "SandboxClientError",
    "SandboxServer",
    "SandboxState",
    "SandboxUser",
    "TimeControl",
]
