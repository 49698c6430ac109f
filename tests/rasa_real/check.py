"""Polku's action server against a real Rasa Open Source 3.6 (not part of ``make test``).

``python -m tests.rasa_real.check --rasa /work/rasa-venv/bin/rasa`` (see README.md here):

1. copies ``tests/rasa_real/project`` to a work folder, writes the English texts of
   Polku's message keys into its domain, and trains it (``rasa train``; Rasa skips the
   training when nothing changed);
2. migrates a fresh SQLite database and adds the people of the conversations;
3. starts ``polku actions`` on it, a recording proxy in front of it, and
   ``rasa run --enable-api`` with the model, pointed at the proxy;
4. talks to Rasa through its REST channel as a learner, a counsellor, a second learner and
   a coordinator, so that every action Polku serves runs, and resends messages whose
   actions write;
5. checks Rasa's answers (Polku's English text for each key), the database, what Rasa
   sent and what it got back, and Rasa's log (no rejected events or slots).

It exits 1 with the failed checks listed, 0 when every check holds. ``--record DIR``
saves the request bodies Rasa sent (the fixtures of tests/core/test_rasa_bodies.py).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import yaml
from aiohttp import ClientSession, ClientTimeout, web
from sqlalchemy import func, select

from bot.core import open_core
from bot.i18n import Translator
from bot.intake.effects import ANSWER_SLOTS
from bot.intake.rules import propose_path
from bot.settings import Settings
from store.db import transaction
from store.migrations import upgrade
from store.models import (
    Availability,
    Campaign,
    CheckIn,
    LanguageSource,
    LearnerProfile,
    OutboxMessage,
    Person,
    PlanStep,
    Role,
)
from store.people import PeopleRepository
from tests.rasa_real.messages import write_domain_file

ROOT = Path(__file__).resolve().parents[2]
PROJECT = Path(__file__).resolve().parent / "project"
TOKEN = "rasa-real-check-token"
# Bidi isolation marks Polku puts around names and numbers; Rasa's templates have none.
_ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))

LEARNER, SECOND, COUNSELLOR, COORDINATOR = 5001, 5002, 7001, 3001
PEOPLE = {
    LEARNER: ("Amal", Role.LEARNER),
    SECOND: ("Bo", Role.LEARNER),
    COUNSELLOR: ("Mikko", Role.COUNSELLOR),
    COORDINATOR: ("Aino", Role.COORDINATOR),
}
SERVED = (
    "validate_intake_form",
    "action_check_eligibility",
    "action_propose_path",
    "action_record_consent",
    "action_complete_intake",
    "action_discard_intake",
    "action_record_mood",
    "action_save_check_in",
    "action_check_in_thanks",
    "action_relay_question",
    "action_save_plan_step",
    "action_save_plan_due",
    "action_relay_message",
    "action_relay_answer",
    "validate_availability_form",
    "action_save_availability",
    "action_campaign_begin",
    "validate_campaign_form",
    "action_campaign_add_text",
    "action_campaign_draft",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Call:
    """One request Rasa sent to the action server, and the answer it got."""

    request: dict[str, Any]
    status: int
    response: Any


@dataclass
class Report:
    """What was checked, what failed, and how long each stage took."""

    failures: list[str] = field(default_factory=list)
    checks: int = 0
    timings: dict[str, float] = field(default_factory=dict)

    def check(self, ok: bool, what: str) -> bool:
        self.checks += 1
        if not ok:
            self.failures.append(what)
            print(f"  FAIL {what}", flush=True)
        return ok

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        began = time.monotonic()
        print(f"- {stage}", flush=True)
        try:
            yield
        finally:
            self.timings[stage] = time.monotonic() - began


class Recorder:
    """A proxy between Rasa and the action server that keeps every call."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.calls: list[Call] = []
        self._http: ClientSession | None = None

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        assert self._http is not None
        async with self._http.request(
            request.method,
            self.target + request.path_qs,
            data=body,
            headers={"Content-Type": request.headers.get("Content-Type", "application/json")},
        ) as answer:
            payload = await answer.read()
            status = answer.status
        if request.path == "/webhook":
            try:
                parsed: Any = json.loads(payload)
            except ValueError:
                parsed = payload.decode(errors="replace")
            self.calls.append(Call(json.loads(body), status, parsed))
        return web.Response(body=payload, status=status, content_type="application/json")

    async def start(self, port: int) -> web.AppRunner:
        self._http = ClientSession(timeout=ClientTimeout(total=30))
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self.handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        return runner

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()

    def of(self, action: str) -> list[Call]:
        return [c for c in self.calls if c.request.get("next_action") == action]


