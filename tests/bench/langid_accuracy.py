"""``python -m tests.bench.langid_accuracy``: how well Polku recognises a message's language.

Runs ``bot.langid.LanguageDetector`` over the whole dev set in ``../shared/langid`` (see
its README) and, for comparison, the same detector never abstaining, the same detector
with langdetect's seeded sampler picking the language, langdetect restricted to the
twelve languages through its prior map, and plain langdetect. Prints, per class of text
(single words, word pairs, 3-8 word sentences, sentences): the macro accuracy over the
twelve languages (an abstention counts as wrong), the macro precision over the answered
items, the answered share and the median time per call; then per-language tables, the
most frequent mistakes and the issue's targets. Exit status 0 when every target is met.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from langdetect import DetectorFactory, detect_langs
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.detector_factory import DetectorFactory as Factory
from langdetect.lang_detect_exception import LangDetectException

from bot.langid import PROFILES, SUPPORTED, LanguageDetector

DATA = Path(__file__).resolve().parents[3] / "shared" / "langid"
CLASSES = {
    "single-words": "1 word",
    "word-pairs": "2 words",
    "short-sentences": "3-8 words",
    "sentences": "sentences",
}

# The targets, in per cent.
TARGET_SHORT_ACCURACY = 98.5
TARGET_PRECISION = 98.0
TARGET_PAIRS_ANSWERED = 70.0

Detect = Callable[[str], "str | None"]


@dataclass
class Tally:
    """Counts for one language in one class."""

    total: int = 0
    answered: int = 0
    correct: int = 0


@dataclass
class Result:
    """One detector's figures over the dev set."""

    name: str
    tallies: dict[str, dict[str, Tally]] = field(default_factory=dict)
    micros: dict[str, list[float]] = field(default_factory=dict)
    confusions: Counter[tuple[str, str, str]] = field(default_factory=Counter)


