"""Display order of right-to-left text that mixes in commands, names, numbers and dates.

Decided once here, for every language ``locales/languages.yml`` marks ``rtl``; the
``.ftl`` files carry no control characters.

- Every variable (a name, a number, a date) is isolated with FSI...PDI in every language
  (``bot.i18n``): first-strong isolation gives a Latin name or a number left-to-right
  order and an Arabic month name ("8 ديسمبر 2026") right-to-left order, and nothing
  around the value can pull it apart. An LRI would misorder such a date.
- A ``/command`` in the text of a right-to-left message is isolated with LRI...PDI: the
  slash is a neutral character and would otherwise move to the right-hand end
  ("language/"). The marks sit outside the command, so Telegram still marks it as one.
- A line of a right-to-left message whose first strong character is not right-to-left
  (a plan line "1. CV 8.12.2026", a line starting with a name or a command) starts with
  RLM, so the line is laid out right to left like the rest of the message.

HTML tags, entities and link placeholders are left alone: their letters are not text.
"""

from __future__ import annotations

import re
import unicodedata

FSI, LRI, PDI, RLM = "\u2068", "\u2066", "\u2069", "\u200f"
_INITIATORS = frozenset("\u2066\u2067\u2068")

# A command as Telegram recognises one in the text: not after a word character or "/" (never
# a URL's path or "https://"), nor after "<" (a closing tag); "<b>/plan</b>" is a command.
_COMMAND = re.compile(r"(?<![\w/<\u2066])/[A-Za-z][A-Za-z0-9_]{0,63}(?![\w/@])")
# Markup whose letters a reader never sees.
_MARKUP = re.compile(r"<[^>]*>|&[#\w]+;")


def isolate(text: str) -> str:
    """``text`` between FSI and PDI (its direction from its own first strong letter).

    Text of several lines stays as it is: an isolate ends at the end of a line anyway, and
    each line gets its own direction (:func:`right_to_left`).
    """
    return text if "\n" in text else f"{FSI}{text}{PDI}"


def first_strong(line: str) -> str | None:
    """The bidi class (L, R or AL) of the first strong letter a reader sees in ``line``.

    Isolated spans and markup are skipped, as the Unicode bidi algorithm skips isolates
    when it chooses a paragraph's direction.
    """
    depth = 0
    for chunk in _MARKUP.split(line):
        for ch in chunk:
            if ch in _INITIATORS:
                depth += 1
            elif ch == PDI:
                depth = max(0, depth - 1)
            elif depth == 0:
                kind = unicodedata.bidirectional(ch)
                if kind in ("L", "R", "AL"):
                    return kind
    return None


def right_to_left(text: str) -> str:
    """``text`` of a right-to-left language, with its commands isolated and lines anchored."""
    text = _COMMAND.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", text)
    lines = text.split("\n")
    return "\n".join(
        line if not line.strip() or first_strong(line) in ("R", "AL") else RLM + line
        for line in lines
    )
