"""Right-to-left messages display in the right order; dates and times in each language's format.

The display order is computed with python-bidi (the Unicode bidi algorithm), one paragraph
per line and each paragraph's direction from its first strong letter, as Telegram's apps
lay out a message. A display string is read left to right: in a right-to-left line, what
comes first in the sentence is at the right-hand end.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from bidi import get_display

from bot import language_config
from bot.i18n import RIGHT_TO_LEFT, Translator, available_languages
from bot.replies import Lines, Phrase, Short
from bot.sandbox.entities import detect_entities, parse_html
from bot.text_direction import LRI, PDI, RLM, right_to_left

MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"))
# 8 December 2026 at 14.30 in Helsinki.
MOMENT = datetime(2026, 12, 8, 12, 30, tzinfo=UTC)


def shown(line: str) -> str:
    """What a phone shows for one line of text, left to right, without the invisible marks."""
    return get_display(line).translate(MARKS)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Translator:
    """English and Arabic with one mixed message: a name, a command, a number, a date."""
    root: Path = tmp_path_factory.mktemp("locales")
    messages = {
        "en": (
            "mixed = { $name } has { $count } steps. Type /plan to see them before { $due }.\n"
            "    { $lines }\n"
            "line = { $number }. { $type } – { $due }\n"
            "type = CV\n"
        ),
        "ar": (
            "mixed = لدى { $name } { $count } خطوات. اكتب /plan لرؤيتها قبل { $due }.\n"
            "    { $lines }\n"
            "line = { $number }. { $type } – { $due }\n"
            "type = CV\n"
        ),
    }
    for code, text in messages.items():
        (root / code).mkdir()
        (root / code / "test.ftl").write_text(text, encoding="utf-8")
    return Translator(root)


def _mixed(translator: Translator, language: str) -> str:
    line = Phrase("line", {"number": 1, "type": Phrase("type"), "due": MOMENT})
    return translator.text(
        language,
        "mixed",
        {"name": "Amal Smith", "count": 3, "due": MOMENT.date(), "lines": Lines((line,))},
    )


def test_an_arabic_sentence_keeps_command_name_number_and_date_in_place(mixed: Translator):
    sentence = _mixed(mixed, "ar").split("\n")[0]
    display = shown(sentence)
    # Every piece stays whole: "/plan", not "plan/"; the date is one unit.
    assert "/plan" in display and "plan/" not in display
    assert "Amal Smith" in display
    date_shown = re.search(r"2026 \S+ 8", display)
    assert date_shown, display
    # Right to left: the name comes first (far right), then the number, the command, the date.
    name, count, command = display.index("Amal"), display.index("3"), display.index("/plan")
    assert name > count > command > date_shown.start()


def test_a_plan_line_without_arabic_letters_reads_right_to_left(mixed: Translator):
    _, plan_line = _mixed(mixed, "ar").split("\n")
    assert plan_line.startswith(RLM)
    display = shown(plan_line)
    # The step number at the right-hand end, the date at the left, nothing split.
    assert display.endswith("1"), display
    assert display.index("2026") < display.index("CV") < display.index("1")
    assert "2:30" in display and "8 ديسمبر 2026" in plan_line


def test_without_the_marks_the_same_line_would_read_left_to_right(mixed: Translator):
    _, plan_line = _mixed(mixed, "ar").split("\n")
    bare = plan_line.translate(MARKS)
    assert shown(bare).startswith("1. CV")  # what the review saw: the number jumps sides


def test_english_gets_no_right_to_left_marks(mixed: Translator):
    text = _mixed(mixed, "en")
    assert RLM not in text and LRI not in text
    assert text.startswith("\u2068Amal Smith\u2069 has \u20683\u2069 steps. Type /plan")


@pytest.mark.parametrize("language", sorted(RIGHT_TO_LEFT & set(available_languages())))
def test_commands_stay_commands_for_telegram(language: str):
    """The sandbox (modelled on Telegram's parser) still marks every command in the help."""
    translator = Translator()
    text = translator.text(language, "help-learner")
    assert f"{LRI}/plan{PDI}" in text
    plain, explicit = parse_html(text)
    commands = {
        plain.encode("utf-16-le")[2 * e["offset"] : 2 * (e["offset"] + e["length"])].decode(
            "utf-16-le"
        )
        for e in detect_entities(plain, explicit)
        if e["type"] == "bot_command"
    }
    assert {"/plan", "/help", "/language"} <= commands
    for line in text.split("\n"):
        if line.strip():
            display = shown(line)
            assert not re.search(r"\b[a-z]+/", display), display  # no "language/"


def test_links_and_tags_survive_right_to_left():
    translator = Translator()
    link = "https://t.me/polku_bot?start=abc123"
    text = translator.text(
        "ar", "invite-created-learner", {"link": link, "expires": MOMENT, "name": "Amal"}
    )
    assert link in text and f"{LRI}{link}" not in text
    plain, explicit = parse_html(text)
    urls = [e for e in detect_entities(plain, explicit) if e["type"] == "url"]
    assert any(
        plain.encode("utf-16-le")[2 * e["offset"] : 2 * (e["offset"] + e["length"])]
        == link.encode("utf-16-le")
        for e in urls
    ), urls


# --- dates, times and numbers in the configured locale -------------------------------------

PINNED = {
    "en": ("8 Dec 2026, 14.30", "8 Dec 2026", "Tue, 8 Dec", "14.30"),
    "fi": ("8.12.2026 14.30", "8.12.2026", "ti 8.12.", "14.30"),
    "ar": ("8 ديسمبر 2026، 2:30 م", "8 ديسمبر 2026", "الثلاثاء، 8 ديسمبر", "2:30 م"),
    "fa": ("۸ دسامبر ۲۰۲۶،\u200f ۱۴:۳۰", "۸ دسامبر ۲۰۲۶", "سه\u200cشنبه ۸ دسامبر", "۱۴:۳۰"),
}


@pytest.mark.parametrize("language", sorted(PINNED))
def test_dates_and_times_in_each_language(language: str):
    translator = Translator()
    moment, day, short_day, short_time = PINNED[language]
    assert translator.datetime(language, MOMENT, "Europe/Helsinki") == moment
    assert translator.date(language, date(2026, 12, 8)) == day
    assert translator.short(language, Short(MOMENT, "day"), "Europe/Helsinki") == short_day
    assert translator.short(language, Short(MOMENT, "time"), "Europe/Helsinki") == short_time


def test_english_dates_match_the_typing_hint():
    """The hint asks for 31.12.2026 and a 24-hour time: English shows day first, 24 hours."""
    assert language_config.formats_locale("en") == "en_FI"
    shown_time = Translator().datetime("en", datetime(2026, 12, 31, 22, 5, tzinfo=UTC), "UTC")
    assert shown_time == "31 Dec 2026, 22.05"
    assert "PM" not in shown_time


def test_every_configured_language_formats_a_moment():
    translator = Translator()
    for language in language_config.codes():
        text = translator.datetime(language, MOMENT, "Europe/Helsinki")
        assert text and "{" not in text, language


def test_a_command_in_bold_is_isolated_and_tags_are_not():
    text = right_to_left('اكتب <b>/plan</b> أو <a href="https://x.fi/a/b">هنا</a>.')
    assert "<b>\u2066/plan\u2069</b>" in text
    assert 'href="https://x.fi/a/b"' in text and "</a>" in text and "</b>" in text
