"""Choosing the language Polku speaks with a person."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.errors import NotRegistered, StaleButton
from bot.i18n import Translator
from bot.people import Sender, who_wrote
from bot.replies import Answer, Button, Menu, Reply
from store.db import transaction
from store.models import LanguageSource
from store.people import PeopleRepository

log = logging.getLogger(__name__)

CALLBACK_PREFIX = "lang:"
KEEP = "keep"  # "keep my language" on a detection offer
FIRST = ":first"  # a button of the first-contact picker


def language_picker(translator: Translator, *, first_time: bool = False) -> Reply:
    """The picker: one button per language, each named in its own language and script."""
    # The first-contact picker marks its buttons: choosing there also starts the intake.
    suffix = FIRST if first_time else ""
    buttons = [
        Button("language-name", data=f"{CALLBACK_PREFIX}{code}{suffix}", label_language=code)
        for code in translator.languages
    ]
    rows = tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))
    return Reply("language-first" if first_time else "language-choose", buttons=rows)


class Languages:
    """The ``/language`` command and the picker's buttons."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], translator: Translator, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._translator = translator

    async def choose(self, sender: Sender, data: str) -> Answer:
        """Set the language named by a picker button's callback data.

        Raises:
            StaleButton: the data names no language Polku offers.
            NotRegistered: the person has not joined.
        """
        code = data.removeprefix(CALLBACK_PREFIX).removesuffix(FIRST)
        if code == KEEP:
            return await self._keep(sender)
        if code not in self._translator.languages:
            raise StaleButton(data=data[:20])
        async with transaction(self._sessions) as session:
            people = PeopleRepository(session)
            person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
            if person is None:
                raise NotRegistered()
            if person.language == code and person.language_source is LanguageSource.PICKED:
                # A second tap on the same button: nothing changes, so nothing is edited.
                return Answer(code, person.time_zone, toast="language-set")
            await people.set_language(person.id, code, LanguageSource.PICKED)
        log.info("language_set person=%d lang=%s", person.id, code)
        return Answer(
            code,
            person.time_zone,
            (Reply("language-set", edit=True),),
            menu=Menu(person.role.value, code),
        )

    async def _keep(self, sender: Sender) -> Answer:
        async with transaction(self._sessions) as session:
            person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
        if person is None:
            raise NotRegistered()
        return Answer(person.language, person.time_zone, toast="language-kept")

    def picker(self, language: str, time_zone: str) -> Answer:
        """The picker as an answer in ``language``."""
        return Answer(language, time_zone, (language_picker(self._translator),))
