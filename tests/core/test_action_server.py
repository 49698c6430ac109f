"""The action server over real HTTP, called the way Rasa Open Source 3.x calls it."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher
from rasa_sdk.types import DomainDict
from sanic import Sanic

from bot.action_server import Address, create_app, listening, serve
from bot.clock import FrozenClock
from bot.core import Core
from store.db import transaction
from store.models import LearnerProfile, Person, Role
from store.people import PeopleRepository
from store.plans import PlanRepository
from tests.conftest import make_settings
from tests.factories import add_person

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "rasa-shared-SECRET-4711"
INTAKE_ACTIONS = [
    "validate_intake_form",
    "action_check_eligibility",
    "action_propose_path",
    "action_record_consent",
    "action_complete_intake",
    "action_discard_intake",
]
PLAN_ACTIONS = ["action_save_plan_step", "action_save_plan_due"]
# Rasa's Telegram connector names the conversation by the Telegram user id.
LEARNER_TELEGRAM_ID = 5001
COUNSELLOR_TELEGRAM_ID = 7001

# Rasa 3.6 calls with "version": "3.6.0", and rasa_sdk 3.21 answers every such call with a
# UserWarning about the version pair (once per process outside pytest). Here warnings are
# errors, and the error would turn each call into a 500.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Your versions of rasa and rasa_sdk might not be compatible:UserWarning"
)


def rasa_call(
    action: str,
    *,
    slots: dict[str, Any] | None = None,
    candidate: dict[str, Any] | None = None,
    sender_id: str = str(LEARNER_TELEGRAM_ID),
) -> dict[str, Any]:
    """A request body as Rasa Open Source 3.x sends it to the action server.

    For a form validation action, Rasa puts the extracted values as slot events at the end
    of the tracker's events, and the domain names the form's required slots.
    """
    events: list[dict[str, Any]] = [
        {"event": "action", "name": "action_listen", "timestamp": 1700000000.0},
        {
            "event": "user",
            "timestamp": 1700000001.0,
            "text": "hello",
            "parse_data": {"intent": {"name": "inform", "confidence": 0.98}, "entities": []},
            "input_channel": "rest",
        },
    ]
    for name, value in (candidate or {}).items():
        events.append({"event": "slot", "timestamp": 1700000001.5, "name": name, "value": value})
    form = action.removeprefix("validate_") if action.startswith("validate_") else None
    return {
        "next_action": action,
        "sender_id": sender_id,
        "tracker": {
            "sender_id": sender_id,
            "slots": {**(slots or {}), **(candidate or {}), "requested_slot": None},
            "latest_message": {
                "text": "hello",
                "intent": {"name": "inform", "confidence": 0.98},
                "entities": [],
                "intent_ranking": [],
            },
            "latest_event_time": 1700000001.5,
            "followup_action": None,
            "paused": False,
            "events": events,
            "latest_input_channel": "rest",
            "active_loop": {"name": form, "validate": True} if form else {},
            "latest_action": {"action_name": "action_listen"},
            "latest_action_name": "action_listen",
        },
        "domain": {
            "version": "3.1",
            "session_config": {
                "session_expiration_time": 60,
                "carry_over_slots_to_new_session": True,
            },
            "intents": ["inform"],
            "entities": [],
            "slots": {},
            "responses": {},
            "actions": INTAKE_ACTIONS,
            "forms": {
                "intake_form": {
                    "required_slots": [
                        "preferred_name",
                        "birth_year",
                        "work_years",
                        "education_country",
                        "work_fields",
                    ]
                }
            },
        },
        "version": "3.6.0",
    }


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """SQLite only: the action server's requests, not the backends, are under test (the
    suite's ``core`` fixture runs on it)."""
    return sqlite_url


@pytest.fixture
async def learner(core: Core, clock: FrozenClock) -> Person:
    """A learner whose Telegram id is LEARNER_TELEGRAM_ID (Rasa's default sender here)."""
    return await add_person(core.sessions, clock, telegram_id=LEARNER_TELEGRAM_ID)


