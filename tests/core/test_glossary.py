"""Each language uses its own glossary's words for the concepts that must stay consistent."""

from __future__ import annotations

import re

import pytest
import yaml
from fluent.syntax import ast as fast
from fluent.syntax import parse
from fluent.syntax.visitor import Visitor

from bot.i18n import LOCALES_DIR, available_languages

_COMMAND = re.compile(r"/[a-z_]+")


class _Text(Visitor):
    """The literal text of a message, with every variant of its select expressions."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def visit_TextElement(self, node: fast.TextElement) -> None:
        self.parts.append(node.value)

    def visit_StringLiteral(self, node: fast.StringLiteral) -> None:
        self.parts.append(node.value)


def texts(language: str) -> dict[str, str]:
    """Message id -> its literal text (lower case, commands removed)."""
    found: dict[str, str] = {}
    for path in sorted((LOCALES_DIR / language).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, fast.Message):
                visitor = _Text()
                visitor.visit(entry)
                found[entry.id.name] = _COMMAND.sub(" ", " ".join(visitor.parts).casefold())
    return found


def glossary(language: str) -> dict:
    return yaml.safe_load((LOCALES_DIR / language / "glossary.yml").read_text(encoding="utf-8"))


def _uses(text: str, stems: list[str]) -> bool:
    return any(stem.casefold() in text for stem in stems)


ENGLISH = glossary("en")


@pytest.mark.parametrize("language", available_languages())
def test_glossary_names_every_concept(language: str):
    theirs = glossary(language)
    assert set(theirs["terms"]) == set(ENGLISH["terms"])
    assert all(theirs["terms"].values()), "a concept without a word"
    unknown = {c for cs in (theirs.get("exceptions") or {}).values() for c in cs}
    assert unknown <= set(ENGLISH["terms"])


@pytest.mark.parametrize("language", [code for code in available_languages() if code != "en"])
def test_messages_use_the_glossary(language: str):
    english, theirs = texts("en"), texts(language)
    terms = glossary(language)["terms"]
    exceptions = glossary(language).get("exceptions") or {}
    missing = [
        f"{key}: {concept}"
        for key, text in english.items()
        for concept, stems in ENGLISH["terms"].items()
        if key in theirs
        and _uses(re.sub(r"\s+", " ", text), stems)
        and not _uses(theirs[key], terms[concept])
        and concept not in exceptions.get(key, ())
    ]
    assert not missing, f"{language} messages without their glossary word:\n" + "\n".join(missing)
