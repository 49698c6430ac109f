"""Flow definitions: loading ``dialogues/*.yml`` and checking them at start-up.

A flow file is read in three passes, each failing with a :class:`FlowError` that names the
file, the step and the field: YAML (syntax, a key given twice), the pydantic models of the
file format (:class:`FlowSpec` and the models under it: keys, types, which keys go
together), then :func:`check_flow` (steps, actions, option lists and messages it names).
The engine works on the frozen dataclasses (:class:`Flow`, :class:`Step`, ...) built from
a checked file.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    StrictBool,
    Tag,
    ValidationError,
    model_validator,
)
from pydantic_core import ErrorDetails, PydanticCustomError

DIALOGUES_DIR = Path(__file__).resolve().parents[2] / "dialogues"


class FlowError(Exception):
    """A flow file is wrong; the message names the file, the step, the field and the problem.

    A start-up error for operators, not a :class:`bot.errors.PolkuError`: nobody in a chat
    is ever told about it.
    """


class PastDates(StrEnum):
    """What a date question does with a date that has passed."""

    REFUSE = "refuse"  # explain, and ask again (the default: a learner means the future)
    CONFIRM = "confirm"  # ask whether it is meant (a counsellor may record what was done)


class AnswerType(StrEnum):
    """What kind of answer a question takes."""

    CHOICE = "choice"  # one of the options, as buttons
    MULTI = "multi"  # several options, toggled with buttons, then "Done"
    YES_NO = "yes_no"
    TEXT = "text"
    NUMBER = "number"
    YEAR = "year"
    DATE = "date"
    # A message someone writes for others to read (a campaign's text): kept as typed,
    # line breaks too, up to 3000 characters.
    MESSAGE = "message"


@dataclass(frozen=True)
class Option:
    """A fixed answer: its stored value and the message key of its button."""

    value: str
    label: str
    label_args: Mapping[str, str] = field(default_factory=dict)
    label_language: str | None = None
    # In a multi question: choosing it clears the others, choosing another clears it
    # ("I need no help" next to kinds of help).
    exclusive: bool = False


@dataclass(frozen=True)
class Condition:
    """A test on slots: ``slot`` compared by one operator, or a combination."""

    slot: str | None = None
    equals: Any = None
    one_of: tuple[Any, ...] | None = None
    contains: Any = None
    is_set: bool | None = None
    all_of: tuple[Condition, ...] = ()
    any_of: tuple[Condition, ...] = ()
    negate: Condition | None = None

    def holds(self, slots: Mapping[str, Any]) -> bool:
        """Whether the condition holds for ``slots``."""
        if self.all_of:
            return all(c.holds(slots) for c in self.all_of)
        if self.any_of:
            return any(c.holds(slots) for c in self.any_of)
        if self.negate is not None:
            return not self.negate.holds(slots)
        value = slots.get(self.slot or "")
        if self.is_set is not None:
            return (value is not None and value != []) is self.is_set
        if self.one_of is not None:
            return value in self.one_of
        if self.contains is not None:
            return isinstance(value, list) and self.contains in value
        return bool(value == self.equals)

    def slots(self) -> set[str]:
        """Every slot the condition reads."""
        found = {self.slot} if self.slot else set()
        for child in (*self.all_of, *self.any_of, *([self.negate] if self.negate else [])):
            found |= child.slots()
        return found


@dataclass(frozen=True)
class Branch:
    """Go to ``goto`` when ``when`` holds (or always, without a condition).

    With ``goto_slot`` the next step is the one named by that slot's value (a question
    whose options are step ids); ``return_to`` then comes after that step's answer.
    """

    goto: str = ""
    when: Condition | None = None
    goto_slot: str | None = None
    return_to: str | None = None

    def target(self, slots: Mapping[str, Any]) -> str:
        """The step this branch leads to."""
        return str(slots.get(self.goto_slot)) if self.goto_slot else self.goto


@dataclass(frozen=True)
class Step:
    """One step of a flow: a question (ask), or things to do (set, say, action, end)."""

    id: str
    ask: str | None = None
    say: str | None = None
    action: str | None = None
    end: str | None = None
    slot: str | None = None
    answer: AnswerType | None = None
    options: tuple[Option, ...] = ()
    options_from: str | None = None
    # A slot an action filled with option mappings ({value, label, args}): options that
    # depend on the data (a list of counsellors), fixed while the question waits.
    options_slot: str | None = None
    validate: str | None = None
    skippable: bool = False
    args: Mapping[str, str] = field(default_factory=dict)
    set_slots: Mapping[str, Any] = field(default_factory=dict)
    next: tuple[Branch, ...] = ()
    remind: bool = True
    # Free-text answers in the person's own words: offer a language switch if they are
    # written in another language.
    detect_language: bool = False
    # A Back button (questions after the first); off where going back makes no sense.
    back: bool = True
    past: PastDates = PastDates.REFUSE
    # Answered by typing, or left: the question's message loses its buttons (its id is kept
    # and the message edited). ``tidy: false``, for an offer made again under every new
    # text: no edit; each copy's buttons carry its own mark, so an old copy's press is
    # stale ("this button no longer works") and cannot act on the newest one.
    tidy: bool = True

    def following(self, slots: Mapping[str, Any]) -> Branch | None:
        """The branch taken for ``slots``, or None at the end."""
        for branch in self.next:
            if branch.when is None or branch.when.holds(slots):
                return branch
        return None


@dataclass(frozen=True)
class Flow:
    """A named flow: its steps by stable id and the first one."""

    id: str
    start: str
    steps: Mapping[str, Step]
    source: Path
    # Slots that actions set (questions and ``set`` declare the others).
    action_slots: tuple[str, ...] = ()

    def step(self, step_id: str) -> Step:
        """The step with this id (raises KeyError for an id no longer in the flow)."""
        return self.steps[step_id]

    def questions(self) -> list[Step]:
        """Every question step, in file order."""
        return [s for s in self.steps.values() if s.ask is not None]


# --- The file format -------------------------------------------------------------------
# Pydantic models describe a flow file exactly; :func:`_build` turns a checked file into
# the runtime dataclasses above. Tags of the tagged unions are written <like-this> so that
# error locations can drop them.


def _rule(problem: str, field: str | None = None) -> PydanticCustomError:
    """A format rule broken; ``field`` names the key when the check runs on the whole step."""
    context = {"problem": problem} if field is None else {"problem": problem, "field": field}
    return PydanticCustomError("flow_rule", "{problem}", context)


class _Spec(BaseModel):
    # A misspelt key is an error; numbers are read as text where text is expected, as
    # the loader always did (``str(...)``), but never booleans. Validators are built at the
    # first load, once, for FlowSpec only (building each model's own costs ~30 ms at import).
    model_config = ConfigDict(
        extra="forbid", frozen=True, coerce_numbers_to_str=True, defer_build=True
    )


def _not_a_boolean(value: Any) -> Any:
    if isinstance(value, bool):
        # YAML 1.1 reads yes / no / on / off as true / false.
        written = '"yes", "on" or "true"' if value else '"no", "off" or "false"'
        raise _rule(f"YAML reads this option as {str(value).lower()}: quote it ({written})")
    return value


OptionValue = Annotated[str, BeforeValidator(_not_a_boolean)]


class OptionSpec(_Spec):
    """``{value: v, label: message-key, exclusive: true}``: a fixed answer with its own label."""

    value: OptionValue
    label: str
    exclusive: StrictBool = False


def _option_kind(raw: Any) -> str:
    return "<mapping>" if isinstance(raw, dict) else "<value>"


OptionEntry = Annotated[
    Annotated[OptionSpec, Tag("<mapping>")] | Annotated[OptionValue, Tag("<value>")],
    Discriminator(_option_kind),
]


class SlotTest(_Spec):
    """``{slot: x, equals: v}`` and its siblings ``in``, ``contains``, ``is_set``."""

    slot: str
    equals: Any = None
    one_of: list[Any] = Field(default_factory=list, alias="in")
    contains: Any = None
    is_set: StrictBool = False

    @model_validator(mode="after")
    def _one_operator(self) -> SlotTest:
        if len(self.model_fields_set & _OPERATORS) != 1:
            raise _rule("use exactly one of equals / in / contains / is_set")
        return self


_OPERATORS = {"equals", "one_of", "contains", "is_set"}


class AllOf(_Spec):
    """``{all: [conditions]}``: every one holds."""

    all_of: list[ConditionSpec] = Field(alias="all", min_length=1)


class AnyOf(_Spec):
    """``{any: [conditions]}``: at least one holds."""

    any_of: list[ConditionSpec] = Field(alias="any", min_length=1)


class NotSpec(_Spec):
    """``{not: condition}``: the condition does not hold."""

    negate: ConditionSpec = Field(alias="not")


def _condition_kind(raw: Any) -> str | None:
    if not isinstance(raw, dict):
        return None
    return next((f"<{key}>" for key in ("all", "any", "not") if key in raw), "<slot>")


ConditionSpec = Annotated[
    Annotated[SlotTest, Tag("<slot>")]
    | Annotated[AllOf, Tag("<all>")]
    | Annotated[AnyOf, Tag("<any>")]
    | Annotated[NotSpec, Tag("<not>")],
    Discriminator(
        _condition_kind,
        custom_error_type="flow_condition",
        custom_error_message="not a condition",
    ),
]


class BranchSpec(_Spec):
    """``{if: condition, goto: step}``, or ``{goto: step}`` as the last, unconditional one."""

    goto: str
    when: ConditionSpec | None = Field(None, alias="if")


class GotoSlotSpec(_Spec):
    """``{goto_slot: slot, return_to: step}``: the step named by a slot's value."""

    goto_slot: str
    return_to: str | None = None


