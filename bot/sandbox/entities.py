"""Telegram text formatting: the HTML subset parser and automatic entity detection.

The Bot API turns ``parse_mode=HTML`` text into plain text plus a list of
``MessageEntity`` objects whose offsets and lengths are counted in UTF-16 code
units. This module mirrors that behaviour (modelled on TDLib's parser, including
its error messages) so that the sandbox rejects what Telegram rejects and stores
what a phone would show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "EntityParseError",
    "detect_entities",
    "format_text",
    "parse_html",
    "utf16_len",
]

# Tags Telegram accepts in HTML parse mode; anything else is "Unsupported start tag".
_ALLOWED_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "code",
        "pre",
        "tg-spoiler",
        "span",
        "blockquote",
        "tg-emoji",
    }
)

_SIMPLE_TAG_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
}

_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}

# Telegram trims these from both ends of a message after parsing.
_TRIM_CHARS = " \t\r\n\v\f"

# URL schemes TDLib keeps for text links; other schemes silently lose the link.
_LINK_SCHEMES = ("http", "https", "tg", "ton", "tonsite")


class EntityParseError(ValueError):
    """The text could not be parsed; ``str(error)`` is Telegram's wording after the prefix."""


def utf16_len(text: str) -> int:
    """Return the length of ``text`` in UTF-16 code units, the unit of entity offsets."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _OpenTag:
    name: str
    argument: str | None
    start: int  # UTF-16 offset in the output where the tag's content starts
    chars: int  # code points emitted before the tag, for the href fallback


@dataclass
class _Parser:
    source: str
    out: list[str] = field(default_factory=list)
    pos16: int = 0
    chars: int = 0
    entities: list[dict[str, Any]] = field(default_factory=list)
    stack: list[_OpenTag] = field(default_factory=list)

    def byte_offset(self, index: int) -> int:
        return len(self.source[:index].encode("utf-8"))

    def emit(self, chunk: str) -> None:
        self.out.append(chunk)
        self.pos16 += utf16_len(chunk)
        self.chars += len(chunk)


def _decode_entity(text: str, i: int) -> tuple[str, int] | None:
    """Decode an HTML entity at ``text[i] == '&'``; None keeps the '&' literally (as TDLib)."""
    end = text.find(";", i + 1, i + 12)
    if end == -1:
        return None
    body = text[i + 1 : end]
    if body.startswith("#"):
        digits = body[1:]
        try:
            code = int(digits[1:], 16) if digits[:1] in ("x", "X") else int(digits, 10)
        except ValueError:
            return None
        if code <= 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        return chr(code), end + 1
    value = _NAMED_ENTITIES.get(body)
    if value is None:
        return None
    return value, end + 1


def _normalize_url(url: str) -> str | None:
    """Return the URL Telegram would store for a text link, or None to drop the link."""
    url = url.strip()
    if not url:
        return None
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", url)
    if match:
        scheme = match.group(1).lower()
        if scheme not in _LINK_SCHEMES:
            return None
        if scheme in ("http", "https"):
            rest = url[len(scheme) + 1 :]
            if not rest.startswith("//") or len(rest) <= 2:
                return None
            host_and_path = rest[2:]
            if "/" not in host_and_path and "?" not in host_and_path and "#" not in host_and_path:
                # Telegram returns bare hosts with a trailing slash ("https://t.me/").
                return f"{scheme}://{host_and_path}/"
            return f"{scheme}://{host_and_path}"
        return url
    if "." not in url.split("/", 1)[0]:
        return None
    return _normalize_url("http://" + url)


def _close_entity(parser: _Parser, tag: _OpenTag) -> None:
    start = tag.start
    length = parser.pos16 - start
    if length <= 0:
        return
    name = tag.name
    ents = parser.entities
    if name in _SIMPLE_TAG_TYPES:
        ents.append({"offset": start, "length": length, "type": _SIMPLE_TAG_TYPES[name]})
    elif name == "span":
        ents.append({"offset": start, "length": length, "type": "spoiler"})
    elif name == "blockquote":
        kind = "expandable_blockquote" if tag.argument == "expandable" else "blockquote"
        ents.append({"offset": start, "length": length, "type": kind})
    elif name == "tg-emoji":
        if not tag.argument or not tag.argument.isdigit():
            raise EntityParseError("Invalid custom emoji identifier specified")
        ents.append(
            {
                "offset": start,
                "length": length,
                "type": "custom_emoji",
                "custom_emoji_id": tag.argument,
            }
        )
    elif name == "a":
        href = tag.argument
        if href is None:
            # TDLib falls back to the link's own text when href is missing.
            href = "".join(parser.out)[tag.chars :]
        url = _normalize_url(href)
        if url is not None:
            ents.append({"offset": start, "length": length, "type": "text_link", "url": url})
    elif name == "pre":
        last = ents[-1] if ents else None
        if (
            last is not None
            and last["type"] == "code"
            and last["offset"] == start
            and last["length"] == length
        ):
            # <pre><code class="language-x">…</code></pre> is one pre entity with a language.
            last["type"] = "pre"
        else:
            ents.append({"offset": start, "length": length, "type": "pre"})
    elif name == "code":
        last = ents[-1] if ents else None
        if (
            last is not None
            and last["type"] == "pre"
            and last["offset"] == start
            and last["length"] == length
        ):
            if tag.argument:
                last["language"] = tag.argument
        else:
            entity: dict[str, Any] = {"offset": start, "length": length, "type": "code"}
            if tag.argument:
                entity["language"] = tag.argument
            ents.append(entity)


def _parse_start_tag(p: _Parser, begin: int) -> int:
    """Parse ``<name attr=...>`` starting after '<' at ``begin + 1``; return the next index."""
    text = p.source
    n = len(text)
    i = begin + 1
    while i < n and not text[i].isspace() and text[i] != ">":
        i += 1
    if i >= n:
        raise EntityParseError(f"Unclosed start tag at byte offset {p.byte_offset(begin)}")
    name = text[begin + 1 : i].lower()
    if name not in _ALLOWED_TAGS:
        raise EntityParseError(
            f'Unsupported start tag "{name}" at byte offset {p.byte_offset(begin)}'
        )
    argument: str | None = None
    while True:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            raise EntityParseError(
                f'Unclosed start tag "{name}" at byte offset {p.byte_offset(begin)}'
            )
        if text[i] == ">":
            break
        attr_begin = i
        while i < n and not text[i].isspace() and text[i] not in "=>/\"'":
            i += 1
        attr_name = text[attr_begin:i].lower()
        if not attr_name:
            raise EntityParseError(
                f'Empty attribute name in the tag "{name}" at byte offset {p.byte_offset(begin)}'
            )
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            raise EntityParseError(
                f'Unclosed start tag "{name}" at byte offset {p.byte_offset(begin)}'
            )
        if text[i] != "=":
            if name == "blockquote" and attr_name == "expandable":
                argument = "expandable"
                continue
            raise EntityParseError(
                "Expected equal sign in declaration of an attribute of the tag "
                f'"{name}" at byte offset {p.byte_offset(begin)}'
            )
        i += 1
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            raise EntityParseError(
                f'Unclosed start tag "{name}" at byte offset {p.byte_offset(begin)}'
            )
        if text[i] in "\"'":
            quote = text[i]
            i += 1
            value_chars: list[str] = []
            while i < n and text[i] != quote:
                if text[i] == "&":
                    decoded = _decode_entity(text, i)
                    if decoded is not None:
                        value_chars.append(decoded[0])
                        i = decoded[1]
                        continue
                value_chars.append(text[i])
                i += 1
            if i >= n:
                raise EntityParseError(
                    f'Unclosed start tag "{name}" at byte offset {p.byte_offset(begin)}'
                )
            i += 1
            value = "".join(value_chars)
        else:
            token_begin = i
            while i < n and (text[i].isascii() and (text[i].isalnum() or text[i] in ".-")):
                i += 1
            value = text[token_begin:i].lower()
            if i >= n or (not text[i].isspace() and text[i] != ">"):
                raise EntityParseError(
                    f"Unexpected end of name token at byte offset {p.byte_offset(token_begin)}"
                )
        if name == "a" and attr_name == "href":
            argument = value
        elif name == "code" and attr_name == "class" and value.startswith("language-"):
            argument = value[len("language-") :]
        elif name == "span" and attr_name == "class" and value.startswith("tg-"):
            argument = value[len("tg-") :]
        elif name == "tg-emoji" and attr_name == "emoji-id":
            argument = value
        # Other attributes are ignored, as Telegram does.
    if name == "span" and argument != "spoiler":
        raise EntityParseError(
            f'Tag "span" must have class "tg-spoiler" at byte offset {p.byte_offset(begin)}'
        )
    p.stack.append(_OpenTag(name=name, argument=argument, start=p.pos16, chars=p.chars))
    return i + 1


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram-flavoured HTML into plain text and entities (before trimming).

    Args:
        source: Text as the bot sent it with ``parse_mode=HTML``.

    Returns:
        The text with tags removed and entities decoded, and the entity list.

    Raises:
        EntityParseError: For markup Telegram rejects, with Telegram's message.
    """
    p = _Parser(source=source)
    stack = p.stack
    text = source
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "&":
            decoded = _decode_entity(text, i)
            if decoded is not None:
                p.emit(decoded[0])
                i = decoded[1]
                continue
        if ch != "<":
            # Copy a run of ordinary characters in one go: much faster on long texts.
            j = i + 1
            while j < n and text[j] not in "<&":
                j += 1
            p.emit(text[i:j])
            i = j
            continue
        begin = i
        if i + 1 < n and text[i + 1] == "/":
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {p.byte_offset(begin)}")
            j = i + 2
            while j < n and not text[j].isspace() and text[j] != ">":
                j += 1
            end_name = text[i + 2 : j].lower()
            while j < n and text[j].isspace():
                j += 1
            if j >= n or text[j] != ">":
                raise EntityParseError(f"Unclosed end tag at byte offset {p.byte_offset(begin)}")
            top = stack[-1]
            if end_name and end_name != top.name:
                raise EntityParseError(
                    f"Unmatched end tag at byte offset {p.byte_offset(begin)}, "
                    f'expected "</{top.name}>", found "</{end_name}>"'
                )
            stack.pop()
            _close_entity(p, top)
            i = j + 1
            continue
        i = _parse_start_tag(p, begin)
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    return "".join(p.out), p.entities


