"""Choosing the language Polku speaks with a person."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.errors import NotRegistered, StaleButton
from bot.i18n import PRACTICE_LANGUAGE, Reading, Translator, reading_of
from bot.people import Sender, who_wrote
from bot.replies import Answer, Button, Menu, Phrase, Reply
from store.db import transaction
from store.models import LanguageSource, Person
from store.people import PeopleRepository

log = logging.getLogger(__name__)

CALLBACK_PREFIX = "lang:"
KEEP = "keep"  # "keep my language" on a detection offer
FIRST = ":first"  # a button of the first-contact picker
PRACTICE = "practice"  # turn Finnish practice on or off
SECOND = "second"  # show the picker of a second language
SECOND_PICK = "2:"  # a button of that picker ("2:none" = no second language)
NONE = "none"


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


def second_name(code: str | None) -> Phrase:
    """The name of a second language in the reader's language ("none" without one)."""
    return (
        Phrase("language-second-none")
        if code is None
        else Phrase(f"option-languages_spoken-{code}")
    )


def settings(translator: Translator, person: Person) -> Reply:
    """``/language``: the picker, then a second language and Finnish practice."""
    picker = language_picker(translator)
    extra = [Button("language-second-button", data=f"{CALLBACK_PREFIX}{SECOND}")]
    if person.language != PRACTICE_LANGUAGE:
        practice = "language-practice-off" if person.finnish_practice else "language-practice-on"
        extra.append(Button(practice, data=f"{CALLBACK_PREFIX}{PRACTICE}"))
    return Reply(
        "language-settings",
        {"second": second_name(person.second_language)},
        buttons=(*picker.buttons, tuple(extra)),
    )


def second_picker(translator: Translator, person: Person) -> Reply:
    """One button per language other than the person's own, and "no second language"."""
    buttons = [
        Button("language-name", data=f"{CALLBACK_PREFIX}{SECOND_PICK}{code}", label_language=code)
        for code in translator.languages
        if code != person.language
    ]
    rows = [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]
    rows.append((Button("language-second-nothing", data=f"{CALLBACK_PREFIX}{SECOND_PICK}{NONE}"),))
    return Reply("language-second-choose", buttons=tuple(rows), edit=True)


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
        if code == PRACTICE:
            return await self.practice(sender, edit=True)
        if code == SECOND:
            return await self._second_picker(sender)
        if code.startswith(SECOND_PICK):
            return await self._set_second(sender, code.removeprefix(SECOND_PICK), data)
        if code not in self._translator.languages:
            raise StaleButton(data=data[:20])
        async with transaction(self._sessions) as session:
            people = PeopleRepository(session)
            person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
            if person is None:
                raise NotRegistered()
            reading = str(Reading(code, person.second_language, person.finnish_practice))
            if person.language == code and person.language_source is LanguageSource.PICKED:
                # A second tap on the same button: nothing changes, so nothing is edited.
                return Answer(reading, person.time_zone, toast="language-set")
            await people.set_language(person.id, code, LanguageSource.PICKED)
        log.info("language_set person=%d lang=%s", person.id, code)
        return Answer(
            reading,
            person.time_zone,
            (Reply("language-set", edit=True),),
            menu=Menu(person.role.value, code),
        )

    async def _keep(self, sender: Sender) -> Answer:
        async with transaction(self._sessions) as session:
            person = await self._person(session, sender)
        return Answer(reading_of(person), person.time_zone, toast="language-kept")

    def picker(self, person: Person) -> Answer:
        """``/language``: the picker and the person's other reading settings."""
        return Answer(reading_of(person), person.time_zone, (settings(self._translator, person),))

    async def practice(self, sender: Sender, *, edit: bool = False) -> Answer:
        """``/suomi`` and its button: turn Finnish practice on or off.

        Raises:
            NotRegistered: the person has not joined.
        """
        async with transaction(self._sessions) as session:
            person = await self._person(session, sender)
            if person.language == PRACTICE_LANGUAGE:
                return Answer(reading_of(person), person.time_zone, (Reply("practice-finnish"),))
            on = not person.finnish_practice
            await PeopleRepository(session).set_reading(
                person.id, second_language=person.second_language, finnish_practice=on
            )
            person.finnish_practice = on
        log.info("finnish_practice person=%d on=%s", person.id, on)
        said = Reply("practice-started" if on else "practice-stopped", edit=edit)
        return Answer(reading_of(person), person.time_zone, (said,))

    async def _second_picker(self, sender: Sender) -> Answer:
        async with transaction(self._sessions) as session:
            person = await self._person(session, sender)
        picker = second_picker(self._translator, person)
        return Answer(reading_of(person), person.time_zone, (picker,))

    async def _set_second(self, sender: Sender, code: str, data: str) -> Answer:
        second = None if code == NONE else code
        if second is not None and second not in self._translator.languages:
            raise StaleButton(data=data[:20])
        async with transaction(self._sessions) as session:
            person = await self._person(session, sender)
            if second == person.language:
                second = None
            await PeopleRepository(session).set_reading(
                person.id, second_language=second, finnish_practice=person.finnish_practice
            )
            person.second_language = second
        log.info("second_language person=%d lang=%s", person.id, second)
        said = (
            Reply("language-second-set", {"second": second_name(second)}, edit=True)
            if second
            else Reply("language-second-removed", edit=True)
        )
        return Answer(reading_of(person), person.time_zone, (said,))

    async def _person(self, session: AsyncSession, sender: Sender) -> Person:
        person = await who_wrote(session, sender.telegram_user_id, self._clock.now())
        if person is None:
            raise NotRegistered()
        return person
