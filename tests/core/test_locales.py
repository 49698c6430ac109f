"""Every user-facing string is a Fluent message, in every language Polku offers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from fluent.syntax import ast as fast
from fluent.syntax import parse
from fluent.syntax.visitor import Visitor

from bot.dialogue.flow import DIALOGUES_DIR, Flow, load_flow
from bot.errors import PolkuError
from bot.i18n import LOCALES_DIR, SUPPORTED, Translator, available_languages
from bot.intake.rules import ELIGIBILITY_REASONS
from bot.intake.rules import Path as IntakePath
from bot.onboarding import MAY_INVITE, Unexpected
from bot.people import COMMANDS, command_key, help_key
from bot.plan.config import load_plan_config
from store.models import CampaignStatus, Role, StepStatus

ROOT = Path(__file__).resolve().parents[2]


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fast.VariableReference) -> None:
        self.names.add(node.id.name)


def messages(language: str) -> dict[str, set[str]]:
    """Message id -> variables used, for every .ftl file of ``language``."""
    found: dict[str, set[str]] = {}
    for path in sorted((LOCALES_DIR / language).glob("*.ftl")):
        resource = parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, fast.Junk)]
        assert not junk, f"{path}: unparsable: {junk[0].content[:80]!r}"
        for entry in resource.body:
            if isinstance(entry, fast.Message):
                assert entry.id.name not in found, f"{path}: {entry.id.name} twice"
                visitor = _Variables()
                visitor.visit(entry)
                found[entry.id.name] = visitor.names
    return found


ENGLISH = messages("en")


def test_english_and_finnish_are_offered():
    assert {"en", "fi"} <= set(available_languages())
    assert set(available_languages()) <= set(SUPPORTED)


@pytest.mark.parametrize("language", [lang for lang in available_languages() if lang != "en"])
def test_every_offered_language_is_complete(language: str):
    theirs = messages(language)
    assert sorted(set(ENGLISH) - set(theirs)) == [], "missing messages"
    assert sorted(set(theirs) - set(ENGLISH)) == [], "messages English does not have"
    for key, variables in ENGLISH.items():
        assert theirs[key] == variables, f"{language}: {key} uses other variables"


@pytest.mark.parametrize("language", available_languages())
def test_language_names_itself(language: str):
    translator = Translator()
    assert translator.has("language-name", language)
    own = translator.text(language, "language-name")
    if language != "en":
        assert own != translator.text("en", "language-name")


def _literal_keys() -> set[str]:
    """Keys passed as literals to Reply(...), Button(...) and toast=... in bot/."""
    keys: set[str] = set()
    for path in (ROOT / "bot").rglob("*.py"):
        if "sandbox" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name in {"Reply", "Button"} and node.args:
                    first = node.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        keys.add(first.value)
                for keyword in node.keywords:
                    value = keyword.value
                    if keyword.arg == "toast" and isinstance(value, ast.Constant):
                        keys.add(str(value.value))
    return keys


def _flows() -> dict[str, Flow]:
    return {p.stem: load_flow(p) for p in DIALOGUES_DIR.glob("*.yml")}


def _built_keys() -> set[str]:
    """Keys the code builds from roles, input kinds, commands and errors."""
    keys = {f"start-welcome-{role.value}" for role in Role}
    keys |= {help_key(role) for role in [*Role, None]}
    keys |= {command_key(c) for commands in COMMANDS.values() for c in commands}
    keys |= {f"input-{kind.value}" for kind in Unexpected}
    for roles in MAY_INVITE.values():
        keys |= {f"invite-created-{r.value}" for r in roles}
        keys |= {f"invite-role-{r.value}" for r in roles if len(roles) > 1}
    keys |= {f"intake-path-{p.value}" for p in IntakePath} | {f"path-{p.value}" for p in IntakePath}
    keys |= {f"option-languages_spoken-{code}" for code in SUPPORTED}
    keys |= {f"notice-{k.removeprefix('path-')}" for k in ENGLISH if k.startswith("path-reason-")}
    keys |= {f"notice-{reason}" for reason in ELIGIBILITY_REASONS}
    plan_config = load_plan_config()
    keys |= {f"step-type-{t}" for t in plan_config.step_types}
    keys |= {f"step-type-{t}-about" for t in plan_config.step_types}
    keys |= {f"plan-line-{status.value}" for status in StepStatus}
    keys |= {f"campaign-state-{status.value}" for status in CampaignStatus}
    for flow in _flows().values():
        for step in flow.steps.values():
            keys |= {k for k in (step.ask, step.say) if k}
            keys |= {o.label for o in step.options}
    stack: list[type[PolkuError]] = [PolkuError]
    while stack:
        cls = stack.pop()
        keys.add(cls.key)
        stack.extend(cls.__subclasses__())
    return keys


def test_every_key_the_code_uses_exists_in_english():
    used = _literal_keys() | _built_keys()
    assert len(used) > 20
    assert sorted(used - set(ENGLISH)) == []


def _all_string_constants() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "bot").rglob("*.py"):
        if "sandbox" not in path.parts:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            found |= {
                n.value
                for n in ast.walk(tree)
                if isinstance(n, ast.Constant) and isinstance(n.value, str)
            }
    return found


def test_no_message_is_dead_weight():
    used = _all_string_constants() | _built_keys()
    assert sorted(set(ENGLISH) - used) == []


SENDING_METHODS = {
    "send_message",
    "reply_text",
    "reply_html",
    "reply_markdown",
    "edit_message_text",
    "edit_text",
    "answer",
    "set_my_commands",
    "BotCommand",
    "InlineKeyboardButton",
    "KeyboardButton",
}


def test_no_string_literal_is_sent_to_a_person():
    offenders = []
    for path in (ROOT / "bot").rglob("*.py"):
        if "sandbox" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in SENDING_METHODS:
                continue
            arguments = [*node.args, *(k.value for k in node.keywords if k.arg in {"text"})]
            for argument in arguments:
                if isinstance(argument, ast.JoinedStr) or (
                    isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_translator_escapes_what_people_typed():
    translator = Translator()
    text = translator.text("en", "start-welcome-back", {"name": "<b>Eve</b> & co"})
    assert "&lt;b&gt;Eve&lt;/b&gt; &amp; co" in text
    assert "<b>Eve" not in text


def test_translator_falls_back_to_english_and_matches_client_languages():
    translator = Translator()
    assert translator.match("fi-FI") == "fi"
    assert translator.match("pt-BR") is None
    assert translator.match(None) is None
    with pytest.raises(KeyError):
        translator.text("fi", "no-such-message")