def _next_kind(raw: Any) -> str | None:
    if isinstance(raw, str):
        return "<step>"
    if isinstance(raw, list):
        return "<branches>"
    return "<goto_slot>" if isinstance(raw, dict) and "goto_slot" in raw else None


NextSpec = Annotated[
    Annotated[str, Tag("<step>")]
    | Annotated[list[BranchSpec], Tag("<branches>")]
    | Annotated[GotoSlotSpec, Tag("<goto_slot>")],
    Discriminator(
        _next_kind, custom_error_type="flow_next", custom_error_message="not a next step"
    ),
]

# Keys that only a question ("ask") takes, as written in the file.
_QUESTION_KEYS = (
    "slot", "answer", "options", "options_from", "options_slot", "validate", "skippable",
    "remind", "detect_language", "back", "past", "tidy",
)  # fmt: skip


class StepSpec(_Spec):
    """One step: a question (``ask``), or things to do (``say``, ``action``, ``set``, ``end``)."""

    ask: str | None = None
    say: str | None = None
    action: str | None = None
    end: str | None = None
    set_slots: dict[str, Any] | None = Field(None, alias="set")
    slot: str | None = None
    answer: AnswerType | None = None
    options: list[OptionEntry] | None = None
    options_from: str | None = None
    options_slot: str | None = None
    validator: str | None = Field(None, alias="validate")
    skippable: StrictBool = False
    args: dict[str, str] | None = None
    next: NextSpec | None = None
    remind: StrictBool = True
    detect_language: StrictBool = False
    back: StrictBool = True
    past: PastDates = PastDates.REFUSE
    tidy: StrictBool = True

    @model_validator(mode="after")
    def _one_kind(self) -> StepSpec:
        given = {_KEY_OF.get(name, name) for name in self.model_fields_set}
        doing = [k for k in ("say", "action", "end") if getattr(self, k) is not None]
        if self.set_slots is not None:
            doing.append("set")
        stray = next((key for key in _QUESTION_KEYS if key in given), None)
        if self.ask is None:
            if stray is not None and not doing:
                problem = f'missing: "{stray}" belongs to a question, which needs "ask"'
                raise _rule(f"{problem} (the message key of the question)", "ask")
            if not doing:
                raise _rule('a step needs "ask" (a question), or "say" / "action" / "set" / "end"')
            if stray is not None:
                raise _rule(f'only a question takes "{stray}", and this step has no "ask"', stray)
            return self
        for other in doing:
            if other != "set":
                raise _rule(f'a question cannot also "{other}": give that a step of its own', other)
        if self.slot is None:
            raise _rule('missing: a question needs "slot" (where the answer goes)', "slot")
        if self.answer is None:
            raise _rule(f"missing: a question needs an answer type, one of {_ANSWERS}", "answer")
        if not self.tidy and self.past is PastDates.CONFIRM:
            raise _rule(
                '"tidy: false" cannot go with "past: confirm" (its question is tracked)', "tidy"
            )
        choosing = self.answer in (AnswerType.CHOICE, AnswerType.MULTI)
        if choosing and not (self.options or self.options_from or self.options_slot):
            problem = f'a {self.answer} question needs "options", "options_from" or "options_slot"'
            raise _rule(problem, "options")
        for key in ("options", "options_from", "options_slot"):
            if not choosing and key in given:
                raise _rule(f'only choice and multi questions take "{key}"', key)
        if "past" in given and self.answer is not AnswerType.DATE:
            raise _rule('only a date question takes "past"', "past")
        exclusive = any(isinstance(o, OptionSpec) and o.exclusive for o in self.options or ())
        if exclusive and self.answer is not AnswerType.MULTI:
            raise _rule('only the options of a multi question can be "exclusive"', "options")
        return self


