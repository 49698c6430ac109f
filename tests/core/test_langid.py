"""Language detection of learners' free text: deterministic, script-aware, abstaining."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest
from langdetect import DetectorFactory

from bot import i18n
from bot.langid import SUPPORTED, Guess, LanguageDetector

# A slice of the dev set kept with the tests (see its README), so every clone runs the floors.
DEV_SET = Path(__file__).resolve().parents[1] / "data" / "langid"
# The first items of each language of the dev set: small enough for the suite, fixed so a
# failure is reproducible. The floors sit well under the full run's figures (see
# tests/bench/langid_accuracy.py) so that they catch regressions, not noise.
SUBSET = 20

SAMPLES = [
    "Hyvää huomenta, miten voit tänään?",
    "Jag vill boka en tid hos läkaren.",
    "I would like to book an appointment.",
    "أريد أن أحجز موعدا مع الطبيب",
    "Waxaan rabaa inaan ballan ka qabsado dhakhtarka.",
    "Я хочу записаться к врачу.",
    "Я хочу записатися до лікаря.",
    "می‌خواهم برای دکتر وقت بگیرم.",
    "Ma tahaksin arsti juurde aega broneerida.",
    "我想预约看医生。",
    "Tôi muốn đặt lịch hẹn với bác sĩ.",
    "Doktordan randevu almak istiyorum.",
]


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize(
    ("text", "language"), list(zip(SAMPLES, SUPPORTED, strict=True)), ids=SUPPORTED
)
def test_a_sentence_in_each_language(detector: LanguageDetector, text: str, language: str) -> None:
    guess = detector.detect(text)
    assert guess is not None
    assert guess.language == language
    assert 0.0 < guess.confidence <= 1.0


# --- determinism -------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["exact", "sampled"])
def test_answers_do_not_depend_on_call_order(method: Literal["exact", "sampled"]) -> None:
    texts = [*SAMPLES, "Talo on suuri", "число", "موسسات", "Emilio har allt.", "winter"]
    forwards = LanguageDetector(method=method)
    first = [forwards.detect(text) for text in texts]
    again = [forwards.detect(text) for text in texts]
    backwards = LanguageDetector(method=method)
    reversed_answers = [backwards.detect(text) for text in reversed(texts)][::-1]
    assert first == again == reversed_answers


def test_langdetects_global_seed_does_not_matter(monkeypatch: pytest.MonkeyPatch) -> None:
    detector = LanguageDetector(method="sampled")
    texts = ["Talo on suuri", "Машина снова тронулась.", "Emilio har allt."]
    before = [detector.detect(text) for text in texts]
    monkeypatch.setattr(DetectorFactory, "seed", 12345)
    assert [detector.detect(text) for text in texts] == before


# --- scripts and letters -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["مرحبا", "شكرا جزيلا لك", "سلام خوبی", "كتاب", "موسسات", "عبدالرزاق", "بسیار خوب است"],
)
def test_arabic_script_is_only_ever_arabic_or_persian(
    detector: LanguageDetector, text: str
) -> None:
    analysis = detector.analyse(text, expected=["en", "so"])
    assert analysis is not None
    assert analysis.candidates == {"ar", "fa"}
    never = LanguageDetector(min_confidence=0.0, min_sentence_confidence=0.0, min_letters=1)
    guess = never.detect(text, expected=["en", "so"])
    assert guess is not None
    assert guess.language in {"ar", "fa"}


@pytest.mark.parametrize("text", ["Привет", "число", "Машина снова тронулась.", "Дякую дуже"])
def test_cyrillic_is_russian_or_ukrainian(text: str) -> None:
    never = LanguageDetector(min_confidence=0.0, min_sentence_confidence=0.0)
    guess = never.detect(text, expected=["fi"])
    assert guess is not None
    assert guess.language in {"ru", "uk"}


@pytest.mark.parametrize("text", ["谢谢", "你好", "我们明天见", "這是一個問題"])
def test_han_is_chinese(detector: LanguageDetector, text: str) -> None:
    assert detector.detect(text, expected=["en"]) == Guess("zh", 1.0)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Мы пошли домой", "ru"),  # ы
        ("Ми пішли додому", "uk"),  # і
        ("Я тобi вiрю", "uk"),  # Latin i typed for Ukrainian і
        ("این کتاب", "fa"),  # ی and ک are Persian code points
        ("هذا الكتاب", "ar"),  # ك is Arabic
        ("Nasılsın", "tr"),  # dotless ı
        ("Tôi là sinh viên", "vi"),
        ("Hon är glad", "sv"),
    ],
)
def test_distinctive_letters_decide(detector: LanguageDetector, text: str, language: str) -> None:
    guess = detector.detect(text)
    assert guess is not None
    assert guess.language == language


def test_a_latin_name_inside_cyrillic_text_does_not_change_the_script(
    detector: LanguageDetector,
) -> None:
    guess = detector.detect("Мы пошли в McDonalds вчера вечером")
    assert guess is not None
    assert guess.language == "ru"


# --- expected languages ------------------------------------------------------------------


def test_expected_language_tips_an_ambiguous_text(detector: LanguageDetector) -> None:
    # Three words the model finds about as Finnish as Estonian: no answer on its own.
    text = "Talo on suuri"
    assert detector.detect(text) is None
    finnish = detector.detect(text, expected=["fi", "so"])
    estonian = detector.detect(text, expected=["et"])
    assert finnish is not None
    assert finnish.language == "fi"
    assert estonian is not None
    assert estonian.language == "et"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [("Minä olen kotona", "fi", "et"), ("Hon är glad", "sv", "en"), ("Мы пошли домой", "ru", "uk")],
)
def test_expected_language_does_not_outvote_clear_evidence(
    detector: LanguageDetector, text: str, language: str, expected: str
) -> None:
    guess = detector.detect(text, expected=[expected])
    assert guess is not None
    assert guess.language == language


def test_expected_language_raises_the_posterior(detector: LanguageDetector) -> None:
    plain = detector.analyse("число")
    primed = detector.analyse("число", expected=["uk"])
    assert plain is not None
    assert primed is not None
    assert primed.posterior["uk"] > plain.posterior["uk"]


# --- abstention --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "😀👍🎉",
        "12345 678",
        "+358 40 123 4567",
        "https://example.com/path?x=1",
        "www.example.fi",
        "someone@example.com",
        "ok",
        "OK!!",
        "ok 👍",
        "okay",
        "haha",
        "хахаха",
        "@someone",
        "/start",
        "no",
        "ja",
        "ні",
        "yes",
        "Ευχαριστώ πολύ",  # Greek: no supported language is written in it
        "ありがとうございます",  # Japanese
        "감사합니다",  # Korean
    ],
)
def test_no_answer_without_language_evidence(detector: LanguageDetector, text: str) -> None:
    assert detector.detect(text) is None


@pytest.mark.parametrize("text", ["a" * 4096, "aaaaa", "A" * 50, "ä" * 300, "o" * 10 + "!"])
def test_a_held_key_is_no_language(detector: LanguageDetector, text: str) -> None:
    # One letter repeated is no text: it used to come out Somali (which doubles vowels).
    assert detector.detect(text) is None


def test_a_stretched_word_is_still_read(detector: LanguageDetector) -> None:
    guess = detector.detect("kiitoooos paljon kaikesta avusta")
    assert guess is not None
    assert guess.language == "fi"


def test_low_confidence_is_no_answer() -> None:
    # "winter" is English, Swedish and more; a strict detector keeps quiet about it.
    strict = LanguageDetector(min_confidence=0.999)
    assert strict.detect("winter") is None


def test_a_long_message_in_capitals_is_still_read(detector: LanguageDetector) -> None:
    guess = detector.detect("KIITOS PALJON KAIKESTA AVUSTA")
    assert guess is not None
    assert guess.language == "fi"


def test_links_and_emoji_around_words_are_ignored(detector: LanguageDetector) -> None:
    guess = detector.detect("Hyvää päivää! 😀 https://example.com/kurssi")
    assert guess is not None
    assert guess.language == "fi"


# --- configuration -----------------------------------------------------------------------


def test_only_the_configured_languages_are_answered() -> None:
    detector = LanguageDetector(["fi", "en", "ar"])
    guess = detector.detect("Jag vill boka en tid hos läkaren.")
    assert guess is None or guess.language in {"fi", "en"}
    assert detector.detect("سلام خوبی") == Guess("ar", 1.0)
    assert detector.detect("Я хочу записаться к врачу.") is None


def test_unknown_languages_are_refused() -> None:
    with pytest.raises(ValueError, match="de"):
        LanguageDetector(["fi", "de"])
    with pytest.raises(ValueError, match="at least one"):
        LanguageDetector([])


# --- accuracy on a fixed slice of the dev set --------------------------------------------


def _dev_items(cls: str) -> list[tuple[str, str]]:
    items = []
    for language in SUPPORTED:
        lines = (DEV_SET / cls / f"{language}.txt").read_text(encoding="utf-8").splitlines()
        items += [(language, line) for line in lines if line.strip()][:SUBSET]
    return items


def _score(detector: LanguageDetector, items: list[tuple[str, str]]) -> tuple[float, float, float]:
    """Accuracy over all items, precision over the answered ones, answered share."""
    guesses = [(language, detector.detect(text)) for language, text in items]
    answered = [(language, g) for language, g in guesses if g is not None]
    right = sum(g.language == language for language, g in answered)
    return right / len(items), right / len(answered), len(answered) / len(items)


def test_accuracy_floor_on_short_sentences(detector: LanguageDetector) -> None:
    accuracy, _, _ = _score(detector, _dev_items("short-sentences"))
    assert accuracy >= 0.97


def test_precision_floor_on_word_pairs(detector: LanguageDetector) -> None:
    _, precision, answered = _score(detector, _dev_items("word-pairs"))
    assert precision >= 0.97
    assert answered >= 0.7


def test_precision_floor_on_single_words(detector: LanguageDetector) -> None:
    _, precision, answered = _score(detector, _dev_items("single-words"))
    assert precision >= 0.95
    assert answered >= 0.3


def test_the_same_languages_as_the_rest_of_polku() -> None:
    assert set(SUPPORTED) <= set(i18n.SUPPORTED)
    assert SUPPORTED == tuple(c for c in i18n.SUPPORTED if c in SUPPORTED)


def test_a_single_expected_code_is_one_language(detector: LanguageDetector) -> None:
    as_string = detector.analyse("Talo on suuri", expected="fi")
    as_list = detector.analyse("Talo on suuri", expected=["fi"])
    assert as_string == as_list
