"""Which supported language a learner's free text is written in.

Built on langdetect's language model (its profiles, text normalisation and smoothing),
made usable on chat-length text:

- Only the profiles of Polku's languages are loaded, once per process, into a private
  factory; langdetect's global factory and its class-wide seed are never touched.
- The writing system is a hard constraint (Arabic script can only be Arabic or Persian).
  Letters only some of the languages write (Ukrainian ``ї``, Turkish ``ı``, Persian ``ی``),
  a few dozen very common words per language, and the languages the learner named at
  intake are priors over the remaining candidates -- never a filter on the output, which
  would lose the short texts.
- The answer is the exact posterior of langdetect's model: every n-gram counted once,
  tempered because overlapping n-grams are not independent. langdetect's own detector
  instead samples n-grams at random until one language passes 0.99999, so on a short text
  its answer is noisy and its probability says "certain" either way. That detector,
  seeded per call and restricted through ``set_prior_map`` with the same priors, remains
  available as ``method="sampled"``; on the dev set it is less accurate (see
  ``tests/bench/langid_accuracy.py``).
- Below a confidence threshold (stricter for one or two words than for a sentence) or a
  minimum number of letters, the answer is ``None`` and the caller keeps the current
  language. The result depends only on the text and the arguments, never on earlier calls.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.lang_profile import LangProfile
from langdetect.utils.ngram import NGram

from bot import language_config

__all__ = ["SUPPORTED", "Guess", "LanguageDetector"]

# The configured languages (locales/languages.yml) that langdetect has a profile for, with
# langdetect's profile names for each. Chinese has two profiles (simplified and
# traditional); a learner writing either is offered the one Polku Chinese.
PROFILES: Mapping[str, tuple[str, ...]] = {
    language.code: language.detect for language in language_config.configured() if language.detect
}
SUPPORTED: tuple[str, ...] = tuple(PROFILES)

# Chosen on the dev set (tests/bench/langid_accuracy.py). A wrong offer to switch costs the
# learner a tap and some confusion, a missed one nothing (the language stays): one or two
# words -- often a name or a loan word -- are answered only when the posterior is 0.9 or
# more, which keeps wrong answers under 2 %. From three words on a text is a sentence
# the learner chose to write in that language, and a clear majority of the posterior is
# enough; on the dev set such answers are right over 99 % of the time.
DEFAULT_MIN_CONFIDENCE = 0.9
DEFAULT_MIN_SENTENCE_CONFIDENCE = 0.6
SENTENCE_WORDS = 3
# Two letters ("ok", "no", "ja", "ні") are never enough. Three can be: letters only one
# language writes make a syllable certain (Vietnamese "lộc", Russian "это"), and without
# such letters a three-letter word ("yes", "hej") stays far below the confidence threshold.
DEFAULT_MIN_LETTERS = 3
# A Han ideograph is about a word: it counts as this many letters toward ``min_letters``.
HAN_LETTER_WEIGHT = 4

# Overlapping 1-, 2- and 3-grams share characters and the n-grams of one word depend on
# each other, so naive Bayes over all of them is overconfident; the log-likelihood is
# divided by this. Checked on the dev set: a posterior of 0.9 to 0.95 is then right
# about 90 to 95 % of the time.
NGRAM_TEMPERATURE = 4.0
# langdetect's additive smoothing for an n-gram a profile lacks (alpha / BASE_FREQ).
SMOOTHING = Detector.ALPHA_DEFAULT / Detector.BASE_FREQ

# How much more likely a language the learner named at intake is, a priori. Soft: enough
# to tip a word that fits two languages equally, far too little to outvote real evidence.
EXPECTED_BOOST = 4.0
# Prior factor, per word, for a language whose alphabet lacks a letter of the word.
# Strong, because orthographies are facts; not zero, because names and quotations cross
# languages ("Müller" in Finnish, a Russian name in Ukrainian).
FOREIGN_LETTER = 0.02
# Same, for a letter the language writes in loan words and names only (Finnish "šakki").
LOAN_LETTER = 0.3
# Prior factor, per occurrence, for each language a very common word belongs to. A word
# like Ukrainian "це" or Russian "это" is frequent in its language and (nearly) absent
# from the others, so the evidence is strong; 10 rather than more because a few are
# loan words or names elsewhere. (Tried 3 to 20 on the dev set: 5 to 20 work alike.)
COMMON_WORD = 10.0
# Floor on a prior relative to the best one, so that letters and words alone can never
# silence the n-grams (and langdetect's sampler, which stops once one language passes
# 0.99999, does not stop before it has read the text).
PRIOR_FLOOR = 1e-4
# Enough text to be sure of any language; keeps a pasted page from costing milliseconds.
MAX_CHARS = 1000

_LATIN, _CYRILLIC, _ARABIC, _HAN, _KANA, _HANGUL, _OTHER = (
    "latin",
    "cyrillic",
    "arabic",
    "han",
    "kana",
    "hangul",
    "other",
)

# The supported languages written in each script (the configuration's ``script``). Certain,
# given the supported set: Somali is written in Latin letters, Persian in Arabic letters,
# Ukrainian in Cyrillic.
SCRIPT_LANGUAGES: Mapping[str, frozenset[str]] = {
    script: frozenset(
        language.code
        for language in language_config.configured()
        if language.script == script and language.code in PROFILES
    )
    for script in (_LATIN, _CYRILLIC, _ARABIC, _HAN)
}

# Which languages write each distinctive letter natively; letters not listed here (plain
# a-z, é, ...) say nothing. From the languages' alphabets, not from any data.
_LETTER_LANGUAGES: Mapping[str, frozenset[str]] = {
    **dict.fromkeys("ăđơưĩũàáãèìíòóùúýêô", frozenset({"vi"})),
    "â": frozenset({"vi", "tr"}),
    "î": frozenset({"tr"}),
    "û": frozenset({"tr"}),
    "ä": frozenset({"fi", "sv", "et"}),
    "ö": frozenset({"fi", "sv", "et", "tr"}),
    "å": frozenset({"sv"}),
    "õ": frozenset({"et", "vi"}),
    "ü": frozenset({"et", "tr"}),
    "š": frozenset({"et"}),
    "ž": frozenset({"et"}),
    "ç": frozenset({"tr"}),
    "ğ": frozenset({"tr"}),
    "ş": frozenset({"tr"}),
    "ı": frozenset({"tr"}),
    # What is left of Turkish "İ" once lowercased: "i" and a combining dot above.
    "\u0307": frozenset({"tr"}),
    # Cyrillic: Ukrainian has і ї є ґ and no ы э ъ ё; Russian the other way round.
    **dict.fromkeys("іїєґ", frozenset({"uk"})),
    **dict.fromkeys("ыэъё", frozenset({"ru"})),
    # Arabic script: Persian writes ی and ک (other code points than Arabic ي and ك) and
    # has four letters of its own; Arabic has ى and ة, which Persian spelling avoids.
    **dict.fromkeys("\u06cc\u06a9\u067e\u0686\u0698\u06af\u06c0", frozenset({"fa"})),
    # The zero-width non-joiner is part of Persian spelling (می‌شود).
    "\u200c": frozenset({"fa"}),
    **dict.fromkeys("\u064a\u0643\u0649\u0629", frozenset({"ar"})),
}
# Vietnamese tone-marked vowels (ạ ả ấ ầ ... ỹ) are all in one block.
_VIETNAMESE_BLOCK = range(0x1EA0, 0x1EFA)
# Letters a language writes in loan words and names only: a weak hint against it.
_LOAN_LETTERS: Mapping[str, frozenset[str]] = {
    "å": frozenset({"fi"}),
    "š": frozenset({"fi"}),
    "ž": frozenset({"fi"}),
    "ü": frozenset({"fi", "sv", "en"}),
    "ö": frozenset({"en"}),
}

# A few dozen of the most common words of each language (pronouns, conjunctions,
# prepositions, "is", "not", greetings), written from general knowledge of the languages,
# not taken from the dev set. They matter where letters and n-grams are alike: Russian
# and Ukrainian, Finnish and Estonian, Swedish and English. A word listed under several
# languages supports all of them.
_COMMON_WORDS: Mapping[str, str] = {
    "fi": "ja on ei se että oli ole olen olet ovat olla mutta kun jos tai niin kuin myös "
    "vain nyt minä sinä hän me te he mä sä mitä mikä miksi missä miten kuka tämä tuo "
    "nämä ne sen sitä siitä kanssa hyvä kiitos moi hei joo kyllä tänään huomenna eilen "
    "koska vielä paljon vähän täällä voi pitää",
    "sv": "och att det som en ett är på av för med till den har inte om jag du han hon vi "
    "ni de men så kan ska vill var vad när hur varför här där också bara nu mycket tack "
    "hej ja nej från eller sig mig dig min din vara blir hade alla allt idag i kommer",
    "en": "the and of to a in is it you that he was for on are with as i his they be at "
    "have this from or had by but what we can there when your how my me do not will would "
    "please thanks thank hello yes no where why who which an if so all has been were she see "
    "her him them their our just very today",
    "so": "iyo waa ku ka u la ee oo ah ay uu waxaa waxay ayaa ayuu ayay in inuu inay aan ma "
    "maxaa sidee halkan wuxuu wax kale hadda haa maya mahadsanid fadlan soo loo lagu laga "
    "aad iska waan waad wuu ayaan sida kala kuu ii isaga iyada aniga adiga annaga iyaga",
    "et": "ja on ei see et oli ole olen oled olla aga kui või nii ka ta ma mina sa sina me "
    "te nad meie teie mis mida miks kus kuidas kes tere aitäh jah pole seda selle ning üks "
    "kõik väga hea ainult juba nüüd täna homme eile siis veel kas",
    "vi": "và của là có không được cho trong một những này người với các để đã tôi bạn anh "
    "em chị cảm ơn xin chào gì sao thì mà cũng rất nhưng khi ở từ đó khong nguoi nhung "
    "duoc cua chao",
    "tr": "ve bir bu da de için ile çok ne o ben sen biz siz onlar var yok değil mi mı mu mü "
    "ama gibi daha en her şey kadar sonra şimdi evet hayır teşekkürler merhaba lütfen "
    "nasıl neden nerede kim bana beni seni sana olarak olan ki ya ise bugün yarın iyi "
    "tamam",
    "ru": "я ты он она оно мы вы они мне меня его ему её ее их что это как не но и а в на с та "
    "по к у о из за от до для при про то так же бы ли есть был была было были будет уже "
    "ещё еще когда если или также очень нет да все всё только может потом сейчас тоже "
    "здесь тут там где кто почему зачем надо нужно можно хорошо спасибо привет пожалуйста "
    "сегодня завтра вчера этот эта эти тот",
    "uk": "я ти він вона воно ми ви вони мені мене його йому її їх що це як не але і й та а "
    "о в у на з із зі за по до для при про то так же б чи є був була було були буде вже ще "
    "коли якщо або також дуже ні так все всі тільки може потім зараз теж тут там де хто "
    "чому навіщо треба потрібно можна добре дякую привіт будь ласка сьогодні завтра вчора "
    "цей ця ці той нема немає ось",
    "ar": "في من على إلى الى عن مع هذا هذه ذلك التي الذي كان كانت أن ان إن لا ما هو هي "
    "نحن أنا انا أنت انت هم كل قد لم لن ثم أو او بعد قبل عند حتى كيف لماذا متى أين شكرا "
    "نعم مرحبا السلام عليكم يا إذا اذا ليس",
    "fa": "و در به از که این را با است برای آن یک خود تا بر هم نیز می شود شد بود کرد ما "
    "من تو او شما آنها نه بله آره چه چرا کجا کی چطور خوب ممنون مرسی سلام لطفا هست نیست "
    "دارم دارد باید اما ولی اگر همه هر کنم کنید امروز فردا دیروز",
}


def _languages_by_word(common: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Each common word with every language it is common in."""
    found: dict[str, frozenset[str]] = {}
    for code, words in common.items():
        for word in words.split():
            found[word] = found.get(word, frozenset()) | {code}
    return found


