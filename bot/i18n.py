"""Fluent messages from ``locales/<lang>/*.ftl``: every string a person reads comes from here."""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_skeleton, format_time, get_datetime_format
from babel.lists import format_list
from fluent.runtime import FluentBundle, FluentResource

from bot.replies import Arg, Lines, Phrase, Short

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
FALLBACK = "en"

# The languages Polku is built for, in the order the picker shows them. A language is
# offered once locales/<code>/ exists; missing messages fall back to English.
SUPPORTED = ("fi", "sv", "en", "ar", "so", "ru", "uk", "fa", "et", "zh", "vi", "tr")
RIGHT_TO_LEFT = frozenset({"ar", "fa"})
LINK_SCHEMES = ("https://", "http://", "tg://")


@cache
def available_languages(locales_dir: Path = LOCALES_DIR) -> tuple[str, ...]:
    """Supported languages with messages in ``locales_dir``, in picker order."""
    return tuple(code for code in SUPPORTED if any((locales_dir / code).glob("*.ftl")))


def _load_bundle(locales_dir: Path, language: str) -> FluentBundle:
    bundle = FluentBundle([language], use_isolating=True)
    for path in sorted((locales_dir / language).glob("*.ftl")):
        resource = FluentResource(path.read_text(encoding="utf-8"))
        bundle.add_resource(resource)
    return bundle


PRACTICE_LANGUAGE = "fi"  # the language of the practice mode (/suomi)


@dataclass(frozen=True)
class Reading:
    """How a person reads Polku: their language, a second one, and Finnish practice.

    It travels as a string wherever a language does (answers, outbox rows): ``"so"``,
    ``"so,en"`` (Somali, then English before the deployment's default), ``"so+fi"`` (each
    message also in plain Finnish beneath), ``"so,en+fi"``. A bare code is a Reading too.
    """

    language: str
    second: str | None = None
    practice: bool = False

    @classmethod
    def parse(cls, spec: str) -> Reading:
        """The reading a spec string names."""
        languages, plus, _ = spec.partition("+")
        language, _, second = languages.partition(",")
        return cls(language, second or None, bool(plus))

    def __str__(self) -> str:
        second = f",{self.second}" if self.second and self.second != self.language else ""
        practice = (
            f"+{PRACTICE_LANGUAGE}" if self.practice and self.language != PRACTICE_LANGUAGE else ""
        )
        return f"{self.language}{second}{practice}"


class Reader(Protocol):
    """What :func:`reading_of` needs of a person (a ``store.models.Person``)."""

    language: str
    second_language: str | None
    finnish_practice: bool


def reading_of(person: Reader) -> str:
    """The spec string of how ``person`` reads Polku (see :class:`Reading`)."""
    return str(Reading(person.language, person.second_language, person.finnish_practice))