@pytest.fixture
async def server(core: Core, learner: Person) -> AsyncIterator[Address]:
    """The action server, with a token, on a free loopback port of this event loop."""
    app = create_app(core.actions.executor, token=TOKEN, senders=core.sessions)
    async with listening(app, port=0) as address:
        yield address


@pytest.fixture
async def client(server: Address) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client for the server, without credentials."""
    base = f"http://{server.host}:{server.port}"
    async with httpx.AsyncClient(base_url=base, timeout=5) as http:
        yield http


async def webhook(client: httpx.AsyncClient, body: dict[str, Any]) -> httpx.Response:
    """POST an action call with the token where Rasa puts it: the query string."""
    return await client.post("/webhook", params={"token": TOKEN}, json=body)


async def test_health_needs_no_token(client: httpx.AsyncClient):
    response = await client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_actions_lists_the_intake_actions(client: httpx.AsyncClient, core: Core):
    response = await client.get("/actions", params={"token": TOKEN})
    assert response.status_code == 200
    listed = {a["name"] for a in response.json()}
    assert set(INTAKE_ACTIONS) <= listed
    # Exactly the actions the core runs in-process: one executor for both.
    assert listed == set(core.actions.slots_of)


async def test_validation_accepts_a_birth_year(client: httpx.AsyncClient):
    body = rasa_call("validate_intake_form", candidate={"birth_year": 1990})
    response = await webhook(client, body)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["responses"] == []
    slots = [e for e in result["events"] if e["event"] == "slot"]
    assert {"event": "slot", "name": "birth_year", "value": 1990, "timestamp": None} in slots


async def test_validation_rejects_a_birth_year_and_says_why(client: httpx.AsyncClient):
    body = rasa_call("validate_intake_form", candidate={"birth_year": 1800})
    response = await webhook(client, body)
    assert response.status_code == 200, response.text
    result = response.json()
    assert {"event": "slot", "name": "birth_year", "value": None, "timestamp": None} in result[
        "events"
    ]
    [message] = result["responses"]
    assert message["response"] == "intake-invalid-birth-year"
    assert message["text"] is None
    # The clock is frozen in 2026: the last hundred years. Fluent takes either type.
    assert (str(message["first"]), str(message["last"])) == ("1926", "2026")


async def test_propose_path_from_the_goal(client: httpx.AsyncClient):
    body = rasa_call("action_propose_path", slots={"goal": "study_first", "work_years": 5})
    response = await webhook(client, body)
    assert response.status_code == 200, response.text
    result = response.json()
    slots = {e["name"]: e["value"] for e in result["events"] if e["event"] == "slot"}
    assert slots == {
        "proposed_path": "education_first",
        "path_reasons": ["path-reason-goal-study"],
    }
    assert result["responses"] == []


async def test_eligibility_outside_the_area(client: httpx.AsyncClient):
    answers = {
        "birth_year": 1990,
        "residence_permit": "yes",
        "job_seeker": "yes",
        "municipality": "Helsinki",
    }
    response = await webhook(client, rasa_call("action_check_eligibility", slots=answers))
    assert response.status_code == 200, response.text
    slots = {e["name"]: e["value"] for e in response.json()["events"]}
    assert slots == {"eligible": False, "ineligible_reasons": ["eligibility-outside-area"]}

    inside = await webhook(
        client, rasa_call("action_check_eligibility", slots={**answers, "municipality": "espoo"})
    )
    assert {e["name"]: e["value"] for e in inside.json()["events"]} == {
        "eligible": True,
        "ineligible_reasons": [],
    }


async def test_record_consent_writes_for_the_person_with_the_senders_telegram_id(
    client: httpx.AsyncClient, core: Core, learner: Person
):
    assert str(learner.id) != str(LEARNER_TELEGRAM_ID)
    body = rasa_call("action_record_consent", sender_id=str(LEARNER_TELEGRAM_ID))
    response = await webhook(client, body)
    assert response.status_code == 200, response.text
    assert response.json() == {"events": [], "responses": []}
    async with core.sessions() as session:
        profile = await session.get(LearnerProfile, learner.id)
    assert profile is not None
    assert profile.consent_at is not None


async def test_unknown_action_is_rasas_404(client: httpx.AsyncClient):
    response = await webhook(client, rasa_call("action_nope"))
    assert response.status_code == 404
    assert response.json() == {
        "error": "No registered action found for name 'action_nope'.",
        "action_name": "action_nope",
    }


ALL_ACTIONS = INTAKE_ACTIONS + PLAN_ACTIONS
# Senders that are no one: other channels' conversation ids, numbers nobody has, no numbers.
NO_ONES = [
    "rasa-web-7f3a9c",
    "",
    "999999",
    "-5001",
    "5001.0",
    " 5001",
    "0",
    "99999999999999999999",
    "\u0665\u0660\u0660\u0661",  # Arabic-Indic digits: isdigit() but no Telegram id
]


def working_call(action: str, sender_id: str, learner_id: int, step_id: int = 0) -> dict[str, Any]:
    """A Rasa call with the slots that make ``action`` do its work."""
    intake = {
        "birth_year": 1990,
        "residence_permit": "yes",
        "job_seeker": "yes",
        "municipality": "Espoo",
        "goal": "study_first",
        "work_years": 5,
        "proposed_path": "education_first",
        "path_reasons": ["path-reason-goal-study"],
        "ineligible_reasons": ["eligibility-outside-area"],
    }
    if action == "validate_intake_form":
        return rasa_call(action, candidate={"birth_year": 1990}, sender_id=sender_id)
    if action in PLAN_ACTIONS:
        plan = {"learner_id": learner_id, "step_type": "cv", "due": "2026-12-31"}
        return rasa_call(action, slots={**plan, "step_id": step_id}, sender_id=sender_id)
    return rasa_call(action, slots=intake, sender_id=sender_id)


async def rejected(client: httpx.AsyncClient, body: dict[str, Any]) -> dict[str, Any]:
    """Rasa's answer to a rejected action: HTTP 400 naming the action and why."""
    response = await webhook(client, body)
    assert response.status_code == 400, (body["sender_id"], body["next_action"], response.text)
    answer = response.json()
    assert set(answer) == {"action_name", "error"}
    assert answer["action_name"] == body["next_action"]
    return answer


