"""The sandbox speaks the Bot API well enough for the real python-telegram-bot."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import time

import httpx
import pytest
import telegram
from telegram import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    MenuButtonCommands,
    MenuButtonDefault,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.sandbox import SandboxClient, SandboxServer, SandboxUser

TOKEN = "123456:TEST"


def keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(t, callback_data=d)] for t, d in pairs])


async def test_get_me_reports_the_token_id_and_username(bot: telegram.Bot) -> None:
    me = await bot.get_me()
    assert me.id == 123456
    assert me.is_bot is True
    assert me.username == "polku_sandbox_bot"
    assert me.first_name == "Polku"
    assert me.can_join_groups is False


async def test_bad_token_and_unknown_method_answer_like_telegram(server: SandboxServer) -> None:
    async with httpx.AsyncClient() as http:
        bad = await http.get(f"{server.base_url}nocolon/getMe")
        assert bad.status_code == 401
        assert bad.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
        missing = await http.post(f"{server.base_url}{TOKEN}/fooBar")
        assert missing.status_code == 404
        assert missing.json()["description"] == "Not Found: method not found"
        # Method names are case-insensitive on Telegram.
        upper = await http.get(f"{server.base_url}{TOKEN}/GETME")
        assert upper.json()["result"]["id"] == 123456
    with pytest.raises(telegram.error.InvalidToken):
        async with telegram.Bot("nocolon", base_url=server.base_url):
            pass


async def test_inline_button_press_reaches_get_updates_and_can_be_answered(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    sent = await bot.send_message(
        user.id,
        "Valitse kieli",
        reply_markup=keyboard(("Suomi", "lang:fi"), ("English", "lang:en")),
    )
    press = await sc.press_button(user, "English")
    assert press.message_id == sent.message_id
    [update] = await bot.get_updates(timeout=1)
    query = update.callback_query
    assert query is not None
    assert query.data == "lang:en"
    assert query.from_user.id == user.id
    assert query.from_user.language_code == "fi"
    assert query.message is not None and query.message.message_id == sent.message_id
    assert query.id == press.callback_query_id
    assert await bot.answer_callback_query(query.id, text="Selected", show_alert=True)
    [answer] = await sc.callback_answers(user)
    assert answer["text"] == "Selected" and answer["show_alert"] is True
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(query.id)


async def test_press_requires_a_real_button_unless_forced(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    sent = await bot.send_message(user.id, "x", reply_markup=keyboard(("A", "a")))
    with pytest.raises(Exception, match="no inline button"):
        await sc.press(user, sent.message_id, "admin:delete_all")
    forged = await sc.press(user, sent.message_id, "admin:delete_all", force=True)
    [update] = await bot.get_updates()
    assert update.callback_query is not None
    assert update.callback_query.data == "admin:delete_all"
    assert update.update_id == forged.update_id
    with pytest.raises(LookupError, match="'A'"):
        await sc.press_button(user, "Missing")


async def test_text_length_limits(bot: telegram.Bot, user: SandboxUser) -> None:
    await bot.send_message(user.id, "x" * 4096)
    # The limit applies after entity parsing, so tags do not count.
    await bot.send_message(user.id, "<b>" + "y" * 4096 + "</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(user.id, "x" * 4097)
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(user.id, "  \n ")
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(user.id, "<b> </b>", parse_mode="HTML")


async def test_callback_data_is_limited_to_64_bytes(bot: telegram.Bot, user: SandboxUser) -> None:
    await bot.send_message(user.id, "ok", reply_markup=keyboard(("A", "x" * 64)))
    await bot.send_message(user.id, "ok", reply_markup=keyboard(("Ä", "ä" * 32)))
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(user.id, "x", reply_markup=keyboard(("A", "x" * 65)))
    # 33 characters but 66 bytes in UTF-8.
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(user.id, "x", reply_markup=keyboard(("Ä", "ä" * 33)))


async def test_invalid_reply_markup_json(server: SandboxServer, user: SandboxUser) -> None:
    async with httpx.AsyncClient() as http:
        response = await http.post(
            f"{server.base_url}{TOKEN}/sendMessage",
            data={"chat_id": str(user.id), "text": "hi", "reply_markup": "{not json"},
        )
    assert response.status_code == 400
    assert response.json() == {
        "ok": False,
        "error_code": 400,
        "description": "Bad Request: can't parse reply keyboard markup JSON object",
    }


async def test_unknown_chat_and_unstarted_user(bot: telegram.Bot, sc: SandboxClient) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(999, "hello")
    stranger = await sc.create_user("Omar", language_code="ar")
    with pytest.raises(Forbidden, match="initiate conversation"):
        await bot.send_message(stranger.id, "hello")
    await sc.send_text(stranger, "مرحبا")
    await bot.send_message(stranger.id, "أهلا")


async def test_blocked_user_is_forbidden_and_emits_my_chat_member(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    await sc.block(user)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(user.id, "still there?")
    await sc.block(user, blocked=False)
    await bot.send_message(user.id, "welcome back")
    kicked, member = await bot.get_updates()
    assert kicked.my_chat_member is not None and member.my_chat_member is not None
    assert kicked.my_chat_member.new_chat_member.status == "kicked"
    assert kicked.my_chat_member.old_chat_member.status == "member"
    assert kicked.my_chat_member.new_chat_member.user.id == 123456
    assert member.my_chat_member.new_chat_member.status == "member"


async def test_injected_flood_error_raises_retry_after(
    bot: telegram.Bot,
    sc: SandboxClient,
    server: SandboxServer,
    user: SandboxUser,
) -> None:
    await sc.inject_fault("sendMessage", chat_id=user.id, error_code=429, retry_after=7)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(user.id, "one")
    assert caught.value.retry_after.total_seconds() == 7  # type: ignore[union-attr]
    await bot.send_message(user.id, "two")  # the fault was used up
    assert server.state.flood_429_count == 1


async def test_network_and_server_faults(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    await sc.inject_fault("sendMessage", kind="network")
    with pytest.raises(NetworkError) as caught:
        await bot.send_message(user.id, "lost")
    # No HTTP answer at all: the error comes from the transport, not from a status code.
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    await sc.inject_fault("sendMessage", error_code=502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(user.id, "lost")
    await sc.inject_fault("sendMessage", error_code=500, times=2)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Internal Server Error"):
            await bot.send_message(user.id, "lost")
    assert (await bot.send_message(user.id, "through")).text == "through"


async def test_delay_fault_times_out_but_the_message_still_arrives(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    await sc.inject_fault("sendMessage", kind="delay", delay=0.6)
    with pytest.raises(TimedOut):
        await bot.send_message(user.id, "slow", read_timeout=0.2)
    [late] = await sc.wait_for_bot_messages(user, timeout=3)
    assert late.text == "slow"


async def test_enforced_flood_limits(
    bot: telegram.Bot, server: SandboxServer, sc: SandboxClient, user: SandboxUser
) -> None:
    await sc.set_limits(enabled=True, per_chat_per_second=5.0, global_per_second=30.0)
    await bot.send_message(user.id, "1")
    with pytest.raises(RetryAfter):
        await bot.send_message(user.id, "2")
    await asyncio.sleep(0.22)
    await bot.send_message(user.id, "3")
    times = server.state.sent_times(user.id)
    assert len(times) == 2
    assert times[1] - times[0] >= 0.2
    assert server.state.flood_429_count == 1
    other = await sc.create_user("Ilja", language_code="uk", started=True)
    await bot.send_message(other.id, "separate bucket")


async def test_refused_calls_are_counted_apart_from_injected_faults_and_flood_limits(
    bot: telegram.Bot, server: SandboxServer, sc: SandboxClient, user: SandboxUser
) -> None:
    await sc.inject_fault("sendMessage", error_code=400, description="Bad Request: injected")
    with pytest.raises(BadRequest, match="Injected"):
        await bot.send_message(user.id, "the test asked for this")
    await sc.set_limits(enabled=True, per_chat_per_second=5.0)
    await bot.send_message(user.id, "1")
    with pytest.raises(RetryAfter):
        await bot.send_message(user.id, "2")
    assert (await sc.stats())["refused_count"] == 0
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(424242, "nobody")
    async with httpx.AsyncClient() as http:
        await http.post(f"{server.base_url}{TOKEN}/fooBar")
    stats = await sc.stats()
    assert stats["refused_count"] == 2
    assert [(c["method"], c["status"]) for c in stats["refused_calls"]] == [
        ("sendMessage", 400),
        ("fooBar", 404),
    ]
    assert stats["refused_calls"][0] == {
        "method": "sendMessage",
        "chat_id": 424242,
        "status": 400,
        "description": "Bad Request: chat not found",
    }


async def test_html_is_parsed_and_both_forms_are_stored(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    html = '<b>Hei</b> 👋 <a href="https://example.org/x">linkki</a> &lt;3 <i>ok</i>'
    sent = await bot.send_message(user.id, html, parse_mode="HTML")
    assert sent.text == "Hei 👋 linkki <3 ok"
    types = [(e.type, e.offset, e.length) for e in sent.entities]
    # Offsets count UTF-16 code units: the emoji takes two.
    assert types == [("bold", 0, 3), ("text_link", 7, 6), ("italic", 17, 2)]
    [logged] = await sc.wait_for_bot_messages(user)
    assert logged.text == "Hei 👋 linkki <3 ok"
    assert logged.html == html


async def test_html_parse_errors(
    bot: telegram.Bot, server: SandboxServer, user: SandboxUser
) -> None:
    with pytest.raises(BadRequest, match="Can't parse entities: unsupported start tag"):
        await bot.send_message(user.id, "Hei <foo>x</foo>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="can't find end tag corresponding"):
        await bot.send_message(user.id, "<b>open", parse_mode="HTML")
    async with httpx.AsyncClient() as http:
        response = await http.post(
            f"{server.base_url}{TOKEN}/sendMessage",
            json={"chat_id": user.id, "text": "Hei <foo>x</foo>", "parse_mode": "HTML"},
        )
    assert response.json()["description"] == (
        'Bad Request: can\'t parse entities: Unsupported start tag "foo" at byte offset 4'
    )


async def test_edit_message_text_rules(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    markup = keyboard(("A", "a"))
    sent = await bot.send_message(user.id, "first", reply_markup=markup)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("first", user.id, sent.message_id, reply_markup=markup)
    edited = await bot.edit_message_text("second", user.id, sent.message_id, reply_markup=markup)
    assert isinstance(edited, telegram.Message) and edited.edit_date is not None
    # Same text, but leaving reply_markup out removes the keyboard: that is a change.
    await bot.edit_message_text("second", user.id, sent.message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", user.id, 9999)
    changed = await sc.wait_for(user, lambda m: m.edited and m.text == "second")
    assert changed.reply_markup is None
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(user.id, sent.message_id)
    await bot.edit_message_reply_markup(user.id, sent.message_id, reply_markup=markup)


async def test_delete_message(bot: telegram.Bot, sc: SandboxClient, user: SandboxUser) -> None:
    sent = await bot.send_message(user.id, "temporary")
    assert await bot.delete_message(user.id, sent.message_id)
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(user.id, sent.message_id)
    [entry] = [m for m in await sc.messages(user) if m.message_id == sent.message_id]
    assert entry.deleted


async def test_commands_follow_telegram_scope_resolution(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    other = await sc.create_user("Sara", language_code="en", started=True)
    await bot.set_my_commands([BotCommand("help", "Help")])
    await bot.set_my_commands([BotCommand("apua", "Apua")], language_code="fi")
    await bot.set_my_commands(
        [BotCommand("start", "Start")], scope=BotCommandScopeAllPrivateChats()
    )
    await bot.set_my_commands(
        [BotCommand("ohjaaja", "Ohjaajan valikko")],
        scope=BotCommandScopeChat(user.id),
        language_code="fi",
    )
    assert [c["command"] for c in await sc.commands(user.id, "fi")] == ["ohjaaja"]
    resolution = await sc.commands_resolution(user.id, "sv")
    assert resolution["scope"] == {"type": "all_private_chats"}
    assert [c["command"] for c in await sc.commands(other.id, "fi")] == ["start"]
    await bot.delete_my_commands(scope=BotCommandScopeAllPrivateChats())
    assert [c["command"] for c in await sc.commands(other.id, "fi")] == ["apua"]
    assert [c["command"] for c in await sc.commands(other.id, "en")] == ["help"]
    # getMyCommands reads exactly one scope and language, without fallback.
    exact = await bot.get_my_commands(scope=BotCommandScopeChat(user.id), language_code="fi")
    assert [c.command for c in exact] == ["ohjaaja"]
    assert await bot.get_my_commands(scope=BotCommandScopeChat(user.id)) == ()
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Help", "Capital letters are not allowed")])
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.set_my_commands([BotCommand("x", "y")], scope=BotCommandScopeChat(42))


async def test_send_document_get_file_and_download(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    payload = "Todistus: Äänekoski\n".encode() * 100
    sent = await bot.send_document(
        user.id,
        io.BytesIO(payload),
        filename="todistus.txt",
        caption="<b>Valmis</b>",
        parse_mode="HTML",
    )
    document = sent.document
    assert document is not None
    assert document.file_name == "todistus.txt"
    assert document.file_size == len(payload)
    assert sent.caption == "Valmis"
    file = await bot.get_file(document.file_id)
    assert file.file_path is not None and file.file_path.endswith("todistus.txt") is False
    assert bytes(await file.download_as_bytearray()) == payload
    # Re-sending by file_id reuses the stored bytes.
    again = await bot.send_document(user.id, document.file_id)
    assert again.document is not None and again.document.file_id == document.file_id
    with pytest.raises(BadRequest, match="Invalid file_id"):
        await bot.get_file("nope")
    logged = [m for m in await sc.bot_messages(user) if m.document]
    assert logged[0].document is not None and logged[0].document["file_name"] == "todistus.txt"
    async with httpx.AsyncClient(base_url=sc.server_url) as http:
        response = await http.get(logged[0].document["url"])
    assert response.content == payload


async def test_get_updates_long_poll_returns_as_soon_as_an_update_arrives(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=dt.timedelta(seconds=0.3)) == ()
    assert time.monotonic() - started >= 0.25
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    assert not poll.done()
    started = time.monotonic()
    await sc.send_text(user, "/start abc")
    [update] = await asyncio.wait_for(poll, 2)
    assert time.monotonic() - started < 1.0
    message = update.message
    assert message is not None and message.text == "/start abc"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [("bot_command", 0, 6)]
    assert message.chat.type == "private" and message.chat.id == user.id


async def test_offset_confirms_updates_like_telegram(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    for text in ("one", "two", "three"):
        await sc.send_text(user, text)
    first = await bot.get_updates()
    assert [u.message.text for u in first if u.message] == ["one", "two", "three"]
    # Without an offset nothing is confirmed, so the same updates come again.
    assert [u.update_id for u in await bot.get_updates()] == [u.update_id for u in first]
    rest = await bot.get_updates(offset=first[1].update_id)
    assert [u.message.text for u in rest if u.message] == ["two", "three"]
    assert await bot.get_updates(offset=first[-1].update_id + 1) == ()
    await sc.send_text(user, "four")
    await sc.send_text(user, "five")
    # A negative offset keeps only the newest updates and forgets the rest.
    [last] = await bot.get_updates(offset=-1)
    assert last.message is not None and last.message.text == "five"
    assert [u.message.text for u in await bot.get_updates() if u.message] == ["five"]
    limited = await bot.get_updates(limit=1)
    assert len(limited) == 1


async def test_second_poller_terminates_the_first(bot: telegram.Bot, server: SandboxServer) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    # PTB allows one getUpdates at a time per Bot, so the rival is a second instance.
    async with telegram.Bot(TOKEN, base_url=server.base_url) as rival:
        await rival.get_updates()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await asyncio.wait_for(first, 2)


async def test_allowed_updates_filters_new_updates(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    sent = await bot.send_message(user.id, "x", reply_markup=keyboard(("A", "a")))
    assert await bot.get_updates(allowed_updates=["callback_query"]) == ()
    await sc.send_text(user, "ignored")
    await sc.press(user, sent.message_id, "a")
    [update] = await bot.get_updates()
    assert update.callback_query is not None


async def test_user_media_parse_in_ptb(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    await sc.send_sticker(user)
    await sc.send_photo(user, caption="kuva")
    await sc.send_voice(user)
    await sc.send_video(user)
    await sc.send_animation(user)
    await sc.send_location(user, 60.45, 22.27)
    await sc.send_contact(user, "+358000000001", "Aino", user_id=user.id)
    await sc.send_document(user, b"%PDF-1.4", file_name="cv.pdf", mime_type="application/pdf")
    messages = [u.message for u in await bot.get_updates()]
    assert all(m is not None for m in messages)
    sticker, photo, voice, video, animation, location, contact, document = messages
    assert sticker and sticker.sticker and sticker.sticker.emoji == "👍"
    assert photo and photo.photo[-1].width == 800 and photo.caption == "kuva"
    assert voice and voice.voice and voice.voice.mime_type == "audio/ogg"
    assert video and video.video and animation and animation.animation
    assert location and location.location and location.location.latitude == 60.45
    assert contact and contact.contact and contact.contact.user_id == user.id
    assert document and document.document and document.document.file_name == "cv.pdf"
    file = await bot.get_file(document.document.file_id)
    assert bytes(await file.download_as_bytearray()) == b"%PDF-1.4"
    big = await bot.get_file(photo.photo[-1].file_id)
    assert bytes(await big.download_as_bytearray()).startswith(b"\x89PNG")


async def test_user_edit_emits_edited_message(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    sent = await sc.send_text(user, "Hyvää huomenta")
    await sc.edit(user, sent.message_id, "Hyvää iltaa")
    original, edit = await bot.get_updates()
    assert original.message is not None and original.message.text == "Hyvää huomenta"
    assert edit.edited_message is not None
    assert edit.edited_message.text == "Hyvää iltaa"
    assert edit.edited_message.message_id == sent.message_id
    assert edit.edited_message.edit_date is not None


async def test_reply_keyboards(bot: telegram.Bot, sc: SandboxClient, user: SandboxUser) -> None:
    await bot.send_message(
        user.id,
        "Kyllä vai ei?",
        reply_markup=ReplyKeyboardMarkup(
            [[KeyboardButton("Kyllä"), KeyboardButton("Ei")]], one_time_keyboard=True
        ),
    )
    view = await sc.chat_view(user)
    assert view.reply_keyboard is not None and not view.keyboard_collapsed
    [shown] = await sc.wait_for_bot_messages(user)
    assert shown.reply_keyboard_labels == ["Kyllä", "Ei"]
    await sc.send_text(user, "Kyllä")
    assert (await sc.chat_view(user)).keyboard_collapsed
    await bot.send_message(user.id, "Selvä", reply_markup=ReplyKeyboardRemove())
    assert (await sc.chat_view(user)).reply_keyboard is None


async def test_chat_action_get_chat_and_menu_button(
    bot: telegram.Bot, sc: SandboxClient, user: SandboxUser
) -> None:
    assert await bot.send_chat_action(user.id, "typing")
    assert (await sc.chat_view(user)).chat_action == "typing"
    chat = await bot.get_chat(user.id)
    assert chat.id == user.id and chat.type == "private" and chat.first_name == "Aino"
    assert await bot.set_chat_menu_button(chat_id=user.id, menu_button=MenuButtonCommands())
    assert isinstance(await bot.get_chat_menu_button(user.id), MenuButtonCommands)
    assert await bot.set_chat_menu_button(chat_id=user.id, menu_button=MenuButtonDefault())
    assert await bot.set_my_description("Polku auttaa", language_code="fi")
    assert await bot.set_my_short_description("Apu")
    assert (await bot.get_my_description(language_code="fi")).description == "Polku auttaa"
    assert (await bot.get_my_short_description(language_code="ar")).short_description == "Apu"


async def test_request_encodings(server: SandboxServer, user: SandboxUser) -> None:
    url = f"{server.base_url}{TOKEN}/sendMessage"
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    async with httpx.AsyncClient() as http:
        as_json = await http.post(
            url, json={"chat_id": user.id, "text": "json", "reply_markup": markup}
        )
        as_query = await http.get(url, params={"chat_id": user.id, "text": "query"})
        as_multipart = await http.post(
            url, data={"chat_id": str(user.id), "text": "multipart"}, files={"x": ("x", b"1")}
        )
    assert as_json.json()["result"]["reply_markup"] == markup
    assert as_query.json()["result"]["text"] == "query"
    assert as_multipart.json()["result"]["text"] == "multipart"


async def test_an_arabic_date_is_not_a_command(
    bot: telegram.Bot, user: SandboxUser, sc: SandboxClient
) -> None:
    from babel.dates import format_date

    day = format_date(dt.date(2026, 12, 8), format="medium", locale="ar")  # 08‏/12‏/2026
    sent = await bot.send_message(user.id, f"<b>موعدك</b> يوم {day}. اكتب /plan", parse_mode="HTML")
    commands = [e for e in sent.entities if e.type == "bot_command"]
    assert [sent.text[e.offset : e.offset + e.length] for e in commands] == ["/plan"]
    [shown] = await sc.bot_messages(user)
    assert [e["type"] for e in shown.entities] == ["bold", "bot_command"]
