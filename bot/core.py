"""The core without Telegram: the services over one database, for the bot and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.appointments.actions import build_actions as availability_actions
from bot.appointments.availability import AvailabilityChat
from bot.appointments.chat import Meetings
from bot.appointments.service import Appointments, MeetingDefaults
from bot.appointments.slots import BookingRules
from bot.campaigns.actions import build_actions as campaign_actions
from bot.campaigns.chat import CampaignChat
from bot.campaigns.service import Campaigns
from bot.clock import Clock, SystemClock
from bot.dialogue.actions import ActionRunner
from bot.dialogue.conversations import Conversations, Detector
from bot.dialogue.engine import Engine
from bot.dialogue.flow import Option, Registry, load_flows
from bot.i18n import Translator
from bot.intake.service import Intake, build_actions, option_sources
from bot.languages import Languages
from bot.motivation.actions import build_actions as motivation_actions
from bot.motivation.chat import MotivationChat
from bot.motivation.config import load_motivation_config
from bot.motivation.service import Motivation
from bot.onboarding import Onboarding
from bot.outbox import Outbox
from bot.plan.actions import ActionSavePlanDue, ActionSavePlanStep
from bot.plan.book import PlanBook
from bot.plan.chat import Plans
from bot.plan.config import load_plan_config
from bot.settings import Settings
from store.db import create_engine, create_sessionmaker


@dataclass
class Core:
    """The services of one process, sharing an engine, a clock and the outbox."""

    settings: Settings
    clock: Clock
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    translator: Translator
    outbox: Outbox
    onboarding: Onboarding
    languages: Languages
    actions: ActionRunner
    dialogues: Engine
    conversations: Conversations
    intake: Intake
    plans: Plans
    appointments: Appointments
    meetings: Meetings
    availability: AvailabilityChat
    motivation: Motivation
    campaigns: Campaigns
    campaign_chat: CampaignChat
    check_ins: MotivationChat  # motivation in the chat (check-ins, crisis, escalations)

    async def close(self) -> None:
        """Release the database connections."""
        await self.engine.dispose()


def open_core(settings: Settings, *, bot_username: str, clock: Clock | None = None) -> Core:
    """Build the core services for ``settings``; the caller closes them.

    Args:
        settings: the configuration.
        bot_username: the bot's Telegram username, for invite links.
        clock: the time source (default: the system clock).
    """
    the_clock = clock or SystemClock()
    engine = create_engine(settings.database_url, pool_size=settings.db_pool_size)
    sessions = create_sessionmaker(engine)
    translator = Translator(default=settings.default_language)
    outbox = Outbox()
    plan_config = load_plan_config()
    book = PlanBook(sessions, outbox, the_clock, plan_config, quiet_hours=settings.quiet_window)
    motivation = Motivation(
        sessions,
        outbox,
        the_clock,
        load_motivation_config(),
        time_zone=settings.time_zone,
        quiet_hours=settings.quiet_window,
    )
    appointments = Appointments(
        sessions,
        outbox,
        the_clock,
        translator,
        rules=BookingRules(
            notice_days=settings.appointment_notice_days,
            horizon_days=settings.appointment_horizon_days,
        ),
        defaults=MeetingDefaults(
            length=settings.appointment_length, buffer=settings.appointment_buffer
        ),
        quiet_hours=settings.quiet_window,
    )
    campaigns = Campaigns(
        sessions,
        outbox,
        the_clock,
        time_zone=settings.time_zone,
        counsellors_may_send=settings.counsellor_campaigns,
    )
    actions = ActionRunner(
        [
            *build_actions(sessions, outbox, the_clock, settings.area, book),
            ActionSavePlanStep(book),
            ActionSavePlanDue(book),
            *motivation_actions(motivation, sessions, outbox, the_clock),
            *availability_actions(appointments, sessions, the_clock),
            *campaign_actions(campaigns, the_clock),
        ]
    )
    sources = {
        **option_sources(settings.area),
        "step_types": lambda: [Option(t, f"step-type-{t}") for t in plan_config.step_types],
    }
    flows = load_flows(
        Registry(
            actions=actions.slots_of,
            option_sources=sources,
            has_message=lambda key: translator.has(key, "en"),
        )
    )
    dialogues = Engine(flows, actions, the_clock, sources)
    conversations = Conversations(
        sessions,
        dialogues,
        outbox,
        the_clock,
        quiet_hours=settings.quiet_window,
        reminder_after=timedelta(hours=settings.intake_reminder_hours),
        detector=_detector(),
        languages=translator.languages,
    )
    # A no-show is scored at once, not at the next sweep.
    appointments.evaluate = motivation.evaluate_in
    meetings = Meetings(sessions, appointments, the_clock)
    return Core(
        settings=settings,
        clock=the_clock,
        engine=engine,
        sessions=sessions,
        translator=translator,
        outbox=outbox,
        onboarding=Onboarding(
            sessions,
            the_clock,
            translator,
            outbox,
            bot_username=bot_username,
            default_language=settings.default_language,
            time_zone=settings.time_zone,
            invite_ttl=timedelta(hours=settings.invite_ttl_hours),
        ),
        languages=Languages(sessions, translator, the_clock),
        actions=actions,
        dialogues=dialogues,
        conversations=conversations,
        intake=Intake(sessions, dialogues, conversations, outbox, the_clock),
        plans=Plans(
            book,
            dialogues,
            outbox,
            the_clock,
            appointments=appointments,
            evaluate=motivation.evaluate_in,
        ),
        appointments=appointments,
        meetings=meetings,
        availability=AvailabilityChat(sessions, appointments, dialogues, the_clock),
        motivation=motivation,
        check_ins=MotivationChat(motivation, dialogues, the_clock, meetings=meetings),
        campaigns=campaigns,
        campaign_chat=CampaignChat(
            sessions, campaigns, the_clock, dialogues=dialogues, conversations=conversations
        ),
    )


def _detector() -> Detector | None:
    from bot.langid import LanguageDetector

    return LanguageDetector()
