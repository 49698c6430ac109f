"""Crisis and discouraged language, with phrasings written apart from the lists."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.i18n import LOCALES_DIR, available_languages
from bot.motivation.phrases import detect_crisis, detect_discouraged, normalise

PHRASINGS_DIR = Path(__file__).resolve().parents[1] / "data" / "phrases"


def _phrasings() -> dict[str, dict[str, list[str]]]:
    """Language -> kind -> phrasings, from ``tests/data/phrases/<lang>.yml``."""
    return {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted(PHRASINGS_DIR.glob("*.yml"))
    }


PHRASINGS = _phrasings()


def _cases(kind: str) -> list[tuple[str, str]]:
    return [(lang, text) for lang, kinds in PHRASINGS.items() for text in kinds[kind]]


def test_every_language_with_lists_is_tested():
    with_lists = {p.parent.name for p in LOCALES_DIR.glob("*/crisis.txt")}
    assert with_lists == set(available_languages())
    assert set(PHRASINGS) == with_lists
    for language, kinds in PHRASINGS.items():
        assert all(kinds[kind] for kind in ("crisis", "not_crisis", "discouraged")), language


@pytest.mark.parametrize(("language", "text"), _cases("crisis"))
def test_crisis_is_caught(language: str, text: str):
    assert detect_crisis(text, language) is not None


@pytest.mark.parametrize(("language", "text"), _cases("not_crisis"))
def test_everyday_text_is_no_crisis(language: str, text: str):
    assert detect_crisis(text, language) is None


@pytest.mark.parametrize(("language", "text"), _cases("discouraged"))
def test_discouraged_is_caught(language: str, text: str):
    assert detect_discouraged(text, language) is not None


@pytest.mark.parametrize(("language", "text"), _cases("not_discouraged"))
def test_fine_text_is_not_discouraged(language: str, text: str):
    assert detect_discouraged(text, language) is None


def test_mixed_languages_are_caught():
    assert detect_crisis("teacher sanoi ok mutta haluan kuolla", "en") is not None


def test_normalise_folds_arabic_and_diacritics():
    assert normalise("أإآـــة") == "اااه"
    assert normalise("ÄÖ") == "ao"


@pytest.mark.parametrize("language", available_languages())
def test_no_message_of_polku_looks_like_a_crisis(language: str):
    """Learners quote the bot, and words of one language collide with another's list: no
    message of any locale (but the crisis question itself) may trigger a crisis."""
    from tests.core.test_glossary import texts

    found = [
        f"{key}: {match.language} line {match.line}"
        for key, text in texts(language).items()
        if not key.startswith("motivation-crisis")
        and (match := detect_crisis(text, language)) is not None
    ]
    assert not found, "\n".join(found)
