"""Polku's message keys as Rasa responses: the domain texts of a Rasa assistant.

Polku's actions utter Fluent message keys (``response="ask-sent"``) with the message's
arguments as keyword arguments; Rasa renders a response of that name from its domain,
filling ``{name}`` from those arguments (or from slots). This writes the English texts of
the keys the actions utter, from ``locales/en``, in Rasa's template form, so that the
texts a real Rasa sends back can be compared with Polku's own rendering.

Rasa templates have no selectors: a Fluent selector (plurals) becomes its default
variant. Such messages are listed in :data:`WITH_SELECTORS`; a comparison of their text
holds only for the default variant.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from fluent.syntax import FluentParser, ast

# Every key an action served over HTTP may utter (bot/*/actions.py, bot/intake/effects.py).
UTTERED = (
    "intake-invalid-letters",
    "intake-invalid-too-long",
    "intake-invalid-name",
    "intake-invalid-birth-year",
    "intake-invalid-work-years",
    "intake-done",
    "intake-path-work_first",
    "intake-path-education_first",
    "path-reason-goal-study",
    "path-reason-goal-work",
    "path-reason-language",
    "path-reason-language-first",
    "path-reason-work-after",
    "intake-next-steps",
    "plan-step-added",
    "plan-step-added-no-date",
    "plan-date-changed",
    "plan-date-removed",
    "check-in-thanks",
    "check-in-thanks-low",
    "motivation-escalation-gone",
    "motivation-message-sent",
    "ask-nobody",
    "ask-sent",
    "ask-answer-gone",
    "ask-answer-sent",
    "availability-invalid-time",
    "availability-invalid-end",
    "availability-invalid-length",
    "availability-invalid-place",
    "availability-invalid-link",
    "availability-invalid-day",
    "availability-saved",
    "availability-off-saved",
    "campaign-new-too-long",
    "campaign-new-bad-placeholder",
    "campaign-new-bad-buttons",
    "campaign-new-buttons-count",
    "campaign-new-language-given",
    "campaign-new-need-time",
    "campaign-new-past",
    "campaign-new-until-early",
    "campaign-new-failed",
)


class Unconvertible(ValueError):
    """A Fluent construct a Rasa template cannot express."""


def _pattern(pattern: ast.Pattern, terms: dict[str, ast.Term], selectors: list[bool]) -> str:
    parts: list[str] = []
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            parts.append(element.value)
        elif isinstance(element, ast.Placeable):
            parts.append(_expression(element.expression, terms, selectors))
        else:
            raise Unconvertible(type(element).__name__)
    return "".join(parts)


def _expression(expression: Any, terms: dict[str, ast.Term], selectors: list[bool]) -> str:
    if isinstance(expression, ast.VariableReference):
        return "{" + expression.id.name + "}"
    if isinstance(expression, ast.StringLiteral):
        return str(expression.parse()["value"])
    if isinstance(expression, ast.NumberLiteral):
        return str(expression.value)
    if isinstance(expression, ast.TermReference):
        return _pattern(terms[expression.id.name].value, terms, selectors)
    if isinstance(expression, ast.SelectExpression):
        selectors.append(True)
        default = next(v for v in expression.variants if v.default)
        return _pattern(default.value, terms, selectors)
    if isinstance(expression, ast.Placeable):
        return _expression(expression.expression, terms, selectors)
    raise Unconvertible(type(expression).__name__)


def rasa_responses(
    locales: Path, keys: Iterable[str] = UTTERED
) -> tuple[dict[str, list[dict[str, str]]], set[str]]:
    """The English texts of ``keys`` as Rasa responses, and the keys that had selectors.

    Raises:
        KeyError: a key that English does not define.
        Unconvertible: a message with a construct a template cannot express.
    """
    messages: dict[str, ast.Message] = {}
    terms: dict[str, ast.Term] = {}
    for path in sorted((locales / "en").glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                messages[entry.id.name] = entry
            elif isinstance(entry, ast.Term):
                terms[entry.id.name] = entry
    responses: dict[str, list[dict[str, str]]] = {}
    with_selectors: set[str] = set()
    for key in keys:
        message = messages[key]
        if message.value is None:
            raise Unconvertible(f"{key} has no value")
        selectors: list[bool] = []
        responses[key] = [{"text": _pattern(message.value, terms, selectors)}]
        if selectors:
            with_selectors.add(key)
    return responses, with_selectors


def write_domain_file(locales: Path, path: Path) -> set[str]:
    """Write the responses as a Rasa domain file; return the keys that had selectors."""
    responses, with_selectors = rasa_responses(locales)
    header = (
        "# Written by tests/rasa_real/messages.py from locales/en: do not edit.\n"
        "# Fluent selectors (plurals) became their default variant: "
        + (", ".join(sorted(with_selectors)) or "none")
        + ".\n"
    )
    body = yaml.safe_dump(
        {"version": "3.1", "responses": responses}, allow_unicode=True, sort_keys=False, width=1000
    )
    path.write_text(header + body, encoding="utf-8")
    return with_selectors
