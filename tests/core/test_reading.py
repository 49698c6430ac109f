"""How a person reads Polku: a second language, and Finnish practice beneath each message."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.i18n import Reading, Translator, available_languages


@pytest.mark.parametrize(
    ("spec", "reading"),
    [
        ("ar", Reading("ar")),
        ("ar,en", Reading("ar", "en")),
        ("ar+fi", Reading("ar", None, True)),
        ("so,en+fi", Reading("so", "en", True)),
    ],
)
def test_a_reading_travels_as_a_string(spec: str, reading: Reading):
    assert Reading.parse(spec) == reading
    assert str(reading) == spec


def test_a_reading_says_nothing_that_makes_no_sense():
    assert str(Reading("fi", "fi", True)) == "fi"  # Finnish under Finnish, fi as second
    assert str(Reading("en", "en")) == "en"


def test_finnish_practice_puts_the_finnish_text_beneath():
    t = Translator()
    arabic = t.text("ar", "help-learner")
    finnish = t.text("fi", "help-learner")
    both = t.read("ar+fi", "help-learner")
    assert both.startswith(arabic)
    assert both.endswith(finnish)
    assert t.text("ar", "practice-in-finnish") in both
    assert t.read("fi+fi", "help-learner") == finnish


def test_a_button_label_shows_both_on_one_line():
    t = Translator()
    label = t.read("ar+fi", "language-practice-off", label=True)
    assert (
        label
        == f"{t.text('ar', 'language-practice-off')} · {t.text('fi', 'language-practice-off')}"
    )
    assert "\n" not in label


def _locales(root: Path, files: dict[str, str]) -> Path:
    for language, body in files.items():
        (root / language).mkdir(parents=True)
        (root / language / "main.ftl").write_text(body, encoding="utf-8")
    return root


def test_a_missing_message_comes_in_the_second_language_before_the_default(tmp_path: Path):
    available_languages.cache_clear()
    try:
        root = _locales(
            tmp_path,
            {
                "en": "hello = Hello\nonly-en = English\n",
                "fi": "hello = Hei\nonly-en = Suomi\n",
                "so": "hello = Salaan\n",
            },
        )
        t = Translator(root, default="en")
        assert t.read("so", "hello") == "Salaan"
        assert t.read("so", "only-en") == "English"  # no second language: the default
        assert t.read("so,fi", "only-en") == "Suomi"  # the second language first
        assert t.read("so,fi", "hello") == "Salaan"  # their own language when it has it
    finally:
        available_languages.cache_clear()
