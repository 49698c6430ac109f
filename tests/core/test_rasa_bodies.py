"""Request bodies a real Rasa Open Source 3.6.21 sent, replayed against the action server.

The bodies in tests/data/rasa/ were recorded by ``python -m tests.rasa_real.check
--record tests/data/rasa`` (a trained Rasa assistant talking to ``polku actions``). Unlike
the hand-written calls of test_action_server.py they carry every slot of the assistant
(with other dialogues' values: a check-in's note, questions, ids), the whole domain, list
slots, the form's ``active_loop`` with its trigger message, and every event with Rasa's
metadata. The people are made in the order the check made them, so the ids match.
"""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from bot.action_server import Address, create_app, listening
from bot.clock import FrozenClock
from bot.core import Core
from bot.intake.effects import ANSWER_SLOTS, CONTROL_SLOTS
from bot.plan.callbacks import PlanOp, callback_data
from store.db import transaction
from store.models import CheckIn, LearnerProfile, OutboxMessage, Person, PlanStep, Role
from store.people import PeopleRepository
from tests.factories import add_person

BODIES = Path(__file__).resolve().parents[1] / "data" / "rasa"
TOKEN = "rasa-bodies-token"
# The senders of the recorded conversations (tests/rasa_real/check.py), in the order made.
PEOPLE = [(5001, Role.LEARNER), (5002, Role.LEARNER), (7001, Role.COUNSELLOR)]

pytestmark = pytest.mark.filterwarnings(
    "ignore:Your versions of rasa and rasa_sdk might not be compatible:UserWarning"
)