@pytest.fixture
async def counsellor(core: Core, clock: FrozenClock, learner: Person) -> Person:
    """The learner's counsellor, whose Telegram id is COUNSELLOR_TELEGRAM_ID."""
    person = await add_person(core.sessions, clock, COUNSELLOR_TELEGRAM_ID, Role.COUNSELLOR)
    async with transaction(core.sessions) as session:
        await PeopleRepository(session).assign(learner.id, person.id, clock.now())
    return person


async def test_every_action_rejects_a_sender_who_is_no_one(
    client: httpx.AsyncClient, core: Core, learner: Person, counsellor: Person
):
    # A Polku person id is not what Rasa sends: over HTTP it is read as a Telegram id.
    assert learner.id not in (LEARNER_TELEGRAM_ID, COUNSELLOR_TELEGRAM_ID)
    for action in ALL_ACTIONS:
        for sender in [*NO_ONES, str(learner.id), str(counsellor.id)]:
            answer = await rejected(client, working_call(action, sender, learner.id))
            assert "rejected" in answer["error"]
    async with core.sessions() as session:
        assert await session.get(LearnerProfile, learner.id) is None
        assert await PlanRepository(session).steps(learner.id) == []


async def test_every_action_runs_for_its_roles_telegram_id_only(
    client: httpx.AsyncClient, core: Core, learner: Person, counsellor: Person
):
    learner_id, counsellor_id = str(LEARNER_TELEGRAM_ID), str(COUNSELLOR_TELEGRAM_ID)
    # In the order a conversation takes: consent before completing, a step before its date.
    for action in [*INTAKE_ACTIONS[:-1], *PLAN_ACTIONS, INTAKE_ACTIONS[-1]]:
        # The other role is refused before the action runs.
        wrong = counsellor_id if action in INTAKE_ACTIONS else learner_id
        await rejected(client, working_call(action, wrong, learner.id))
        right = counsellor_id if action in PLAN_ACTIONS else learner_id
        async with core.sessions() as session:
            steps = await PlanRepository(session).steps(learner.id)
        step_id = steps[-1].id if steps else 0
        response = await webhook(client, working_call(action, right, learner.id, step_id))
        assert response.status_code == 200, (action, response.text)
        async with core.sessions() as session:
            profile = await session.get(LearnerProfile, learner.id)
            steps = await PlanRepository(session).steps(learner.id)
        # The actions wrote for the person, keyed by their Polku id.
        if action == "action_record_consent":
            assert profile is not None and profile.consent_at is not None
        if action == "action_complete_intake":
            assert profile is not None and profile.path == "education_first"
            assert response.json()["responses"][0]["response"] == "intake-done"
        if action == "action_save_plan_step":
            assert any(s.step_type == "cv" for s in steps)
        if action == "action_save_plan_due":
            assert steps[-1].due_at is not None
        if action == "action_discard_intake":
            # Only "not accepted" stays (for /plan); no answers.
            assert profile is None or (profile.eligible is False and profile.answers == {})


