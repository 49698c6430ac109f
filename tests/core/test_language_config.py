"""The language list is configuration: locales/languages.yml, read wherever languages are listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import i18n, langid, language_config
from bot.i18n import LOCALES_DIR, available_languages


def test_every_locale_folder_is_configured() -> None:
    folders = {p.name for p in LOCALES_DIR.iterdir() if p.is_dir() and any(p.glob("*.ftl"))}
    assert folders <= set(language_config.codes())
    assert set(available_languages()) == folders


def test_i18n_and_langid_read_the_same_list() -> None:
    assert i18n.SUPPORTED == language_config.codes()
    assert i18n.RIGHT_TO_LEFT == {"ar", "fa"}
    assert set(langid.SUPPORTED) <= set(i18n.SUPPORTED)
    assert langid.SCRIPT_LANGUAGES["arabic"] == {"ar", "fa"}
    assert langid.PROFILES["zh"] == ("zh-cn", "zh-tw")


def test_english_formats_fit_finland() -> None:
    assert language_config.formats_locale("en") == "en_FI"
    assert language_config.formats_locale("xx") == "xx"


def test_a_new_language_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "languages.yml"
    config.write_text(
        "languages:\n"
        "  - {code: en, formats: en_FI, direction: ltr, script: latin}\n"
        "  - {code: ckb, formats: ckb, direction: rtl, script: arabic, detect: []}\n",
        encoding="utf-8",
    )
    en, ckb = language_config.load(config)
    assert (en.code, en.detect) == ("en", ("en",))
    assert (ckb.direction, ckb.detect) == ("rtl", ())


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{code: en, formats: xx_YY}", "unknown CLDR locale"),
        ("{code: en, direction: up}", "direction"),
        ("{code: EN}", "lowercase"),
        ("{code: en, script: runic}", "script"),
        ("{code: en, detect: en}", "detect"),
    ],
)
def test_a_bad_line_names_the_language(tmp_path: Path, line: str, problem: str) -> None:
    config = tmp_path / "languages.yml"
    config.write_text(f"languages:\n  - {line}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        language_config.load(config)
