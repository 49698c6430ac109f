"""Fluent messages from ``locales/<lang>/*.ftl``: every string a person reads comes from here."""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_skeleton, format_time, get_datetime_format
from babel.lists import format_list
from fluent.runtime import FluentBundle
from fluent.runtime.resolver import CurrentEnvironment, Pattern, ResolverEnvironment
from fluent.runtime.types import FluentFloat, FluentInt, FluentType
from fluent.runtime.utils import native_to_fluent
from fluent.syntax import FluentParser
from fluent.syntax import ast as FTL

from bot import language_config
from bot import text_direction as direction
from bot.replies import Arg, Lines, Phrase, Short

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
FALLBACK = "en"

# The languages Polku is built for, in the order the picker shows them
# (locales/languages.yml). A language is offered once locales/<code>/ has .ftl files;
# missing messages fall back to the deployment default, then English.
SUPPORTED = language_config.codes()
RIGHT_TO_LEFT = frozenset(code for code in SUPPORTED if language_config.is_rtl(code))
# Dates as the language writes day, month (a word where the locale uses one) and year:
# "8.12.2026", "8 Dec 2026", "8 ديسمبر 2026" -- never a row of digits and slashes that
# right-to-left text could split.
DATE_SKELETON = "yMMMd"
LINK_SCHEMES = ("https://", "http://", "tg://")


@cache
def available_languages(locales_dir: Path = LOCALES_DIR) -> tuple[str, ...]:
    """Supported languages with messages in ``locales_dir``, in picker order."""
    return tuple(code for code in SUPPORTED if any((locales_dir / code).glob("*.ftl")))


# The digits of the CLDR numbering systems a configured locale may default to (Babel formats
# with ASCII digits and leaves the transliteration to us). Unknown systems keep ASCII digits.
_SYSTEM_DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "arabext": "۰۱۲۳۴۵۶۷۸۹",
    "beng": "০১২৩৪৫৬৭৮৯",
    "deva": "०१२३४५६७८९",
    "mymr": "၀၁၂၃၄၅၆၇၈၉",
}


@cache
def _digits(locale: str) -> dict[int, str]:
    """A translation from ASCII digits to the locale's own (empty where they are ASCII)."""
    own = _SYSTEM_DIGITS.get(Locale.parse(locale).default_numbering_system, "0123456789")
    return {ord(str(d)): own[d] for d in range(10)} if own != "0123456789" else {}


def _localised(text: str, locale: str) -> str:
    """``text`` (a formatted date, time or number) in the locale's own digits."""
    table = _digits(locale)
    return text.translate(table) if table else text


def format_day(language: str, value: date) -> str:
    """A calendar day as ``language`` writes it ("8.12.2026", "8 Dec 2026", "۸ دسامبر ۲۰۲۶")."""
    locale = language_config.formats_locale(language)
    return _localised(format_skeleton(DATE_SKELETON, value, locale=locale), locale)


class _Text(FluentType, str):
    """A text argument: compared as itself by select expressions, shown isolated."""

    def format(self, locale: Locale) -> str:  # type: ignore[override]  # Fluent calls it so
        return direction.isolate(str(self))


class _Int(FluentInt):
    """An integer argument: isolated, in the locale's digits; plurals select on its value."""

    def format(self, locale: Locale) -> str:
        return direction.isolate(_localised(super().format(locale), str(locale)))


class _Float(FluentFloat):
    """A decimal argument, like :class:`_Int`."""

    def format(self, locale: Locale) -> str:
        return direction.isolate(_localised(super().format(locale), str(locale)))


class _Bundle(FluentBundle):
    """A bundle that keeps arguments that are Fluent types already (:class:`_Int`).

    ``FluentBundle.format_pattern`` turns every int into a plain ``FluentInt``, which would
    drop the isolation and the locale's digits; the rest is ``format_pattern`` as it is.
    """

    def format_pattern(
        self, pattern: Pattern, args: dict[str, Any] | None = None
    ) -> tuple[str | Any, list[Exception]]:
        fluent_args = {
            name: value if isinstance(value, FluentType) else native_to_fluent(value)
            for name, value in (args or {}).items()
        }
        errors: list[Exception] = []
        env = ResolverEnvironment(
            context=self, current=CurrentEnvironment(args=fluent_args), errors=errors
        )
        try:
            result = pattern(env)
        except ValueError as exc:
            errors.append(exc)
            result = "{???}"
        return result, errors


def _load_bundle(locales_dir: Path, language: str) -> FluentBundle:
    """The bundle of ``language``'s files, parsed once per process while they are unchanged
    (a bundle is not changed by formatting; tests and commands build many Translators)."""
    files = tuple(
        (path, path.stat().st_mtime_ns) for path in sorted((locales_dir / language).glob("*.ftl"))
    )
    return _parse_bundle(language, files)


