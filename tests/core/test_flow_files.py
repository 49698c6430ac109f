"""Flow files are validated by the pydantic models of their format.

A malformed file fails with a :class:`FlowError` naming the file, the step and the field
in plain words: never a bare ``KeyError`` nor pydantic's own report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.flow import (
    DIALOGUES_DIR,
    AnswerType,
    Branch,
    Condition,
    FlowError,
    Option,
    Registry,
    check_flow,
    load_flow,
    load_flows,
)
from bot.i18n import Translator

EN = Translator()
REGISTRY = Registry(
    actions={"validate_form": ("name",), "action_x": ()},
    option_sources={"things": lambda: [Option("a", "dialogue-yes")]},
    has_message=lambda key: EN.has(key, "en"),
)
SHIPPED = sorted(DIALOGUES_DIR.glob("*.yml"))

# Line numbers in the expected messages below count from "flow: f" as line 1.
GOOD = """\
flow: f
start: name
steps:
  name:
    ask: intake-preferred-name
    slot: name
    answer: text
    validate: validate_form
    next: goal
  goal:
    ask: intake-goal
    slot: goal
    answer: choice
    options: [work_soon, {value: other, label: dialogue-yes}]
    next:
      - if: {slot: goal, equals: other}
        goto: done
      - goto: act
  act:
    action: action_x
    next: done
  done:
    say: intake-done
    end: completed
"""
ANSWERS = "choice, multi, yes_no, text, number, year, date, message"


def write(tmp_path: Path, body: str, name: str = "f.yml") -> Path:
    (tmp_path / name).write_text(body, encoding="utf-8")
    return tmp_path / name


def problem(tmp_path: Path, body: str) -> str:
    """The message of the FlowError that loading ``body`` as a flow file raises."""
    write(tmp_path, body)
    with pytest.raises(FlowError) as caught:
        load_flows(REGISTRY, tmp_path)
    return str(caught.value)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_shipped_flow_file_validates(path: Path):
    flow = load_flow(path)
    assert flow.steps[flow.start]
    assert flow.source == path


def test_shipped_flows_pass_the_reference_checks_and_errors_name_the_project_path():
    from bot.core import open_core
    from tests.conftest import make_settings

    core = open_core(make_settings("sqlite+aiosqlite:///:memory:"), bot_username="b")
    assert {"intake", "plan_due", "plan_step"} <= set(core.dialogues.flows)
    intake = core.dialogues.flows["intake"]
    nothing = Registry(actions={}, option_sources={}, has_message=lambda key: True)
    with pytest.raises(FlowError) as caught:
        check_flow(intake, nothing)
    assert str(caught.value) == (
        'dialogues/intake.yml, step "record_consent": field "action": '
        'unknown action "action_record_consent"'
    )


def test_a_good_file_builds_the_runtime_flow(tmp_path: Path):
    flow = load_flows(REGISTRY, write(tmp_path, GOOD).parent)["f"]
    goal = flow.step("goal")
    assert goal.answer is AnswerType.CHOICE
    assert goal.options == (
        Option("work_soon", "option-goal-work_soon"),
        Option("other", "dialogue-yes"),
    )
    assert goal.next == (Branch("done", Condition(slot="goal", equals="other")), Branch("act"))
    assert flow.step("name").validate == "validate_form"
    assert flow.step("done").end == "completed"
    assert [s.id for s in flow.questions()] == ["name", "goal"]


def test_every_key_and_condition_of_the_format(tmp_path: Path):
    body = """\
flow: f
start: pick
action_slots: [found]
x-options: &options [1, 2]
steps:
  pick:
    ask: intake-goal
    slot: goal
    answer: multi
    options: *options
    options_from: things
    skippable: true
    remind: false
    detect_language: true
    args: {who: goal}
    set: {seen: true}
    next:
      - if: {all: [{slot: goal, contains: "1"}, {not: {slot: found, is_set: true}}]}
        goto: jump
      - if: {any: [{slot: goal, in: ["2"]}, {slot: seen, equals: false}]}
        goto: jump
      - goto: jump
  jump:
    ask: intake-pick-change
    slot: target
    answer: choice
    options: [done]
    next: {goto_slot: target, return_to: done}
  done:
    say: intake-done
    end: completed
