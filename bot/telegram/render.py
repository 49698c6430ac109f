"""Turns the core's replies into Bot API calls."""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import CallbackQueryLimit, MessageLimit, ParseMode
from telegram.error import BadRequest, TelegramError

from bot.i18n import Reading, Translator
from bot.people import COMMANDS, command_key
from bot.replies import Answer, Asks, Button, Menu, Reply
from store.models import Role

log = logging.getLogger(__name__)

# Invite links would otherwise unfold into a large t.me preview card.
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)

# Told which message shows a question's buttons: (Telegram user id, question, message id).
QuestionSent = Callable[[int, Asks, int], Awaitable[None]]


async def send_html(
    bot: Bot,
    chat_id: int,
    text: str,
    *,
    reply_markup: InlineKeyboardMarkup | None = None,
    allow_paid_broadcast: bool | None = None,
) -> int:
    """``sendMessage`` as HTML without a link preview; returns the new message's id.

    ``Bot.send_message`` builds a :class:`telegram.Message` from Telegram's answer: 0.4 ms,
    about a tenth of the CPU of an answered update (py-spy on ``python -m tests.bench``,
    2026-12-02), for an object of which Polku reads only the id. So the request takes
    the path ``send_message`` takes from ``Bot._post`` on (defaults, the rate limiter,
    the same errors raised) and only the id is read from the answer. ``_post`` is
    protected, not public: python-telegram-bot is pinned (constraints.txt), and
    tests/telegram/test_render.py checks this path against the sandbox.
    """
    data: dict[str, object] = {
        "chat_id": chat_id,
        "text": text,
        "parse_mode": ParseMode.HTML,
        "reply_markup": reply_markup,
        "link_preview_options": NO_PREVIEW,
        "allow_paid_broadcast": allow_paid_broadcast,
    }
    result = await bot._post("sendMessage", data)  # see above
    return int(result["message_id"])