@cache
def _parse_bundle(language: str, files: tuple[tuple[Path, int], ...]) -> FluentBundle:
    # Isolation is decided per argument kind in Translator.text (bot/text_direction.py), not by
    # Fluent around every placeable: a nested message or a list of lines is text of the
    # same language and must not be isolated (an isolate cannot span lines).
    bundle = _Bundle(
        [language_config.formats_locale(language).replace("_", "-")], use_isolating=False
    )
    # Without source positions (fluent.runtime's FluentResource keeps them; nothing here
    # reads them): every worker holds twelve languages, and this saves 7 MiB and a tenth
    # of the parsing time.
    parser = FluentParser(with_spans=False)
    for path, _changed in files:
        bundle.add_resource(parser.parse(path.read_text(encoding="utf-8")))
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
        Datetimes are shown in ``time_zone`` in the language's own format (Babel, the
        CLDR locale configured in ``locales/languages.yml``). Names, numbers and dates are
        isolated; right-to-left text gets its commands isolated and its lines anchored
        (``bot/text_direction.py``).

        Raises:
            KeyError: when not even English has the message (a programming error).
        """
        return self._format(language, key, args, time_zone, top=True)

    def _format(
        self,
        language: str,
        key: str,
        args: Mapping[str, Arg] | None,
        time_zone: str,
        *,
        top: bool = False,
    ) -> str:
        locale = language_config.formats_locale(language)
        safe: dict[str, Any] = {}
        links: dict[str, str] = {}
        for name, value in (args or {}).items():
            if isinstance(value, Lines):
                safe[name] = value.separator.join(
                    self._format(language, p.key, p.args, time_zone) for p in value.items
                )
            elif isinstance(value, Phrase):
                safe[name] = _Text(self._format(language, value.key, value.args, time_zone))
            elif isinstance(value, tuple):
                items = [self._format(language, p.key, p.args, time_zone) for p in value]
                safe[name] = _Text(
                    format_list(items, locale=locale)
                    if items
                    else self._format(language, "dialogue-no-answer", None, time_zone)
                )
            elif isinstance(value, Short):
                safe[name] = _Text(self.short(language, value, time_zone))
            elif isinstance(value, datetime):
                safe[name] = _Text(self.datetime(language, value, time_zone))
            elif isinstance(value, date):
                safe[name] = _Text(self.date(language, value))
            elif isinstance(value, str) and value.startswith(LINK_SCHEMES):
                # Bidi isolation marks around a link would make it part of the link:
                # put a placeholder through Fluent and the bare link back afterwards.
                placeholder = f"\x00{len(links)}\x00"
                links[placeholder] = html.escape(value)
                safe[name] = placeholder
            elif isinstance(value, str):
                safe[name] = _Text(html.escape(value, quote=False))
            elif isinstance(value, bool):
                safe[name] = int(value)
            elif isinstance(value, int):
                safe[name] = _Int(value)
            elif isinstance(value, float):
                safe[name] = _Float(value)
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
            if isinstance(message.value, FTL.Placeable):
                # A message that is one argument alone (a campaign's button text, a place)
                # is not a sentence of the language: no marks at all, as Fluent does.
                if result.startswith(direction.FSI) and result.count(direction.FSI) == 1:
                    result = result.removeprefix(direction.FSI).removesuffix(direction.PDI)
            elif top and language_config.is_rtl(code):
                result = direction.right_to_left(result)
            for placeholder, link in links.items():
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
        locale = language_config.formats_locale(language)
        local = value.astimezone(ZoneInfo(time_zone))
        date_text = format_skeleton(DATE_SKELETON, local, locale=locale)
        time_text = format_time(local, format="short", locale=locale)
        pattern = str(get_datetime_format("medium", locale=locale))
        return _localised(pattern.replace("{1}", date_text).replace("{0}", time_text), locale)

    def date(self, language: str, value: date) -> str:
        """A calendar day as the language writes it ("8.12.2026", "8 Dec 2026")."""
        return format_day(language, value)

    def short(self, language: str, value: Short, time_zone: str) -> str:
        """A moment's local weekday and date ("ti 8.12.") or its short time ("9.30")."""
        locale = language_config.formats_locale(language)
        local = value.value.astimezone(ZoneInfo(time_zone))
        if value.part == "day":
            return _localised(format_skeleton("MMMEd", local, locale=locale), locale)
        return _localised(format_time(local, format="short", locale=locale), locale)

    def is_rtl(self, language: str) -> bool:
        """Whether the language is written right to left."""
        return language_config.is_rtl(language)