_WORD_LANGUAGES = _languages_by_word(_COMMON_WORDS)

# Latin letters that look like Cyrillic ones. Ukrainians often type Latin "i" for "і",
# and mixed-keyboard typing slips others in; inside a Cyrillic word they are Cyrillic.
_CYRILLIC_LOOKALIKES = str.maketrans("aeopcxyiAEOPCXYIKMHTB", "аеорсхуіАЕОРСХУІКМНТВ")

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|\S+\.(?:com|org|net|fi|se|ru)\b\S*")
# Mentions, bot commands and hashtags: names, not sentences.
_MENTION = re.compile(r"(?:^|(?<=\s))[@/#]\w+")
_APOSTROPHES = "'’ʼ"
_ZWNJ = "\u200c"
# Chat tokens shared by every language; they say nothing about the writer's language.
_NEUTRAL = frozenset(
    {"ok", "okay", "okey", "oki", "okei", "ок", "окей", "lol", "лол", "xd", "hmm", "wow", "omg"}
)
# Laughter and hesitation, spelt alike across languages (Arabic and Persian "ههههه").
_LAUGH = re.compile(
    r"a?(?:h[aeiou]){2,}h?|(?:ja){2,}|(?:xa){2,}|(?:ха){2,}х?|h*m{2,}|z{3,}|ه{3,}|خ{3,}",
    re.IGNORECASE,
)
# A letter typed three or more times in a row is stretched for emphasis ("noooo", "kiitoooos")
# or a held key ("aaaa..."): no supported language spells a letter three times. Kept twice,
# so a held key is two letters (never enough), and a stretched word keeps its n-grams.
_STRETCHED = re.compile(r"(\w)\1{2,}")