def load(data: Path) -> dict[str, dict[str, list[str]]]:
    """The dev items: class -> language -> lines.

    Raises:
        FileNotFoundError: there is no dev set at ``data``.
    """
    if not data.is_dir():
        raise FileNotFoundError(f"no dev set at {data}")
    items: dict[str, dict[str, list[str]]] = {}
    for cls in CLASSES:
        items[cls] = {}
        for lang in SUPPORTED:
            lines = (data / cls / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
            items[cls][lang] = [line.strip() for line in lines if line.strip()]
    return items


def polku_code(langdetect_code: str) -> str:
    """A langdetect code as a Polku code: both Chinese profiles are ``zh``."""
    return "zh" if langdetect_code.startswith("zh") else langdetect_code


def plain_langdetect() -> Detect:
    """langdetect as documented: its global factory with all 55 profiles, seed 0."""
    DetectorFactory.seed = 0

    def detect(text: str) -> str | None:
        try:
            ranked = detect_langs(text)
        except LangDetectException:
            return None
        return polku_code(ranked[0].lang) if ranked else None

    return detect


def prior_map_langdetect() -> Detect:
    """langdetect with all its profiles, restricted to the twelve by a uniform prior map."""
    factory = Factory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    prior = {name: 1.0 for code in SUPPORTED for name in PROFILES[code]}

    def detect(text: str) -> str | None:
        detector = factory.create()
        detector.set_prior_map(prior)
        detector.append(text)
        try:
            ranked = detector.get_probabilities()
        except LangDetectException:
            return None
        return polku_code(ranked[0].lang) if ranked else None

    return detect


def polku(detector: LanguageDetector) -> Detect:
    """Polku's detector, answering a code or ``None``."""

    def detect(text: str) -> str | None:
        guess = detector.detect(text)
        return guess.language if guess else None

    return detect


def evaluate(name: str, detect: Detect, items: dict[str, dict[str, list[str]]]) -> Result:
    """Run ``detect`` over every item, timing each call."""
    result = Result(name)
    for cls, by_lang in items.items():
        result.tallies[cls] = {}
        times = result.micros.setdefault(cls, [])
        for lang, lines in by_lang.items():
            tally = result.tallies[cls][lang] = Tally()
            for line in lines:
                start = time.perf_counter_ns()
                answer = detect(line)
                times.append((time.perf_counter_ns() - start) / 1000)
                tally.total += 1
                if answer is not None:
                    tally.answered += 1
                    if answer == lang:
                        tally.correct += 1
                    else:
                        result.confusions[(cls, lang, answer)] += 1
    return result


def percent(part: int, whole: int) -> float:
    """``part`` of ``whole`` in per cent; NaN when ``whole`` is 0."""
    return 100 * part / whole if whole else float("nan")


def macro(tallies: dict[str, Tally]) -> tuple[float, float, float]:
    """Macro accuracy, precision over answered and answered share, in per cent.

    The precision is averaged over the languages with at least one answer.
    """
    answered = [t for t in tallies.values() if t.answered]
    accuracy = statistics.fmean(percent(t.correct, t.total) for t in tallies.values())
    precision = statistics.fmean(percent(t.correct, t.answered) for t in answered)
    share = statistics.fmean(percent(t.answered, t.total) for t in tallies.values())
    return accuracy, precision, share


def summary(results: Sequence[Result]) -> list[str]:
    """Per detector and class: the macro figures and the median time per call."""
    width = max(len(r.name) for r in results)
    lines = [
        f"{'detector':<{width}}  {'class':<9}  accuracy  precision  answered  median µs",
    ]
    for result in results:
        for cls, label in CLASSES.items():
            accuracy, precision, share = macro(result.tallies[cls])
            median = statistics.median(result.micros[cls])
            lines.append(
                f"{result.name:<{width}}  {label:<9}  {accuracy:8.1f}  {precision:9.1f}  "
                f"{share:8.1f}  {median:9.0f}"
            )
        every = [t for cls in CLASSES for t in result.micros[cls]]
        blank = " " * 8
        lines.append(
            f"{result.name:<{width}}  {'all':<9}  {blank}  {blank} "
            f"  {blank}  {statistics.median(every):9.0f}"
        )
    return lines


def per_language(result: Result) -> list[str]:
    """Per language and class: accuracy, precision over answered, answered share."""
    lines = [f"{result.name}, per language (accuracy / precision over answered / answered %):"]
    lines.append(f"{'lang':<5}" + "".join(f" | {label:^17}" for label in CLASSES.values()))
    lines.append(f"{'':<5}" + " | acc.  prec. ans. " * len(CLASSES))
    for lang in SUPPORTED:
        row = f"{lang:<5}"
        for cls in CLASSES:
            t = result.tallies[cls][lang]
            accuracy = percent(t.correct, t.total)
            precision = percent(t.correct, t.answered)
            row += f" | {accuracy:5.1f} {precision:5.1f} {percent(t.answered, t.total):5.1f}"
        lines.append(row)
    return lines


def compare_per_language(results: Sequence[Result], cls: str) -> list[str]:
    """Per language, every detector's accuracy (abstentions wrong) on one class."""
    names = [f"[{i}]" for i in range(1, len(results) + 1)]
    lines = [
        f"{CLASSES[cls]}: accuracy per language, detectors "
        + ", ".join(f"{n} {r.name}" for n, r in zip(names, results, strict=True))
    ]
    lines.append(f"{'lang':<5}" + "".join(f" {n:>6}" for n in names))
    for lang in SUPPORTED:
        cells = (percent(r.tallies[cls][lang].correct, r.tallies[cls][lang].total) for r in results)
        lines.append(f"{lang:<5}" + "".join(f" {c:6.1f}" for c in cells))
    return lines


def verdicts(result: Result) -> list[tuple[bool, str]]:
    """The issue's targets: met or not, with the measured figure."""
    short_accuracy, _, _ = macro(result.tallies["short-sentences"])
    _, word_precision, _ = macro(result.tallies["single-words"])
    _, pair_precision, pair_share = macro(result.tallies["word-pairs"])
    checks = [
        ("3-8 words accuracy", short_accuracy, TARGET_SHORT_ACCURACY),
        ("1 word precision over answered", word_precision, TARGET_PRECISION),
        ("2 words precision over answered", pair_precision, TARGET_PRECISION),
        ("2 words answered", pair_share, TARGET_PAIRS_ANSWERED),
    ]
    return [
        (value >= target, f"{label} >= {target}%: {value:.1f}%") for label, value, target in checks
    ]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.langid_accuracy",
        description="Language-identification accuracy and speed on the dev set.",
    )
    parser.add_argument("--data", type=Path, default=DATA, help=f"dev set (default {DATA})")
    parser.add_argument(
        "--quick", action="store_true", help="Polku's detector only, no comparisons"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Print the figures.

    Returns:
        0 when every target is met, 1 when one is missed, 2 without a dev set.
    """
    args = parse_args(argv)
    try:
        items = load(args.data)
    except FileNotFoundError as error:
        sys.stderr.write(f"{error}\n")
        return 2
    detector = LanguageDetector()
    # Load the profiles before timing anything.
    detector.detect("warm up")
    runs: list[tuple[str, Detect]] = [("polku LanguageDetector", polku(detector))]
    if not args.quick:
        never = LanguageDetector(min_confidence=0.0, min_sentence_confidence=0.0, min_letters=1)
        sampled = LanguageDetector(method="sampled")
        runs += [
            ("polku, never abstaining", polku(never)),
            ("polku, langdetect's sampler picks", polku(sampled)),
            ("langdetect, prior map (12 langs)", prior_map_langdetect()),
            ("langdetect, plain (55 langs)", plain_langdetect()),
        ]
    results = [evaluate(name, detect, items) for name, detect in runs]
    counts = ", ".join(f"{CLASSES[c]}: {sum(map(len, items[c].values()))}" for c in CLASSES)
    mistakes = results[0].confusions.most_common(12)
    out = [
        f"Language identification on {args.data} ({counts} items)",
        f"Macro figures over the {len(SUPPORTED)} languages, per cent; accuracy counts an "
        "abstention as wrong.",
        f"polku: min_confidence={detector.min_confidence} (1-2 words), "
        f"min_sentence_confidence={detector.min_sentence_confidence} (3+ words), "
        f"min_letters={detector.min_letters}, method={detector.method}",
        "",
        *summary(results),
        "",
        *per_language(results[0]),
    ]
    if len(results) > 1:
        for cls in CLASSES:
            out += ["", *compare_per_language(results, cls)]
    out += [
        "",
        "polku's most frequent mistakes (class true->answered: count):",
        "  " + (", ".join(f"{c} {t}->{a}: {n}" for (c, t, a), n in mistakes) or "none"),
        "",
        *(f"{'PASS' if ok else 'MISS'}  {line}" for ok, line in verdicts(results[0])),
    ]
    sys.stdout.write("\n".join(out) + "\n")
    return 0 if all(ok for ok, _ in verdicts(results[0])) else 1


if __name__ == "__main__":
    sys.exit(main())