"""
    flow = load_flow(write(tmp_path, body))
    pick = flow.step("pick")
    # Numbers are read as text where text is expected, as the loader always did.
    assert [o.value for o in pick.options] == ["1", "2"]
    assert (pick.skippable, pick.remind, pick.detect_language) == (True, False, True)
    assert pick.args == {"who": "goal"} and pick.set_slots == {"seen": True}
    assert flow.action_slots == ("found",)
    first, second, last = pick.next
    assert first.when is not None and second.when is not None and last.when is None
    assert first.when.holds({"goal": ["1"]}) and not first.when.holds({"goal": ["1"], "found": 1})
    assert second.when.holds({"goal": "2"}) and second.when.holds({"seen": False})
    assert flow.step("jump").next == (Branch(goto_slot="target", return_to="done"),)


# (what to change in GOOD, the message after the file's path)
MALFORMED = {
    "unknown key": (
        ("answer: text", "anser: text"),
        ', step "name": field "anser": not a known key (did you mean "answer"?)',
    ),
    "wrong answer type": (
        ("answer: text", "answer: yeer"),
        f', step "name": field "answer": "yeer" is not one of {ANSWERS}',
    ),
    "question without ask": (
        ("    ask: intake-preferred-name\n", ""),
        ', step "name": field "ask": missing: "slot" belongs to a question, which needs "ask"'
        " (the message key of the question)",
    ),
    "ask message not in locales": (
        ("ask: intake-preferred-name", "ask: intake-no-such-question"),
        ', step "name": field "ask": message "intake-no-such-question" is not in locales/en',
    ),
    "question without slot": (
        ("    slot: name\n", ""),
        ', step "name": field "slot": missing: a question needs "slot" (where the answer goes)',
    ),
    "question without answer": (
        ("    answer: text\n", ""),
        ', step "name": field "answer": missing: a question needs an answer type,'
        f" one of {ANSWERS}",
    ),
    "next to a step that does not exist": (
        ("next: goal", "next: gaol"),
        ', step "name": field "next": there is no step "gaol"',
    ),
    "branch to a step that does not exist": (
        ("goto: act", "goto: acts"),
        ', step "goal": field "next", entry 2: there is no step "acts"',
    ),
    "option without a label": (
        ("{value: other, label: dialogue-yes}", "{value: other}"),
        ', step "goal": field "options", entry 2, "label": missing',
    ),
    "past on a question that is not a date": (
        ("    validate: validate_form\n", "    validate: validate_form\n    past: confirm\n"),
        ', step "name": field "past": only a date question takes "past"',
    ),
    "a date question kept untidy": (
        ("    answer: text\n", "    answer: date\n    past: confirm\n    tidy: false\n"),
        ', step "name": field "tidy": "tidy: false" cannot go with "past: confirm"',
    ),
    "past that is not refuse or confirm": (
        ("    validate: validate_form\n", "    validate: validate_form\n    past: allow\n"),
        ', step "name": field "past":',
    ),
    "exclusive option in a choice question": (
        (
            "{value: other, label: dialogue-yes}",
            "{value: other, label: dialogue-yes, exclusive: true}",
        ),
        ', step "goal": field "options": only the options of a multi question can be "exclusive"',
    ),
    "exclusive that is not a boolean": (
        (
            "{value: other, label: dialogue-yes}",
            "{value: other, label: dialogue-yes, exclusive: 1}",
        ),
        ', step "goal": field "options", entry 2, "exclusive":',
    ),
    "option label not in locales": (
        ("[work_soon,", "[work_later,"),
        ', step "goal": field "options", entry 1: label "option-goal-work_later" is not in'
        " locales/en",
    ),
    "option that YAML reads as a boolean": (
        ("[work_soon,", "[yes,"),
        ', step "goal": field "options", entry 1: YAML reads this option as true: quote it'
        ' ("yes", "on" or "true")',
    ),
    "choice without options": (
        ("    options: [work_soon, {value: other, label: dialogue-yes}]\n", ""),
        ', step "goal": field "options": a choice question needs "options", "options_from"'
        ' or "options_slot"',
    ),
    "options on a text question": (
        ("answer: text", "answer: text\n    options: [a]"),
        ', step "name": field "options": only choice and multi questions take "options"',
    ),
    "question that also acts": (
        ("validate: validate_form", "validate: validate_form\n    action: action_x"),
        ', step "name": field "action": a question cannot also "action": give that a step'
        " of its own",
    ),
    "question key on a step that says": (
        ("say: intake-done", "say: intake-done\n    slot: done"),
        ', step "done": field "slot": only a question takes "slot", and this step has no "ask"',
    ),
    "neither question nor action nor end": (
        ("    action: action_x\n", ""),
        ', step "act": a step needs "ask" (a question), or "say" / "action" / "set" / "end"',
    ),
    "no next and no end": (
        ("    end: completed\n", ""),
        ', step "done": field "next": missing: the step neither goes on nor has "end"',
    ),
    "a step that is not a mapping": (
        ("  done:\n    say: intake-done\n    end: completed\n", "  done: intake-done\n"),
        ', step "done": a step is a mapping of keys (ask, say, action, next ...),'
        ' not "intake-done"',
    ),
    "not true or false": (
        ("validate: validate_form", "validate: validate_form\n    skippable: sometimes"),
        ', step "name": field "skippable": expected true or false, not "sometimes"',
    ),
    "next of the wrong shape": (
        ("next: goal", "next: {goto: goal}"),
        ', step "name": field "next": a mapping is not a step id, a list of {if, goto}'
        " or {goto_slot, return_to}",
    ),
    "branch without goto": (
        ("      - goto: act", "      - {}"),
        ', step "goal": field "next", entry 2, "goto": missing',
    ),
    "condition with a misspelt operator": (
        ("{slot: goal, equals: other}", "{slot: goal, equal: other}"),
        ', step "goal": field "next", entry 1, "if", "equal": not a known key'
        ' (did you mean "equals"?)',
    ),
    "condition with two operators": (
        ("{slot: goal, equals: other}", "{slot: goal, equals: other, is_set: true}"),
        ', step "goal": field "next", entry 1, "if": use exactly one of equals / in / contains'
        " / is_set",
    ),
    "condition that is not a mapping": (
        ("{slot: goal, equals: other}", "goal == other"),
        ', step "goal": field "next", entry 1, "if": "goal == other" is not a condition'
        " such as {slot: x, equals: y}",
    ),
    "condition on an unknown slot": (
        ("{slot: goal, equals: other}", "{slot: gaol, equals: other}"),
        ', step "goal": field "next", entry 1, "if": the condition reads unknown slots "gaol"',
    ),
    "unknown action": (
        ("action: action_x", "action: action_y"),
        ', step "act": field "action": unknown action "action_y"',
    ),
    "unknown validator": (
        ("validate: validate_form", "validate: validate_nope"),
        ', step "name": field "validate": unknown validation action "validate_nope"',
    ),
    "unknown option list": (
        ("answer: choice", "answer: choice\n    options_from: nothings"),
        ', step "goal": field "options_from": unknown option list "nothings"',
    ),
    "message argument from an unknown slot": (
        ("say: intake-done", "say: intake-done\n    args: {who: nobody}"),
        ', step "done": field "args", "who": no question, action or "set" fills "nobody"',
    ),
    "key given twice in a step": (
        ("    slot: name\n", "    slot: name\n    slot: nom\n"),
        ', step "name": field "slot": given twice (lines 6 and 7)',
    ),
    "duplicate step ids": (
        ("  done:\n", "  act:\n    say: intake-done\n    end: completed\n  done:\n"),
        ', step "act": two steps have this id (lines 19 and 22)',
    ),
    "unknown top-level key": (
        ("start: name", "start: name\nfirst: name"),
        ': field "first": not a known key',
    ),
    "missing start": (("start: name\n", ""), ': field "start": missing'),
    "start at a step that does not exist": (
        ("start: name", "start: nowhere"),
        ': field "start": there is no step "nowhere"',
    ),
    "YAML syntax error": (("[work_soon,", "[work_soon"), ", line 14: not valid YAML:"),
    "tab in the indentation": (("    end: completed", "\tend: completed"), ", line 24:"),
}


@pytest.mark.parametrize(("change", "expected"), MALFORMED.values(), ids=list(MALFORMED))
def test_malformed_files_name_the_file_the_step_and_the_field(
    tmp_path: Path, change: tuple[str, str], expected: str
):
    assert change[0] in GOOD
    message = problem(tmp_path, GOOD.replace(*change))
    assert message.startswith(f"{tmp_path / 'f.yml'}{expected}")
    # Pydantic's own report never shows.
    assert "Input should" not in message and "pydantic" not in message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("", ': the file is empty; a flow needs "flow", "start" and "steps"'),
        ("# only a comment\n", ': the file is empty; a flow needs "flow", "start" and "steps"'),
        ("- a\n- b\n", ': a flow file is a mapping with "flow", "start" and "steps", not a list'),
        ("flow: f\nstart: a\nsteps:\n", ': field "steps": expected a mapping, not nothing'),
        ("flow: f\nstart: a\nsteps: {}\n", ': field "steps": needs at least one entry'),
        ("flow: f\nstart: a\nsteps:\n  yes:\n    end: x\n", ': field "steps": the key true'),
    ],
    ids=["empty", "comment only", "a list", "no steps", "empty steps", "boolean step id"],
)
def test_files_without_steps(tmp_path: Path, body: str, expected: str):
    assert problem(tmp_path, body).startswith(f"{tmp_path / 'f.yml'}{expected}")


def test_every_problem_of_a_file_is_reported_at_once(tmp_path: Path):
    body = GOOD.replace("answer: text", "answer: yeer").replace("next: done", "nxt: done")
    lines = problem(tmp_path, body).splitlines()
    assert lines == [
        f'{tmp_path / "f.yml"}, step "name": field "answer": "yeer" is not one of {ANSWERS}',
        f'{tmp_path / "f.yml"}, step "act": field "nxt": not a known key (did you mean "next"?)',
    ]


def test_two_files_with_one_flow_id(tmp_path: Path):
    write(tmp_path, GOOD, "a.yml")
    write(tmp_path, GOOD, "b.yml")
    with pytest.raises(FlowError) as caught:
        load_flows(REGISTRY, tmp_path)
    expected = f'field "flow": the flow id "f" is used by {tmp_path / "a.yml"} too'
    assert str(caught.value) == f"{tmp_path / 'b.yml'}: {expected}"