async def test_an_actions_own_refusal_is_a_rejection(
    client: httpx.AsyncClient, core: Core, clock: FrozenClock, learner: Person, counsellor: Person
):
    sender = str(COUNSELLOR_TELEGRAM_ID)
    other = await add_person(core.sessions, clock, telegram_id=5002)
    # Not this counsellor's learner.
    for action in PLAN_ACTIONS:
        answer = await rejected(client, working_call(action, sender, other.id))
        assert "not this learner's counsellor" in answer["error"]
    # No such step.
    answer = await rejected(client, working_call("action_save_plan_due", sender, learner.id, 999))
    assert "no such step" in answer["error"]
    # Completing an intake the learner never consented to.
    body = working_call("action_complete_intake", str(LEARNER_TELEGRAM_ID), learner.id)
    assert "no consenting learner" in (await rejected(client, body))["error"]


async def test_a_call_without_a_usable_tracker_is_rejected(client: httpx.AsyncClient):
    body = rasa_call("action_record_consent")
    for tracker in (None, "5001", []):
        assert (await rejected(client, {**body, "tracker": tracker}))["error"]
    numeric = {**body, "tracker": {**body["tracker"], "sender_id": LEARNER_TELEGRAM_ID}}
    await rejected(client, numeric)
    without = {k: v for k, v in body.items() if k != "tracker"}
    await rejected(client, without)


WRONG_CREDENTIALS: list[tuple[dict[str, str], dict[str, str]]] = [
    ({}, {}),
    ({"token": "rasa-shared-SECRET-4712"}, {}),
    ({"token": ""}, {}),
    ({"token": TOKEN.upper()}, {}),
    ({}, {"Authorization": "Bearer wrong"}),
    ({}, {"Authorization": "Bearer"}),
    ({}, {"Authorization": f"Basic {TOKEN}"}),
    ({}, {"Authorization": TOKEN}),
]


async def test_no_right_token_is_401(client: httpx.AsyncClient):
    # One test for all the cases: each test's core costs a Fluent parse.
    for params, headers in WRONG_CREDENTIALS:
        for method, path, body in [
            ("POST", "/webhook", rasa_call("action_propose_path")),
            ("GET", "/actions", None),
            ("GET", "/no-such-route", None),
        ]:
            case = (method, path, params, headers)
            response = await client.request(method, path, params=params, headers=headers, json=body)
            assert response.status_code == 401, case
            assert response.json() == {
                "error": "Unauthorized: missing or wrong action server token."
            }, case
            assert response.headers["www-authenticate"].startswith("Bearer"), case


