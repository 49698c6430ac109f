"""Every Rasa action, run twice with the same tracker, changes the database once.

A retried action (the action server called again, an update replayed after a crash) must
not queue a second notice or add a second step. The second run here comes a few minutes
after the first, so a key or a version taken from the clock shows up as a new row.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.clock import FrozenClock
from bot.core import Core
from bot.dialogue.actions import ActionResult
from bot.people import Sender
from bot.plan.book import NewStep
from store.db import transaction
from store.models import Base, CheckIn, DialogueState, Person, PlanStep, Role
from store.people import PeopleRepository
from tests.factories import add_person

# When consent was given and the intake completed may move on a second run: the moment of
# the latest call is kept. What was decided, and what was queued, may not.
MOMENTS = {"learner_profiles": {"consent_at", "updated_at", "completed_at"}}

ANSWERS: dict[str, Any] = {
    "consent": "accepted",
    "preferred_name": "Amal",
    "birth_year": 1990,
    "municipality": "Espoo",
    "residence_permit": "yes",
    "job_seeker": "yes",
    "languages_spoken": ["ar", "en"],
    "finnish_level": "a_little",
    "swedish_level": "none",
    "english_level": "basics",
    "education": "secondary",
    "education_country": "Syria",
    "work_fields": "restaurant",
    "work_years": 5,
    "goal": "work_soon",
    "interests": ["restaurant", "care"],
    "support_needs": ["childcare"],
    "meeting_times": ["mornings"],
}


@dataclass
class People:
    counsellor: Person
    learner: Person


@dataclass(frozen=True)
class Call:
    """Whose action it is, with which slots, and whether the first run must write."""

    sender: Person
    slots: dict[str, Any]
    writes: bool


Setup = Callable[[Core, People], Awaitable[Call]]


async def run(core: Core, name: str, call: Call) -> ActionResult:
    """Run an action as the engine does: in a transaction lent to it."""
    async with transaction(core.sessions) as session:
        return await core.actions.run(
            name, sender_id=str(call.sender.id), slots=call.slots, session=session
        )


async def proposed(core: Core, learner: Person) -> dict[str, Any]:
    """The slots of an eligible intake at its summary, through the pure actions."""
    slots = dict(ANSWERS)
    for name in ("action_check_eligibility", "action_propose_path"):
        result = await core.actions.run(name, sender_id=str(learner.id), slots=slots)
        slots |= result.slots
    assert slots["eligible"] is True
    return slots


async def consented(core: Core, learner: Person) -> None:
    await run(core, "action_record_consent", Call(learner, {"consent": "accepted"}, True))


async def confirmed_plan(core: Core, people: People) -> PlanStep:
    """A confirmed plan of one dated step: its reminders are queued."""
    async with transaction(core.sessions) as session:
        step = await core.plans.book.add(
            session, people.learner, NewStep("cv", date(2026, 12, 10)), people.counsellor.id
        )
        await core.plans.book.confirm(session, people.learner)
    return step


async def dialogue_slots(core: Core, people: People, data: str) -> dict[str, Any]:
    """Begin a counsellor's plan dialogue by its button; the slots it starts with."""
    counsellor = people.counsellor
    await core.plans.press(
        Sender(counsellor.telegram_user_id, counsellor.chat_id, counsellor.display_name), data
    )
    async with transaction(core.sessions) as session:
        state = await session.get(DialogueState, counsellor.id)
        assert state is not None
        return dict(state.slots)


async def record_consent(core: Core, people: People) -> Call:
    return Call(people.learner, {"consent": "accepted"}, writes=True)


async def check_eligibility(core: Core, people: People) -> Call:
    return Call(people.learner, dict(ANSWERS), writes=False)


async def propose_path(core: Core, people: People) -> Call:
    return Call(people.learner, {**ANSWERS, "eligible": True}, writes=False)


async def complete_intake(core: Core, people: People) -> Call:
    await consented(core, people.learner)
    return Call(people.learner, await proposed(core, people.learner), writes=True)


async def discard_intake(core: Core, people: People) -> Call:
    await consented(core, people.learner)
    slots = {**ANSWERS, "municipality": "Helsinki"}
    result = await core.actions.run(
        "action_check_eligibility", sender_id=str(people.learner.id), slots=slots
    )
    assert result.slots == {"eligible": False, "ineligible_reasons": ["eligibility-outside-area"]}
    return Call(people.learner, slots | result.slots, writes=True)


async def save_plan_step(core: Core, people: People) -> Call:
    await confirmed_plan(core, people)
    slots = await dialogue_slots(core, people, f"pl:a:{people.learner.id}")
    answers = {"step_type": "document", "due": "2026-12-15T14:30", "place": "Omnia", "note": None}
    return Call(people.counsellor, slots | answers, writes=True)