_KEY_OF = {"set_slots": "set", "validator": "validate"}  # field name -> key in the file
_ANSWERS = ", ".join(a.value for a in AnswerType)


class FlowSpec(_Spec):
    """A flow file: ``flow``, ``start``, ``steps`` and optionally ``action_slots``.

    Top-level keys starting with ``x-`` are ignored: they hold YAML anchors
    (``x-levels: &levels ...``) for steps to share.
    """

    flow: str
    start: str
    action_slots: list[str] | None = None
    steps: dict[str, StepSpec] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _drop_anchors(cls, raw: Any) -> Any:
        if not isinstance(raw, dict):
            return raw
        return {k: v for k, v in raw.items() if not (isinstance(k, str) and k.startswith("x-"))}


_SPECS: tuple[type[_Spec], ...] = (
    FlowSpec, StepSpec, OptionSpec, BranchSpec, GotoSlotSpec, SlotTest, AllOf, AnyOf, NotSpec,
)  # fmt: skip
_KNOWN_KEYS = sorted({f.alias or n for m in _SPECS for n, f in m.model_fields.items()})


# --- Reading a file --------------------------------------------------------------------

_ROOT = DIALOGUES_DIR.parent
# libyaml, where PyYAML was built with it: ten times faster than the pure-Python parser.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _shown(path: Path) -> str:
    """The path as messages show it: relative to the project (``dialogues/intake.yml``)."""
    try:
        return path.resolve().relative_to(_ROOT).as_posix()
    except ValueError:
        return str(path)


