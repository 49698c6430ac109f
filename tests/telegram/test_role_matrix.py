"""The role matrix: every command and every callback prefix, replayed as everyone.

One world per test: coordinator Aino; counsellors Mikko and Sari; learner Amal (Mikko's,
intake done, plan confirmed); learner Bashir (Sari's); a stranger who never joined. Only the
owner of a record may change it; everyone else gets a kind answer, the database does not
move, and nobody but Amal and Mikko ever sees Amal's name, answers or step notes.
"""

from __future__ import annotations

import dataclasses
from datetime import time, timedelta
from typing import Any

from sqlalchemy import select, update

from bot.appointments.callbacks import minute_value
from bot.people import COMMANDS as COMMANDS_OF
from bot.sandbox import SandboxClient, SandboxUser
from store.db import transaction
from store.models import (
    Appointment,
    Assignment,
    AuditEntry,
    InboxStatus,
    InboxUpdate,
    Invite,
    LearnerProfile,
    OutboxMessage,
    Person,
    Plan,
    PlanStep,
    Role,
    Signal,
    StepStatus,
)
from tests.telegram.conftest import RunningBot, eventually, join, person_id, plain, say
from tests.telegram.learners import answer_everything, new_learner
from tests.telegram.test_plan import open_plan, steps_of

# Distinctive strings only Amal and her counsellor may ever see.
AMAL_COUNTRY = "Quokkastan"
AMAL_WORK = "zebrafish husbandry"
AMAL_NOTE = "Bring the xylophone certificate"
SECRETS = ("Amal", AMAL_COUNTRY, AMAL_WORK, AMAL_NOTE)

# A kind answer to something a person may not do (toast or message).
KIND = {say(k) for k in ("error-not-allowed", "error-stale-button", "start-no-invite")}

COMMANDS = (
    "start",
    "help",
    "language",
    "invite",
    "learners",
    "plan",
    "intake",
    "profile",
    "mydata",
    "forget",
    "cancel",
    "staff",
    "campaign",
    "book",
    "appointments",
    "mood",
    "checkin",
    "counsellor",
    "escalations",
    "availability",
)