def body(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((BODIES / f"{name}.json").read_text(encoding="utf-8"))
    return loaded


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """SQLite only: the action server's requests, not the backends, are under test (the
    suite's ``core`` fixture runs on it)."""
    return sqlite_url


@pytest.fixture
async def people(core: Core, clock: FrozenClock) -> dict[int, Person]:
    made = {t: await add_person(core.sessions, clock, t, role) for t, role in PEOPLE}
    async with transaction(core.sessions) as session:
        for learner in (5001, 5002):
            await PeopleRepository(session).assign(made[learner].id, made[7001].id, clock.now())
    return made


@pytest.fixture
async def client(core: Core, people: dict[int, Person]) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(core.actions.executor, token=TOKEN, senders=core.sessions)
    address: Address
    async with listening(app, port=0) as address:
        base = f"http://{address.host}:{address.port}"
        async with httpx.AsyncClient(base_url=base, timeout=10) as http:
            yield http


async def post(client: httpx.AsyncClient, call: dict[str, Any]) -> httpx.Response:
    return await client.post("/webhook", params={"token": TOKEN}, json=call)


def test_the_bodies_are_rasas_own():
    for name in (
        "validate_intake_form",
        "validate_availability_form",
        "action_complete_intake",
        "action_save_plan_step",
    ):
        call = body(name)
        assert call["version"] == "3.6.21"
        assert call["next_action"] == name
        # Every slot of the assistant, set or not, and Rasa's own.
        assert {"requested_slot", "session_started_metadata"} <= set(call["tracker"]["slots"])
        assert call["domain"]["forms"]


async def test_a_birth_year_out_of_range(client: httpx.AsyncClient):
    call = body("validate_intake_form")
    assert call["tracker"]["events"][-1] == {
        **call["tracker"]["events"][-1],
        "event": "slot",
        "name": "birth_year",
        "value": "1800",
    }
    response = await post(client, call)
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["events"] == [
        {"event": "slot", "timestamp": None, "name": "birth_year", "value": None}
    ]
    [message] = answer["responses"]
    assert message["response"] == "intake-invalid-birth-year"
    # Rasa fills the response's {first} and {last} from these.
    assert (message["first"], message["last"]) == ("1926", "2026")


async def test_a_form_whose_answers_came_before_its_first_question(client: httpx.AsyncClient):
    """Rasa validates what a form already has when it starts: length before start and end.

    This call was a 500 (an assertion on the missing start) before the fix.
    """
    call = body("validate_availability_form")
    assert call["tracker"]["slots"]["start"] is None
    response = await post(client, call)
    assert response.status_code == 200, response.text
    slots = {e["name"]: e["value"] for e in response.json()["events"]}
    assert slots["length"] == "45"
    assert slots["mode"] == "in_person"


async def test_an_end_that_leaves_no_room_for_the_length_asks_the_length_again(
    client: httpx.AsyncClient,
):
    call = body("validate_availability_form")
    call["tracker"]["slots"].update(start="09:00", length="90")
    events = call["tracker"]["events"]
    while events[-1]["event"] == "slot":  # the candidates Rasa put at the end
        events.pop()
    events.append({"event": "slot", "name": "end", "value": "10"})
    response = await post(client, call)
    assert response.status_code == 200, response.text
    answer = response.json()
    slots = {e["name"]: e["value"] for e in answer["events"]}
    assert slots == {"end": "10:00", "length": None}
    assert [m["response"] for m in answer["responses"]] == ["availability-invalid-length"]
    assert answer["responses"][0]["minutes"] == 60


async def consented(core: Core, learner: Person) -> None:
    await core.actions.run("action_record_consent", sender_id=str(learner.id), slots={})


async def test_completing_the_intake_keeps_only_its_answers(
    client: httpx.AsyncClient, core: Core, people: dict[int, Person]
):
    learner = people[5001]
    call = body("action_complete_intake")
    slots = call["tracker"]["slots"]
    # What Rasa sent along: the check-in's note and a question, in the same tracker.
    assert slots["note"] == "rent is late" and slots["question"]
    await consented(core, learner)
    response = await post(client, call)
    assert response.status_code == 200, response.text
    keys = [m["response"] for m in response.json()["responses"]]
    assert keys == [
        "intake-done",
        "intake-path-education_first",
        "path-reason-goal-study",
        "intake-next-steps",
    ]
    async with core.sessions() as session:
        profile = await session.get(LearnerProfile, learner.id)
        assert profile is not None and profile.completed_at is not None
        assert set(profile.answers) <= set(ANSWER_SLOTS)
        assert "rent is late" not in json.dumps(profile.answers)
        assert profile.answers["languages_spoken"] == ["ar", "en"]
        assert profile.answers["birth_year"] == 1990
        outbox = sorted((await session.scalars(select(OutboxMessage.idempotency_key))).all())
    # The same call again: nothing new for the counsellor.
    again = await post(client, call)
    assert again.status_code == 200
    assert again.json() == response.json()
    async with core.sessions() as session:
        keys_again = sorted((await session.scalars(select(OutboxMessage.idempotency_key))).all())
    assert keys_again == outbox
    assert any(k.startswith(f"intake-done:{learner.id}:") for k in outbox)


async def test_a_plan_step_twice_is_one_step(
    client: httpx.AsyncClient, core: Core, people: dict[int, Person]
):
    call = body("action_save_plan_step")
    assert call["sender_id"] == "7001"
    for _ in range(2):
        response = await post(client, call)
        assert response.status_code == 200, response.text
        [message] = response.json()["responses"]
        assert message["response"] == "plan-step-added"
        assert message["buttons"] == [
            {"title": "plan-back-to-plan", "payload": callback_data(PlanOp.VIEW, people[5001].id)}
        ]
    async with core.sessions() as session:
        steps = (await session.scalars(select(PlanStep))).all()
    assert [s.step_type for s in steps] == ["cv"]


async def test_a_crash_answers_500_without_the_request(client: httpx.AsyncClient):
    """rasa_sdk's own 500 echoes the whole request, and Rasa logs it at ERROR."""
    call = body("action_save_plan_step")
    call["tracker"]["slots"]["due"] = "not a date, from Amal: rent is late"
    response = await post(client, call)
    assert response.status_code == 500
    assert response.json() == {
        "error": "The action failed (ValueError).",
        "action_name": "action_save_plan_step",
    }
    assert "rent is late" not in response.text


async def test_sanics_own_errors_keep_their_status(client: httpx.AsyncClient):
    response = await client.get("/no-such-route", params={"token": TOKEN})
    assert response.status_code == 404
    response = await client.get("/webhook", params={"token": TOKEN})
    assert response.status_code == 405


async def test_a_list_slot_that_rasa_keeps_as_one_string(
    client: httpx.AsyncClient, core: Core, people: dict[int, Person]
):
    """A text or any slot filled from one entity holds "money", not ["money"]."""
    learner = people[5001]
    async with transaction(core.sessions) as session:
        _, check_in = await core.motivation.record_check_in_in(session, learner.id, 2)
    call = copy.deepcopy(body("action_complete_intake"))
    call["next_action"] = "action_save_check_in"
    call["tracker"]["slots"].update(check_in_id=check_in.id, hardest="money", note=None)
    response = await post(client, call)
    assert response.status_code == 200, response.text
    assert [m["response"] for m in response.json()["responses"]] == ["check-in-thanks-low"]
    async with core.sessions() as session:
        saved = await session.get(CheckIn, check_in.id)
    assert saved is not None and saved.hardest == ["money"]


def test_the_kept_answers_are_the_intakes_questions(core: Core):
    flow = core.dialogues.flows["intake"]
    asked = {s.slot for s in flow.steps.values() if s.ask and s.slot} - CONTROL_SLOTS
    assert asked == set(ANSWER_SLOTS)
