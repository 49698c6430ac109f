"""Flow definitions: loading ``dialogues/*.yml`` and checking them at start-up."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml

DIALOGUES_DIR = Path(__file__).resolve().parents[2] / "dialogues"


class FlowError(Exception):
    """A flow file is wrong; the message names the file, the step and the problem."""


class AnswerType(StrEnum):
    """What kind of answer a question takes."""

    CHOICE = "choice"  # one of the options, as buttons
    MULTI = "multi"  # several options, toggled with buttons, then "Done"
    YES_NO = "yes_no"
    TEXT = "text"
    NUMBER = "number"
    YEAR = "year"
    DATE = "date"


@dataclass(frozen=True)
class Option:
    """A fixed answer: its stored value and the message key of its button."""

    value: str
    label: str
    label_args: Mapping[str, str] = field(default_factory=dict)
    label_language: str | None = None


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
    validate: str | None = None
    skippable: bool = False
    args: Mapping[str, str] = field(default_factory=dict)
    set_slots: Mapping[str, Any] = field(default_factory=dict)
    next: tuple[Branch, ...] = ()
    remind: bool = True
    # Free-text answers in the person's own words: offer a language switch if they are
    # written in another language.
    detect_language: bool = False

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


def _condition(raw: Any, where: str) -> Condition:
    if not isinstance(raw, dict) or len(raw) == 0:
        raise FlowError(f"{where}: a condition is a mapping such as {{slot: x, equals: y}}")
    if "all" in raw:
        return Condition(all_of=tuple(_condition(c, where) for c in raw["all"]))
    if "any" in raw:
        return Condition(any_of=tuple(_condition(c, where) for c in raw["any"]))
    if "not" in raw:
        return Condition(negate=_condition(raw["not"], where))
    if "slot" not in raw:
        raise FlowError(f"{where}: a condition needs 'slot' (or all / any / not)")
    operators = set(raw) - {"slot"}
    if len(operators) != 1 or not operators <= {"equals", "in", "contains", "is_set"}:
        raise FlowError(f"{where}: use exactly one of equals / in / contains / is_set")
    return Condition(
        slot=str(raw["slot"]),
        equals=raw.get("equals"),
        one_of=tuple(raw["in"]) if "in" in raw else None,
        contains=raw.get("contains"),
        is_set=raw.get("is_set"),
    )


def _branches(raw: Any, where: str) -> tuple[Branch, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        return (Branch(raw),)
    if isinstance(raw, dict) and "goto_slot" in raw:
        return (Branch(goto_slot=str(raw["goto_slot"]), return_to=raw.get("return_to")),)
    if not isinstance(raw, list):
        raise FlowError(f"{where}: 'next' is a step id or a list of {{if, goto}}")
    branches = []
    for item in raw:
        if not isinstance(item, dict) or "goto" not in item:
            raise FlowError(f"{where}: every 'next' entry needs 'goto'")
        when = _condition(item["if"], where) if "if" in item else None
        branches.append(Branch(str(item["goto"]), when))
    return tuple(branches)


_STEP_KEYS = {
    "ask", "say", "action", "end", "slot", "answer", "options", "options_from", "validate",
    "skippable", "args", "set", "next", "remind", "detect_language",
}  # fmt: skip


def _step(step_id: str, raw: Any, where: str) -> Step:
    if not isinstance(raw, dict):
        raise FlowError(f"{where}: a step is a mapping")
    unknown = set(raw) - _STEP_KEYS
    if unknown:
        raise FlowError(f"{where}: unknown keys {sorted(unknown)}")
    kinds = [k for k in ("ask", "say", "action", "end", "set") if k in raw]
    if not kinds:
        raise FlowError(f"{where}: a step needs ask, or say / action / set / end")
    if "ask" in raw and len(kinds) > 1 + ("set" in raw):
        raise FlowError(f"{where}: a question cannot also say, act or end")
    answer = None
    if "ask" in raw:
        if "slot" not in raw or "answer" not in raw:
            raise FlowError(f"{where}: a question needs 'slot' and 'answer'")
        try:
            answer = AnswerType(raw["answer"])
        except ValueError:
            known = ", ".join(a.value for a in AnswerType)
            raise FlowError(f"{where}: answer must be one of {known}") from None
    for option in raw.get("options") or []:
        value = option.get("value") if isinstance(option, dict) else option
        if isinstance(value, bool):
            # YAML 1.1 reads yes / no / on / off as true / false.
            raise FlowError(
                f"{where}: quote the option {str(value).lower()!r} (YAML reads it as true/false)"
            )
    options = tuple(
        Option(str(o["value"]), str(o["label"]))
        if isinstance(o, dict)
        else Option(str(o), f"option-{raw.get('slot', '')}-{o}")
        for o in raw.get("options") or []
    )
    if answer in (AnswerType.CHOICE, AnswerType.MULTI) and not (options or raw.get("options_from")):
        raise FlowError(f"{where}: a {answer} question needs options or options_from")
    return Step(
        id=step_id,
        ask=raw.get("ask"),
        say=raw.get("say"),
        action=raw.get("action"),
        end=raw.get("end"),
        slot=raw.get("slot"),
        answer=answer,
        options=options,
        options_from=raw.get("options_from"),
        validate=raw.get("validate"),
        skippable=bool(raw.get("skippable", False)),
        args={str(k): str(v) for k, v in (raw.get("args") or {}).items()},
        set_slots=dict(raw.get("set") or {}),
        next=_branches(raw.get("next"), where),
        remind=bool(raw.get("remind", True)),
        detect_language=bool(raw.get("detect_language", False)),
    )


def load_flow(path: Path) -> Flow:
    """Parse one flow file (structure only; :func:`check_flow` checks references)."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise FlowError(f"{path.name}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict) or not {"flow", "start", "steps"} <= set(raw):
        raise FlowError(f"{path.name}: needs 'flow', 'start' and 'steps'")
    steps: dict[str, Step] = {}
    for step_id, body in (raw["steps"] or {}).items():
        steps[str(step_id)] = _step(str(step_id), body, f"{path.name}, step {step_id}")
    action_slots = tuple(str(slot) for slot in raw.get("action_slots") or [])
    return Flow(str(raw["flow"]), str(raw["start"]), steps, path, action_slots)