@pytest.mark.parametrize(
    ("params", "headers"),
    [
        ({"token": TOKEN}, {}),
        ({}, {"Authorization": f"Bearer {TOKEN}"}),
        ({}, {"authorization": f"bearer {TOKEN}"}),
    ],
    ids=["query", "bearer", "bearer-lowercase"],
)
async def test_the_right_token_is_200(
    client: httpx.AsyncClient, params: dict[str, str], headers: dict[str, str]
):
    call = await client.post(
        "/webhook", params=params, headers=headers, json=rasa_call("action_propose_path")
    )
    assert call.status_code == 200, call.text
    listed = await client.get("/actions", params=params, headers=headers)
    assert listed.status_code == 200


async def test_no_cors_wildcard_by_default(client: httpx.AsyncClient):
    response = await client.get(
        "/actions", params={"token": TOKEN}, headers={"Origin": "https://elsewhere.example"}
    )
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers


async def test_without_a_token_the_server_is_open(core: Core, learner: Person):
    app = create_app(core.actions.executor, token=None, senders=core.sessions)
    async with (
        listening(app, port=0) as address,
        httpx.AsyncClient(base_url=f"http://{address.host}:{address.port}") as http,
    ):
        response = await http.post("/webhook", json=rasa_call("action_propose_path"))
    assert response.status_code == 200


def test_an_empty_token_is_refused(core: Core):
    with pytest.raises(ValueError, match="must not be empty"):
        create_app(core.actions.executor, token="", senders=core.sessions)


async def test_listens_on_loopback_by_default_and_stops(core: Core):
    app = create_app(core.actions.executor, token=TOKEN, senders=core.sessions)
    async with listening(app, port=0) as address:
        assert address.host == "127.0.0.1"
        async with httpx.AsyncClient() as http:
            response = await http.get(f"http://127.0.0.1:{address.port}/health")
            assert response.status_code == 200
    # Stopped: the port is closed and the app has left Sanic's registry.
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", address.port), timeout=1).close()
    assert app.name not in Sanic._app_registry


class SlowAction(Action):
    """An action that takes a while, like a slow database write."""

    def __init__(self) -> None:
        self.started = asyncio.Event()

    def name(self) -> str:
        return "action_slow"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        self.started.set()
        await asyncio.sleep(0.3)
        return [SlotSet("done", True)]


async def test_a_stop_lets_a_running_call_finish():
    slow = SlowAction()
    executor = ActionExecutor()
    executor.register_action(slow)
    app = create_app(executor, token=TOKEN, senders=None)
    async with httpx.AsyncClient(timeout=5) as http:
        async with listening(app, port=0) as address:
            url = f"http://127.0.0.1:{address.port}/webhook"
            call = asyncio.create_task(
                http.post(url, params={"token": TOKEN}, json=rasa_call("action_slow"))
            )
            await asyncio.wait_for(slow.started.wait(), 5)
        # The block has ended while the call was running.
        response = await call
    assert response.status_code == 200
    assert response.json()["events"] == [
        {"event": "slot", "timestamp": None, "name": "done", "value": True}
    ]


def test_apps_get_names_that_do_not_clash(core: Core):
    first = create_app(core.actions.executor, token=TOKEN, senders=core.sessions)
    second = create_app(core.actions.executor, token=None, senders=None)
    try:
        assert first.name != second.name
        assert Sanic.get_app(first.name) is first
        assert Sanic.get_app(second.name) is second
    finally:
        Sanic.unregister_app(first)
        Sanic.unregister_app(second)