def _field(path: Sequence[str | int]) -> str:
    """``field "options", entry 2, "label"`` for a location inside a step or the file."""
    parts = [f"entry {p + 1}" if isinstance(p, int) else f'"{p}"' for p in path]
    return "field " + ", ".join(parts)


def _where(name: str, path: Sequence[str | int]) -> tuple[str, list[str | int]]:
    """``file, step "id"`` and the rest of the location, from a location in the file."""
    if len(path) >= 2 and path[0] == "steps":
        return f'{name}, step "{path[1]}"', list(path[2:])
    return name, list(path)


def _read_yaml(path: Path, name: str) -> Any:
    """The file's data; a syntax error or a key given twice names the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FlowError(f"{name}: cannot be read ({exc})") from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _unique_keys(node, [], name, set())
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f", line {mark.line + 1}" if mark is not None else ""
        raise FlowError(f"{name}{line}: not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise FlowError(f"{name}: not valid YAML: {exc}") from None
    finally:
        loader.dispose()


def _unique_keys(node: yaml.Node, path: list[str | int], name: str, seen: set[int]) -> None:
    """Fail on a key given twice in one mapping (PyYAML would keep the last silently)."""
    if id(node) in seen:  # an alias of a node checked already
        return
    seen.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _unique_keys(item, [*path, index], name, seen)
    elif isinstance(node, yaml.MappingNode):
        lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag.endswith(":merge"):
                continue
            line = key_node.start_mark.line + 1
            if key in lines:
                where, rest = _where(name, [*path, key])
                if path == ["steps"]:
                    problem = f"two steps have this id (lines {lines[key]} and {line})"
                    raise FlowError(f"{where}: {problem}")
                raise FlowError(
                    f"{where}: {_field(rest)}: given twice (lines {lines[key]} and {line})"
                )
            lines[key] = line
            _unique_keys(value_node, [*path, key], name, seen)


def _kind(value: Any) -> str:
    """What a YAML value is, in words."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, int | float):
        return f"the number {value}"
    return "a list" if isinstance(value, list) else "a mapping"


