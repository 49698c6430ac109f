"""The language list: ``locales/languages.yml``, read once at start-up.

Adding a language is one line there and one folder of ``.ftl`` files; every list of
languages in the code (the picker, the formats, right-to-left display, language
recognition, the intake's "languages you speak") comes from here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from babel import Locale, UnknownLocaleError

CONFIG = Path(__file__).resolve().parent.parent / "locales" / "languages.yml"
SCRIPTS = frozenset({"latin", "cyrillic", "arabic", "han", "other"})


@dataclass(frozen=True, slots=True)
class Language:
    """One configured language.

    Attributes:
        code: The folder in ``locales/`` (ISO 639-1).
        formats: The CLDR locale for dates, times, numbers, lists and plural rules.
        direction: ``"ltr"`` or ``"rtl"``.
        script: The writing system, for recognising free text in the language.
        detect: langdetect's profile names for the language (empty: never recognised).
    """

    code: str
    formats: str
    direction: Literal["ltr", "rtl"]
    script: str
    detect: tuple[str, ...]


def load(path: Path = CONFIG) -> tuple[Language, ...]:
    """The languages in ``path``, in picker order.

    Raises:
        ValueError: on a malformed entry, naming the file and the entry.
    """
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = raw.get("languages") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{path}: expected a non-empty list under 'languages'")
    languages: list[Language] = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise ValueError(f"{path}: not a mapping: {entry!r}")
        code = str(entry.get("code", ""))
        formats = str(entry.get("formats", code))
        direction = entry.get("direction", "ltr")
        script = entry.get("script", "other")
        detect = entry.get("detect", [code])
        where = f"{path}: language {code!r}"
        if not code or code != code.lower() or any(lang.code == code for lang in languages):
            raise ValueError(f"{where}: a code must be lowercase and given once")
        if direction not in ("ltr", "rtl"):
            raise ValueError(f"{where}: direction must be ltr or rtl, not {direction!r}")
        if script not in SCRIPTS:
            raise ValueError(f"{where}: script must be one of {sorted(SCRIPTS)}")
        if not isinstance(detect, list):
            raise ValueError(f"{where}: detect must be a list of langdetect profile names")
        try:
            Locale.parse(formats)
        except (UnknownLocaleError, ValueError) as exc:
            raise ValueError(f"{where}: unknown CLDR locale {formats!r}") from exc
        languages.append(Language(code, formats, direction, script, tuple(str(d) for d in detect)))
    return tuple(languages)


@functools.cache
def configured() -> tuple[Language, ...]:
    """The languages of ``locales/languages.yml`` (read once per process)."""
    return load()


@functools.cache
def by_code() -> dict[str, Language]:
    """The configured languages by code."""
    return {language.code: language for language in configured()}


def codes() -> tuple[str, ...]:
    """The configured language codes, in picker order."""
    return tuple(language.code for language in configured())


def formats_locale(code: str) -> str:
    """The CLDR locale that formats ``code``'s dates and numbers (the code itself if unknown)."""
    language = by_code().get(code)
    return language.formats if language else code


def is_rtl(code: str) -> bool:
    """Whether ``code`` is written right to left."""
    language = by_code().get(code)
    return language is not None and language.direction == "rtl"