async def test_entry_point_serves_until_sigterm(sqlite_url: str):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POLKU_", "TELEGRAM_"))}
    env = {
        **clean,
        "POLKU_DATABASE_URL": sqlite_url,
        "POLKU_ACTIONS_TOKEN": TOKEN,
        "TELEGRAM_BOT_TOKEN": "123456:TELEGRAMsecret",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.action_server",
        "--port",
        "0",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    assert process.stdout is not None
    output: list[str] = []
    try:
        port = None
        # Start-up parses every language's Fluent files (twelve now): about 2 s on an idle
        # machine, 6 s with three such tests at once on two cores. The bound is for a hang.
        async with asyncio.timeout(30):
            while port is None:
                line = (await process.stdout.readline()).decode()
                assert line, "".join(output)
                output.append(line)
                if "action_server_listening" in line:
                    assert "host=127.0.0.1 " in line
                    port = int(line.split("port=")[1].split()[0])
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=5) as http:
            assert (await http.get("/health")).status_code == 200
            assert (await http.get("/actions")).status_code == 401
            listed = await http.get("/actions", headers={"Authorization": f"Bearer {TOKEN}"})
            assert listed.status_code == 200
            assert set(INTAKE_ACTIONS) <= {a["name"] for a in listed.json()}
        process.send_signal(signal.SIGTERM)
        async with asyncio.timeout(10):
            rest = await process.stdout.read()
            code = await process.wait()
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    log = "".join(output) + rest.decode()
    assert code == 0, log
    assert "action_server_stopped" in log
    assert TOKEN not in log and "TELEGRAMsecret" not in log


class Listening(logging.Handler):
    """Catches the server's "listening" log line, which names the port."""

    def __init__(self) -> None:
        super().__init__()
        self.line = asyncio.get_running_loop().create_future()

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("action_server_listening"):
            self.line.set_result(record.getMessage())


@pytest.mark.parametrize("how", ["stop", "cancel"])
async def test_serve_runs_until_stopped_or_cancelled(
    sqlite_url: str, caplog: pytest.LogCaptureFixture, how: str
):
    caplog.set_level(logging.INFO, logger="bot.action_server")
    listening_log = Listening()
    logging.getLogger("bot.action_server").addHandler(listening_log)
    stop = asyncio.Event()
    try:
        task = asyncio.create_task(serve(make_settings(sqlite_url), port=0, token=TOKEN, stop=stop))
        line = await asyncio.wait_for(listening_log.line, 5)
    finally:
        logging.getLogger("bot.action_server").removeHandler(listening_log)
    assert "host=127.0.0.1 " in line
    port = int(line.split("port=")[1].split()[0])
    async with httpx.AsyncClient() as http:
        assert (await http.get(f"http://127.0.0.1:{port}/health")).status_code == 200
    if how == "stop":
        stop.set()
        await asyncio.wait_for(task, 5)
    else:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 5)
    assert "action_server_stopped" in caplog.text
    assert TOKEN not in caplog.text
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


async def test_validators_take_what_a_real_rasa_sends():
    """Rasa sends a text slot's "1990" and a float slot's 5.0; both are whole numbers."""
    from rasa_sdk.executor import CollectingDispatcher

    from bot.clock import FrozenClock
    from bot.intake.actions import ValidateIntakeForm

    form = ValidateIntakeForm(FrozenClock(datetime(2026, 11, 24, tzinfo=UTC)))
    dispatcher = CollectingDispatcher()
    assert form.validate_birth_year("1990", dispatcher, None, {}) == {"birth_year": 1990}  # type: ignore[arg-type]
    assert form.validate_work_years(5.0, dispatcher, None, {}) == {"work_years": 5}  # type: ignore[arg-type]
    assert form.validate_work_years(5.5, dispatcher, None, {}) == {"work_years": None}  # type: ignore[arg-type]
    assert form.validate_birth_year(True, dispatcher, None, {}) == {"birth_year": None}  # type: ignore[arg-type]