# A command is marked as Telegram's apps mark it: a "/" at the start of a word followed by a
# Latin letter. Digits after a "/" are not a command: Arabic dates from Babel read
# "8\u200f/12\u200f/2026" (a right-to-left mark before each "/"), and "/12" there is a date.
_BOT_COMMAND_RE = re.compile(
    r"(?<![\w/<>])/[A-Za-z][A-Za-z0-9_]{0,63}(?:@[A-Za-z0-9_]{3,32})?(?![\w/@])"
)
_URL_RE = re.compile(
    r"(?<![\w@/.])(?:(?:https?|tg)://[^\s<>\"']+|(?:www\.|t\.me/|telegram\.me/)[^\s<>\"']+)",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_MENTION_RE = re.compile(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}(?![\w@])")
_HASHTAG_RE = re.compile(r"(?<![\w#])#\w*[^\W\d_]\w*")
_TRAILING_URL_PUNCT = ".,;:!?)]}'\""

# Explicit entities inside which Telegram does not look for links or commands.
_NO_DETECT_INSIDE = frozenset({"code", "pre", "text_link", "url", "email", "custom_emoji"})


def _utf16_index_map(text: str) -> list[int]:
    """Map each code point index (and the end) to its UTF-16 offset."""
    result = [0] * (len(text) + 1)
    acc = 0
    for idx, ch in enumerate(text):
        result[idx] = acc
        acc += 2 if ord(ch) > 0xFFFF else 1
    result[len(text)] = acc
    return result


def detect_entities(
    text: str, explicit: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Find the entities Telegram marks on its own: commands, URLs, e-mails, mentions, hashtags.

    Args:
        text: The plain text of a message.
        explicit: Entities already present; detection skips code, pre and links.

    Returns:
        New entities (not including ``explicit``), offsets in UTF-16 units.
    """
    index16 = _utf16_index_map(text)
    blocked = [
        (e["offset"], e["offset"] + e["length"])
        for e in (explicit or [])
        if e["type"] in _NO_DETECT_INSIDE
    ]
    taken: list[tuple[int, int]] = []
    found: list[dict[str, Any]] = []

    def add(start: int, end: int, kind: str) -> None:
        s16, e16 = index16[start], index16[end]
        for b0, b1 in blocked + taken:
            if s16 < b1 and b0 < e16:
                return
        taken.append((s16, e16))
        found.append({"offset": s16, "length": e16 - s16, "type": kind})

    for m in _URL_RE.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _TRAILING_URL_PUNCT:
            end -= 1
        if end > m.start():
            add(m.start(), end, "url")
    for m in _EMAIL_RE.finditer(text):
        add(m.start(), m.end(), "email")
    for m in _BOT_COMMAND_RE.finditer(text):
        add(m.start(), m.end(), "bot_command")
    for m in _MENTION_RE.finditer(text):
        add(m.start(), m.end(), "mention")
    for m in _HASHTAG_RE.finditer(text):
        add(m.start(), m.end(), "hashtag")
    return found


def _trim(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Strip whitespace at both ends like Telegram, moving and clipping entities."""
    stripped_left = text.lstrip(_TRIM_CHARS)
    shift = utf16_len(text) - utf16_len(stripped_left)
    result = stripped_left.rstrip(_TRIM_CHARS)
    total = utf16_len(result)
    kept: list[dict[str, Any]] = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return result, kept


def _entities_from_param(raw: object) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        raise EntityParseError('Field "entities" must be an Array')
    result: list[dict[str, Any]] = []
    for item in raw:
        if not isinstance(item, dict):
            raise EntityParseError("MessageEntity must be an Object")
        try:
            offset = int(item["offset"])
            length = int(item["length"])
            kind = str(item["type"])
        except (KeyError, TypeError, ValueError) as exc:
            raise EntityParseError("Can't parse MessageEntity") from exc
        entity: dict[str, Any] = {**item, "offset": offset, "length": length, "type": kind}
        result.append(entity)
    return result


def format_text(
    raw: str, parse_mode: str | None, entities: object | None = None
) -> tuple[str, list[dict[str, Any]]]:
    """Turn what the bot sent into what Telegram stores: plain text plus sorted entities.

    Args:
        raw: The ``text`` or ``caption`` parameter.
        parse_mode: ``"HTML"`` (case-insensitive) or None. Markdown modes are accepted but
            the text is kept as it is (the sandbox does not parse Markdown).
        entities: An explicit entity list; it takes precedence over ``parse_mode``.

    Returns:
        The trimmed plain text and its entities, explicit and detected.

    Raises:
        EntityParseError: For markup Telegram rejects.
    """
    if entities is not None:
        plain, ents = raw, _entities_from_param(entities)
    elif parse_mode is not None and parse_mode.lower() == "html":
        plain, ents = parse_html(raw)
    else:
        plain, ents = raw, []
    plain, ents = _trim(plain, ents)
    ents = ents + detect_entities(plain, ents)
    ents.sort(key=lambda e: (e["offset"], -e["length"]))
    return plain, ents