def _problem(error: ErrorDetails, rest: list[str | int]) -> str:
    """Pydantic's error type in plain words."""
    kind, given = error["type"], error.get("input")
    if kind == "missing":
        return "missing"
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(rest[-1]) if rest else "", _KNOWN_KEYS, n=1)
        return "not a known key" + (f' (did you mean "{close[0]}"?)' if close else "")
    if kind == "enum":
        return f"{_kind(given)} is not one of {_ANSWERS}"
    if kind == "flow_rule":
        return str(error.get("ctx", {}).get("problem"))
    if kind == "flow_next":
        return (
            f"{_kind(given)} is not a step id, a list of {{if, goto}} or {{goto_slot, return_to}}"
        )
    if kind == "flow_condition":
        return f"{_kind(given)} is not a condition such as {{slot: x, equals: y}}"
    if kind == "string_type":
        return f"expected text, not {_kind(given)}"
    if kind == "bool_type":
        return f"expected true or false, not {_kind(given)}"
    if kind == "list_type":
        return f"expected a list, not {_kind(given)}"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"expected a mapping, not {_kind(given)}"
    if kind == "too_short":
        return "needs at least one entry"
    return error["msg"]


def _describe(error: ErrorDetails, name: str) -> str:
    """One validation error as ``file, step "id": field "key": problem``."""
    path = [p for p in error["loc"] if not (isinstance(p, str) and p.startswith("<"))]
    if "[key]" in path:  # a mapping key that YAML read as true, false or null
        where, rest = _where(name, path[: path.index("[key]") - 1])
        problem = f"the key {_kind(error.get('input'))} must be text: quote it"
        return f"{where}: {_field(rest)}: {problem}" if rest else f"{where}: {problem}"
    field, given = error.get("ctx", {}).get("field"), error.get("input")
    where, rest = _where(name, [*path, field] if field else path)
    problem = _problem(error, rest)
    if not rest:
        if error["type"] == "model_type" and where == name:
            problem = (
                f'a flow file is a mapping with "flow", "start" and "steps", not {_kind(given)}'
            )
        elif error["type"] == "model_type":
            problem = (
                f"a step is a mapping of keys (ask, say, action, next ...), not {_kind(given)}"
            )
        return f"{where}: {problem}"
    return f"{where}: {_field(rest)}: {problem}"