@dataclass(frozen=True)
class Guess:
    """The detected language and how sure the detector is.

    Attributes:
        language: One of the Polku language codes in ``SUPPORTED``.
        confidence: The posterior probability of that language, 0 to 1.
    """

    language: str
    confidence: float


@dataclass(frozen=True)
class Analysis:
    """The evidence ``detect`` decides on, before any threshold; for tests and benchmarks.

    Attributes:
        text: The words langdetect sees: no links, mentions, digits or chat tokens.
        words: How many words that is.
        letters: How many letters, a Han ideograph counting ``HAN_LETTER_WEIGHT``.
        candidates: The languages the text's script allows.
        prior: The prior odds of each candidate, the best being 1.
        posterior: The posterior probability of each candidate.
    """

    text: str
    words: int
    letters: int
    candidates: frozenset[str]
    prior: Mapping[str, float]
    posterior: Mapping[str, float]

    @property
    def best(self) -> str:
        """The candidate with the highest posterior probability."""
        return max(self.posterior, key=self.posterior.__getitem__)


def script_of(ch: str) -> str:
    """The writing system of a letter, coarse: only what language detection needs."""
    cp = ord(ch)
    if cp < 0x250 or 0x1E00 <= cp <= 0x1EFF:
        return _LATIN
    if 0x400 <= cp <= 0x52F:
        return _CYRILLIC
    if 0x600 <= cp <= 0x6FF or 0x750 <= cp <= 0x77F or 0xFB50 <= cp <= 0xFDFF:
        return _ARABIC
    if 0xFE70 <= cp <= 0xFEFC:
        return _ARABIC
    if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF:
        return _HAN
    if 0x20000 <= cp <= 0x2FFFF:
        return _HAN
    if 0x3040 <= cp <= 0x30FF:
        return _KANA
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
        return _HANGUL
    return _OTHER