class Translator:
    """Formats Fluent messages in a person's language, falling back to English."""

    def __init__(self, locales_dir: Path = LOCALES_DIR, default: str = FALLBACK) -> None:
        self.languages = available_languages(locales_dir)
        if FALLBACK not in self.languages:
            raise FileNotFoundError(f"no {FALLBACK} messages in {locales_dir}")
        self.default = default if default in self.languages else FALLBACK
        self._bundles = {code: _load_bundle(locales_dir, code) for code in self.languages}

    def has(self, key: str, language: str = FALLBACK) -> bool:
        """Whether ``language`` itself defines ``key`` (no fallback)."""
        bundle = self._bundles.get(language)
        return bundle is not None and bundle.has_message(key)

    def match(self, code: str | None) -> str | None:
        """The available language for a client's IETF code ("fi-FI" → "fi"), if any."""
        if not code:
            return None
        base = code.replace("_", "-").split("-")[0].lower()
        return base if base in self.languages else None

    def text(
        self,
        language: str,
        key: str,
        args: Mapping[str, Arg] | None = None,
        time_zone: str = "Europe/Helsinki",
    ) -> str:
        """The message ``key`` in ``language``, as Telegram HTML.

        String arguments are HTML-escaped first: they may be what a person typed.
        Datetimes are shown in ``time_zone`` in the language's own format (Babel).

        Raises:
            KeyError: when not even English has the message (a programming error).
        """
        safe: dict[str, str | int | float] = {}
        links: dict[str, str] = {}
        for name, value in (args or {}).items():
            if isinstance(value, Lines):
                safe[name] = value.separator.join(
                    self.text(language, p.key, p.args, time_zone) for p in value.items
                )
            elif isinstance(value, Phrase):
                safe[name] = self.text(language, value.key, value.args, time_zone)
            elif isinstance(value, tuple):
                items = [self.text(language, p.key, p.args, time_zone) for p in value]
                safe[name] = (
                    format_list(items, locale=language)
                    if items
                    else self.text(language, "dialogue-no-answer")
                )
            elif isinstance(value, Short):
                safe[name] = self.short(language, value, time_zone)
            elif isinstance(value, datetime):
                safe[name] = self.datetime(language, value, time_zone)
            elif isinstance(value, date):
                safe[name] = format_date(value, format="medium", locale=language)
            elif isinstance(value, str) and value.startswith(LINK_SCHEMES):
                # Bidi isolation marks around a link would make it part of the link:
                # put a placeholder through Fluent and the bare link back afterwards.
                placeholder = f"\x00{len(links)}\x00"
                links[placeholder] = html.escape(value)
                safe[name] = placeholder
            elif isinstance(value, str):
                safe[name] = html.escape(value, quote=False)
            else:
                safe[name] = value
        for code in (language, self.default, FALLBACK):
            bundle = self._bundles.get(code)
            if bundle is None or not bundle.has_message(key):
                continue
            message = bundle.get_message(key)
            if message.value is None:
                continue
            text, errors = bundle.format_pattern(message.value, safe)
            if errors:
                log.warning("fluent_errors key=%s lang=%s count=%d", key, code, len(errors))
            result = str(text)
            for placeholder, link in links.items():
                result = result.replace(f"\u2068{placeholder}\u2069", link)
                result = result.replace(placeholder, link)
            return result
        raise KeyError(key)

    def read(
        self,
        spec: str,
        key: str,
        args: Mapping[str, Arg] | None = None,
        time_zone: str = "Europe/Helsinki",
        *,
        label: bool = False,
    ) -> str:
        """The message ``key`` as the reading ``spec`` asks (see :class:`Reading`).

        The person's language first; a message it lacks comes in their second language
        before the deployment's default. With Finnish practice the Finnish text follows
        beneath (``label``: on the same line, for a button).
        """
        reading = Reading.parse(spec)
        language = reading.language
        if reading.second and not self.has(key, language) and self.has(key, reading.second):
            language = reading.second
        text = self.text(language, key, args, time_zone)
        if not reading.practice or PRACTICE_LANGUAGE in (language, reading.language):
            return text
        finnish = self.text(PRACTICE_LANGUAGE, key, args, time_zone)
        if finnish == text:
            return text
        if label:
            return f"{text} · {finnish}"
        heading = self.text(reading.language, "practice-in-finnish")
        return f"{text}\n\n<i>{heading}</i>\n{finnish}"

    def datetime(self, language: str, value: datetime, time_zone: str) -> str:
        """``value`` as the language writes a date and a short time, in ``time_zone``."""
        local = value.astimezone(ZoneInfo(time_zone))
        date_text = format_date(local, format="medium", locale=language)
        time_text = format_time(local, format="short", locale=language)
        pattern = str(get_datetime_format("medium", locale=language))
        return pattern.replace("{1}", date_text).replace("{0}", time_text)

    def short(self, language: str, value: Short, time_zone: str) -> str:
        """A moment's local weekday and date ("ti 8.12.") or its short time ("9.30")."""
        local = value.value.astimezone(ZoneInfo(time_zone))
        if value.part == "day":
            return format_skeleton("MMMEd", local, locale=language)
        return format_time(local, format="short", locale=language)

    def is_rtl(self, language: str) -> bool:
        """Whether the language is written right to left."""
        return language in RIGHT_TO_LEFT