def prepare_project(work: Path, proxy_port: int) -> Path:
    """Copy the project into ``work``, with Polku's texts and the proxy as the endpoint."""
    project = work / "project"
    if project.exists():
        shutil.rmtree(project)
    shutil.copytree(PROJECT, project)
    write_domain_file(ROOT / "locales", project / "domain" / "messages.yml")
    endpoints = {
        "action_endpoint": {"url": f"http://127.0.0.1:{proxy_port}/webhook", "token": TOKEN}
    }
    (project / "endpoints.yml").write_text(yaml.safe_dump(endpoints), encoding="utf-8")
    return project


def train(rasa: str, project: Path, models: Path, log: Path) -> Path:
    """``rasa train`` (Rasa reuses the last model when nothing changed)."""
    with log.open("w") as out:
        subprocess.run(
            [
                rasa,
                "train",
                "--domain",
                "domain",
                "--out",
                str(models),
                "--fixed-model-name",
                "polku",
            ],
            cwd=project,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=True,
            env=rasa_env(),
        )
    return models / "polku.tar.gz"


def rasa_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLKU_", "TELEGRAM_"))}
    # CPU only; no telemetry (there is no network anyway).
    env.update(
        CUDA_VISIBLE_DEVICES="-1",
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="2",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
    )
    return env


async def seed(url: str) -> dict[int, Person]:
    """Migrate the database and add the people; the learners have the counsellor."""
    await asyncio.to_thread(upgrade, url)
    settings = Settings(_env_file=None, POLKU_DATABASE_URL=url)  # type: ignore[call-arg]
    core = open_core(settings, bot_username="polku_bot")
    try:
        people: dict[int, Person] = {}
        now = core.clock.now()
        async with transaction(core.sessions) as session:
            repo = PeopleRepository(session)
            for telegram_id, (name, role) in PEOPLE.items():
                people[telegram_id] = await repo.add(
                    telegram_user_id=telegram_id,
                    chat_id=telegram_id,
                    role=role,
                    display_name=name,
                    language="en",
                    language_source=LanguageSource.DEFAULT,
                    time_zone="Europe/Helsinki",
                    now=now,
                )
            for learner in (LEARNER, SECOND):
                await repo.assign(people[learner].id, people[COUNSELLOR].id, now)
        return people
    finally:
        await core.close()


async def open_escalation(url: str, learner_id: int) -> int:
    """A learner's "talk to my counsellor": the escalation a counsellor's message answers."""
    settings = Settings(_env_file=None, POLKU_DATABASE_URL=url)  # type: ignore[call-arg]
    core = open_core(settings, bot_username="polku_bot")
    try:
        outcome = await core.motivation.request(learner_id)
        assert outcome.escalation is not None
        return outcome.escalation.id
    finally:
        await core.close()


async def counts(url: str) -> dict[str, Any]:
    """Rows that the actions write, counted, and the outbox's keys."""
    settings = Settings(_env_file=None, POLKU_DATABASE_URL=url)  # type: ignore[call-arg]
    core = open_core(settings, bot_username="polku_bot")
    try:
        async with core.sessions() as session:
            result: dict[str, Any] = {}
            for model in (LearnerProfile, CheckIn, PlanStep, Availability, Campaign):
                total = await session.scalar(select(func.count()).select_from(model))
                result[model.__tablename__] = total
            keys = await session.scalars(select(OutboxMessage.idempotency_key))
            result["outbox"] = sorted(keys)
            return result
    finally:
        await core.close()


