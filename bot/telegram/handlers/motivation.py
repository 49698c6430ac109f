"""Motivation: ``/mood`` and ``/counsellor`` for learners, ``/escalations`` for staff, the
motivation buttons, and the scheduled check-ins and sweeps."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.motivation.callbacks import PREFIX
from bot.telegram.handlers import answer_button, answer_with
from bot.telegram.runtime import PolkuApp, PolkuContext

log = logging.getLogger(__name__)

PRIVATE = filters.ChatType.PRIVATE
# APScheduler only wakes the work: check-ins and escalations are rows.
CHECK_IN_SECONDS = 3600.0
FORWARD_SECONDS = 3600.0  # unacknowledged notices on to the backup, then coordinators
CRISIS_SECONDS = 60.0  # crisis questions left unanswered: URGENT notices anyway
SWEEP_SECONDS = 24 * 3600.0  # signals from the database, and every learner scored


async def mood(update: Update, context: PolkuContext) -> None:
    """``/mood``: a learner checks in any time."""
    await answer_with(update, context, context.services.motivation.mood)


async def counsellor(update: Update, context: PolkuContext) -> None:
    """``/counsellor``: a learner asks to talk to their counsellor."""
    await answer_with(update, context, context.services.motivation.counsellor)


async def check_in_time(update: Update, context: PolkuContext) -> None:
    """``/checkin``: a learner chooses the day and time of their weekly check-in."""
    await answer_with(update, context, context.services.motivation.check_in_time)


async def escalations(update: Update, context: PolkuContext) -> None:
    """``/escalations``: a counsellor's open escalations, with their buttons."""
    await answer_with(update, context, context.services.motivation.escalations)


async def button(update: Update, context: PolkuContext) -> None:
    """A motivation button: a check-in face, the crisis answer, a notice's buttons."""
    await answer_button(update, context, context.services.motivation.press)


async def ask_check_ins(context: PolkuContext) -> None:
    """Queue the weekly check-ins that are due (the outbox keeps quiet hours)."""
    queued = await context.services.motivation.ask_due_check_ins()
    if queued:
        log.info("check_ins_queued count=%d", queued)


async def forward_unacknowledged(context: PolkuContext) -> None:
    """Notices nobody acknowledged in time go to the backup, then to the coordinators."""
    backup, coordinators = await context.services.core.motivation.forward_unacknowledged()
    if backup or coordinators:
        log.info("escalations_forwarded backup=%d coordinators=%d", backup, coordinators)


async def unanswered_crises(context: PolkuContext) -> None:
    """Crisis questions nobody answered in time: the URGENT notice goes anyway."""
    made = await context.services.core.motivation.escalate_unanswered_crises()
    if made:
        log.info("crisis_unanswered_escalated count=%d", made)


async def sweep(context: PolkuContext) -> None:
    """Derive signals (silence, unanswered, overdue) and score every learner."""
    report = await context.services.core.motivation.sweep()
    log.info(
        "motivation_sweep learners=%d escalated=%d backup=%d coordinators=%d",
        report.learners,
        report.escalated,
        report.to_backup,
        report.to_coordinators,
    )


def register(app: PolkuApp) -> None:
    """Add the motivation handlers (before the fallbacks)."""
    app.add_handler(CommandHandler("mood", mood, filters=PRIVATE))
    app.add_handler(CommandHandler("counsellor", counsellor, filters=PRIVATE))
    app.add_handler(CommandHandler("checkin", check_in_time, filters=PRIVATE))
    app.add_handler(CommandHandler("escalations", escalations, filters=PRIVATE))
    app.add_handler(CallbackQueryHandler(button, pattern=f"^{PREFIX}"))


# What schedule() adds: only the leading worker runs them (bot/leadership.py).
JOB_NAMES = ("check-ins", "escalations-forward", "crisis-unanswered", "motivation-sweep")


def schedule(app: PolkuApp) -> None:
    """Add the motivation jobs (from ``post_init``, once the services are open)."""
    if app.job_queue is None:
        return
    app.job_queue.run_repeating(ask_check_ins, CHECK_IN_SECONDS, first=60, name="check-ins")
    app.job_queue.run_repeating(
        forward_unacknowledged, FORWARD_SECONDS, first=120, name="escalations-forward"
    )
    app.job_queue.run_repeating(
        unanswered_crises, CRISIS_SECONDS, first=30, name="crisis-unanswered"
    )
    app.job_queue.run_repeating(sweep, SWEEP_SECONDS, first=300, name="motivation-sweep")
