"""The campaign file (YAML): its pydantic model, and errors that name the field and line.

The format is documented in bot/campaigns/README.md.
"""

from __future__ import annotations

import string
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.campaigns.audience import Audience
from bot.i18n import available_languages
from store.models import CampaignRepeat

# What a text may say in braces; everything else in braces is an error.
PLACEHOLDERS = ("first_name", "counsellor_name", "date")
MAX_BUTTONS = 3
MAX_LABEL = 40  # Telegram shows about this much of a button on a phone
MAX_TEXT = 3000  # below Telegram's 4096, leaving room for the mute line


class CampaignFileError(Exception):
    """A campaign file that cannot be used; one line per problem, naming field and line."""


def placeholders_in(text: str) -> list[str]:
    """The placeholders ``text`` uses.

    Raises:
        ValueError: an unknown placeholder, a format spec or a stray brace.
    """
    found = []
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            raise ValueError(f"unknown placeholder {{{name}}}: use {known} (or {{{{ for a brace)")
        found.append(name)
    return found


class CampaignFile(BaseModel):
    """A campaign as written in its file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=200)
    audience: Audience = Field(default_factory=Audience)
    messages: dict[str, str]
    fallback: str
    buttons: dict[str, list[str]] = Field(default_factory=dict)
    send_at: datetime | None = None
    repeat: CampaignRepeat = CampaignRepeat.NONE
    until: date | datetime | None = None

    @field_validator("messages")
    @classmethod
    def _messages(cls, value: dict[str, str]) -> dict[str, str]:
        if not value:
            raise ValueError("give the text in at least one language")
        for language, text in value.items():
            _language(language)
            if not text.strip():
                raise ValueError(f"{language}: the text is empty")
            if len(text) > MAX_TEXT:
                raise ValueError(f"{language}: longer than {MAX_TEXT} characters")
            try:
                placeholders_in(text)
            except ValueError as exc:
                raise ValueError(f"{language}: {exc}") from None
        return value

    @field_validator("buttons")
    @classmethod
    def _buttons(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for language, labels in value.items():
            _language(language)
            if not 1 <= len(labels) <= MAX_BUTTONS:
                raise ValueError(f"{language}: 1 to {MAX_BUTTONS} buttons")
            for label in labels:
                if not label.strip() or len(label) > MAX_LABEL:
                    raise ValueError(f"{language}: a label is 1 to {MAX_LABEL} characters")
        if len({len(labels) for labels in value.values()}) > 1:
            raise ValueError("every language needs the same number of buttons")
        return value

    @field_validator("send_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("needs a UTC offset, as in 2026-12-03T10:00:00+02:00")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> CampaignFile:
        if self.fallback not in self.messages:
            raise ValueError(f"fallback: no text in messages for {self.fallback!r}")
        if self.buttons and self.fallback not in self.buttons:
            raise ValueError(f"buttons: no labels for the fallback language {self.fallback!r}")
        for language in self.buttons:
            if language not in self.messages:
                raise ValueError(f"buttons: labels for {language!r}, which has no text")
        if self.repeat is not CampaignRepeat.NONE and self.until is None:
            raise ValueError("until: a repeating campaign needs an end date")
        if self.repeat is CampaignRepeat.NONE and self.until is not None:
            raise ValueError("until: only for a repeating campaign (repeat: daily or weekly)")
        return self

    def until_at(self, zone: Any) -> datetime | None:
        """The end of repeating, as an aware datetime (a date means the end of that day)."""
        if self.until is None or isinstance(self.until, datetime):
            if isinstance(self.until, datetime) and self.until.tzinfo is None:
                return self.until.replace(tzinfo=zone)
            return self.until
        return datetime.combine(self.until, time(23, 59, 59), tzinfo=zone)


def _language(code: str) -> None:
    if code not in available_languages():
        raise ValueError(
            f"{code}: not a language Polku speaks ({', '.join(available_languages())})"
        )


def load_campaign_file(path: Path) -> CampaignFile:
    """Read and check a campaign file.

    Raises:
        CampaignFileError: naming the file, the field and its line for every problem.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CampaignFileError(f"{path}: cannot read: {exc.strerror}") from None
    return parse_campaign(text, str(path))


def parse_campaign(text: str, name: str = "<campaign>") -> CampaignFile:
    """Check a campaign given as YAML text; see :func:`load_campaign_file`."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        raw = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = f", line {mark.line + 1}" if mark is not None else ""
        raise CampaignFileError(f"{name}{line}: not valid YAML: {exc.problem}") from None
    if not isinstance(raw, dict) or node is None:
        raise CampaignFileError(f"{name}, line 1: a campaign is a mapping (name:, messages: ...)")
    lines: dict[tuple[str, ...], int] = {}
    _index(node, (), lines)
    try:
        return CampaignFile.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc: tuple[str, ...] = tuple(str(part) for part in error["loc"])
            message = str(error["msg"]).removeprefix("Value error, ")
            if not loc and message.split(":")[0] in CampaignFile.model_fields:
                loc = (message.split(":")[0],)
                message = message.split(":", 1)[1].strip()
            head, _, rest = message.partition(": ")
            if rest and (*loc, head) in lines:
                # "fi: unknown placeholder" inside messages: point at the fi line.
                loc, message = (*loc, head), rest
            where = ".".join(loc) or "campaign"
            problems.append(f"{name}, line {_line_of(loc, lines)}: {where}: {message}")
        raise CampaignFileError("\n".join(dict.fromkeys(problems))) from None


def _index(node: yaml.Node, path: tuple[str, ...], lines: dict[tuple[str, ...], int]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = (*path, str(key.value))
            lines[child] = key.start_mark.line + 1
            _index(value, child, lines)
            lines[child] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*path, str(i)), lines)


def _line_of(loc: tuple[str, ...], lines: dict[tuple[str, ...], int]) -> int:
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return 1