def _spec(raw: Any, name: str) -> FlowSpec:
    """The file's data checked against :class:`FlowSpec`.

    Raises:
        FlowError: one line per problem, each naming the file, the step and the field.
    """
    if raw is None:
        raise FlowError(f'{name}: the file is empty; a flow needs "flow", "start" and "steps"')
    try:
        return FlowSpec.model_validate(raw)
    except ValidationError as exc:
        lines = dict.fromkeys(_describe(error, name) for error in exc.errors())
        raise FlowError("\n".join(lines)) from None


# --- Building the runtime flow ---------------------------------------------------------


def _condition(spec: SlotTest | AllOf | AnyOf | NotSpec) -> Condition:
    if isinstance(spec, AllOf):
        return Condition(all_of=tuple(_condition(c) for c in spec.all_of))
    if isinstance(spec, AnyOf):
        return Condition(any_of=tuple(_condition(c) for c in spec.any_of))
    if isinstance(spec, NotSpec):
        return Condition(negate=_condition(spec.negate))
    given = spec.model_fields_set
    return Condition(
        slot=spec.slot,
        equals=spec.equals,
        one_of=tuple(spec.one_of) if "one_of" in given else None,
        contains=spec.contains,
        is_set=spec.is_set if "is_set" in given else None,
    )


def _branches(spec: str | list[BranchSpec] | GotoSlotSpec | None) -> tuple[Branch, ...]:
    if spec is None:
        return ()
    if isinstance(spec, str):
        return (Branch(spec),)
    if isinstance(spec, GotoSlotSpec):
        return (Branch(goto_slot=spec.goto_slot, return_to=spec.return_to),)
    return tuple(Branch(b.goto, _condition(b.when) if b.when is not None else None) for b in spec)


def _step(step_id: str, spec: StepSpec) -> Step:
    options = tuple(
        Option(o.value, o.label, exclusive=o.exclusive)
        if isinstance(o, OptionSpec)
        else Option(o, f"option-{spec.slot or ''}-{o}")
        for o in spec.options or ()
    )
    return Step(
        id=step_id,
        ask=spec.ask,
        say=spec.say,
        action=spec.action,
        end=spec.end,
        slot=spec.slot,
        answer=spec.answer,
        options=options,
        options_from=spec.options_from,
        options_slot=spec.options_slot,
        validate=spec.validator,
        skippable=spec.skippable,
        args=dict(spec.args or {}),
        set_slots=dict(spec.set_slots or {}),
        next=_branches(spec.next),
        remind=spec.remind,
        detect_language=spec.detect_language,
        back=spec.back,
        past=spec.past,
        tidy=spec.tidy,
    )


def load_flow(path: Path) -> Flow:
    """Parse and validate one flow file (:func:`check_flow` then checks its references).

    Raises:
        FlowError: a syntax error (with its line), a key given twice, or a file that does
            not fit :class:`FlowSpec`; the message names the file, the step and the field.
    """
    name = _shown(path)
    spec = _spec(_read_yaml(path, name), name)
    steps = {step_id: _step(step_id, body) for step_id, body in spec.steps.items()}
    return Flow(spec.flow, spec.start, steps, path, tuple(spec.action_slots or ()))


@dataclass(frozen=True)
class Registry:
    """What flows may name, checked at load: actions, validators, option lists, messages."""

    actions: Mapping[str, Iterable[str]]  # action name -> slots it validates ({} for plain)
    option_sources: Mapping[str, Callable[[], list[Option]]]
    has_message: Callable[[str], bool]