async def rows(url: str, model: type[Any]) -> list[Any]:
    settings = Settings(_env_file=None, POLKU_DATABASE_URL=url)  # type: ignore[call-arg]
    core = open_core(settings, bot_username="polku_bot")
    try:
        async with core.sessions() as session:
            return list(await session.scalars(select(model)))
    finally:
        await core.close()


async def wait_http(url: str, process: subprocess.Popen[bytes], within: float) -> None:
    deadline = time.monotonic() + within
    async with httpx.AsyncClient(timeout=2) as http:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"{process.args!r} ended with {process.returncode}")
            try:
                if (await http.get(url)).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.25)
    raise TimeoutError(url)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Conversation:
    """Messages to Rasa's REST channel and checks of the answers."""

    def __init__(self, http: httpx.AsyncClient, report: Report, translator: Translator) -> None:
        self.http = http
        self.report = report
        self.translator = translator

    async def say(self, sender: int, message: str) -> list[dict[str, Any]]:
        response = await self.http.post(
            "/webhooks/rest/webhook", json={"sender": str(sender), "message": message}
        )
        self.report.check(response.status_code == 200, f"REST {message!r}: {response.text}")
        answer: list[dict[str, Any]] = response.json()
        print(f"  {sender} > {message}", flush=True)
        for reply in answer:
            print(f"  {sender} < {reply.get('text')!r} {reply.get('buttons') or ''}", flush=True)
        return answer

    def text(self, key: str, **args: Any) -> str:
        return self.translator.text("en", key, args).translate(_ISOLATES)

    def expect(self, what: str, replies: Sequence[Mapping[str, Any]], texts: Sequence[str]) -> None:
        got = [str(r.get("text", "")).translate(_ISOLATES) for r in replies]
        self.report.check(got == list(texts), f"{what}: texts {got!r} != {list(texts)!r}")


def shortcut(intent: str, **entities: Any) -> str:
    """A message in Rasa's shortcut form: the intent and its entities, no NLU."""
    return f"/{intent}" + (json.dumps(entities, ensure_ascii=False) if entities else "")


