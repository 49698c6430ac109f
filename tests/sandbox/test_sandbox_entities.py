"""Telegram's HTML subset, entity offsets and automatic entity detection."""

from __future__ import annotations

import pytest

from bot.sandbox.entities import EntityParseError, format_text, parse_html, utf16_len


def kinds(entities: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(e["type"], e["offset"], e["length"]) for e in entities]


def test_all_supported_tags_become_entities() -> None:
    html = (
        "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>x</s>"
        "<strike>k</strike><del>d</del><code>c</code><tg-spoiler>p</tg-spoiler>"
        '<span class="tg-spoiler">q</span><blockquote>z</blockquote>'
        '<pre><code class="language-python">py</code></pre>'
    )
    text, entities = format_text(html, "HTML")
    assert text == "bsieunxkdcpqzpy"
    assert [e["type"] for e in entities] == [
        "bold",
        "bold",
        "italic",
        "italic",
        "underline",
        "underline",
        "strikethrough",
        "strikethrough",
        "strikethrough",
        "code",
        "spoiler",
        "spoiler",
        "blockquote",
        "pre",
    ]
    assert entities[-1]["language"] == "python"


def test_html_entities_and_literal_ampersands() -> None:
    text, entities = format_text("&lt;b&gt; &amp; &quot;x&quot; AT&T &nbsp; &#65;&#x42;", "html")
    assert text == '<b> & "x" AT&T &nbsp; AB'
    assert entities == []


def test_offsets_are_utf16_and_nested_tags_nest() -> None:
    text, entities = format_text("😀 <b>Hei <i>مرحبا</i></b>", "HTML")
    assert text == "😀 Hei مرحبا"
    assert utf16_len("😀") == 2
    assert kinds(entities) == [("bold", 3, 9), ("italic", 7, 5)]


def test_links_are_normalised_or_dropped() -> None:
    text, entities = format_text(
        '<a href="https://t.me">a</a> <a href="javascript:alert(1)">b</a> <a>example.org</a>',
        "HTML",
    )
    assert text == "a b example.org"
    links = [e for e in entities if e["type"] == "text_link"]
    assert [(e["offset"], e["url"]) for e in links] == [
        (0, "https://t.me/"),
        (4, "http://example.org/"),
    ]


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("<foo>x</foo>", 'Unsupported start tag "foo" at byte offset 0'),
        ("ä<br>", 'Unsupported start tag "br" at byte offset 2'),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b", "Unclosed start tag at byte offset 0"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("<a href>x</a>", 'Expected equal sign in declaration of an attribute of the tag "a"'),
    ],
)
def test_parse_errors_use_telegram_wording(html: str, message: str) -> None:
    with pytest.raises(EntityParseError) as caught:
        parse_html(html)
    assert str(caught.value).startswith(message)


def test_whitespace_is_trimmed_and_entities_follow() -> None:
    text, entities = format_text("  \n<b> hei </b>\n ", "HTML")
    assert text == "hei"
    assert kinds(entities) == [("bold", 0, 3)]


def test_markdown_is_left_as_plain_text() -> None:
    text, entities = format_text("*not bold*", "MarkdownV2")
    assert text == "*not bold*" and entities == []


def test_automatic_entities() -> None:
    text, entities = format_text(
        "/start@polku_sandbox_bot x https://t.me/polku_sandbox_bot?start=abc, "
        "@someone #tag mail@example.org /help",
        None,
    )
    assert [(e["type"], text[e["offset"] : e["offset"] + e["length"]]) for e in entities] == [
        ("bot_command", "/start@polku_sandbox_bot"),
        ("url", "https://t.me/polku_sandbox_bot?start=abc"),
        ("mention", "@someone"),
        ("hashtag", "#tag"),
        ("email", "mail@example.org"),
        ("bot_command", "/help"),
    ]


def test_automatic_entity_offsets_count_utf16_units() -> None:
    _, entities = format_text("😀👍 /help", None)
    assert kinds(entities) == [("bot_command", 5, 5)]


def test_no_detection_inside_code() -> None:
    _, entities = format_text("<code>/start https://x.org</code>", "HTML")
    assert kinds(entities) == [("code", 0, 20)]


def test_explicit_entities_take_precedence_over_parse_mode() -> None:
    text, entities = format_text(
        "<b>raw</b>", "HTML", [{"type": "italic", "offset": 0, "length": 3}]
    )
    assert text == "<b>raw</b>"
    assert kinds(entities) == [("italic", 0, 3)]


@pytest.mark.parametrize(
    "text",
    [
        # Babel's Arabic dates put a right-to-left mark before each "/".
        "موعدك يوم 8\u200f/12\u200f/2026 الساعة 10:00",
        "التاريخ: 2026/12/08",
        "الخطوة /2026 و /12",
        "x /12 y",
        "a/plan",
        "http://x/y",
    ],
)
def test_dates_and_digits_are_not_commands(text: str) -> None:
    _, entities = format_text(text, None)
    assert [e for e in entities if e["type"] == "bot_command"] == []


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("اكتب /plan الآن", "/plan"),
        ("(/help)", "/help"),
        ("\u2068/intake\u2069", "/intake"),
        ("/start@polku_sandbox_bot", "/start@polku_sandbox_bot"),
        ("/a1_b", "/a1_b"),
    ],
)
def test_commands_start_a_word_with_a_latin_letter(text: str, command: str) -> None:
    out, entities = format_text(text, None)
    found = [out[e["offset"] : e["offset"] + e["length"]] for e in entities]
    assert found == [command]
