"""Crisis and discouraged language in what a learner types, in every supported language.

The phrase lists live with the locales: ``locales/<lang>/crisis.txt`` and
``locales/<lang>/discouraged.txt`` (and ``meeting-question.txt``, questions about one's
next meeting, which are not a concern but are found the same way), one phrase a line,
``#`` for comments. A phrase is a few word stems; it matches a text when its stems appear
in order (at most ``MAX_GAP`` other words between them), each stem matching the start of a
word of the text with a small edit distance (RapidFuzz's Levenshtein), after normalising both sides:

- Unicode NFKC and case-folding; diacritics stripped (``ä`` → ``a``, ``ş`` → ``s``), since
  phones and keyboards drop them;
- Arabic script: harakat and tatweel removed, alef/yeh/teh marbuta/kaf variants folded
  (also for Persian); Chinese is matched as characters (no spaces to split on).

Tuned for recall: a false alarm costs a gentle question, a missed crisis much more. Crisis
text is checked against every language's list (people mix languages); discouraged text
against the learner's language, Finnish and English.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from bot.i18n import LOCALES_DIR

# At most this many other words between the stems of a phrase ("en jaksa enää" matches
# "en oikein jaksa").
MAX_GAP = 2
_WORD = re.compile(r"\w+", re.UNICODE)
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",
        "گ": "ك",
    }
)
# Arabic writes the article and some particles onto the word ("بالقتل" = "with the killing"):
# a word is also tried without them, longest first.
_ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "س")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u066e-\u06d3]")
# Scripts written without spaces between words: matched character by character.
_UNSPACED = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")


class Concern(StrEnum):
    """What a phrase list is about."""

    CRISIS = "crisis"
    DISCOURAGED = "discouraged"
    # Not a concern for the motivation work: a question about one's next meeting, which
    # is answered with a pointer to /appointments (bot/dialogue/conversations.py).
    MEETING_QUESTION = "meeting-question"


@dataclass(frozen=True, slots=True)
class Phrase:
    """One line of a list, normalised into stems."""

    language: str
    line: int
    stems: tuple[str, ...]
    # The stems' first letters: a text lacking one cannot match (no typo is allowed in a
    # first letter), so most phrases are passed over without comparing a word.
    initials: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Match:
    """Which phrase matched: ids only, never the text (for signals and logs)."""

    concern: Concern
    language: str
    line: int

    def evidence(self) -> dict[str, str | int]:
        """The match as signal evidence."""
        return {"lang": self.language, "list": self.concern.value, "line": self.line}


def normalise(text: str) -> str:
    """Fold case, width, diacritics and Arabic-script letter variants."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_FOLD)
    decomposed = unicodedata.normalize("NFD", text)
    # Combining marks go (Latin, Cyrillic й→и is fine for matching); Arabic marks went above.
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def words(text: str) -> list[str]:
    """The normalised words of ``text``; unspaced scripts give one word per character."""
    found = []
    for word in _WORD.findall(normalise(text)):
        if _UNSPACED.search(word):
            found.extend(word)
        else:
            found.append(word)
    return found


def _allowed_edits(stem: str) -> int:
    # Five letters or fewer: no typo allowed ("elää" and "enää", "убить" and "учить" are
    # one letter apart).
    if len(stem) <= 5:
        return 0
    # Arabic script writes words without short vowels, so they are short and close:
    # "انتحار" (suicide) is one letter from "انتظار" (waiting).
    if len(stem) <= 6 and _ARABIC_LETTER.match(stem):
        return 0
    if len(stem) <= 8:
        return 1
    return 2


def stem_matches(stem: str, word: str, *, typos: bool = True) -> bool:
    """Whether ``word`` starts with ``stem``, give or take a phone's typo or two.

    Short stems (three letters or fewer) must be the whole word: "en" is not "enemmän".
    An Arabic word is also tried without its article or particle.
    """
    if _ARABIC_LETTER.match(word):
        bare = [word[len(p) :] for p in _ARABIC_PREFIXES if word.startswith(p)]
        return any(_stem_matches(stem, w, typos=typos) for w in (word, *bare) if len(w) >= 2)
    return _stem_matches(stem, word, typos=typos)


def _stem_matches(stem: str, word: str, *, typos: bool = True) -> bool:
    if len(stem) <= 3 and not _UNSPACED.search(stem):
        return word == stem
    if word.startswith(stem):
        return True
    edits = _allowed_edits(stem) if typos else 0
    # A typo is allowed anywhere but in the first letter, which people rarely get wrong
    # ("taiskasvanut", Estonian for adults, is not "raiskas").
    if edits == 0 or len(word) < len(stem) - edits or word[:1] != stem[:1]:
        return False
    # The start of the word, a letter shorter or longer than the stem (a letter dropped
    # or doubled), against the stem.
    return any(
        Levenshtein.distance(stem, word[:size], score_cutoff=edits) <= edits
        for size in range(len(stem) - edits, len(stem) + edits + 1)
        if size > 0
    )