async def conversations(
    talk: Conversation, url: str, people: dict[int, Person], report: Report, escalation: int
) -> None:
    """Every action, through Rasa, and the database after each writing one."""
    learner = people[LEARNER]
    check = report.check
    ask = {
        slot: str(response[0]["text"])
        for slot, response in yaml.safe_load(
            (PROJECT / "domain" / "polku.yml").read_text(encoding="utf-8")
        )["responses"].items()
    }
    today = datetime.now(UTC).date()

    # The intake: consent with the answers that have buttons, then the typed ones.
    consent = shortcut(
        "consent",
        consent="accepted",
        residence_permit="yes",
        job_seeker="yes",
        municipality="Espoo",
        goal="study_first",
        finnish_level="a_little",
        support_needs=["childcare"],
        meeting_times=["mornings"],
        languages_spoken=["ar", "en"],
    )
    replies = await talk.say(LEARNER, consent)
    talk.expect("consent", replies, [ask["utter_ask_preferred_name"]])
    profiles = await rows(url, LearnerProfile)
    check(len(profiles) == 1 and profiles[0].consent_at is not None, "consent recorded for Amal")
    talk.expect("name", await talk.say(LEARNER, "Amal"), [ask["utter_ask_birth_year"]])
    this_year = datetime.now(UTC).year
    talk.expect(
        "a birth year out of range",
        await talk.say(LEARNER, "1800"),
        [
            talk.text("intake-invalid-birth-year", first=str(this_year - 100), last=str(this_year)),
            ask["utter_ask_birth_year"],
        ],
    )
    talk.expect("birth year", await talk.say(LEARNER, "1990"), [ask["utter_ask_work_years"]])
    talk.expect("work years", await talk.say(LEARNER, "5"), [ask["utter_ask_education_country"]])
    talk.expect("country", await talk.say(LEARNER, "Syria"), [ask["utter_ask_work_fields"]])
    proposal = propose_path(
        {
            "goal": "study_first",
            "finnish_level": "a_little",
            "work_years": 5,
            "languages_spoken": ["ar", "en"],
        }
    )
    done = [
        talk.text("intake-done"),
        talk.text(f"intake-path-{proposal.path.value}"),
        *(talk.text(r) for r in proposal.reasons),
        talk.text("intake-next-steps"),
    ]
    talk.expect("the intake's end", await talk.say(LEARNER, "restaurant kitchen"), done)
    [profile] = await rows(url, LearnerProfile)
    check(profile.completed_at is not None, "the intake is completed")
    check(profile.path == proposal.path.value, f"path {profile.path}")
    check(profile.answers.get("birth_year") == 1990, f"birth year kept: {profile.answers}")
    before = await counts(url)
    check(
        any(k.startswith(f"intake-done:{learner.id}:") for k in before["outbox"]),
        "the counsellor's intake notice is queued",
    )
    # The same consent again: the form is full, so the intake completes again at once.
    replies = await talk.say(LEARNER, consent)
    talk.expect("the intake again", replies, done)
    check(await counts(url) == before, "the intake again writes nothing new")

    # A second learner outside the area: not eligible.
    replies = await talk.say(SECOND, consent.replace('"Espoo"', '"Helsinki"'))
    for answer in ("Bo", "1985", "2", "Somalia", "care"):
        replies = await talk.say(SECOND, answer)
    talk.expect("not eligible", replies, [])
    second = [p for p in await rows(url, LearnerProfile) if p.person_id == people[SECOND].id]
    check(
        len(second) == 1 and second[0].eligible is False and second[0].answers == {},
        "the second learner is not accepted and no answers are kept",
    )
    check(
        any(
            k.startswith(f"intake-not-eligible:{people[SECOND].id}:")
            for k in (await counts(url))["outbox"]
        ),
        "the counsellor is told which rule",
    )

    # The check-in: a low mood, what is hardest and a line for the counsellor; twice.
    talk.expect("low mood", await talk.say(LEARNER, shortcut("mood", mood=2)), [])
    check_ins = await rows(url, CheckIn)
    check(len(check_ins) == 1 and check_ins[0].mood == 2, "the mood is recorded")
    details = shortcut("check_in_details", hardest=["money"], note="rent is late")
    replies = await talk.say(LEARNER, details)
    talk.expect("check-in details", replies, [talk.text("check-in-thanks-low")])
    check(bool(replies) and len(replies[0].get("buttons") or []) == 2, "two buttons")
    before = await counts(url)
    check(f"check_in:{check_ins[0].id}:note" in before["outbox"], "the line goes to the counsellor")
    talk.expect(
        "details again", await talk.say(LEARNER, details), [talk.text("check-in-thanks-low")]
    )
    talk.expect("low mood again", await talk.say(LEARNER, shortcut("mood", mood=2)), [])
    check(await counts(url) == before, "the check-in again writes nothing new")

    # Ask my counsellor; twice.
    question = shortcut(
        "ask_counsellor", question="Where is the centre?", started=datetime.now(UTC).isoformat()
    )
    sent = [talk.text("ask-sent", counsellor="Mikko")]
    talk.expect("a question", await talk.say(LEARNER, question), sent)
    before = await counts(url)
    check(any(k.startswith(f"ask:{learner.id}:") for k in before["outbox"]), "the question goes")
    talk.expect("the question again", await talk.say(LEARNER, question), sent)
    check(await counts(url) == before, "the question again writes nothing new")

    # Later in the same conversation, Rasa's slots still hold the check-in's id and the
    # question's moment: another question and another mood are new, not repeats.
    before = await counts(url)
    other = shortcut("ask_counsellor", question="When is my next meeting?")
    talk.expect("another question", await talk.say(LEARNER, other), sent)
    after = await counts(url)
    check(len(after["outbox"]) == len(before["outbox"]) + 1, "another question goes too")
    replies = await talk.say(LEARNER, shortcut("mood_good", mood=5))
    talk.expect("good mood", replies, [talk.text("check-in-thanks")])
    moods = sorted(c.mood for c in await rows(url, CheckIn))
    check(moods == [2, 5], f"a later mood is a new check-in: {moods}")

    # The intake once more, after all that: only the intake's answers are kept.
    talk.expect("the intake a third time", await talk.say(LEARNER, consent), done)
    [profile] = [p for p in await rows(url, LearnerProfile) if p.person_id == learner.id]
    check(
        set(profile.answers) <= set(ANSWER_SLOTS)
        and profile.answers.get("languages_spoken") == ["ar", "en"],
        f"the profile keeps the intake's answers only: {sorted(profile.answers)}",
    )
    check(
        (await counts(url))["outbox"] == after["outbox"],
        "the same answers again tell the counsellor nothing new",
    )

    # The counsellor: a new step, its new date, each twice.
    due = (today + timedelta(days=20)).isoformat()
    step = shortcut(
        "save_plan_step", learner_id=learner.id, newest_step_id=0, step_type="cv", due=due
    )
    added = [talk.text("plan-step-added")]
    talk.expect("a step", await talk.say(COUNSELLOR, step), added)
    steps = [s for s in await rows(url, PlanStep) if s.step_type == "cv"]
    check(len(steps) == 1, f"one cv step: {len(steps)}")
    before = await counts(url)
    talk.expect("the step again", await talk.say(COUNSELLOR, step), added)
    check(await counts(url) == before, "the step again writes nothing new")
    new_due = (today + timedelta(days=30)).isoformat()
    move = shortcut(
        "save_plan_due", learner_id=learner.id, step_id=steps[0].id if steps else 0, due=new_due
    )
    talk.expect("a new date", await talk.say(COUNSELLOR, move), [talk.text("plan-date-changed")])
    [moved] = [s for s in await rows(url, PlanStep) if s.step_type == "cv"] or [None]
    check(
        moved is not None
        and moved.due_at is not None
        and moved.due_at.date() >= date.fromisoformat(new_due) - timedelta(days=1),
        "the step has its new date",
    )
    before = await counts(url)
    talk.expect(
        "the date again", await talk.say(COUNSELLOR, move), [talk.text("plan-date-changed")]
    )
    check(await counts(url) == before, "the date again writes nothing new")

    # The counsellor writes to the learner of the escalation, and answers the question.
    message = shortcut(
        "relay_message", escalation_id=escalation, started=1, text="Call me today, please."
    )
    sent = [talk.text("motivation-message-sent", name="Amal")]
    talk.expect("a message", await talk.say(COUNSELLOR, message), sent)
    before = await counts(url)
    check(
        any(k.startswith(f"motivation-message:{escalation}:") for k in before["outbox"]),
        "the message goes",
    )
    talk.expect("the message again", await talk.say(COUNSELLOR, message), sent)
    check(await counts(url) == before, "the message again writes nothing new")
    answer = shortcut("relay_answer", learner_id=learner.id, started=2, text="In Espoo.")
    sent = [talk.text("ask-answer-sent", name="Amal")]
    talk.expect("an answer", await talk.say(COUNSELLOR, answer), sent)
    before = await counts(url)
    check(any(k.startswith(f"ask-answer:{learner.id}:") for k in before["outbox"]), "it goes")
    talk.expect("the answer again", await talk.say(COUNSELLOR, answer), sent)
    check(await counts(url) == before, "the answer again writes nothing new")
    # A second answer, with the same (stale) moment in the slot: it goes as well.
    answer = shortcut("relay_answer", learner_id=learner.id, text="Bring your papers.")
    talk.expect("a second answer", await talk.say(COUNSELLOR, answer), sent)
    after = await counts(url)
    check(len(after["outbox"]) == len(before["outbox"]) + 1, "the second answer goes too")

    # Availability: a form whose start and end are typed (an end before the start first).
    hours = shortcut(
        "set_availability",
        kind="weekly",
        days=["mon", "wed"],
        length="45",
        buffer="15",
        mode="in_person",
        place="Omnia, Espoo",
        confirm="yes",
    )
    talk.expect("hours", await talk.say(COUNSELLOR, hours), [ask["utter_ask_start"]])
    talk.expect("start", await talk.say(COUNSELLOR, "9"), [ask["utter_ask_end"]])
    talk.expect(
        "an end before the start",
        await talk.say(COUNSELLOR, "8"),
        [talk.text("availability-invalid-end", start="09:00"), ask["utter_ask_end"]],
    )
    saved = [talk.text("availability-saved")]
    talk.expect("end", await talk.say(COUNSELLOR, "12"), saved)
    windows = await rows(url, Availability)
    check(len(windows) == 2, f"hours on two weekdays: {len(windows)}")
    before = await counts(url)
    talk.expect("the hours again", await talk.say(COUNSELLOR, hours), saved)
    check(await counts(url) == before, "the hours again write nothing new")

    # The coordinator's campaign: begin, the form, one more language, the draft; twice.
    begin = shortcut(
        "campaign_begin",
        started=datetime.now(UTC).isoformat(),
        fallback="en",
        filter_language=["en", "fi"],
        schedule="now",
    )
    talk.expect("campaign", await talk.say(COORDINATOR, begin), [ask["utter_ask_name"]])
    talk.expect(
        "name", await talk.say(COORDINATOR, "Info session"), [ask["utter_ask_fallback_text"]]
    )
    talk.expect("text", await talk.say(COORDINATOR, "Hello {first_name}! Info on Thursday."), [])
    more = shortcut(
        "campaign_add_text", other_language="fi", other_text="Hei {first_name}! Torstaina."
    )
    talk.expect("one more language", await talk.say(COORDINATOR, more), [])
    saved = [ask["utter_campaign_saved"]]
    talk.expect("draft", await talk.say(COORDINATOR, shortcut("campaign_draft")), saved)
    campaigns = await rows(url, Campaign)
    check(len(campaigns) == 1, f"one campaign: {len(campaigns)}")
    check(
        bool(campaigns) and set(campaigns[0].messages) == {"en", "fi"},
        "the campaign has both texts",
    )
    before = await counts(url)
    talk.expect("draft again", await talk.say(COORDINATOR, shortcut("campaign_draft")), saved)
    check(await counts(url) == before, "the draft again writes nothing new")