def check_flow(flow: Flow, registry: Registry) -> None:
    """Fail with the file, the step, the field and what is wrong, for any unknown reference.

    Raises:
        FlowError: an unknown step, action, validator, option list, slot or message key.
    """
    name = _shown(flow.source)

    def fail(step: Step, path: Sequence[str | int], problem: str) -> None:
        raise FlowError(f'{name}, step "{step.id}": {_field(path)}: {problem}')

    if flow.start not in flow.steps:
        raise FlowError(f'{name}: {_field(["start"])}: there is no step "{flow.start}"')
    slots = {s.slot for s in flow.steps.values() if s.slot} | set(flow.action_slots)
    for step in flow.steps.values():
        slots |= set(step.set_slots)
    for step in flow.steps.values():
        for key, message in (("ask", step.ask), ("say", step.say)):
            if message is not None and not registry.has_message(message):
                fail(step, [key], f'message "{message}" is not in locales/en')
        for index, option in enumerate(step.options):
            if not registry.has_message(option.label):
                fail(step, ["options", index], f'label "{option.label}" is not in locales/en')
        if step.action is not None and step.action not in registry.actions:
            fail(step, ["action"], f'unknown action "{step.action}"')
        if step.validate is not None:
            validated = set(registry.actions.get(step.validate, ()))
            if step.validate not in registry.actions:
                fail(step, ["validate"], f'unknown validation action "{step.validate}"')
            if step.slot not in validated:
                fail(step, ["validate"], f'"{step.validate}" has no validate_{step.slot} method')
        if step.options_from is not None and step.options_from not in registry.option_sources:
            fail(step, ["options_from"], f'unknown option list "{step.options_from}"')
        if step.options_slot is not None and step.options_slot not in flow.action_slots:
            problem = f'"{step.options_slot}" is not in action_slots (an action fills it)'
            fail(step, ["options_slot"], problem)
        for index, branch in enumerate(step.next):
            at: list[str | int] = ["next", index] if len(step.next) > 1 else ["next"]
            if branch.goto_slot is not None:
                chooser = next((q for q in flow.questions() if q.slot == branch.goto_slot), None)
                if chooser is None:
                    fail(step, [*at, "goto_slot"], f'no question asks "{branch.goto_slot}"')
                    continue
                for target in sorted({o.value for o in chooser.options} - set(flow.steps)):
                    problem = f'"{branch.goto_slot}" has the option "{target}", which is no step'
                    fail(step, [*at, "goto_slot"], problem)
            elif branch.goto not in flow.steps:
                fail(step, at, f'there is no step "{branch.goto}"')
            if branch.return_to is not None and branch.return_to not in flow.steps:
                fail(step, [*at, "return_to"], f'there is no step "{branch.return_to}"')
            if branch.when is not None:
                unknown_slots = sorted(branch.when.slots() - slots)
                if unknown_slots:
                    listed = ", ".join(f'"{s}"' for s in unknown_slots)
                    fail(step, [*at, "if"], f"the condition reads unknown slots {listed}")
        for argument, slot in step.args.items():
            if slot not in slots:
                fail(step, ["args", argument], f'no question, action or "set" fills "{slot}"')
        if step.end is None and not step.next:
            fail(step, ["next"], 'missing: the step neither goes on nor has "end"')


def load_flows(registry: Registry, directory: Path = DIALOGUES_DIR) -> dict[str, Flow]:
    """Load, validate and check every ``*.yml`` flow in ``directory``.

    Args:
        registry: what flows may name.
        directory: where the flow files are (tests pass their own).

    Returns:
        The flows by id.

    Raises:
        FlowError: naming the file, the step and the field of the first file that is wrong.
    """
    flows: dict[str, Flow] = {}
    for path in sorted(directory.glob("*.yml")):
        flow = load_flow(path)
        if flow.id in flows:
            other = _shown(flows[flow.id].source)
            problem = f'the flow id "{flow.id}" is used by {other} too'
            raise FlowError(f"{_shown(path)}: {_field(['flow'])}: {problem}")
        check_flow(flow, registry)
        flows[flow.id] = flow
    return flows