class World:
    def __init__(self, bot: RunningBot, client: SandboxClient) -> None:
        self.bot = bot
        self.client = client
        self.users: dict[str, SandboxUser] = {}
        self.ids: dict[str, int] = {}
        self.steps: list[int] = []
        self.appointment = 0

    async def build(self) -> None:
        bot, client = self.bot, self.client
        # Mark handled updates done at once: `command` waits for that mark.
        inbox = bot.services.inbox
        inbox.limits = dataclasses.replace(inbox.limits, done_delay=0.0)
        learner, mikko = await new_learner(bot, client, "en")
        await answer_everything(learner, country=AMAL_COUNTRY, work=AMAL_WORK)
        await learner.press("option-summary-confirm", count=5)
        await client.wait_for_bot_messages(mikko, count=2)  # intake done, plan proposed
        amal = learner.user
        steps = await steps_of(bot, amal)
        async with transaction(bot.side.sessions) as session:
            await session.execute(
                update(PlanStep).where(PlanStep.id == steps[0].id).values(note=AMAL_NOTE)
            )
        await open_plan(client, mikko)
        await client.press_button(mikko, say("plan-confirm"))
        await client.wait_for_bot_messages(mikko)
        await client.wait_for_bot_messages(amal)  # plan ready
        aino = await join(bot, client, Role.COORDINATOR, "Aino")
        sari = await join(bot, client, Role.COUNSELLOR, "Sari")
        bashir = await join(
            bot, client, Role.LEARNER, "Bashir", counsellor_id=await person_id(bot, sari)
        )
        await client.wait_for_bot_messages(sari)  # "joined" notice
        stranger = await client.create_user("Stranger")
        self.users = {
            "stranger": stranger,
            "amal": amal,
            "bashir": bashir,
            "sari": sari,
            "aino": aino,
            "mikko": mikko,
        }
        for name, user in self.users.items():
            if name != "stranger":
                self.ids[name] = await person_id(bot, user)
        self.steps = [s.id for s in await steps_of(bot, amal)]
        assert len(self.steps) == 4
        # A meeting of Amal's with Mikko (she gets the notice and the calendar file).
        mikko_id = await person_id(bot, mikko)
        await bot.side.appointments.add_hours(mikko_id, range(7), time(9), time(12))
        [slot, *_] = await bot.side.appointments.free_slots(
            await person_id(bot, amal), actor_id=None
        )
        booked = await bot.side.appointments.book(
            await person_id(bot, amal), slot.starts_at, actor_id=None
        )
        self.appointment = booked.id
        self.later = minute_value(slot.starts_at + timedelta(days=1))
        await client.wait_for_bot_messages(amal, count=2)
        await client.wait_for_bot_messages(mikko)
        # A message in every chat to press forged buttons on.
        self.anchor: dict[str, int] = {}
        for name, user in self.users.items():
            await client.send_text(user, "/help")
            [message] = await client.wait_for_bot_messages(user)
            self.anchor[name] = message.message_id

    async def snapshot(self) -> dict[str, Any]:
        """Everything a forged action could change (activity timestamps left out)."""
        async with transaction(self.bot.side.sessions) as session:

            async def rows(*columns: Any) -> list[tuple[Any, ...]]:
                result = await session.execute(select(*columns).order_by(columns[0]))
                return [tuple(r) for r in result]

            return {
                "people": await rows(
                    Person.id,
                    Person.role,
                    Person.display_name,
                    Person.language,
                    Person.active,
                    Person.telegram_user_id,
                ),
                "assignments": await rows(
                    Assignment.learner_id, Assignment.counsellor_id, Assignment.backup_counsellor_id
                ),
                "invites": await rows(
                    Invite.id, Invite.role, Invite.uses_left, Invite.counsellor_id
                ),
                "profiles": await rows(
                    LearnerProfile.person_id,
                    LearnerProfile.answers,
                    LearnerProfile.completed_at,
                    LearnerProfile.path,
                ),
                "plans": await rows(Plan.learner_id, Plan.confirmed_at, Plan.path),
                "steps": await rows(
                    PlanStep.id,
                    PlanStep.learner_id,
                    PlanStep.position,
                    PlanStep.status,
                    PlanStep.due_at,
                    PlanStep.note,
                    PlanStep.place,
                ),
                "audit": await rows(
                    AuditEntry.id, AuditEntry.action, AuditEntry.actor_id, AuditEntry.subject_id
                ),
                "signals": await rows(Signal.id, Signal.kind, Signal.ref),
                "outbox": await rows(OutboxMessage.id, OutboxMessage.kind, OutboxMessage.ref),
                "appointments": await rows(
                    Appointment.id,
                    Appointment.status,
                    Appointment.starts_at,
                    Appointment.sequence,
                    Appointment.cancel_reason,
                ),
            }

    def amal_part(self, snap: dict[str, Any]) -> dict[str, Any]:
        """The rows about Amal and Mikko (what a person's own actions must not touch)."""
        mine = {self.ids["amal"], self.ids["mikko"]}
        return {
            "people": [r for r in snap["people"] if r[0] in mine],
            "assignments": [r for r in snap["assignments"] if r[0] in mine],
            "profiles": [r for r in snap["profiles"] if r[0] in mine],
            "plans": [r for r in snap["plans"] if r[0] in mine],
            "steps": [r for r in snap["steps"] if r[1] in mine],
            "audit": [r for r in snap["audit"] if r[2] in mine or r[3] in mine],
            "signals": [r for r in snap["signals"] if r[2] and r[2].startswith("plan_step:")],
        }

    async def press(self, who: str, data: str) -> dict[str, Any]:
        """Forge a press; wait for its callback answer; return it (no silence)."""
        client, user = self.client, self.users[who]
        before = len(await client.callback_answers(user))
        await client.press(user, self.anchor[who], data, force=True)

        async def answered() -> bool:
            return len(await client.callback_answers(user)) > before

        await eventually(answered)
        answers = await client.callback_answers(user)
        assert len(answers) == before + 1, (who, data, answers[before:])
        return answers[-1]

    async def command(self, who: str, text: str) -> list[str]:
        """Send ``text``; once its update is handled, the bot's messages that followed."""
        sent = await self.client.send_text(self.users[who], text)

        async def handled() -> bool:
            async with transaction(self.bot.side.sessions) as session:
                row = await session.get(InboxUpdate, sent.update_id)
                return row is not None and row.status is InboxStatus.DONE

        await eventually(handled)
        return await self.new_texts(who, sent.message_id)

    async def new_texts(self, who: str, after: int) -> list[str]:
        return [
            plain(m.text or "")
            for m in await self.client.messages(self.users[who])
            if m.from_bot and m.message_id > after
        ]

    async def last_id(self, who: str) -> int:
        messages = await self.client.messages(self.users[who])
        return max((m.message_id for m in messages), default=0)

    async def assert_no_leak(self, who: str) -> None:
        """Nothing in ``who``'s chat (messages, edits, toasts) shows Amal's data."""
        user = self.users[who]
        texts = [plain(m.text or "") for m in await self.client.messages(user) if m.from_bot]
        texts += [plain(a.get("text") or "") for a in await self.client.callback_answers(user)]
        for text in texts:
            for secret in SECRETS:
                assert secret not in text, (who, secret, text)