def check_calls(recorder: Recorder, report: Report) -> None:
    """Every action ran, and every answer was a 200 in the shape Rasa validates."""
    for action in SERVED:
        calls = recorder.of(action)
        report.check(bool(calls), f"{action} was called")
        for call in calls:
            report.check(
                call.status == 200, f"{action}: HTTP {call.status} {str(call.response)[:300]}"
            )
            if call.status == 200:
                ok = isinstance(call.response, dict) and set(call.response) == {
                    "events",
                    "responses",
                }
                report.check(ok, f"{action}: answer {str(call.response)[:200]}")


# Lines of Rasa's log that mean it did not take what the action server answered.
_RASA_PROBLEMS = re.compile(
    r"ERROR|Failed to|[Ii]nvalid|non existent slot|not in the domain|Couldn't create message"
    r"|Failed to fill utterance|Failed to replace placeholders|Traceback"
)


def check_rasa_log(log: Path, report: Report) -> list[str]:
    lines = log.read_text(errors="replace").splitlines()
    problems = [line for line in lines if _RASA_PROBLEMS.search(line)]
    report.check(not problems, "Rasa's log is clean:\n    " + "\n    ".join(problems[:20]))
    return problems


# Real bodies kept as fixtures: (action, file, which call).
RECORDED = (
    # The out-of-range birth year: a rejection with a message.
    ("validate_intake_form", "validate_intake_form.json", 2),
    # The form's start, with answers Rasa had before it (start and end not yet known).
    ("validate_availability_form", "validate_availability_form.json", 0),
    # The last intake: the tracker also holds the check-in's note and the questions.
    ("action_complete_intake", "action_complete_intake.json", -1),
    ("action_save_plan_step", "action_save_plan_step.json", 0),
)


