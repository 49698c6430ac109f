"""Flows load at start-up, and a wrong reference fails with the file, the step and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.engine import _parse
from bot.dialogue.flow import AnswerType, FlowError, Option, Registry, load_flows
from bot.i18n import Translator

EN = Translator()
REGISTRY = Registry(
    actions={"validate_form": ("name",), "action_x": ()},
    option_sources={"things": lambda: [Option("a", "dialogue-yes")]},
    has_message=lambda key: EN.has(key, "en"),
)


def write(tmp_path: Path, body: str) -> Path:
    (tmp_path / "f.yml").write_text(body, encoding="utf-8")
    return tmp_path


GOOD = """
flow: f
start: name
steps:
  name:
    ask: intake-preferred-name
    slot: name
    answer: text
    validate: validate_form
    next: act
  act:
    action: action_x
    next:
      - if: {slot: name, equals: x}
        goto: done
      - goto: done
  done:
    say: intake-done
    end: completed
"""


def test_every_shipped_flow_loads():
    from bot.core import open_core
    from tests.conftest import make_settings

    core = open_core(make_settings("sqlite+aiosqlite:///:memory:"), bot_username="b")
    assert "intake" in core.dialogues.flows
    intake = core.dialogues.flows["intake"]
    assert all(s.ask for s in intake.questions())


def test_a_date_answer_is_shown_as_a_date():
    from datetime import date

    from bot.core import open_core
    from tests.conftest import make_settings

    core = open_core(make_settings("sqlite+aiosqlite:///:memory:"), bot_username="b")
    flow = core.dialogues.flows["availability"]
    assert core.dialogues.shown(flow, "day", "2026-11-28") == date(2026, 11, 28)
    args = core.dialogues.message_args("availability", "confirm_extra", {"day": "2026-11-28"})
    assert "28 Nov 2026" in EN.text("en", "availability-confirm-extra", args)
    assert "28.11.2026" in EN.text("fi", "availability-confirm-extra", args)
    # With a time it stays as typed (a local wall-clock time, no zone to convert from).
    assert core.dialogues.shown(flow, "day", "2026-11-28T14:30") == "2026-11-28T14:30"


def test_a_good_flow_loads(tmp_path: Path):
    flows = load_flows(REGISTRY, write(tmp_path, GOOD))
    assert flows["f"].start == "name"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            ("action: action_x", "action: action_nope"),
            'step "act": field "action": unknown action "action_nope"',
        ),
        (
            ("validate: validate_form", "validate: validate_nope"),
            'step "name": field "validate": unknown validation action "validate_nope"',
        ),
        (("slot: name\n", "slot: nom\n"), 'step "name": field "validate": "validate_form" has no'),
        (
            ("say: intake-done", "say: no-such-message"),
            'step "done": field "say": message "no-such-message" is not in locales/en',
        ),
        (
            ("goto: done\n  done:", "goto: gone\n  done:"),
            'step "act": field "next", entry 2: there is no step "gone"',
        ),
        (
            ("{slot: name, equals: x}", "{slot: other, equals: x}"),
            'step "act": field "next", entry 1, "if": the condition reads unknown slots "other"',
        ),
        (("answer: text", "answer: essay"), 'step "name": field "answer": "essay" is not one of'),
        (("start: name", "start: nowhere"), 'field "start": there is no step "nowhere"'),
    ],
)
def test_wrong_references_fail_with_file_and_step(
    tmp_path: Path, change: tuple[str, str], problem: str
):
    with pytest.raises(FlowError) as caught:
        load_flows(REGISTRY, write(tmp_path, GOOD.replace(*change)))
    assert str(caught.value).startswith(str(tmp_path / "f.yml"))
    assert problem in str(caught.value)


def test_yaml_booleans_are_caught(tmp_path: Path):
    body = GOOD.replace(
        "answer: text\n    validate: validate_form", "answer: choice\n    options: [yes, maybe]"
    )
    with pytest.raises(FlowError, match="YAML reads this option as true: quote it"):
        load_flows(REGISTRY, write(tmp_path, body))


@pytest.mark.parametrize(
    ("answer", "text", "value", "problem"),
    [
        (AnswerType.YEAR, "1990", 1990, None),
        (AnswerType.YEAR, " ١٩٩٠ ", 1990, None),
        (AnswerType.YEAR, "۱۳۶۹", 1369, None),
        (AnswerType.YEAR, "90", None, "dialogue-invalid-year"),
        (AnswerType.YEAR, "nineteen", None, "dialogue-invalid-year"),
        (AnswerType.NUMBER, "5", 5, None),
        (AnswerType.NUMBER, "five", None, "dialogue-invalid-number"),
        (AnswerType.DATE, "31.12.2026", "2026-12-31", None),
        (AnswerType.DATE, "2026-02-30", None, "dialogue-invalid-date"),
        (AnswerType.TEXT, "  Amal  ", "Amal", None),
        (AnswerType.TEXT, "🙂", None, "dialogue-invalid-text"),
        (AnswerType.TEXT, "", None, "dialogue-invalid-empty"),
        (AnswerType.TEXT, "a" * 501, None, "dialogue-invalid-long"),
        (AnswerType.CHOICE, "Espoo", None, "dialogue-use-buttons"),
    ],
)
def test_typed_answers(answer: AnswerType, text: str, value: object, problem: str | None):
    assert _parse(answer, text) == (value, problem)
