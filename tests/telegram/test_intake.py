"""The whole intake end to end, through the real stack and the sandbox."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.sandbox import SandboxClient
from store.db import transaction
from store.models import DialogueState, LearnerProfile, OutboxMessage, OutboxStatus, Role
from tests.telegram.conftest import RunningBot, eventually, join, person_id, plain, say, shows
from tests.telegram.learners import (
    WORK,
    Learner,
    answer_everything,
    finished_learner,
    new_learner,
)


async def confirm_work_path(learner: Learner) -> None:
    """Confirm the summary; the learner is told the work path and why."""
    done = await learner.press("option-summary-confirm", count=5)
    keys = [
        "intake-done",
        "intake-path-work_first",
        "path-reason-goal-work",
        "path-reason-language",
        "intake-next-steps",
    ]
    for message, key in zip(done, keys, strict=True):
        learner.expect(message, key)


async def test_whole_intake_in_english(bot: RunningBot, client: SandboxClient):
    learner, counsellor = await new_learner(bot, client, "en")
    summary = await answer_everything(learner)
    shown = plain(summary.text)
    for fragment in (
        "Amal",
        "1990",
        "Espoo",
        "Arabic and English",
        "University (Syria)",
        "accounting, teaching (5)",
        "Childcare",
        "Mornings",
    ):
        assert fragment in shown
    await confirm_work_path(learner)
    notice, proposed = await client.wait_for_bot_messages(counsellor, count=2)
    assert "Amal" in notice.text and "work path" in plain(notice.text)
    assert shows(proposed, "notice-plan-proposed", name="Amal")

    async with transaction(bot.side.sessions) as session:
        profile = await session.get(LearnerProfile, await person_id(bot, learner.user))
        assert profile is not None and profile.path == "work_first"
        assert profile.answers["birth_year"] == 1990
        assert profile.answers["languages_spoken"] == ["ar", "en"]
        assert "consent" not in profile.answers
        assert await session.get(DialogueState, profile.person_id) is None
        nudges = (
            await session.execute(select(OutboxMessage).where(OutboxMessage.kind == "nudge"))
        ).scalars()
        assert {n.status for n in nudges} == {OutboxStatus.CANCELLED}


async def test_invalid_answers_get_an_explanation_and_the_question_again(
    bot: RunningBot, client: SandboxClient
):
    learner, _ = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    for bad, key, args in (
        ("🙂🙂", "dialogue-invalid-text", {}),
        ("x" * 600, "dialogue-invalid-long", {}),
        (
            "My name is Amal and I would like to tell you about my family and my life",
            "intake-invalid-name",
            {},
        ),
        ("12345", "intake-invalid-name", {}),
    ):
        explanation, again = await learner.type(bad, count=2)
        learner.expect(explanation, key, **args)
        learner.expect(again, "intake-preferred-name")
    await learner.type("Amal")
    this_year = bot.clock.now().year
    for bad, key, args in (
        ("nineteen ninety", "dialogue-invalid-year", {}),
        ("90", "dialogue-invalid-year", {}),
        (
            str(this_year + 1),
            "intake-invalid-birth-year",
            {"first": str(this_year - 100), "last": str(this_year)},
        ),
        (
            str(this_year - 101),
            "intake-invalid-birth-year",
            {"first": str(this_year - 100), "last": str(this_year)},
        ),
        ("😀", "dialogue-invalid-year", {}),
    ):
        explanation, again = await learner.type(bad, count=2)
        learner.expect(explanation, key, **args)
        learner.expect(again, "intake-birth-year")
    # Eastern Arabic digits are a year too.
    [q] = await learner.type("١٩٩٠")
    learner.expect(q, "intake-municipality")
    # Typing where buttons are expected.
    explanation, again = await learner.type("Espoo", count=2)
    learner.expect(explanation, "dialogue-use-buttons")
    learner.expect(again, "intake-municipality")


async def test_back_cancel_and_restart(bot: RunningBot, client: SandboxClient):
    learner, _ = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    await learner.type("Amal")
    await learner.type("1990")
    municipality = (await client.bot_messages(learner.user))[-1]
    [q] = await learner.press("dialogue-back")
    learner.expect(q, "intake-birth-year")
    # The question left by "Back" keeps its text and loses its buttons.
    left = await client.wait_for(
        learner.user, lambda m: m.message_id == municipality.message_id and m.edited
    )
    assert left.button_labels == [] and left.text == municipality.text
    [q] = await learner.type("1991")
    learner.expect(q, "intake-municipality")
    [stopped] = await learner.type("/cancel")
    learner.expect(stopped, "dialogue-cancelled-intake")
    [reply] = await learner.type("hello")
    learner.expect(reply, "ask-not-understood")
    [q] = await learner.type("/intake")
    learner.expect(q, "intake-consent")


async def test_declining_consent_stores_nothing(bot: RunningBot, client: SandboxClient):
    learner, _ = await new_learner(bot, client, "en")
    [reply] = await learner.press("option-consent-later")
    learner.expect(reply, "intake-consent-declined")
    async with transaction(bot.side.sessions) as session:
        pid = await person_id(bot, learner.user)
        assert await session.get(LearnerProfile, pid) is None
        assert await session.get(DialogueState, pid) is None


async def test_someone_outside_the_area_hears_it_at_once_and_can_correct(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    await learner.type("Zahra")
    await learner.type("1990")
    # The third question decides: one message, and no more questions.
    [refused] = await learner.press("option-municipality-elsewhere")
    learner.expect(refused, "intake-refused-outside-area", told="yes")
    assert refused.button_labels == [learner.label("intake-refused-pressed-wrong")]
    [notice] = await client.wait_for_bot_messages(counsellor)
    assert shows(
        notice,
        "notice-intake-not-eligible",
        name="Amal",
        rules=say("notice-eligibility-outside-area"),
    )
    assert "Zahra" not in notice.text and "1990" not in notice.text  # the rule, no answers
    pid = await person_id(bot, learner.user)
    async with transaction(bot.side.sessions) as session:
        profile = await session.get(LearnerProfile, pid)
        assert profile is not None and profile.eligible is False and profile.answers == {}
        state = await session.get(DialogueState, pid)
        assert state is not None and state.step == "refused_area"
        notices = (
            await session.execute(
                select(OutboxMessage).where(
                    OutboxMessage.idempotency_key.like("intake-not-eligible:%")
                )
            )
        ).scalars()
        assert len(list(notices)) == 1
        # Nothing is asked after the refusal: no reminder waits to be sent.
        nudges = (
            await session.execute(
                select(OutboxMessage).where(
                    OutboxMessage.kind == "nudge", OutboxMessage.status == OutboxStatus.PENDING
                )
            )
        ).scalars()
        assert list(nudges) == []
    # /plan tells the truth: there is no plan, and nobody is making one.
    [plan] = await learner.type("/plan")
    learner.expect(plan, "plan-learner-not-accepted")
    # "I pressed the wrong button": the question again, then on with the intake.
    [q] = await learner.press("intake-refused-pressed-wrong")
    learner.expect(q, "intake-municipality")
    [q] = await learner.press("option-municipality", name="Espoo")
    learner.expect(q, "intake-residence-permit")


@pytest.mark.parametrize(
    ("answer", "refusal", "rule"),
    [
        ("permit", "intake-refused-no-permit", "notice-eligibility-no-permit"),
        ("job", "intake-refused-not-job-seeker", "notice-eligibility-not-job-seeker"),
        ("age", "intake-refused-too-young", "notice-eligibility-too-young"),
    ],
)
async def test_each_rule_stops_the_intake_at_its_question(
    bot: RunningBot, client: SandboxClient, answer: str, refusal: str, rule: str
):
    learner, counsellor = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    await learner.type("Amal")
    if answer == "age":
        [refused] = await learner.type(str(bot.clock.now().year - 12))
        assert refused.button_labels == [learner.label("intake-refused-typed-wrong")]
    else:
        await learner.type("1990")
        await learner.press("option-municipality", name="Espoo")
        if answer == "permit":
            [refused] = await learner.press("option-residence_permit-no")
        else:
            await learner.press("option-residence_permit-yes")
            [refused] = await learner.press("option-job_seeker-no")
    learner.expect(refused, refusal, told="yes")
    [notice] = await client.wait_for_bot_messages(counsellor)
    assert shows(notice, "notice-intake-not-eligible", name="Amal", rules=say(rule))
    # /intake starts again from the beginning, and the refusal no longer stands.
    [q] = await learner.type("/intake")
    learner.expect(q, "intake-consent")
    await learner.press("option-consent-accepted")
    async with transaction(bot.side.sessions) as session:
        profile = await session.get(LearnerProfile, await person_id(bot, learner.user))
        assert profile is not None and profile.eligible is None


async def test_an_exclusive_option_clears_the_others_and_is_cleared_by_them(
    bot: RunningBot, client: SandboxClient
):
    learner, _ = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    await learner.type("Amal")
    await learner.type("1990")
    await learner.press("option-municipality", name="Espoo")
    await learner.press("option-residence_permit-yes")
    await learner.press("option-job_seeker-yes")
    await learner.toggle("option-languages_spoken-ar")
    await learner.press("dialogue-done")
    for key in ("option-level-none", "option-level-none", "option-level-good"):
        await learner.press(key)
    await learner.press("option-education-none")
    await learner.press("dialogue-skip")
    await learner.press("option-goal-work_soon")
    await learner.toggle("option-interests-it")
    await learner.press("dialogue-done")
    childcare, health, none = (
        learner.label(f"option-support_needs-{v}") for v in ("childcare", "health", "none")
    )
    await learner.toggle("option-support_needs-childcare", "option-support_needs-health")
    # "I need no help" clears the kinds of help ...
    await learner.toggle("option-support_needs-none")
    [question] = [
        m for m in await client.bot_messages(learner.user) if f"✅ {none}" in m.button_labels
    ]
    assert childcare in question.button_labels and health in question.button_labels
    # ... and a kind of help clears it.
    await learner.toggle("option-support_needs-health")
    [question] = [
        m for m in await client.bot_messages(learner.user) if f"✅ {health}" in m.button_labels
    ]
    assert none in question.button_labels and childcare in question.button_labels
    [q] = await learner.press("dialogue-done")
    learner.expect(q, "intake-meeting-times")
    async with transaction(bot.side.sessions) as session:
        state = await session.get(DialogueState, await person_id(bot, learner.user))
        assert state is not None and state.slots["support_needs"] == ["health"]


async def test_the_education_path_never_gives_wanting_to_work_soon_as_its_reason(
    bot: RunningBot, client: SandboxClient
):
    learner, counsellor = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    await learner.type("Amal")
    await learner.type("1990")
    await learner.press("option-municipality", name="Espoo")
    await learner.press("option-residence_permit-yes")
    await learner.press("option-job_seeker-yes")
    await learner.toggle("option-languages_spoken-ar")
    await learner.press("dialogue-done")
    for key in ("option-level-none", "option-level-none", "option-level-a_little"):
        await learner.press(key)
    await learner.press("option-education-none")
    await learner.press("dialogue-skip")
    # Work soon, but no language to work in yet: the education path.
    await learner.press("option-goal-work_soon")
    await learner.toggle("option-interests-it")
    await learner.press("dialogue-done")
    await learner.toggle("option-support_needs-none")
    await learner.press("dialogue-done")
    await learner.toggle("option-meeting_times-mornings")
    await learner.press("dialogue-done")
    done = await learner.press("option-summary-confirm", count=5)
    keys = [
        "intake-done",
        "intake-path-education_first",
        "path-reason-language-first",
        "path-reason-work-after",
        "intake-next-steps",
    ]
    for message, key in zip(done, keys, strict=True):
        learner.expect(message, key)
    notice, _ = await client.wait_for_bot_messages(counsellor, count=2)
    shown = plain(notice.text)
    assert say("notice-reason-work-after") in shown
    assert say("notice-reason-goal-work") not in shown


async def test_resume_after_a_restart(bot: RunningBot, client: SandboxClient):
    learner, _ = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    await learner.type("Amal")
    await bot.restart()
    [q] = await learner.type("1990")
    learner.expect(q, "intake-municipality")
    await bot.restart()
    [q] = await learner.press("option-municipality", name="Espoo")
    learner.expect(q, "intake-residence-permit")


async def test_silent_learner_is_reminded_once(bot: RunningBot, client: SandboxClient):
    learner, _ = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    bot.clock.advance(timedelta(hours=48))  # long enough, whatever the quiet hours
    [reminder] = await client.wait_for_bot_messages(learner.user, timeout=10)
    learner.expect(reminder, "dialogue-reminder")
    await client.press_button(learner.user, learner.label("dialogue-continue"))
    [q] = await client.wait_for_bot_messages(learner.user)
    learner.expect(q, "intake-preferred-name")
    bot.clock.advance(timedelta(hours=48))
    [second] = await client.wait_for_bot_messages(learner.user, timeout=10)
    learner.expect(second, "dialogue-reminder")  # one reminder for each time it was asked

    async def one_sent_per_question() -> bool:
        async with transaction(bot.side.sessions) as session:
            rows = (
                await session.execute(select(OutboxMessage).where(OutboxMessage.kind == "nudge"))
            ).scalars()
            return sum(r.status is OutboxStatus.SENT for r in rows) == 2

    await eventually(one_sent_per_question)


async def test_profile_correction_goes_back_to_the_summary(bot: RunningBot, client: SandboxClient):
    learner, counsellor = await finished_learner(bot, client)
    [profile] = await learner.type("/profile")
    assert "Amal" in profile.text and learner.label("slot-goal") in profile.button_labels
    [q] = await learner.press("slot-goal")
    learner.expect(q, "intake-goal")
    [summary] = await learner.press("option-goal-study_first")
    assert summary.text.startswith(learner.label("intake-summary").split("\n")[0])
    assert learner.label("option-goal-study_first") in summary.text
    done = await learner.press("option-summary-confirm", count=4)
    learner.expect(done[1], "intake-path-education_first")
    [notice] = await client.wait_for_bot_messages(counsellor)
    assert "education path" in plain(notice.text)
    async with transaction(bot.side.sessions) as session:
        profile_row = await session.get(LearnerProfile, await person_id(bot, learner.user))
    assert profile_row is not None and profile_row.answers["goal"] == "study_first"
    assert profile_row.answers["preferred_name"] == "Amal"  # other answers kept


async def test_mydata_shows_everything_and_forget_erases_it(bot: RunningBot, client: SandboxClient):
    learner, counsellor = await finished_learner(bot, client)
    person, consent, answers, motivation, how = await learner.type("/mydata", count=5)
    assert person.text.startswith("What Polku keeps about you")
    assert "Amal" in person.text and "Mikko" in person.text and "English" in person.text
    assert consent.text.startswith("You said yes to the first questions on")
    assert answers.text.startswith("Your answers") and "1990" in answers.text
    # No buttons here, so no "press its button": /profile is where answers change.
    assert plain(answers.text).endswith("To change an answer, type /profile.")
    assert not answers.inline_buttons
    learner.expect(motivation, "mydata-motivation", check_ins=0, signals=0, escalations=0)
    learner.expect(how, "mydata-how-to-forget")

    [confirm] = await learner.type("/forget")
    learner.expect(confirm, "forget-confirm")
    await client.press_button(learner.user, learner.label("forget-no"))
    await client.wait_for(
        learner.user, lambda m: m.edited and m.text == learner.label("forget-kept")
    )
    pid = await person_id(bot, learner.user)

    [confirm] = await learner.type("/forget")
    await client.press_button(learner.user, learner.label("forget-yes"))
    done = await client.wait_for(
        learner.user, lambda m: m.edited and m.text == learner.label("forget-done")
    )
    assert done
    [notice] = await client.wait_for_bot_messages(counsellor)
    assert shows(notice, "notice-learner-left")
    assert "Amal" not in notice.text
    async with transaction(bot.side.sessions) as session:
        from store.models import Assignment, Person

        assert await session.get(Person, pid) is None
        assert await session.get(LearnerProfile, pid) is None
        assert await session.get(Assignment, pid) is None
    # The person is a visitor again.
    [reply] = await learner.type("/mydata")
    learner.expect(reply, "start-no-invite")


async def test_two_learners_interleaved(bot: RunningBot, client: SandboxClient):
    first, counsellor = await new_learner(bot, client, "en")
    second_user = await join(
        bot,
        client,
        Role.LEARNER,
        "Bashir",
        "en",
        counsellor_id=await person_id(bot, counsellor),
    )
    await client.wait_for_bot_messages(counsellor)
    second = Learner(client, second_user, "en")
    await client.press_button(second_user, "English")
    await client.wait_for_bot_messages(second_user)
    await first.press("option-consent-accepted")
    await second.press("option-consent-accepted")
    [q1] = await first.type("Amal")
    [q2] = await second.type("Bashir")
    first.expect(q1, "intake-birth-year")
    second.expect(q2, "intake-birth-year")
    await first.type("1990")
    [q2] = await second.type("1985")
    second.expect(q2, "intake-municipality")
    [q1] = await first.press("dialogue-back")
    first.expect(q1, "intake-birth-year")
    async with transaction(bot.side.sessions) as session:
        a = await session.get(DialogueState, await person_id(bot, first.user))
        b = await session.get(DialogueState, await person_id(bot, second.user))
    assert a is not None and b is not None
    assert (a.step, a.slots["preferred_name"]) == ("birth_year", "Amal")
    assert (b.step, b.slots["birth_year"]) == ("municipality", 1985)


async def test_stale_question_buttons_are_refused(bot: RunningBot, client: SandboxClient):
    learner, _ = await new_learner(bot, client, "en")
    consent = (await client.bot_messages(learner.user))[-1]
    later = next(
        b["callback_data"]
        for b in consent.inline_buttons
        if b["text"] == learner.label("option-consent-later")
    )
    await learner.press("option-consent-accepted")
    # The answered question keeps its text, shows the answer, and has no buttons left.
    answered = await client.wait_for(
        learner.user, lambda m: m.message_id == consent.message_id and m.edited
    )
    assert answered.button_labels == []
    assert plain(answered.text).startswith(plain(consent.text))
    assert plain(answered.text).endswith("✅ " + learner.label("option-consent-accepted"))
    # A press on the old button (a client that kept it) is refused kindly.
    await client.press(learner.user, consent.message_id, later, force=True)

    async def toasted() -> bool:
        answers = await client.callback_answers(learner.user)
        return any(a.get("text") == learner.label("error-stale-button") for a in answers)

    await eventually(toasted)
    [reply] = await learner.type("Amal")
    learner.expect(reply, "intake-birth-year")


@pytest.mark.parametrize("language", ["fi", "ar"])
async def test_whole_intake_in_finnish_and_arabic(
    bot: RunningBot, client: SandboxClient, language: str
):
    learner, counsellor = await new_learner(bot, client, language)
    summary = await answer_everything(learner)
    assert learner.label("intake-summary", **_blank()).split("\n")[0] in summary.text
    assert "1990" in summary.text and WORK[language] in summary.text
    await confirm_work_path(learner)
    notice, _proposed = await client.wait_for_bot_messages(counsellor, count=2)
    # The counsellor reads the notice in their own language (English here).
    shown = plain(notice.text)
    assert shown.startswith("Amal answered the first questions.")
    assert "Proposed path: work path (reasons: wants to work soon and already speaks" in shown


def _blank() -> dict[str, str]:
    return {
        k: ""
        for k in (
            "name",
            "birth_year",
            "municipality",
            "permit",
            "job_seeker",
            "languages",
            "finnish",
            "swedish",
            "english",
            "education",
            "country",
            "work",
            "years",
            "goal",
            "interests",
            "support",
            "times",
        )
    }


async def test_language_offer_for_free_text(bot: RunningBot, client: SandboxClient):
    learner, _ = await new_learner(bot, client, "en")
    await learner.type("/cancel")
    reply, offer = await learner.type("Hyvää päivää, tarvitsen apua hakemuksen kanssa", count=2)
    learner.expect(reply, "ask-not-understood")
    assert offer.text.startswith("It looks like you wrote in")
    assert "Finnish" in offer.text
    assert offer.button_labels == [say("language-switch", "fi"), say("language-keep", "en")]
    await client.press_button(learner.user, say("language-switch", "fi"))
    await client.wait_for(learner.user, lambda m: m.edited and shows(m, "language-set", "fi"))
    # Short or unclear text never triggers an offer.
    for text in ("ok", "👍", "12345", "Amal"):
        [only] = await learner.type(text)
        assert shows(only, "ask-not-understood", "fi"), text


@pytest.mark.parametrize("switch", [True, False], ids=["switch", "keep"])
async def test_the_language_offer_comes_before_the_next_question(
    bot: RunningBot, client: SandboxClient, switch: bool
):
    learner, _ = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    await learner.type("Amal")
    await learner.type("1990")
    await learner.press("option-municipality", name="Espoo")
    await learner.press("option-residence_permit-yes")
    await learner.press("option-job_seeker-yes")
    await learner.toggle("option-languages_spoken-fi")
    await learner.press("dialogue-done")
    for key in ("option-level-good", "option-level-none", "option-level-none"):
        await learner.press(key)
    await learner.press("option-education-none")
    # The answer in Finnish: the offer alone, the next question waits for the choice.
    [offer] = await learner.type(WORK["fi"])
    assert offer.text.startswith("It looks like you wrote in") and "Finnish" in offer.text
    if switch:
        await client.press_button(learner.user, say("language-switch", "fi"))
        [question] = await client.wait_for_bot_messages(learner.user)
        assert shows(question, "intake-work-years", "fi")
    else:
        await client.press_button(learner.user, say("language-keep", "en"))
        [question] = await client.wait_for_bot_messages(learner.user)
        assert shows(question, "intake-work-years", "en")
    [q] = await learner.type("5")
    assert shows(q, "intake-goal", "fi" if switch else "en")


async def test_saved_places_survive_flow_changes(bot: RunningBot, client: SandboxClient):
    learner, _ = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    pid = await person_id(bot, learner.user)
    # A release renamed the step this learner waits at: the flow starts over, kindly.
    async with transaction(bot.side.sessions) as session:
        state = await session.get(DialogueState, pid)
        assert state is not None
        state.step = "a_step_that_no_longer_exists"
    hint, q = await learner.type("Amal", count=2)
    learner.expect(hint, "dialogue-use-buttons")
    learner.expect(q, "intake-consent")
    # A release removed the whole flow: the saved place is dropped, nothing breaks.
    async with transaction(bot.side.sessions) as session:
        state = await session.get(DialogueState, pid)
        assert state is not None
        state.flow = "a_flow_that_no_longer_exists"
    [reply] = await learner.type("Amal")
    learner.expect(reply, "ask-not-understood")
    async with transaction(bot.side.sessions) as session:
        state = await session.get(DialogueState, pid)
        assert state is not None and state.flow == "ask_counsellor"  # the old place went


async def test_start_again_mid_intake_asks_the_open_question(
    bot: RunningBot, client: SandboxClient
):
    learner, _ = await new_learner(bot, client, "en")
    await learner.press("option-consent-accepted")
    await learner.type("Amal")
    back, _help, q = await learner.type("/start", count=3)
    assert plain(back.text).startswith("Hello again")
    learner.expect(q, "intake-birth-year")