def phrase_matches(
    stems: tuple[str, ...], text_words: list[str], initials: list[set[str]] | None = None
) -> bool:
    """Whether the stems appear in order in ``text_words``, with at most MAX_GAP between.

    ``initials``: each word's possible first letters (:func:`word_initials`), to pass over
    words that cannot match without comparing them.
    """
    initials = initials if initials is not None else word_initials(text_words)

    def from_(stem_index: int, start: int, first: bool) -> bool:
        if stem_index == len(stems):
            return True
        end = len(text_words) if first else min(len(text_words), start + MAX_GAP + 1)
        stem = stems[stem_index]
        for i in range(start, end):
            if stem[:1] not in initials[i]:
                continue
            if stem_matches(stem, text_words[i]) and from_(stem_index + 1, i + 1, False):
                return True
            # A word split in two by a phone ("my self", "itse murha"): exact, since two
            # words glued together look like many others ("vill ändra" is not "viillän").
            joined = "".join(text_words[i : i + 2])
            if (
                i + 1 < len(text_words)
                and len(stem) > len(text_words[i])
                and stem_matches(stem, joined, typos=False)
                and from_(stem_index + 1, i + 2, False)
            ):
                return True
        return False

    return bool(stems) and from_(0, 0, True)


@cache
def load_phrases(
    concern: Concern, language: str, locales_dir: Path = LOCALES_DIR
) -> tuple[Phrase, ...]:
    """The phrases of one list (empty when the language has none yet)."""
    path = locales_dir / language / f"{concern.value}.txt"
    if not path.exists():
        return ()
    found = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if line:
            stems = tuple(words(line))
            found.append(Phrase(language, number, stems, frozenset(st[:1] for st in stems)))
    return tuple(found)


@cache
def by_initial(
    concern: Concern, language: str, locales_dir: Path = LOCALES_DIR
) -> dict[str, tuple[Phrase, ...]]:
    """The phrases of one list by their first stem's first letter, in list order."""
    found: dict[str, list[Phrase]] = {}
    for phrase in load_phrases(concern, language, locales_dir):
        found.setdefault(phrase.stems[0][:1], []).append(phrase)
    return {initial: tuple(phrases) for initial, phrases in found.items()}


@cache
def list_languages(concern: Concern, locales_dir: Path = LOCALES_DIR) -> tuple[str, ...]:
    """The languages that have a list for ``concern`` (read once, like the lists)."""
    return tuple(sorted(p.parent.name for p in locales_dir.glob(f"*/{concern.value}.txt")))


def find(
    text: str,
    concern: Concern,
    languages: tuple[str, ...] | None = None,
    locales_dir: Path = LOCALES_DIR,
) -> Match | None:
    """The first phrase of ``concern`` found in ``text``, looking in ``languages`` in order.

    Args:
        text: what the person typed.
        concern: crisis or discouraged.
        languages: the lists to look in (default: every language that has one).
        locales_dir: where the lists are.
    """
    text_words = words(text)
    if not text_words:
        return None
    by_word = word_initials(text_words)
    initials = set().union(*by_word)
    for language in languages or list_languages(concern, locales_dir):
        index = by_initial(concern, language, locales_dir)
        # Only phrases whose first stem starts with a letter some word starts with; in
        # list order, so that the first phrase of the list that matches is the one found.
        candidates = [p for initial in initials for p in index.get(initial, ())]
        candidates.sort(key=lambda phrase: phrase.line)
        for phrase in candidates:
            if phrase.initials <= initials and phrase_matches(phrase.stems, text_words, by_word):
                return Match(concern, language, phrase.line)
    return None


def word_initials(text_words: list[str]) -> list[set[str]]:
    """Per word, the first letters a stem may match it by (an Arabic word also bare)."""
    found = []
    for word in text_words:
        letters = {word[:1]}
        if _ARABIC_LETTER.match(word):
            letters.update(
                word[len(p) : len(p) + 1] for p in _ARABIC_PREFIXES if word.startswith(p)
            )
        found.append(letters)
    return found


def detect_crisis(text: str, language: str) -> Match | None:
    """Crisis language in ``text``: the person's language first, then every other list."""
    others = tuple(lang for lang in list_languages(Concern.CRISIS) if lang != language)
    return find(text, Concern.CRISIS, (language, *others))


def asks_about_meeting(text: str, language: str) -> bool:
    """Whether ``text`` asks about the person's meeting ("when is my next meeting?")."""
    order = tuple(dict.fromkeys((language, "fi", "en")))
    return find(text, Concern.MEETING_QUESTION, order) is not None


def detect_discouraged(text: str, language: str) -> Match | None:
    """Discouraged language in ``text``: the person's language, Finnish and English."""
    order = tuple(dict.fromkeys((language, "fi", "en")))
    return find(text, Concern.DISCOURAGED, order)
