"""Choosing and switching the language, and the command menu that follows it."""

from __future__ import annotations

from bot.sandbox import SandboxClient, SandboxUser
from store.models import Role
from tests.telegram.conftest import RunningBot, eventually, join, person_id, say, shows


async def menu_in(client: SandboxClient, user: SandboxUser, language: str) -> bool:
    menu = await client.commands(user)
    return [c["description"] for c in menu] == [
        say(f"command-{c['command']}", language) for c in menu
    ]


async def test_switch_language_any_time(bot: RunningBot, client: SandboxClient):
    mikko = await join(bot, client, Role.COUNSELLOR, "Mikko", "en")
    assert await menu_in(client, mikko, "en")
    await client.press_button(mikko, "Suomi")
    confirmed = await client.wait_for(mikko, lambda m: m.from_bot and m.edited)
    assert shows(confirmed, "language-set", "fi")
    assert confirmed.button_labels == []
    await eventually(lambda: menu_in(client, mikko, "fi"))

    await client.send_text(mikko, "/help")
    [help_fi] = await client.wait_for_bot_messages(mikko)
    assert shows(help_fi, "help-counsellor", "fi")

    await client.send_text(mikko, "/language")
    [picker] = await client.wait_for_bot_messages(mikko)
    assert picker.text.startswith(say("language-choose", "fi"))
    await client.press_button(mikko, "العربية")
    await client.wait_for(mikko, lambda m: shows(m, "language-set", "ar"))
    await client.send_text(mikko, "/help")
    [help_ar] = await client.wait_for_bot_messages(mikko)
    assert shows(help_ar, "help-counsellor", "ar")
    await eventually(lambda: menu_in(client, mikko, "ar"))


async def test_visitors_menu_follows_the_app_language(bot: RunningBot, client: SandboxClient):
    visitor = await client.create_user("Visitor", language_code="fi", started=True)
    fi_menu = await client.commands(visitor, language_code="fi")
    assert [c["command"] for c in fi_menu] == ["start", "help", "language"]
    assert fi_menu[1]["description"] == say("command-help", "fi")
    sv_menu = await client.commands(visitor, language_code="sv")
    assert sv_menu[1]["description"] == say("command-help", "sv")
    # An app language Polku does not offer gets the default menu (English).
    de_menu = await client.commands(visitor, language_code="de")
    assert de_menu[1]["description"] == say("command-help", "en")


async def test_double_tap_on_a_language_button_is_harmless(bot: RunningBot, client: SandboxClient):
    amal = await join(bot, client, Role.COORDINATOR, "Amal", "ar")
    first = await client.press_button(amal, "English")
    await client.wait_for(amal, lambda m: m.from_bot and m.edited)
    await client.press(amal, first.message_id, first.data, force=True)
    await eventually(lambda: _answered(client, amal, 2))
    await client.send_text(amal, "/help")
    [reply] = await client.wait_for_bot_messages(amal)
    assert shows(reply, "help-coordinator", "en")


async def _answered(client: SandboxClient, user: SandboxUser, count: int) -> bool:
    return len(await client.callback_answers(user)) >= count


async def method_count(client: SandboxClient, method: str) -> int:
    return int((await client.stats())["method_counts"].get(method, 0))


async def test_a_first_choice_is_answered_once_and_a_second_tap_edits_nothing(
    bot: RunningBot, client: SandboxClient
):
    counsellor = await join(bot, client, Role.COUNSELLOR, "Mikko", "en")
    learner = await join(
        bot, client, Role.LEARNER, "Amal", "en", counsellor_id=await person_id(bot, counsellor)
    )
    picker = (await client.bot_messages(learner))[-1]
    data = next(b for b in picker.inline_buttons if b["text"] == "Suomi")["callback_data"]
    answered = await method_count(client, "answerCallbackQuery")
    await client.press(learner, picker.message_id, data)
    # The choice is set and the intake's first question follows, in Finnish.
    [consent] = await client.wait_for_bot_messages(learner)
    assert shows(consent, "intake-consent", "fi")
    await eventually(lambda: _answers_are(client, learner, 1))
    assert await method_count(client, "answerCallbackQuery") == answered + 1
    # A second tap on the same (old) button changes nothing and edits nothing.
    edits = await method_count(client, "editMessageText")
    await client.press(learner, picker.message_id, data, force=True)
    await eventually(lambda: _answers_are(client, learner, 2))
    assert await method_count(client, "editMessageText") == edits


async def _answers_are(client: SandboxClient, user: SandboxUser, count: int) -> bool:
    return len(await client.callback_answers(user)) == count