async def save_plan_due(core: Core, people: People) -> Call:
    step = await confirmed_plan(core, people)
    slots = await dialogue_slots(core, people, f"pl:e:{step.id}")
    return Call(people.counsellor, slots | {"due": "2026-12-17"}, writes=True)


async def record_mood(core: Core, people: People) -> Call:
    return Call(people.learner, {"mood": 2}, writes=True)


async def save_check_in(core: Core, people: People) -> Call:
    async with transaction(core.sessions) as session:
        _, check_in = await core.motivation.record_check_in_in(session, people.learner.id, 2)
    slots = {"check_in_id": check_in.id, "hardest": ["money"], "note": "rent is late"}
    return Call(people.learner, slots, writes=True)


async def relay_message(core: Core, people: People) -> Call:
    outcome = await core.motivation.request(people.learner.id)
    assert outcome.escalation is not None
    slots = {"escalation_id": outcome.escalation.id, "started": 7, "text": "Call me today"}
    return Call(people.counsellor, slots, writes=True)


async def relay_question(core: Core, people: People) -> Call:
    slots = {"question": "Where is the centre?", "started": "2026-11-24T08:00:00+00:00"}
    return Call(people.learner, slots, writes=True)


async def relay_answer(core: Core, people: People) -> Call:
    slots = {"learner_id": people.learner.id, "name": "Amal", "started": 7, "text": "In Espoo"}
    return Call(people.counsellor, slots, writes=True)


async def check_in_thanks(core: Core, people: People) -> Call:
    return Call(people.learner, {"mood": "5"}, writes=False)


async def save_availability(core: Core, people: People) -> Call:
    slots = {
        "kind": "weekly",
        "days": ["mon", "wed"],
        "start": "09:00",
        "end": "12:00",
        "length": "45",
        "buffer": "15",
        "mode": "video",
        "link": "https://meet.example.fi/x",
        "confirm": "yes",
    }
    return Call(people.counsellor, slots, writes=True)


async def save_day_off(core: Core, people: People) -> Call:
    return Call(people.counsellor, {"kind": "off", "day": "2026-12-02"}, writes=True)


async def save_extra_hours(core: Core, people: People) -> Call:
    slots = {
        "kind": "extra",
        "day": "2026-12-05",
        "start": "10:00",
        "end": "12:00",
        "length": "30",
        "buffer": "0",
        "mode": "phone",
        "place": None,
        "confirm": "yes",
    }
    return Call(people.counsellor, slots, writes=True)


async def coordinator(core: Core) -> Person:
    return await add_person(core.sessions, core.clock, 300, Role.COORDINATOR)


CAMPAIGN: dict[str, Any] = {
    "name": "Info session",
    "filter_language": ["en", "fi"],
    "fallback": "en",
    "fallback_text": "Hello {first_name}!\nThe info session is on Thursday.",
    "fallback_buttons": "I'll come\nNot interested",
    "texts": {"fi": "Hei {first_name}!"},
    "labels": {"fi": ["Tulen", "En tule"]},
    "schedule": "weekly",
    "send_at": "2026-12-03T10:00:00+02:00",
    "until": "2026-12-31",
}


async def campaign_begin(core: Core, people: People) -> Call:
    return Call(await coordinator(core), {"started": core.clock.now().isoformat()}, writes=False)


async def campaign_add_text(core: Core, people: People) -> Call:
    slots = {**CAMPAIGN, "other_language": "ar", "other_text": "مرحبا", "other_buttons": "١\n٢"}
    return Call(await coordinator(core), slots, writes=False)


async def campaign_draft(core: Core, people: People) -> Call:
    slots = {**CAMPAIGN, "started": core.clock.now().isoformat()}
    return Call(await coordinator(core), slots, writes=True)


CASES: dict[str, Setup] = {
    "action_relay_question": relay_question,
    "action_relay_answer": relay_answer,
    "action_campaign_begin": campaign_begin,
    "action_campaign_add_text": campaign_add_text,
    "action_campaign_draft": campaign_draft,
    "action_record_mood": record_mood,
    "action_save_check_in": save_check_in,
    "action_relay_message": relay_message,
    "action_record_consent": record_consent,
    "action_check_eligibility": check_eligibility,
    "action_propose_path": propose_path,
    "action_complete_intake": complete_intake,
    "action_discard_intake": discard_intake,
    "action_save_plan_step": save_plan_step,
    "action_save_plan_due": save_plan_due,
    "action_save_availability": save_availability,
    "action_check_in_thanks": check_in_thanks,
}
# More tracker shapes of one action: (action, setup).
MORE_CASES = {
    "action_save_availability[off]": ("action_save_availability", save_day_off),
    "action_save_availability[extra]": ("action_save_availability", save_extra_hours),
}


Snapshot = dict[str, list[dict[str, Any]]]