@functools.cache
def _factory() -> DetectorFactory:
    """A langdetect factory with the supported languages' profiles only.

    Cached: the profiles take a few hundred milliseconds to load, so every detector in the
    process shares one factory. langdetect's global factory (behind ``langdetect.detect``)
    is neither loaded nor touched, and its class-wide ``DetectorFactory.seed`` is not used:
    each detector gets its seed explicitly.
    """
    names = [name for code in SUPPORTED for name in PROFILES[code]]
    factory = DetectorFactory()
    for index, name in enumerate(names):
        data = json.loads((Path(PROFILES_DIRECTORY) / name).read_text(encoding="utf-8"))
        factory.add_profile(LangProfile(**data), index, len(names))
    return factory


@functools.cache
def _log_likelihoods(gram: str) -> tuple[float, ...]:
    """log(P(gram | profile) + smoothing) for every profile, as langdetect weighs it.

    Cached because the same few thousand n-grams recur; bounded by the profiles' size.
    """
    return tuple(math.log(SMOOTHING + p) for p in _factory().word_lang_prob_map[gram])


def _words(text: str) -> list[str]:
    """The words of ``text``: runs of letters with their combining marks.

    Marks (Arabic vowel signs) and the zero-width non-joiner (inside Persian words) belong
    to a word, and so does an apostrophe between letters (Somali "da'", Ukrainian "м'ясо");
    digits, punctuation and emoji separate words.
    """
    words: list[str] = []
    current: list[str] = []
    for ch in text:
        if unicodedata.category(ch)[0] in "LM" or (ch in _APOSTROPHES + _ZWNJ and current):
            current.append(ch)
        elif current:
            words.append("".join(current).rstrip(_APOSTROPHES + _ZWNJ))
            current = []
    if current:
        words.append("".join(current).rstrip(_APOSTROPHES + _ZWNJ))
    return words