def counsellor_ops(w: World) -> list[str]:
    """Every plan button a counsellor has, aimed at Amal's plan and steps."""
    amal, (s0, s1, s2, _s3) = w.ids["amal"], w.steps
    return [
        f"pl:v:{amal}",
        f"pl:a:{amal}",
        f"pl:c:{amal}",
        f"pl:s:{s0}",
        f"pl:d:{s0}",
        f"pl:k:{s0}",
        f"pl:t:{s0}",
        f"pl:u:{s1}",
        f"pl:w:{s1}",
        f"pl:e:{s2}",
        f"pl:r:{s0}",
        f"pl:R:{s0}",
    ]


def learner_ops(w: World) -> list[str]:
    return [f"pl:ld:{w.steps[0]}", f"pl:help:{w.steps[0]}"]


def meeting_counsellor_ops(w: World) -> list[str]:
    """Mikko's appointment buttons about Amal's meeting."""
    a = w.appointment
    return [
        f"ap:why-ill:{a}",
        f"ap:met:{a}",
        f"ap:no-show:{a}",
        f"ap:book:0:l{w.ids['amal']}",
        f"ap:day:20261125:l{w.ids['amal']}",
    ]


def meeting_learner_ops(w: World) -> list[str]:
    """Amal's appointment buttons about her meeting."""
    a = w.appointment
    return [f"ap:cancel-yes:{a}", f"ap:coming:{a}", f"ap:not-coming:{a}"]


def meeting_owner_ops(w: World) -> list[str]:
    """Buttons both Amal and Mikko may press about her meeting."""
    a = w.appointment
    return [f"ap:cancel:{a}", f"ap:move:{a}", f"ap:yes:{w.later}:m{a}"]


def staff_ops(w: World) -> list[str]:
    # Deactivating Mikko (Amal's counsellor) and a learner through the staff buttons.
    return [
        f"staff:deactivate:{w.ids['mikko']}",
        f"staff:confirm:{w.ids['mikko']}",
        f"staff:deactivate:{w.ids['amal']}",
        f"staff:confirm:{w.ids['amal']}",
    ]


def forged_cases(w: World) -> list[tuple[str, str]]:
    """(who, data) pairs that must be refused: each changes nothing."""
    cases: list[tuple[str, str]] = []
    everyone_but_mikko = ("stranger", "amal", "bashir", "sari", "aino")
    for who in everyone_but_mikko:
        cases += [(who, data) for data in counsellor_ops(w)]
    for who in ("stranger", "bashir", "sari", "aino", "mikko"):
        cases += [(who, data) for data in learner_ops(w)]
    for who in everyone_but_mikko:
        cases += [(who, data) for data in meeting_counsellor_ops(w)]
    for who in ("stranger", "bashir", "sari", "aino", "mikko"):
        cases += [(who, data) for data in meeting_learner_ops(w)]
    for who in ("stranger", "bashir", "sari", "aino"):
        cases += [(who, data) for data in meeting_owner_ops(w)]
    for who in ("stranger", "amal", "bashir", "sari", "mikko"):
        cases += [(who, data) for data in staff_ops(w)]
    # Aino may deactivate staff, but never a learner.
    cases += [
        ("aino", f"staff:deactivate:{w.ids['amal']}"),
        ("aino", f"staff:confirm:{w.ids['amal']}"),
    ]
    for who in ("stranger", "amal", "bashir"):
        cases += [(who, f"inv:{role.value}") for role in Role]
    cases += [("sari", "inv:counsellor"), ("sari", "inv:coordinator"), ("aino", "inv:learner")]
    # Erasing is for learners, and only of themselves. (A learner's own "yes" that no open
    # /forget question asked for erases nothing either: test_forget.py.)
    cases += [(who, "forget:yes") for who in ("stranger", "sari", "aino", "mikko")]
    # Campaigns: only coordinators act on them (there are none here: a stale button for
    # Aino); campaign answers and mutes name a delivery nobody has.
    for op in ("show", "send", "confirm", "cancel"):
        cases += [(who, f"campaign:{op}:1") for who in ("stranger", "amal", "sari", "aino")]
    for data in ("cm:1:1", "cm:1:mute", "cm:1:9"):
        cases += [(who, data) for who in ("stranger", "amal", "sari", "aino")]
    return cases


# Buttons that act on the presser alone (their own dialogue, answers, language, data).
SELF_OPS = ("q:consent:0", "q:resume:", "fix:Espoo", "forget:no", "lang:fi")


