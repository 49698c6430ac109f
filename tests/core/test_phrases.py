"""Crisis and discouraged language, with phrasings written apart from the lists."""

from __future__ import annotations

import pytest

from bot.motivation.phrases import detect_crisis, detect_discouraged, normalise

CRISIS = {
    "en": [
        "i keep thinking about suicide",
        "i want to kill my self tonight",
        "sometimes i just want to die",
        "i wanna die",
        "im going to end my life",
        "i cut myself again yesterday",
        "my husband hits me when he is angry",
        "I am not safe at home",
        "Im thinking of hurting myself",
    ],
    "fi": [
        "mietin itsemurhaa",
        "mä haluun vaan kuolla",
        "haluaisin kuolla pois",
        "en halua enää elää",
        "tapan itteni",
        "mieheni lyö minua joka päivä",
        "en ole turvassa kotona",
        "olen satuttanut itseäni",
        "itse murha käy mielessä",
    ],
    "ar": [
        "أفكر في الانتحار",
        "افكر بالانتحار كل يوم",
        "اريد ان اموت",
        "زوجي يضربني",
        "سأقتل نفسي",
        "أريد أن أنهي حياتي",
        "لا اريد ان اعيش",
        "أنا لست بأمان في البيت",
    ],
}
NOT_CRISIS = {
    "en": [
        "I want to learn Finnish",
        "my phone died yesterday",
        "can we move the meeting",
        "the course is hard but ok",
        "I hit the wrong button",
    ],
    "fi": [
        "haluan oppia suomea",
        "en pääse huomenna kurssille",
        "kiitos avusta",
        "hyvä tapa oppia on lukea",
        "en jaksa enää tätä kurssia",
    ],
    "ar": ["أريد أن أتعلم الفنلندية", "شكرا على المساعدة", "هل يمكن تغيير الموعد"],
}
DISCOURAGED = {
    "en": ["i think i will give up", "its all pointless", "this is too hard for me"],
    "fi": ["en mä jaksa enää", "luovutan", "tää on liian vaikeeta", "ei oo mitään järkeä"],
    "ar": ["تعبت من كل شيء", "لا فائدة من الدراسة", "فقدت الامل"],
}
NOT_DISCOURAGED = {
    "en": ["everything is going well", "thank you for the help"],
    "fi": ["kaikki menee hyvin", "kurssi on kiva"],
    "ar": ["كل شيء جيد", "الدورة ممتازة"],
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(lang, text) for lang, texts in table.items() for text in texts]


@pytest.mark.parametrize(("language", "text"), _cases(CRISIS))
def test_crisis_is_caught(language: str, text: str):
    assert detect_crisis(text, language) is not None


@pytest.mark.parametrize(("language", "text"), _cases(NOT_CRISIS))
def test_everyday_text_is_no_crisis(language: str, text: str):
    assert detect_crisis(text, language) is None


@pytest.mark.parametrize(("language", "text"), _cases(DISCOURAGED))
def test_discouraged_is_caught(language: str, text: str):
    assert detect_discouraged(text, language) is not None


@pytest.mark.parametrize(("language", "text"), _cases(NOT_DISCOURAGED))
def test_fine_text_is_not_discouraged(language: str, text: str):
    assert detect_discouraged(text, language) is None


def test_mixed_languages_are_caught():
    assert detect_crisis("teacher sanoi ok mutta haluan kuolla", "en") is not None


def test_normalise_folds_arabic_and_diacritics():
    assert normalise("أإآـــة") == "اااه"
    assert normalise("ÄÖ") == "ao"