@dataclass(frozen=True)
class Registry:
    """What flows may name, checked at load: actions, validators, option lists, messages."""

    actions: Mapping[str, Iterable[str]]  # action name -> slots it validates ({} for plain)
    option_sources: Mapping[str, Callable[[], list[Option]]]
    has_message: Callable[[str], bool]


def check_flow(flow: Flow, registry: Registry) -> None:
    """Fail with the file, the step and what is wrong, for any unknown reference.

    Raises:
        FlowError: an unknown step, action, validator, option list or message key.
    """
    name = flow.source.name

    def fail(step: Step, problem: str) -> None:
        raise FlowError(f"{name}, step {step.id}: {problem}")

    if flow.start not in flow.steps:
        raise FlowError(f"{name}: start step {flow.start!r} does not exist")
    slots = {s.slot for s in flow.steps.values() if s.slot} | set(flow.action_slots)
    for step in flow.steps.values():
        slots |= set(step.set_slots)
    for step in flow.steps.values():
        for key in (step.ask, step.say):
            if key is not None and not registry.has_message(key):
                fail(step, f"message {key!r} is not in locales/en")
        for option in step.options:
            if not registry.has_message(option.label):
                fail(step, f"option label {option.label!r} is not in locales/en")
        if step.action is not None and step.action not in registry.actions:
            fail(step, f"unknown action {step.action!r}")
        if step.validate is not None:
            validated = set(registry.actions.get(step.validate, ()))
            if step.validate not in registry.actions:
                fail(step, f"unknown validation action {step.validate!r}")
            if step.slot not in validated:
                fail(step, f"{step.validate!r} has no validate_{step.slot} method")
        if step.options_from is not None and step.options_from not in registry.option_sources:
            fail(step, f"unknown option list {step.options_from!r}")
        for branch in step.next:
            if branch.goto_slot is not None:
                chooser = next((q for q in flow.questions() if q.slot == branch.goto_slot), None)
                if chooser is None:
                    fail(step, f"goto_slot names {branch.goto_slot!r}, which no question asks")
                    continue
                targets = {o.value for o in chooser.options}
            else:
                targets = {branch.goto}
            if branch.return_to is not None:
                targets.add(branch.return_to)
            for target in sorted(targets - set(flow.steps)):
                fail(step, f"'next' names the unknown step {target!r}")
            if branch.when is not None:
                unknown_slots = branch.when.slots() - slots
                if unknown_slots:
                    fail(step, f"condition reads unknown slots {sorted(unknown_slots)}")
        for slot in step.args.values():
            if slot not in slots:
                fail(step, f"message argument reads the unknown slot {slot!r}")
        if step.end is None and not step.next:
            fail(step, "the step has no 'next' and does not 'end'")


def load_flows(registry: Registry, directory: Path = DIALOGUES_DIR) -> dict[str, Flow]:
    """Load and check every ``*.yml`` flow in ``directory``."""
    flows: dict[str, Flow] = {}
    for path in sorted(directory.glob("*.yml")):
        flow = load_flow(path)
        if flow.id in flows:
            raise FlowError(f"{path.name}: flow {flow.id!r} is defined twice")
        check_flow(flow, registry)
        flows[flow.id] = flow
    return flows