async def test_forged_buttons_are_refused_for_everyone_but_the_owner(
    bot: RunningBot, client: SandboxClient
):
    w = World(bot, client)
    await w.build()
    start = await w.snapshot()
    marks = {who: await w.last_id(who) for who in w.users}

    refused = forged_cases(w)
    for who, data in refused:
        answer = await w.press(who, data)
        text = answer.get("text") or ""
        # A toast with a kind key, or (for a stranger) a message that says how to join.
        assert text in KIND, (who, data, answer, await w.new_texts(who, marks[who]))
        assert await w.snapshot() == start, (who, data)

    # Buttons about one's own data: answered, nobody else's data moves.
    for who in ("amal", "stranger", "bashir", "sari", "aino"):
        for data in SELF_OPS:
            if who == "amal" and data in ("lang:fi", "forget:no"):
                continue  # her own language; "no" keeps everything
            await w.press(who, data)
            if who == "amal":
                assert await w.snapshot() == start, data  # nothing open to answer or fix
            assert w.amal_part(await w.snapshot()) == w.amal_part(start), (who, data)

    for who in ("stranger", "bashir", "sari", "aino"):
        await w.assert_no_leak(who)

    # The owners: the same buttons work for them.
    s0, s1, s2, s3 = w.steps
    amal = w.ids["amal"]
    for data in (f"pl:v:{amal}", f"pl:s:{s0}", f"pl:d:{s1}", f"pl:k:{s2}", f"pl:w:{s0}"):
        answer = await w.press("mikko", data)
        assert (answer.get("text") or "") not in KIND, (data, answer)
    steps = {s.id: s for s in await steps_of(bot, w.users["amal"])}
    assert steps[s1].status is StepStatus.DONE
    assert steps[s2].status is StepStatus.SKIPPED
    # Dates decide the order: "down" past a later step moves nothing (nor shows).
    assert steps[s0].position < steps[s1].position
    await w.press("mikko", f"pl:R:{s3}")
    assert s3 not in {s.id for s in await steps_of(bot, w.users["amal"])}
    for data in learner_ops(w):
        answer = await w.press("amal", data)
        assert (answer.get("text") or "") not in KIND, (data, answer)
    steps = {s.id: s for s in await steps_of(bot, w.users["amal"])}
    assert steps[s0].status is StepStatus.DONE
    for data in (f"ap:coming:{w.appointment}", f"ap:move:{w.appointment}"):
        answer = await w.press("amal", data)
        assert (answer.get("text") or "") not in KIND, (data, answer)
    answer = await w.press("aino", f"staff:deactivate:{w.ids['sari']}")
    assert (answer.get("text") or "") not in KIND
    await w.press("aino", f"staff:confirm:{w.ids['sari']}")
    async with transaction(bot.side.sessions) as session:
        sari = await session.get(Person, w.ids["sari"])
        assert sari is not None and not sari.active


# Commands a role may use besides its menu (harmless for everyone who has joined).
EVERYONE = ("start", "help", "language", "cancel")


async def test_every_command_as_everyone_is_answered_and_shows_nobody_elses_data(
    bot: RunningBot, client: SandboxClient
):
    w = World(bot, client)
    await w.build()
    start = prev = await w.snapshot()
    theirs = w.amal_part(start)
    roles = {"stranger": None, "amal": Role.LEARNER, "bashir": Role.LEARNER}
    roles |= {"sari": Role.COUNSELLOR, "aino": Role.COORDINATOR}
    for who, role in roles.items():
        for command in COMMANDS:
            texts = await w.command(who, f"/{command}")
            # No silence: every command gets an answer.
            assert texts, (who, command)
            if role is None and command not in ("start", "help"):
                assert texts == [say("start-no-invite")], (who, command, texts)
            elif role is not None and command not in (*COMMANDS_OF[role], *EVERYONE):
                assert texts == [say("error-not-allowed")], (who, command, texts)
            if who == "amal" and command == "plan":  # the owner sees her plan
                assert any(AMAL_NOTE in t for t in texts), texts
            if command == "forget" and role is Role.LEARNER:
                # /forget only asks; /cancel keeps everything.
                assert await w.command(who, "/cancel")
        now = await w.snapshot()
        if who == "amal":
            # Her own /counsellor asks for her counsellor: that audit entry is hers.
            theirs = w.amal_part(now)
        else:
            assert w.amal_part(now) == theirs, who
        if who == "sari":  # a counsellor's /invite issues a learner invite of her own
            new = [r for r in now["invites"] if r not in prev["invites"]]
            assert [(r[1], r[3]) for r in new] == [(Role.LEARNER, w.ids["sari"])]
        else:  # the others get buttons or a refusal
            assert now["invites"] == prev["invites"], who
        assert now["people"] == start["people"], who
        assert now["steps"] == start["steps"], who
        prev = now
    for who in ("stranger", "bashir", "sari", "aino"):
        await w.assert_no_leak(who)
    texts = await w.command("mikko", "/learners")  # the owner sees his learner
    assert any("Amal" in t for t in texts), texts
