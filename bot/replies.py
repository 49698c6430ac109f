"""What the core returns instead of talking to Telegram: message keys, arguments, buttons."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal


@dataclass(frozen=True, slots=True)
class Phrase:
    """A message used as an argument of another: translated first, in the same language."""

    key: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Lines:
    """Phrases shown one per line (a list of steps, of learners)."""

    items: tuple[Phrase, ...]
    separator: str = "\n"


@dataclass(frozen=True, slots=True)
class Short:
    """A moment shown briefly, for a button: its local ``day`` ("ti 8.12.") or ``time``."""

    value: datetime
    part: Literal["day", "time"]


# Datetimes are shown in the reader's time zone and locale format; a tuple of phrases is
# joined the way the language writes lists ("a, b and c").
Arg = str | int | float | datetime | date | Phrase | tuple[Phrase, ...] | Lines | Short

# Telegram's own limit for callback data.
MAX_CALLBACK_BYTES = 64


@dataclass(frozen=True, slots=True)
class Button:
    """An inline button: a label (message key) and callback data or a link.

    ``label_language`` renders the label in another language than the reader's; the
    language picker shows each language in its own words.
    """

    key: str
    data: str | None = None
    url: str | None = None
    args: dict[str, Arg] = field(default_factory=dict)
    label_language: str | None = None
    selected: bool = False  # a chosen option of a multiple choice: shown with a check

    def __post_init__(self) -> None:
        if (self.data is None) == (self.url is None):
            raise ValueError("a button has either callback data or a url")
        if self.data is not None and len(self.data.encode()) > MAX_CALLBACK_BYTES:
            raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {self.data!r}")

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe form, for the outbox."""
        return {
            "key": self.key,
            "data": self.data,
            "url": self.url,
            "args": _args_to_json(self.args),
            "label_language": self.label_language,
            "selected": self.selected,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Button:
        """Rebuild from :meth:`to_json`."""
        return cls(
            key=raw["key"],
            data=raw.get("data"),
            url=raw.get("url"),
            args=_args_from_json(raw.get("args") or {}),
            label_language=raw.get("label_language"),
            selected=bool(raw.get("selected")),
        )


@dataclass(frozen=True, slots=True)
class Asks:
    """The waiting question whose buttons a message shows: a dialogue's step.

    The adapter reports the id of the message it sent for such a reply back to the core
    (:meth:`bot.dialogue.conversations.Conversations.shown`), so that an answer typed
    later can take those buttons away. ``past`` marks the "this date has passed: keep
    it?" message of that date (ISO), asked at the step.
    """

    flow: str
    step: str
    past: str | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to show a person.

    Args are formatted into the Fluent message; string args are what people typed or
    named themselves and are escaped before they enter the formatted (HTML) text.
    ``edit`` asks the adapter to replace the message whose button was pressed;
    ``target`` to replace an earlier message of the person's chat, by its id (the core
    remembered it from :class:`Asks`); when that fails, the reply is dropped, not sent.
    ``asks`` marks a question with buttons (see :class:`Asks`).
    """

    key: str
    args: dict[str, Arg] = field(default_factory=dict)
    buttons: tuple[tuple[Button, ...], ...] = ()
    edit: bool = False
    target: int | None = None
    asks: Asks | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe form, for the outbox."""
        return {
            "key": self.key,
            "args": _args_to_json(self.args),
            "buttons": [[b.to_json() for b in row] for row in self.buttons],
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Reply:
        """Rebuild from :meth:`to_json`."""
        return cls(
            key=raw["key"],
            args=_args_from_json(raw.get("args") or {}),
            buttons=tuple(
                tuple(Button.from_json(b) for b in row) for row in raw.get("buttons") or []
            ),
        )


@dataclass(frozen=True, slots=True)
class Menu:
    """The command menu a chat should show: the commands of ``role`` in ``language``."""

    role: str | None
    language: str


@dataclass(frozen=True, slots=True)
class Answer:
    """What handling one update produced, and the language and time zone to show it in.

    ``toast`` is a message key shown briefly after a button press; ``menu`` is set when
    the person's role or language changed and their command menu must follow.
    """

    language: str
    time_zone: str
    replies: tuple[Reply, ...] = ()
    toast: str | None = None
    menu: Menu | None = None


def _arg_to_json(value: Arg) -> Any:
    if isinstance(value, Short):
        return {"short": value.value.isoformat(), "part": value.part}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, Phrase):
        return {"phrase": value.key, "args": _args_to_json(value.args)}
    if isinstance(value, tuple):
        return {"list": [_arg_to_json(v) for v in value]}
    if isinstance(value, Lines):
        return {"lines": [_arg_to_json(v) for v in value.items], "separator": value.separator}
    return value


def _arg_from_json(raw: Any) -> Arg:
    if not isinstance(raw, dict):
        return raw
    if "short" in raw:
        return Short(datetime.fromisoformat(raw["short"]), raw["part"])
    if "datetime" in raw:
        return datetime.fromisoformat(raw["datetime"])
    if "date" in raw:
        return date.fromisoformat(raw["date"])
    if "phrase" in raw:
        return Phrase(raw["phrase"], _args_from_json(raw.get("args") or {}))
    if "lines" in raw:
        items = tuple(_arg_from_json(v) for v in raw["lines"])
        return Lines(items, raw.get("separator", "\n"))  # type: ignore[arg-type]
    return tuple(_arg_from_json(v) for v in raw["list"])  # type: ignore[misc]


def _args_to_json(args: dict[str, Any]) -> dict[str, Any]:
    return {name: _arg_to_json(value) for name, value in args.items()}


def _args_from_json(raw: dict[str, Any]) -> dict[str, Any]:
    return {name: _arg_from_json(value) for name, value in raw.items()}