async def snapshot(core: Core) -> Snapshot:
    """Every row of every table (but the moments in MOMENTS), in a stable order."""
    tables: Snapshot = {}
    async with transaction(core.sessions) as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in MOMENTS.get(table.name, ())]
            rows = (await session.execute(select(*columns))).all()
            tables[table.name] = sorted((dict(row._mapping) for row in rows), key=repr)
    return tables


def outbox_keys(tables: Snapshot) -> list[str]:
    return sorted(row["idempotency_key"] for row in tables["outbox"])


def test_every_action_of_the_runner_has_a_case(core: Core):
    """A new action needs a case here: the set is the runner's, less the form validators."""
    actions = {name for name, validated in core.actions.slots_of.items() if not validated}
    assert set(CASES) == actions


@pytest.mark.parametrize("case", sorted([*CASES, *MORE_CASES]))
async def test_an_action_run_twice_changes_the_database_once(
    core: Core, clock: FrozenClock, case: str
):
    name, setup = MORE_CASES.get(case, (case, CASES.get(case)))
    assert setup is not None
    counsellor = await add_person(core.sessions, clock, 100, Role.COUNSELLOR)
    learner = await add_person(core.sessions, clock, 200)
    async with transaction(core.sessions) as session:
        await PeopleRepository(session).assign(learner.id, counsellor.id, clock.now())
    call = await setup(core, People(counsellor, learner))
    before = await snapshot(core)

    first = await run(core, name, call)
    after_first = await snapshot(core)
    clock.advance(timedelta(minutes=5))  # a retry comes a little later
    second = await run(core, name, call)
    after_second = await snapshot(core)

    assert (after_first != before) is call.writes
    assert outbox_keys(after_second) == outbox_keys(after_first)
    assert after_second == after_first
    assert second == first  # the same answer to the person


async def test_a_new_dialogue_with_the_same_answers_adds_a_new_step(core: Core, clock: FrozenClock):
    """Only a repeat of the same dialogue's save is a repeat: the next dialogue adds again."""
    counsellor = await add_person(core.sessions, clock, 100, Role.COUNSELLOR)
    learner = await add_person(core.sessions, clock, 200)
    async with transaction(core.sessions) as session:
        await PeopleRepository(session).assign(learner.id, counsellor.id, clock.now())
    people = People(counsellor, learner)
    await confirmed_plan(core, people)
    answers = {"step_type": "document", "due": None, "place": None, "note": None}
    for _ in range(2):
        slots = await dialogue_slots(core, people, f"pl:a:{learner.id}")
        call = Call(counsellor, slots | answers, writes=True)
        await run(core, "action_save_plan_step", call)
        await run(core, "action_save_plan_step", call)
    async with transaction(core.sessions) as session:
        steps = await session.execute(select(PlanStep.step_type).order_by(PlanStep.position))
        assert list(steps.scalars()) == ["cv", "document", "document"]


# A Rasa assistant keeps its slots between dialogues: "started" and "check_in_id" stay
# from the last one. The next message with other words, or another face, is not a repeat.
RELAYS: dict[str, tuple[Setup, str]] = {
    "action_relay_question": (relay_question, "question"),
    "action_relay_answer": (relay_answer, "text"),
    "action_relay_message": (relay_message, "text"),
}


@pytest.mark.parametrize("name", sorted(RELAYS))
async def test_other_words_with_a_stale_start_are_sent_too(
    core: Core, clock: FrozenClock, name: str
):
    setup, slot = RELAYS[name]
    counsellor = await add_person(core.sessions, clock, 100, Role.COUNSELLOR)
    learner = await add_person(core.sessions, clock, 200)
    async with transaction(core.sessions) as session:
        await PeopleRepository(session).assign(learner.id, counsellor.id, clock.now())
    call = await setup(core, People(counsellor, learner))
    await run(core, name, call)
    first = outbox_keys(await snapshot(core))
    await run(core, name, Call(call.sender, {**call.slots, slot: "Something else"}, True))
    second = outbox_keys(await snapshot(core))
    assert len(second) == len(first) + 1


async def test_another_face_with_a_stale_check_in_id_is_a_new_check_in(
    core: Core, clock: FrozenClock
):
    learner = await add_person(core.sessions, clock, 200)
    first = await run(core, "action_record_mood", Call(learner, {"mood": 2}, True))
    stale = first.slots["check_in_id"]
    clock.advance(timedelta(days=7))
    # The same face with the slot still set: a repeat; another face: a new check-in.
    await run(core, "action_record_mood", Call(learner, {"mood": 2, "check_in_id": stale}, True))
    second = await run(
        core, "action_record_mood", Call(learner, {"mood": 4, "check_in_id": stale}, True)
    )
    assert second.slots["check_in_id"] != stale
    async with transaction(core.sessions) as session:
        moods = (await session.scalars(select(CheckIn.mood).order_by(CheckIn.id))).all()
    assert list(moods) == [2, 4]
