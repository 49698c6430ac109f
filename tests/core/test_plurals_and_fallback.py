"""Messages that select on a number, in every language; the fallback chain of translations."""

from __future__ import annotations

import copy
import functools
from pathlib import Path

import pytest
from babel import Locale
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import ast as fast
from fluent.syntax import parse, serialize
from fluent.syntax.visitor import Transformer, Visitor

from bot import language_config
from bot.i18n import LOCALES_DIR, Translator, available_languages
from tests.core.test_locales import ENGLISH, _built_keys, _literal_keys

NUMBERS = (0, 1, 2, 3, 11, 100)
CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})
# Arabic changes the counted word for one, two, three to ten and the rest; eleven to
# ninety-nine (many) and zero may share the "other" sentence where it reads the same.
ARABIC_FORMS = frozenset({"one", "two", "few", "other"})
EXACT = {0: "zero", 1: "one", 2: "two"}


def _key(variant: fast.Variant) -> str:
    return variant.key.name if isinstance(variant.key, fast.Identifier) else variant.key.value


def _numeric(node: fast.SelectExpression) -> bool:
    keys = {_key(v) for v in node.variants}
    return isinstance(node.selector, fast.VariableReference) and bool(
        keys & CATEGORIES or any(isinstance(v.key, fast.NumberLiteral) for v in node.variants)
    )


class _Selects(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[fast.SelectExpression] = []
        self.variables: set[str] = set()

    def visit_SelectExpression(self, node: fast.SelectExpression) -> None:
        if _numeric(node):
            self.found.append(node)
        self.generic_visit(node)

    def visit_VariableReference(self, node: fast.VariableReference) -> None:
        self.variables.add(node.id.name)


class _Probe(Transformer):
    """Each variant of a numeric select says only its own key: "<few>"."""

    def visit_SelectExpression(self, node: fast.SelectExpression) -> fast.SelectExpression:
        if _numeric(node):
            for variant in node.variants:
                variant.value = fast.Pattern([fast.TextElement(f"<{_key(variant)}>")])
        return node


@functools.cache
def numeric_messages(language: str) -> dict[str, fast.Message]:
    found: dict[str, fast.Message] = {}
    for path in sorted((LOCALES_DIR / language).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, fast.Message):
                visitor = _Selects()
                visitor.visit(entry)
                if visitor.found:
                    found[entry.id.name] = entry
    return found


def _cases() -> list[tuple[str, str]]:
    return [
        (language, key)
        for language in available_languages()
        for key in sorted(numeric_messages(language))
    ]


def _args(message: fast.Message, number: int) -> dict[str, object]:
    visitor = _Selects()
    visitor.visit(message)
    selectors = {s.selector.id.name for s in visitor.found}  # type: ignore[union-attr]
    return {name: number if name in selectors else "X" for name in visitor.variables}


def test_there_are_numeric_messages_in_every_language():
    for language in available_languages():
        assert len(numeric_messages(language)) >= 5, language


@pytest.mark.parametrize(("language", "key"), _cases())
def test_every_number_renders_with_the_cldr_category(language: str, key: str):
    locale = language_config.formats_locale(language)
    plural = Locale.parse(locale).plural_form
    message = numeric_messages(language)[key]
    bundle = FluentBundle([locale.replace("_", "-")], use_isolating=False)
    bundle.add_resource(FluentResource(serialize(fast.Resource([message]))))
    probe = FluentBundle([locale.replace("_", "-")], use_isolating=False)
    probe.add_resource(
        FluentResource(serialize(fast.Resource([_Probe().visit(copy.deepcopy(message))])))
    )
    visitor = _Selects()
    visitor.visit(message)
    for node in visitor.found:
        for variant in node.variants:
            if isinstance(variant.key, fast.Identifier):
                assert variant.key.name in plural.tags | {"other"}, (
                    f"{language} {key}: [{variant.key.name}] is no CLDR category of {locale}"
                )
    for number in NUMBERS:
        args = _args(message, number)
        rendered, errors = bundle.format_pattern(bundle.get_message(key).value, args)
        assert not errors and "???" not in str(rendered), (language, key, number, errors)
        chosen, _ = probe.format_pattern(probe.get_message(key).value, args)
        node = visitor.found[0]
        keys = [_key(v) for v in node.variants]
        default = next(_key(v) for v in node.variants if v.default)
        category = plural(number)
        expected = str(number) if str(number) in keys else category if category in keys else default
        assert f"<{expected}>" in chosen, (language, key, number, chosen)


ARABIC = sorted(numeric_messages("ar")) if "ar" in available_languages() else []


@pytest.mark.parametrize("key", ARABIC)
def test_arabic_counts_have_their_forms(key: str):
    """One, two, three to ten and the rest: the sentences Arabic writes differently."""
    visitor = _Selects()
    visitor.visit(numeric_messages("ar")[key])
    for node in visitor.found:
        if not {_key(v) for v in node.variants} & CATEGORIES:
            continue  # an enumeration (weekday 0-6), not a count
        keys = {EXACT.get(int(k), k) if k.isdigit() else k for k in map(_key, node.variants)}
        assert keys >= ARABIC_FORMS, f"{key}: {sorted(ARABIC_FORMS - keys)} missing"


# --- the fallback chain ----------------------------------------------------------------


def test_missing_messages_fall_back_to_the_default_then_english(tmp_path: Path):
    for code, text in {
        "en": "a = A en\nb = B en\nc = C en\n",
        "fi": "a = A fi\nb = B fi\n",
        "sv": "a = A sv\n",
    }.items():
        (tmp_path / code).mkdir()
        (tmp_path / code / "main.ftl").write_text(text, encoding="utf-8")
    translator = Translator(tmp_path, default="fi")
    assert [translator.text("sv", k) for k in "abc"] == ["A sv", "B fi", "C en"]
    assert Translator(tmp_path, default="sv").text("fi", "c") == "C en"


def test_the_chain_never_ends_in_a_missing_key():
    """Every key the code uses, in every language, with every language as the default."""
    used = sorted(_literal_keys() | _built_keys())
    languages = available_languages()
    translator = Translator(default=languages[0])
    for default in languages:
        for language in languages:
            chain = (language, default, "en")
            missing = [k for k in used if not any(translator.has(k, c) for c in chain)]
            assert not missing, (chain, missing)
    # And formatting follows the chain to a text (one default is enough: the same code).
    for language in languages:
        for key in used:
            args = {name: 1 for name in ENGLISH.get(key, ())}
            assert translator.text(language, key, args), (language, key)
