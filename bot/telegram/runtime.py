"""The typed context: what handlers reach through ``context.services``."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from telegram import Bot
from telegram.ext import Application, CallbackContext, ExtBot

from bot.appointments.availability import AvailabilityChat
from bot.appointments.chat import Meetings
from bot.campaigns.chat import CampaignChat
from bot.core import Core
from bot.dialogue.conversations import Conversations
from bot.intake.service import Intake
from bot.languages import Languages
from bot.leadership import Leadership
from bot.motivation.chat import MotivationChat
from bot.onboarding import Onboarding
from bot.outbox import Outbox, OutboxSender
from bot.plan.chat import Plans
from bot.telegram.flood import FloodGuard
from bot.telegram.inbox import Inbox
from bot.telegram.render import Renderer


@dataclass
class Services:
    """The core plus the Telegram side (renderer, inbox, outbox sender), built in ``post_init``."""

    core: Core
    renderer: Renderer
    sender: OutboxSender
    inbox: Inbox
    outbox_bot: Bot  # the outbox's own connection, without python-telegram-bot's limiter
    flood: FloodGuard = field(default_factory=FloodGuard)
    sender_task: asyncio.Task[None] | None = None
    # Whether this process runs the sender and the scheduled jobs (bot/leadership.py).
    leadership: Leadership | None = None

    @property
    def onboarding(self) -> Onboarding:
        """Joining, help and invites."""
        return self.core.onboarding

    @property
    def languages(self) -> Languages:
        """The language picker."""
        return self.core.languages

    @property
    def conversations(self) -> Conversations:
        """Every dialogue's questions: typed answers, their buttons, /cancel."""
        return self.core.conversations

    @property
    def intake(self) -> Intake:
        """The intake and the learner's own data."""
        return self.core.intake

    @property
    def campaigns(self) -> CampaignChat:
        """``/campaign`` for coordinators and the buttons under campaign messages."""
        return self.core.campaign_chat

    @property
    def plans(self) -> Plans:
        """Plans for counsellors and learners."""
        return self.core.plans

    @property
    def meetings(self) -> Meetings:
        """Booking, moving and cancelling meetings in the chat."""
        return self.core.meetings

    @property
    def availability(self) -> AvailabilityChat:
        """A counsellor's hours for meetings in the chat."""
        return self.core.availability

    @property
    def motivation(self) -> MotivationChat:
        """Check-ins, requests, crisis safety and escalations in the chat."""
        return self.core.check_ins

    @property
    def outbox(self) -> Outbox:
        """The outbox."""
        return self.core.outbox


class Runtime:
    """``bot_data``: holds the services once the application has started."""

    def __init__(self) -> None:
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        """The services; raises if the application has not been initialised."""
        if self._services is None:
            raise RuntimeError("services are not open: the application is not initialised")
        return self._services

    def open(self, services: Services) -> None:
        """Install the services (``post_init``)."""
        self._services = services

    def close(self) -> Services | None:
        """Remove and return the services (``post_shutdown``)."""
        services, self._services = self._services, None
        return services


class PolkuContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], Runtime]):
    """Handler context with typed access to the services."""

    @property
    def services(self) -> Services:
        """The application's services."""
        return self.bot_data.services


PolkuApp = Application[ExtBot[None], PolkuContext, dict[Any, Any], dict[Any, Any], Runtime, Any]