def _clean(text: str) -> list[str]:
    """The words of ``text`` that carry language: no links, mentions, chat tokens."""
    # NFKC: precomposed Vietnamese letters, plain forms of Arabic presentation forms and
    # of full-width Latin.
    text = unicodedata.normalize("NFKC", text[: MAX_CHARS * 2])
    text = _URL.sub(" ", text)
    text = _MENTION.sub(" ", text)
    words = []
    for word in _words(text):
        word = _STRETCHED.sub(r"\1\1", word)
        if not word or word.lower() in _NEUTRAL or _LAUGH.fullmatch(word):
            continue
        cyrillic = sum(script_of(ch) == _CYRILLIC for ch in word if ch.isalpha())
        if cyrillic * 2 > len(word):
            word = word.translate(_CYRILLIC_LOOKALIKES)
        # langdetect skips words with two capitals in a row (taking them for acronyms),
        # which would drop every word of a message typed in capitals.
        words.append(word.lower() if len(word) > 1 and word.isupper() else word)
    return words


@functools.cache
def _text_cleaner() -> Detector:
    """One langdetect detector, used only for its text clean-up, never to detect.

    Reused because creating a detector seeds a random generator from the operating system,
    which costs more than all the rest of a call.
    """
    return _factory().create()


def _ngrams(text: str) -> list[str]:
    """The n-grams of ``text`` that langdetect's profiles know, as langdetect extracts them.

    Same steps as ``Detector.append``, ``cleaning_text`` and ``_extract_ngrams``, through
    langdetect's public pieces (the extraction itself is private).
    """
    known = _factory().word_lang_prob_map
    detector = _text_cleaner()
    # Emptied first: only the text of this call counts.
    detector.text = ""
    detector.append(text)
    detector.cleaning_text()
    grams: list[str] = []
    ngram = NGram()
    for ch in detector.text:
        ngram.add_char(ch)
        if ngram.capitalword:
            continue
        for n in range(1, NGram.N_GRAM + 1):
            if len(ngram.grams) < n:
                break
            gram = ngram.grams[-n:]
            if gram != " " and gram in known:
                grams.append(gram)
    return grams