class Renderer:
    """Formats replies with Fluent and sends them as HTML messages with inline buttons."""

    def __init__(self, translator: Translator, question_sent: QuestionSent | None = None) -> None:
        self._translator = translator
        self._question_sent = question_sent

    def text(self, reply: Reply, language: str, time_zone: str) -> str:
        """The reply's text as ``language`` (a :class:`Reading` spec) asks, within Telegram's
        length limit."""
        text = self._translator.read(language, reply.key, reply.args, time_zone)
        if len(text) > MessageLimit.MAX_TEXT_LENGTH and Reading.parse(language).practice:
            # The Finnish beneath made it too long: the person's own language alone.
            plain = Reading.parse(language)
            text = self._translator.read(
                str(Reading(plain.language, plain.second)), reply.key, reply.args, time_zone
            )
        if len(text) > MessageLimit.MAX_TEXT_LENGTH:
            # Only a person's own long input can do this; cut rather than fail to answer.
            log.warning("reply_truncated key=%s length=%d", reply.key, len(text))
            text = text[: MessageLimit.MAX_TEXT_LENGTH - 1] + "…"
        return text

    def button(self, button: Button, language: str, time_zone: str) -> InlineKeyboardButton:
        """One inline button, labelled in ``language`` (or the button's own language)."""
        label_language = button.label_language or language
        # Labels are plain text, not HTML: undo the escaping of typed arguments. A label that
        # is one argument alone (a campaign's button text, a day) comes without bidi marks.
        label = html.unescape(
            self._translator.read(label_language, button.key, button.args, time_zone, label=True)
        )
        if button.selected:
            label = f"✅ {label}"
        if button.url is not None:
            return InlineKeyboardButton(label, url=button.url)
        return InlineKeyboardButton(label, callback_data=button.data)

    def markup(self, reply: Reply, language: str, time_zone: str) -> InlineKeyboardMarkup | None:
        """The reply's inline keyboard, if it has buttons."""
        if not reply.buttons:
            return None
        return InlineKeyboardMarkup(
            [[self.button(b, language, time_zone) for b in row] for row in reply.buttons]
        )

    async def send(
        self, bot: Bot, chat_id: int, reply: Reply, language: str, time_zone: str
    ) -> int:
        """Send one reply as a new message; returns its message id."""
        return await send_html(
            bot,
            chat_id,
            self.text(reply, language, time_zone),
            reply_markup=self.markup(reply, language, time_zone),
        )

    async def answer(self, update: Update, bot: Bot, answer: Answer) -> None:
        """Show ``answer`` in the chat ``update`` came from."""
        query = update.callback_query
        chat = update.effective_chat
        user = update.effective_user
        pressed = query.message.message_id if query is not None and query.message else None
        # Earlier messages are edited last: the person waits for the next question, not
        # for the buttons of the old one to go. The pressed message is among them when
        # the press's own edit shows it already.
        earlier = [r for r in answer.replies if r.target is not None and r.target != pressed]
        for reply in answer.replies:
            if reply.target is not None:
                continue
            if reply.edit and query is not None and query.message is not None:
                try:
                    await query.edit_message_text(
                        self.text(reply, answer.language, answer.time_zone),
                        parse_mode=ParseMode.HTML,
                        reply_markup=self.markup(reply, answer.language, answer.time_zone),
                    )
                    continue
                except BadRequest as exc:
                    # A double tap edits the same message twice: the second is "not modified".
                    if "not modified" in exc.message.lower():
                        continue
                    log.info("edit_failed_sending_new reason=%s", exc.message)
            if chat is not None:
                sent = await self.send(bot, chat.id, reply, answer.language, answer.time_zone)
                if reply.asks is not None and user is not None and self._question_sent:
                    await self._question_sent(user.id, reply.asks, sent)
        if query is not None:
            toast = self.toast(answer)
            try:
                await query.answer(toast)
            except BadRequest as exc:
                # The press is older than Telegram keeps queries; the reply above still went.
                log.info("callback_answer_failed reason=%s", exc.message)
        for reply in earlier:
            if chat is not None and reply.target is not None:
                await self.edit(bot, chat.id, reply.target, reply, answer)
        if answer.menu is not None and chat is not None:
            await self.set_menu(bot, chat.id, answer.menu)

    async def edit(
        self, bot: Bot, chat_id: int, message_id: int, reply: Reply, answer: Answer
    ) -> None:
        """Replace an earlier message of the chat with ``reply``; a failure is only logged.

        The message may be too old to edit, deleted, or show this already; the answer's
        other replies go on regardless.
        """
        try:
            await bot.edit_message_text(
                self.text(reply, answer.language, answer.time_zone),
                chat_id=chat_id,
                message_id=message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=self.markup(reply, answer.language, answer.time_zone),
            )
        except TelegramError as exc:
            log.debug(
                "message_edit_failed chat_id=%s message_id=%s error=%s",
                chat_id,
                message_id,
                type(exc).__name__,
            )

    def toast(self, answer: Answer) -> str | None:
        """The short text shown after a button press (plain text, at most 200 characters)."""
        if answer.toast is None:
            return None
        text = html.unescape(
            self._translator.read(answer.language, answer.toast, None, answer.time_zone, label=True)
        )
        if len(text) > CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH:
            text = html.unescape(
                self._translator.text(Reading.parse(answer.language).language, answer.toast)
            )
        return text

    def commands(self, role: Role | None, language: str) -> list[BotCommand]:
        """The command menu of ``role`` in ``language``."""
        language = Reading.parse(language).language
        return [
            BotCommand(name, self._translator.text(language, command_key(name)))
            for name in COMMANDS[role]
        ]

    async def set_menu(self, bot: Bot, chat_id: int, menu: Menu) -> None:
        """Show this chat the commands of its person's role, in their language."""
        role = Role(menu.role) if menu.role else None
        await bot.set_my_commands(
            self.commands(role, menu.language), scope=BotCommandScopeChat(chat_id)
        )

    async def set_default_menus(self, bot: Bot, default_language: str) -> None:
        """The visitors' menu in every language (Telegram picks by the app's language)."""
        for language in self._translator.languages:
            await bot.set_my_commands(
                self.commands(None, language),
                scope=BotCommandScopeDefault(),
                language_code=language,
            )
        await bot.set_my_commands(
            self.commands(None, default_language), scope=BotCommandScopeDefault()
        )
