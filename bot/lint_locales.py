"""``polku lint-locales``: every locale complete, and every text in measured plain language.

Each message is rendered through :class:`bot.i18n.Translator` the way a person would get it
(sample values for variables, every variant of every select expression), HTML tags removed,
and then measured: its length, its sentences (words; characters for scripts without spaces),
the language's banned forms and passives, and per file a readability figure (Flesch reading
ease for English; Wiio's grade and the share of long words for Finnish). Thresholds and word
lists live in ``locales/plain-language.yml``; locales/README.md explains the figures.
"""

from __future__ import annotations

import fnmatch
import html
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale
from fluent.syntax import ast as fast
from fluent.syntax import parse
from fluent.syntax.visitor import Visitor

from bot.i18n import FALLBACK, LOCALES_DIR, Translator, available_languages

CONFIG_NAME = "plain-language.yml"

_TAG = re.compile(r"<[^>]+>")
_ISOLATION = re.compile("[\u2066-\u2069\u200e\u200f\u061c]")
_SENTENCE_END = re.compile(r"(?<=[.!?؟…])\s+|(?<=[。！？])")
_WORD = re.compile(r"\d+(?:[.:,]\d+)*|[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ENDS_SENTENCE = re.compile(r"[.!?؟…。！？]\s*$")
_COMMAND = re.compile(r"/[a-z_]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_FI_VOWELS = "aeiouyäö"
# Two vowels that make one syllable in Finnish: long vowels and the diphthongs. "ie", "uo"
# and "yö" are diphthongs only in a word's first syllable.
_FI_DIPHTHONGS = {"ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "iu", "ou", "ey", "iy"}
_FI_DIPHTHONGS |= {"äy", "öy"}
_FI_FIRST_ONLY = {"ie", "uo", "yö"}


@dataclass(frozen=True)
class Rules:
    """The thresholds and word lists for one language (``locales/plain-language.yml``)."""

    max_sentence_words: int = 15
    unit: str = "words"
    flesch_min: float | None = None
    wiio_max: float | None = None
    wiio_intercept: float = 2.7
    wiio_per_percent: float = 0.3
    long_word_letters: int = 14
    long_word_share_max: float | None = None
    passive: str | None = None
    banned: tuple[tuple[re.Pattern[str], str], ...] = ()
    allow_words: frozenset[str] = frozenset()
    allow: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    """The whole configuration: shared settings and the rules of every language."""

    max_message_chars: int
    not_measured: tuple[str, ...]
    label_max_words: int
    sample_text: str
    defaults: Mapping[str, Any]
    languages: Mapping[str, Mapping[str, Any]]

    def rules(self, language: str) -> Rules:
        """The rules for ``language``: its own section over the defaults."""
        mine = self.languages.get(language) or {}
        own = {**self.defaults, **mine}
        # Banned forms and allowed words add up: the defaults' and the language's own.
        banned = tuple(
            (re.compile(item["pattern"], re.IGNORECASE), str(item["why"]))
            for item in [*(self.defaults.get("banned") or []), *(mine.get("banned") or [])]
        )
        allow_words = [*(self.defaults.get("allow_words") or []), *(mine.get("allow_words") or [])]
        allow = {key: frozenset(rules) for key, rules in (own.get("allow") or {}).items()}
        return Rules(
            max_sentence_words=int(own.get("max_sentence_words", 15)),
            unit=str(own.get("unit", "words")),
            flesch_min=own.get("flesch_min"),
            wiio_max=own.get("wiio_max"),
            wiio_intercept=float(own.get("wiio_intercept", 2.7)),
            wiio_per_percent=float(own.get("wiio_per_percent", 0.3)),
            long_word_letters=int(own.get("long_word_letters", 14)),
            long_word_share_max=own.get("long_word_share_max"),
            passive=own.get("passive"),
            banned=banned,
            allow_words=frozenset(w.casefold() for w in allow_words),
            allow=allow,
        )


RULES = frozenset({"sentence-length", "message-length", "banned", "passive"})
_LANGUAGE_KEYS = frozenset(
    {f.name for f in fields(Rules)} | {"flesch_min", "wiio_max", "long_word_share_max"}
)


def load_config(locales_dir: Path = LOCALES_DIR) -> Config:
    """Read ``plain-language.yml`` from ``locales_dir``.

    Raises:
        ValueError: for a setting or an allowed rule the checker does not know (a typo
            would otherwise switch a check off without a word).
    """
    data = yaml.safe_load((locales_dir / CONFIG_NAME).read_text(encoding="utf-8"))
    sections = {"defaults": data.get("defaults") or {}, **(data.get("languages") or {})}
    for name, section in sections.items():
        unknown = set(section or {}) - _LANGUAGE_KEYS
        allowed = {r for rules in ((section or {}).get("allow") or {}).values() for r in rules}
        if unknown or allowed - RULES:
            raise ValueError(f"{CONFIG_NAME}: {name}: unknown {sorted(unknown | allowed - RULES)}")
    return Config(
        max_message_chars=int(data["max_message_chars"]),
        not_measured=tuple(data.get("not_measured") or ()),
        label_max_words=int(data.get("label_max_words", 4)),
        sample_text=str(data.get("sample_text", "Aino")),
        defaults=data.get("defaults") or {},
        languages=data.get("languages") or {},
    )


@dataclass(frozen=True)
class Problem:
    """One failure: a message that breaks one rule."""

    language: str
    key: str
    rule: str
    detail: str

    def __str__(self) -> str:
        return f"{self.language} {self.key}: {self.rule}: {self.detail}"


@dataclass
class Figures:
    """Counts for a file (or a whole locale) from which the readability figures come."""

    name: str
    messages: int = 0
    sentences: int = 0
    longest: int = 0
    words: int = 0
    syllables: int = 0
    polysyllables: int = 0  # words of four or more syllables
    long_words: int = 0  # words of ``long_word_letters`` or more letters
    failures: int = 0

    def add(self, other: Figures) -> None:
        """Add another file's counts to these."""
        self.messages += other.messages
        self.sentences += other.sentences
        self.longest = max(self.longest, other.longest)
        self.words += other.words
        self.syllables += other.syllables
        self.polysyllables += other.polysyllables
        self.long_words += other.long_words
        self.failures += other.failures

    @property
    def flesch(self) -> float | None:
        """Flesch reading ease: 206.835 − 1.015 × words/sentence − 84.6 × syllables/word."""
        if not self.words or not self.sentences:
            return None
        return 206.835 - 1.015 * self.words / self.sentences - 84.6 * self.syllables / self.words

    def polysyllable_percent(self) -> float:
        """Words of four or more syllables per 100 words."""
        return 100 * self.polysyllables / self.words if self.words else 0.0

    def long_word_percent(self) -> float:
        """Long words (by letters) per 100 words."""
        return 100 * self.long_words / self.words if self.words else 0.0


@dataclass
class Report:
    """What the checker found in one locale."""

    language: str
    rules: Rules
    files: list[Figures]
    problems: list[Problem]

    @property
    def total(self) -> Figures:
        """The figures of every file together."""
        total = Figures("all")
        for figures in self.files:
            total.add(figures)
        return total

    def wiio(self, figures: Figures) -> float:
        """Wiio's grade (school years) from the share of words of four or more syllables."""
        return self.rules.wiio_intercept + self.rules.wiio_per_percent * (
            figures.polysyllable_percent()
        )


# ---------------------------------------------------------------------------- Fluent


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.selects: dict[str, list[fast.Variant]] = {}

    def visit_VariableReference(self, node: fast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_SelectExpression(self, node: fast.SelectExpression) -> None:
        selector: fast.BaseNode = node.selector
        if isinstance(selector, fast.FunctionReference) and selector.arguments.positional:
            selector = selector.arguments.positional[0]  # NUMBER($count)
        if isinstance(selector, fast.VariableReference):
            self.selects.setdefault(selector.id.name, []).extend(node.variants)
        self.generic_visit(node)


@dataclass(frozen=True)
class Message:
    """A message as written: its file, variables and the values its selects choose by."""

    key: str
    file: str
    variables: frozenset[str]
    choices: Mapping[str, tuple[str | int, ...]]


def read_messages(locales_dir: Path, language: str) -> tuple[dict[str, Message], list[str]]:
    """Messages of ``language`` by id, and the parse errors (junk) found on the way."""
    found: dict[str, Message] = {}
    errors: list[str] = []
    for path in sorted((locales_dir / language).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, fast.Junk):
                errors.append(f"{path.name}: unparsable: {(entry.content or '')[:60]!r}")
            elif isinstance(entry, fast.Message):
                visitor = _Variables()
                visitor.visit(entry)
                choices = {
                    name: tuple(dict.fromkeys(_sample(language, v.key) for v in variants))
                    for name, variants in visitor.selects.items()
                }
                found[entry.id.name] = Message(
                    entry.id.name, path.name, frozenset(visitor.names), choices
                )
    return found, errors


def _sample(language: str, key: fast.Identifier | fast.NumberLiteral) -> str | int:
    """A value that makes a select expression choose the variant with ``key``."""
    if isinstance(key, fast.NumberLiteral):
        return int(float(key.value))
    name = key.name
    plural = _plural_examples(language)
    return plural.get(name, name)


@cache
def _plural_examples(language: str) -> dict[str, int]:
    """A number for each CLDR plural category of ``language`` ("one": 1, "other": 5...)."""
    try:
        rule = Locale.parse(language).plural_form
    except (ValueError, LookupError):
        rule = Locale.parse(FALLBACK).plural_form
    examples: dict[str, int] = {}
    for number in [5, 1, 2, 3, 0, 11, 100, *range(4, 200)]:
        examples.setdefault(rule(number), number)
    return examples


def render_variants(
    translator: Translator, language: str, message: Message, sample_text: str
) -> Iterator[str]:
    """The message as plain text, once for every combination of its select variants."""
    names = sorted(message.choices)
    combinations = itertools.product(*(message.choices[n] for n in names))
    for combination in itertools.islice(combinations, 64):
        args: dict[str, str | int] = {name: sample_text for name in message.variables}
        args.update(zip(names, combination, strict=True))
        text = translator.text(language, message.key, args)
        yield plain(text)


def plain(text: str) -> str:
    """Telegram HTML as a reader sees it: no tags, no bidi marks, entities decoded."""
    return html.unescape(_TAG.sub("", _ISOLATION.sub("", text)))


# ---------------------------------------------------------------------------- measuring


def sentences(text: str) -> list[str]:
    """The sentences of a plain text: each line, split after sentence-ending punctuation."""
    found = []
    for line in text.splitlines():
        for part in _SENTENCE_END.split(line):
            if _WORD.search(part):
                found.append(part.strip())
    return found


def words(sentence: str) -> list[str]:
    """The words (and numbers) of a sentence."""
    return _WORD.findall(sentence)


def length(sentence: str, unit: str) -> int:
    """A sentence's length in ``unit``: words, or characters for Chinese and Japanese."""
    if unit == "characters":
        return len(_CJK.findall(sentence)) + len([w for w in words(_CJK.sub(" ", sentence)) if w])
    return len(words(sentence))


def finnish_syllables(word: str) -> int:
    """Syllables of a Finnish word: one per vowel, long vowels and diphthongs counting once."""
    word = word.casefold()
    count, index, first = 0, 0, True
    while index < len(word):
        if word[index] not in _FI_VOWELS:
            index += 1
            continue
        pair = word[index : index + 2]
        one_syllable = len(pair) == 2 and (
            pair[0] == pair[1] or pair in _FI_DIPHTHONGS or (first and pair in _FI_FIRST_ONLY)
        )
        index += 2 if one_syllable else 1
        count += 1
        first = False
    return max(count, 1)


@cache
def _hyphenator(language: str) -> Any:
    import pyphen  # a small pure-Python library with LibreOffice's hyphenation patterns

    lang = {"en": "en_US"}.get(language, language)
    return pyphen.Pyphen(lang=lang) if lang in pyphen.LANGUAGES else None


def syllables(word: str, language: str) -> int:
    """A word's syllables: Finnish by rule, others by hyphenation patterns (pyphen)."""
    if word[0].isdigit():
        return 1
    if language == "fi":
        return finnish_syllables(word)
    hyphenator = _hyphenator(language)
    if hyphenator is None:
        return 1
    return len(hyphenator.positions(word)) + 1


# Passive voice: "is/was/... (adverb) <past participle>" in English.
_EN_BE = r"\b(?:am|is|are|was|were|be|been|being|get|gets|got)\b"
_EN_ADVERBS = r"(?:\s+(?:not|already|now|still|also|just|no\s+longer|all|never))*"
_EN_IRREGULAR = (
    "done|made|given|taken|seen|told|sent|known|written|kept|shown|found|held|paid|"
    "put|set|left|brought|bought|thought|met|read|heard|understood|forgotten|chosen"
)
_EN_PASSIVE = re.compile(
    _EN_BE + _EN_ADVERBS + rf"\s+((?:\w+ed)|(?:{_EN_IRREGULAR}))\b", re.IGNORECASE
)
# Finnish: the passive's endings ("tehdään", "käytettiin"; not "-llaan", "-nnaan", which
# clash with possessive suffixes) and the perfect passive
# with "olla" ("on käytetty", "ei ole lähetetty").
_FI_PASSIVE_WORD = re.compile(
    r"\b\w+(?:(?:t|d)(?:aan|ään)|(?:t|d)iin)(?:ko|kö|han|hän|kin|kaan|kään)?\b", re.IGNORECASE
)
_FI_PERFECT = re.compile(
    r"\b(?:on|ovat|oli|olivat|ole|ollut|olisi)\b(?:\s+(?:jo|nyt|vielä|myös|vasta|aina))*"
    r"\s+(\w+(?:ttu|tty|ttu|tyt|tut|tu|ty))\b",
    re.IGNORECASE,
)


def passives(sentence: str, detector: str | None, allowed: frozenset[str]) -> list[str]:
    """Passive constructions the language's detector finds, minus the allowed words."""
    found: list[str] = []
    if detector == "english":
        found = [m.group(0) for m in _EN_PASSIVE.finditer(sentence)]
    elif detector == "finnish":
        found = [m.group(0) for m in _FI_PASSIVE_WORD.finditer(sentence)]
        found += [m.group(0) for m in _FI_PERFECT.finditer(sentence)]
    return [
        f for f in found if f.casefold() not in allowed and f.split()[-1].casefold() not in allowed
    ]


def _matches(key: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatchcase(key, p) for p in patterns)


def check_language(
    locales_dir: Path,
    language: str,
    config: Config,
    translator: Translator,
    english: Mapping[str, Message],
) -> Report:
    """Measure one locale against English and its plain-language rules."""
    rules = config.rules(language)
    messages, errors = read_messages(locales_dir, language)
    problems = [Problem(language, "-", "syntax", e) for e in errors]
    if language != FALLBACK:
        problems += [
            Problem(language, key, "missing", "English has this message")
            for key in sorted(set(english) - set(messages))
        ]
        problems += [
            Problem(language, key, "extra", "English does not have this message")
            for key in sorted(set(messages) - set(english))
        ]
        problems += [
            Problem(
                language,
                key,
                "variables",
                f"{sorted(messages[key].variables)} but English has "
                f"{sorted(english[key].variables)}",
            )
            for key in sorted(set(messages) & set(english))
            if messages[key].variables != english[key].variables
        ]
    files: dict[str, Figures] = {}
    for key, message in messages.items():
        figures = files.setdefault(message.file, Figures(message.file))
        figures.messages += 1
        allowed = rules.allow.get(key, frozenset())
        found = [
            p
            for p in _measure(translator, language, message, config, rules, figures)
            if p.rule not in allowed
        ]
        figures.failures += len(found)
        problems += found
    report = Report(language, rules, sorted(files.values(), key=lambda f: f.name), problems)
    for figures in report.files:
        found = _file_problems(report, figures)
        figures.failures += len(found)
        problems += found
    return report


def _file_problems(report: Report, figures: Figures) -> list[Problem]:
    """The readability figures of a whole file against the language's limits."""
    rules, language = report.rules, report.language
    group = f"{figures.name} (whole file)"
    found = []
    flesch = figures.flesch
    if rules.flesch_min is not None and flesch is not None and flesch < rules.flesch_min:
        found.append(Problem(language, group, "flesch", f"{flesch:.0f} < {rules.flesch_min}"))
    if rules.wiio_max is not None and figures.words:
        grade = report.wiio(figures)
        if grade > rules.wiio_max:
            found.append(Problem(language, group, "wiio", f"{grade:.1f} > {rules.wiio_max}"))
    share = rules.long_word_share_max
    if share is not None and figures.long_word_percent() > share:
        found.append(
            Problem(
                language,
                group,
                "long-words",
                f"{figures.long_word_percent():.1f} % of words have "
                f"{rules.long_word_letters} letters or more > {share} %",
            )
        )
    return found


def _measure(
    translator: Translator,
    language: str,
    message: Message,
    config: Config,
    rules: Rules,
    figures: Figures,
) -> list[Problem]:
    """Problems of one message; adds its prose to ``figures``."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for text in render_variants(translator, language, message, config.sample_text):
        if len(text) > config.max_message_chars:
            problems.append(
                Problem(
                    language,
                    message.key,
                    "message-length",
                    f"{len(text)} characters > {config.max_message_chars}",
                )
            )
        if _matches(message.key, config.not_measured):
            continue
        prose = _COMMAND.sub("/", text)  # a command (/appointments) is a name, not a word
        for pattern, why in rules.banned:
            for match in pattern.finditer(prose):
                if match.group(0).casefold() not in rules.allow_words:
                    problems.append(
                        Problem(language, message.key, "banned", f"{match[0]!r} ({why})")
                    )
        parts = sentences(text)
        label = len(parts) == 1 and (
            length(parts[0], rules.unit) <= config.label_max_words
            and not _ENDS_SENTENCE.search(parts[0])
        )
        for sentence in parts:
            size = length(sentence, rules.unit)
            if size > rules.max_sentence_words:
                problems.append(
                    Problem(
                        language,
                        message.key,
                        "sentence-length",
                        f"{size} {rules.unit} > {rules.max_sentence_words}: {sentence!r}",
                    )
                )
            for passive in passives(sentence, rules.passive, rules.allow_words):
                problems.append(Problem(language, message.key, "passive", repr(passive)))
            if label or sentence in seen:
                continue  # labels are not prose; a repeated variant is counted once
            seen.add(sentence)
            figures.sentences += 1
            figures.longest = max(figures.longest, size)
            for word in words(_COMMAND.sub("Aa", sentence)):
                figures.words += 1
                count = syllables(word, language)
                figures.syllables += count
                figures.polysyllables += count >= 4
                figures.long_words += len(word) >= rules.long_word_letters
    unique: dict[tuple[str, str], Problem] = {(p.rule, p.detail): p for p in problems}
    return list(unique.values())


# ---------------------------------------------------------------------------- running


def check(locales_dir: Path = LOCALES_DIR) -> list[Report]:
    """Check every locale in ``locales_dir``; English first."""
    config = load_config(locales_dir)
    translator = Translator(locales_dir)
    english, _ = read_messages(locales_dir, FALLBACK)
    languages = sorted(available_languages(locales_dir), key=lambda c: (c != FALLBACK, c))
    return [check_language(locales_dir, lang, config, translator, english) for lang in languages]


def table(report: Report) -> str:
    """The report of one locale as a text table, one row per file and one for all."""
    rules = report.rules
    head = f"{'':22}{'messages':>9}{'sentences':>10}{'longest':>8}"
    if rules.flesch_min is not None:
        head += f"{'Flesch':>8}"
    if rules.wiio_max is not None:
        head += f"{'Wiio':>6}{'4+syl%':>8}"
    if rules.long_word_share_max is not None:
        head += f"{f'{rules.long_word_letters}+let%':>8}"
    head += f"{'failures':>9}"
    lines = [f"{report.language} ({rules.unit}, sentences at most {rules.max_sentence_words})"]
    lines.append(head)
    for figures in [*report.files, report.total]:
        row = f"  {figures.name:20}{figures.messages:>9}{figures.sentences:>10}{figures.longest:>8}"
        if rules.flesch_min is not None:
            flesch = figures.flesch
            row += f"{flesch:>8.1f}" if flesch is not None else f"{'-':>8}"
        if rules.wiio_max is not None:
            row += f"{report.wiio(figures):>6.1f}{figures.polysyllable_percent():>8.1f}"
        if rules.long_word_share_max is not None:
            row += f"{figures.long_word_percent():>8.1f}"
        row += f"{len(report.problems) if figures.name == 'all' else figures.failures:>9}"
        lines.append(row)
    return "\n".join(lines)


def run(locales_dir: Path = LOCALES_DIR) -> int:
    """Print a table per locale and every failure; 1 when something fails, else 0."""
    reports = check(locales_dir)
    for report in reports:
        print(table(report))
        for problem in report.problems:
            print(f"  FAIL {problem}")
        print()
    failures = sum(len(r.problems) for r in reports)
    print(f"lint-locales: {len(reports)} locales, {failures} failures")
    return 1 if failures else 0