class LanguageDetector:
    """Detects which supported language a short text is written in.

    Args:
        languages: The Polku codes it may answer; others are never answered.
        min_confidence: Below this posterior probability a text of one or two words gets
            ``None``.
        min_letters: Texts with fewer letters (a Han ideograph counts as
            ``HAN_LETTER_WEIGHT``) get ``None`` without being judged.
        seed: Seed of langdetect's random sampling, set afresh on every call; used by
            ``method="sampled"`` only (the exact method does not sample).
        min_sentence_confidence: The same threshold for texts of ``SENTENCE_WORDS``
            words or more.
        method: ``"exact"`` (default) picks the language with the highest exact
            posterior; ``"sampled"`` lets langdetect's own seeded detector pick, through
            ``set_prior_map``, and grades its pick with the exact posterior.

    Raises:
        ValueError: ``languages`` is empty or has a code Polku does not support.
    """

    def __init__(
        self,
        languages: Iterable[str] = SUPPORTED,
        *,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
        min_letters: int = DEFAULT_MIN_LETTERS,
        seed: int = 0,
        min_sentence_confidence: float = DEFAULT_MIN_SENTENCE_CONFIDENCE,
        method: Literal["exact", "sampled"] = "exact",
    ) -> None:
        self.languages = frozenset(languages)
        unknown = self.languages - set(SUPPORTED)
        if unknown:
            raise ValueError(f"unsupported language codes: {sorted(unknown)}")
        if not self.languages:
            raise ValueError("at least one language is needed")
        self.min_confidence = min_confidence
        self.min_sentence_confidence = min_sentence_confidence
        self.min_letters = min_letters
        self.seed = seed
        self.method = method
        self._index = {name: i for i, name in enumerate(_factory().get_lang_list())}

    def detect(self, text: str, *, expected: Iterable[str] = ()) -> Guess | None:
        """The language of ``text``, or ``None`` when the text is too short or unclear.

        Args:
            text: A learner's message, any length.
            expected: Languages the learner named at intake; a soft prior. Codes Polku
                does not support are ignored.

        Returns:
            The most probable supported language with its posterior probability, or
            ``None``: too few letters, a script none of the languages is written in,
            or not confident enough.
        """
        analysis = self.analyse(text, expected=expected)
        if analysis is None or analysis.letters < self.min_letters:
            return None
        if self.method == "sampled" and len(analysis.candidates) > 1:
            language = self._sampled(analysis.text, analysis.prior)
            if language is None:
                return None
        else:
            language = analysis.best
        confidence = analysis.posterior[language]
        sentence = analysis.words >= SENTENCE_WORDS
        if confidence < (self.min_sentence_confidence if sentence else self.min_confidence):
            return None
        return Guess(language, confidence)

    def analyse(self, text: str, *, expected: Iterable[str] = ()) -> Analysis | None:
        """The evidence about ``text``, without thresholds.

        Args:
            text: A learner's message.
            expected: Languages the learner named at intake.

        Returns:
            The analysis, or ``None`` when the text has no letters of a script one of
            the languages is written in.
        """
        words = _clean(text)
        scripts: dict[str, int] = {}
        for ch in "".join(words):
            if ch.isalpha():
                script = script_of(ch)
                weight = HAN_LETTER_WEIGHT if script == _HAN else 1
                scripts[script] = scripts.get(script, 0) + weight
        # Japanese and Korean mix ideographs with their own scripts: not Chinese.
        if not scripts or _KANA in scripts or _HANGUL in scripts:
            return None
        script = max(scripts, key=scripts.__getitem__)
        candidates = SCRIPT_LANGUAGES.get(script, frozenset()) & self.languages
        if not candidates:
            return None
        cleaned = " ".join(words)[:MAX_CHARS]
        if len(candidates) == 1:
            # The script decides alone; nothing to weigh.
            certain = dict.fromkeys(candidates, 1.0)
            return Analysis(cleaned, len(words), scripts[script], candidates, certain, certain)
        # A lone code is a common slip ("fi" would otherwise be read as {"f", "i"}).
        expected_codes = frozenset((expected,) if isinstance(expected, str) else expected)
        prior = self._prior(words, candidates, expected_codes)
        posterior = self._posterior(cleaned, prior)
        return Analysis(cleaned, len(words), scripts[script], candidates, prior, posterior)

    def _prior(
        self, words: list[str], candidates: frozenset[str], expected: frozenset[str]
    ) -> dict[str, float]:
        """Prior odds of each candidate from its letters, common words and the learner."""
        # In a fixed order, so that even an exact tie has the same answer in every process
        # (set order depends on the hash seed).
        log_prior = dict.fromkeys((code for code in SUPPORTED if code in candidates), 0.0)
        for word in words:
            lower = word.lower()
            for code in _WORD_LANGUAGES.get(lower, frozenset()) & candidates:
                log_prior[code] += math.log(COMMON_WORD)
            # Once per word, not per letter: a name with three foreign letters is still
            # one foreign name.
            factors = dict.fromkeys(candidates, 1.0)
            for ch in lower:
                users = _LETTER_LANGUAGES.get(ch)
                if users is None and ord(ch) in _VIETNAMESE_BLOCK:
                    users = frozenset({"vi"})
                if users is None:
                    continue
                loaners = _LOAN_LETTERS.get(ch, frozenset())
                for code in candidates - users:
                    factor = LOAN_LETTER if code in loaners else FOREIGN_LETTER
                    factors[code] = min(factors[code], factor)
            for code, factor in factors.items():
                log_prior[code] += math.log(factor)
        for code in expected & candidates:
            log_prior[code] += math.log(EXPECTED_BOOST)
        best = max(log_prior.values())
        floor = math.log(PRIOR_FLOOR)
        return {code: math.exp(max(value - best, floor)) for code, value in log_prior.items()}

    def _posterior(self, text: str, prior: Mapping[str, float]) -> dict[str, float]:
        """The exact posterior of each language in ``prior``, every n-gram counted once."""
        vectors = [_log_likelihoods(gram) for gram in _ngrams(text)]
        totals = [sum(column) for column in zip(*vectors, strict=True)] or [0.0] * len(self._index)
        log_post: dict[str, float] = {}
        for code, weight in prior.items():
            # Chinese has two profiles; the text is as Chinese as the better one says.
            likelihood = max(totals[self._index[name]] for name in PROFILES[code])
            log_post[code] = math.log(weight) + likelihood / NGRAM_TEMPERATURE
        best = max(log_post.values())
        odds = {code: math.exp(value - best) for code, value in log_post.items()}
        total = sum(odds.values())
        return {code: value / total for code, value in odds.items()}

    def _sampled(self, text: str, prior: Mapping[str, float]) -> str | None:
        """langdetect's own pick among the languages in ``prior``, seeded for this call."""
        detector = _factory().create()
        # Detector reseeds its own generator from this at the start of every run, so the
        # pick depends on nothing but the text, the prior and the seed.
        detector.seed = self.seed
        detector.set_prior_map(
            {name: weight for code, weight in prior.items() for name in PROFILES[code]}
        )
        detector.append(text)
        try:
            ranked = detector.get_probabilities()
        except LangDetectException:
            # None of the text's n-grams is in any profile.
            return None
        totals: dict[str, float] = {}
        for item in ranked:
            code = "zh" if item.lang.startswith("zh") else item.lang
            totals[code] = totals.get(code, 0.0) + item.prob
        return max(totals, key=totals.__getitem__) if totals else None