def record(recorder: Recorder, directory: Path) -> list[Path]:
    """Save real request bodies of Rasa (see RECORDED) in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for action, name, which in RECORDED:
        calls = recorder.of(action)
        if not calls:
            continue
        path = directory / name
        body = json.dumps(calls[which].request, indent=1, ensure_ascii=False)
        path.write_text(body + "\n", encoding="utf-8")
        written.append(path)
    return written


@dataclass
class Setup:
    """What the run needs once the model is trained."""

    rasa: str
    project: Path
    model: Path
    work: Path
    proxy_port: int
    debug: bool


def spawn(command: list[str], cwd: Path, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("w") as out:
        return subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)


async def run_conversations(setup: Setup, report: Report) -> Recorder:
    """Start the action server, the proxy and Rasa; talk; stop them."""
    work = setup.work
    actions_port, rasa_port = free_port(), free_port()
    url = f"sqlite+aiosqlite:///{work / 'polku.db'}"
    with report.timed("database"):
        people = await seed(url)
        escalation = await open_escalation(url, people[LEARNER].id)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("POLKU_", "TELEGRAM_"))},
        "POLKU_DATABASE_URL": url,
        "POLKU_ACTIONS_TOKEN": TOKEN,
        "POLKU_LOG_LEVEL": "DEBUG",
    }
    recorder = Recorder(f"http://127.0.0.1:{actions_port}")
    proxy = await recorder.start(setup.proxy_port)
    command = [sys.executable, "-m", "bot", "actions", "--port", str(actions_port)]
    actions = await asyncio.to_thread(spawn, command, ROOT, env, work / "actions.log")
    rasa = None
    try:
        with report.timed("start servers"):
            command = [
                setup.rasa, "run", "--enable-api", "-i", "127.0.0.1", "-p", str(rasa_port),
                "-m", str(setup.model), "--endpoints", "endpoints.yml",
                "--credentials", "credentials.yml", *(["--debug"] if setup.debug else []),
            ]  # fmt: skip
            rasa = await asyncio.to_thread(
                spawn, command, setup.project, rasa_env(), work / "rasa.log"
            )
            await wait_http(f"http://127.0.0.1:{actions_port}/health", actions, 60)
            await wait_http(f"http://127.0.0.1:{rasa_port}/status", rasa, 180)
        with report.timed("conversations"):
            base = f"http://127.0.0.1:{rasa_port}"
            async with httpx.AsyncClient(base_url=base, timeout=60) as http:
                talk = Conversation(http, report, Translator())
                await conversations(talk, url, people, report, escalation)
    finally:
        if rasa is not None:
            await asyncio.to_thread(stop, rasa)
        await asyncio.to_thread(stop, actions)
        await proxy.cleanup()
        await recorder.close()
    return recorder


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.rasa_real.check", description=__doc__)
    parser.add_argument(
        "--rasa",
        default=os.environ.get("RASA", "/work/rasa-venv/bin/rasa"),
        help="the rasa command of a Rasa Open Source 3.6 install ($RASA)",
    )
    parser.add_argument("--work", default=str(ROOT / "var" / "rasa_real"), help="work folder")
    parser.add_argument("--record", help="save real request bodies in this folder")
    parser.add_argument("--debug", action="store_true", help="run Rasa with --debug")
    args = parser.parse_args(argv)
    report = Report()
    began = time.monotonic()
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    (work / "polku.db").unlink(missing_ok=True)
    proxy_port = free_port()
    with report.timed("train"):
        project = prepare_project(work, proxy_port)
        model = train(args.rasa, project, work / "models", work / "train.log")
    setup = Setup(args.rasa, project, model, work, proxy_port, args.debug)
    recorder = asyncio.run(run_conversations(setup, report))

    check_calls(recorder, report)
    check_rasa_log(work / "rasa.log", report)
    (work / "calls.json").write_text(
        json.dumps([c.__dict__ for c in recorder.calls], indent=1, ensure_ascii=False),
        encoding="utf-8",
    )
    if args.record:
        for path in record(recorder, Path(args.record)):
            print(f"recorded {path}")
    report.timings["total"] = time.monotonic() - began
    print(
        "timings: " + ", ".join(f"{k} {v:.1f} s" for k, v in report.timings.items()),
        f"\n{len(recorder.calls)} action calls; work folder {work}",
    )
    if report.failures:
        print(f"{len(report.failures)} of {report.checks} checks failed")
        return 1
    print(f"{report.checks} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
