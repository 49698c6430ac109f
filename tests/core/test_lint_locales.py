"""``polku lint-locales``: completeness against English and measured plain language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import lint_locales
from bot.cli import main
from bot.i18n import LOCALES_DIR

ENGLISH = """
hello = Hello, { $name }! I am Polku.
plan-ready = Your plan is ready. Type /plan to see it.
ok-button = Yes
"""
FINNISH = """
hello = Hei, { $name }! Olen Polku.
plan-ready = Suunnitelmasi on valmis. Kirjoita /plan ja näet sen.
ok-button = Kyllä
"""


def _locales(tmp_path: Path, **languages: str) -> Path:
    """A locales folder with the real configuration and one main.ftl per language."""
    tmp_path.mkdir(exist_ok=True)
    shutil.copy(LOCALES_DIR / lint_locales.CONFIG_NAME, tmp_path / lint_locales.CONFIG_NAME)
    for code, text in {"en": ENGLISH, "fi": FINNISH, **languages}.items():
        (tmp_path / code).mkdir()
        (tmp_path / code / "main.ftl").write_text(text, encoding="utf-8")
    return tmp_path


def _problems(locales: Path) -> list[tuple[str, str, str]]:
    return [
        (p.language, p.key, p.rule)
        for report in lint_locales.check(locales)
        for p in report.problems
    ]


def test_the_real_locales_pass():
    reports = lint_locales.check()
    assert {"en", "fi"} <= {r.language for r in reports}
    assert [str(p) for r in reports for p in r.problems] == []


def test_small_clean_locales_pass(tmp_path: Path):
    assert _problems(_locales(tmp_path)) == []


def test_a_missing_and_an_extra_message_fail(tmp_path: Path):
    finnish = FINNISH.replace("ok-button = Kyllä", "extra-button = Kyllä")
    assert _problems(_locales(tmp_path, fi=finnish)) == [
        ("fi", "ok-button", "missing"),
        ("fi", "extra-button", "extra"),
    ]


def test_a_changed_variable_fails(tmp_path: Path):
    finnish = FINNISH.replace("{ $name }", "{ $nimi }")
    assert _problems(_locales(tmp_path, fi=finnish)) == [("fi", "hello", "variables")]


def test_a_long_sentence_fails_per_language(tmp_path: Path):
    # 16 English words; 13 Finnish words (Finnish allows 12).
    english = ENGLISH + (
        "long = You can see all of your answers here, and you can change them at any time.\n"
    )
    finnish = FINNISH + (
        "long = Voit nähdä kaikki vastauksesi täällä ja voit muuttaa niitä milloin vain "
        "jos haluat nyt.\n"
    )
    assert _problems(_locales(tmp_path, en=english, fi=finnish)) == [
        ("en", "long", "sentence-length"),
        ("fi", "long", "sentence-length"),
    ]


def test_every_variant_of_a_select_is_measured(tmp_path: Path):
    english = ENGLISH + (
        "waiting = { $count ->\n"
        "        [one] One answer waits.\n"
        "       *[other] { $count } answers wait for you, and you can finish them later "
        "at any time you like.\n"
        "    }\n"
    )
    finnish = FINNISH + "waiting = { $count ->\n   *[other] { $count } vastausta odottaa.\n}\n"
    assert _problems(_locales(tmp_path, en=english, fi=finnish)) == [
        ("en", "waiting", "sentence-length")
    ]


def test_passives_fail_in_english_and_finnish(tmp_path: Path):
    english = ENGLISH + "used = This invite link was already used.\n"
    finnish = FINNISH + "used = Tätä kutsulinkkiä on jo käytetty.\n"
    problems = lint_locales.check(_locales(tmp_path, en=english, fi=finnish))
    found = {(p.language, p.key, p.rule, p.detail) for r in problems for p in r.problems}
    assert found == {
        ("en", "used", "passive", "'was already used'"),
        ("fi", "used", "passive", "'on jo käytetty'"),
    }


def test_a_banned_form_fails_but_not_inside_a_command(tmp_path: Path):
    english = ENGLISH + (
        "intake = Answer the intake questions, e.g. your name.\ncommand = Type /intake to start.\n"
    )
    finnish = FINNISH + "intake = Vastaa kysymyksiin.\ncommand = Kirjoita /intake.\n"
    found = lint_locales.check(_locales(tmp_path, en=english, fi=finnish))
    details = sorted(p.detail for r in found for p in r.problems)
    assert details == [
        "'e.g.' (abbreviation: write the words out)",
        "'intake' (jargon: say first questions)",
    ]


def test_a_long_message_fails(tmp_path: Path):
    sentence = "I keep your answers safe. "
    english = ENGLISH + f"privacy = {sentence * 20}\n"
    finnish = FINNISH + "privacy = Säilytän vastauksesi.\n"
    assert _problems(_locales(tmp_path, en=english, fi=finnish)) == [
        ("en", "privacy", "message-length")
    ]


def test_the_allow_list_lets_one_message_through(tmp_path: Path):
    english = ENGLISH + (
        "long = You can see all of your answers here, and you can change them at any time.\n"
    )
    locales = _locales(tmp_path, en=english, fi=FINNISH + "long = Näet vastauksesi.\n")
    config = (locales / lint_locales.CONFIG_NAME).read_text(encoding="utf-8")
    config = config.replace("  en:\n", "  en:\n    allow:\n      long: [sentence-length]\n", 1)
    (locales / lint_locales.CONFIG_NAME).write_text(config, encoding="utf-8")
    assert _problems(locales) == []


def test_a_typo_in_the_configuration_is_an_error(tmp_path: Path):
    locales = _locales(tmp_path)
    config = (locales / lint_locales.CONFIG_NAME).read_text(encoding="utf-8")
    config = config.replace("flesch_min: 70", "flesh_min: 70")
    (locales / lint_locales.CONFIG_NAME).write_text(config, encoding="utf-8")
    with pytest.raises(ValueError, match="flesh_min"):
        lint_locales.check(locales)


def test_a_language_without_its_own_rules_gets_the_defaults(tmp_path: Path):
    swedish = (
        "hello = Hej, { $name }! Jag är Polku.\n"
        "plan-ready = Din plan är klar och du kan se den nu, när du skriver kommandot "
        "och trycker på knappen.\n"
        "ok-button = Ja\n"
    )
    assert _problems(_locales(tmp_path, sv=swedish)) == [("sv", "plan-ready", "sentence-length")]


def test_chinese_sentences_are_counted_in_characters(tmp_path: Path):
    chinese = (
        "hello = 你好，{ $name }！我是 Polku。\n"
        "plan-ready = 你的计划已经准备好了，你现在可以输入命令查看你的计划并且按下按钮。\n"
        "ok-button = 是\n"
    )
    [report] = [r for r in lint_locales.check(_locales(tmp_path, zh=chinese)) if r.language == "zh"]
    assert [(p.key, p.rule) for p in report.problems] == [("plan-ready", "sentence-length")]
    assert "characters" in report.problems[0].detail


def test_flesch_is_scored_over_the_whole_file(tmp_path: Path):
    # One message full of long words does not sink a file of plain sentences...
    plain = "".join(
        f"plain-{n} = You can see your plan here. Press the button.\n" for n in range(12)
    )
    hard = "hard = Municipality administration considerations.\n"
    finnish = FINNISH + "".join(f"plain-{n} = Näet sen.\n" for n in range(12)) + "hard = Hei.\n"
    assert _problems(_locales(tmp_path, en=ENGLISH + plain + hard, fi=finnish)) == []


def test_a_file_of_hard_words_fails_flesch(tmp_path: Path):
    hard = "hard = Municipality administration considerations necessitate documentation.\n"
    locales = _locales(tmp_path, en=ENGLISH + hard, fi=FINNISH + "hard = Hei.\n")
    assert ("en", "main.ftl (whole file)", "flesch") in _problems(locales)


@pytest.mark.parametrize(
    ("word", "count"),
    [("ohjaaja", 3), ("tapaaminen", 4), ("työvoimatoimisto", 6), ("tietoa", 3), ("suomi", 2)],
)
def test_finnish_syllables(word: str, count: int):
    assert lint_locales.finnish_syllables(word) == count


def test_the_command_prints_a_table_and_fails_with_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert main(["lint-locales", "--locales", str(_locales(tmp_path))]) == 0
    finnish = FINNISH.replace("{ $name }", "{ $nimi }")
    assert main(["lint-locales", "--locales", str(_locales(tmp_path / "x", fi=finnish))]) == 1
    out = capsys.readouterr().out
    assert "Flesch" in out and "Wiio" in out
    assert "FAIL fi hello: variables" in out
    assert out.rstrip().endswith("lint-locales: 2 locales, 1 failures")
