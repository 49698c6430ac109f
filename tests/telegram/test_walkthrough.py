"""Onboarding and the whole intake in every language, through the real stack and the sandbox.

Every message and button the learner sees is checked: no missing message or variable, no
Fluent error, and no English where the learner's language should be (a text that reads
exactly like the English rendering of the same message, names and numbers aside).
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Mapping
from typing import Any

import pytest

from bot.i18n import Translator, available_languages
from bot.sandbox import SandboxClient
from tests.telegram.conftest import RunningBot, plain, say
from tests.telegram.learners import answer_everything, new_learner

# Messages that rightly read the same as in English: a place or a name alone, in every
# language; and a language's name that another language writes as English does.
SAME_AS_ENGLISH = frozenset({"option-municipality", "learners-button"})
SAME_NAME = frozenset({("fi", "option-languages_spoken-so")})
_NOISE = re.compile(r"<[^>]+>|/[a-z_]+|\d+|[\u2066-\u2069\u200e\u200f]|[^\w]+")


def _skeleton(text: str, args: Mapping[str, Any]) -> str:
    """The words of ``text`` that are not names, numbers, commands, tags or punctuation."""
    text = html.unescape(text)
    for value in args.values():
        if isinstance(value, str) and value:
            text = text.replace(html.escape(value, quote=False), " ").replace(value, " ")
    return _NOISE.sub(" ", text).casefold().split().__str__()


class Recording:
    """Every message the translator formats, as (language, key, args)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, dict[str, Any]]] = []


@pytest.fixture
def recording(monkeypatch: pytest.MonkeyPatch) -> Recording:
    record = Recording()
    original = Translator.text

    def text(
        self: Translator,
        language: str,
        key: str,
        args: Mapping[str, Any] | None = None,
        time_zone: str = "Europe/Helsinki",
    ) -> str:
        record.calls.append((language, key, dict(args or {})))
        return original(self, language, key, args, time_zone)

    monkeypatch.setattr(Translator, "text", text)
    return record


@pytest.mark.parametrize("language", available_languages())
async def test_onboarding_and_intake_in_every_language(
    bot: RunningBot,
    client: SandboxClient,
    recording: Recording,
    caplog: pytest.LogCaptureFixture,
    language: str,
):
    caplog.set_level(logging.WARNING, logger="bot.i18n")
    learner, _ = await new_learner(bot, client, language)
    summary = await answer_everything(learner)
    assert "Amal" in plain(summary.text)
    done = await learner.press("option-summary-confirm", count=5)
    learner.expect(done[0], "intake-done")

    seen = [m for m in await client.messages(learner.user) if m.from_bot]
    assert len(seen) >= 20
    failure = say("error-generic", language)
    for message in seen:
        for text in [message.text or "", *message.button_labels]:
            assert text.strip(), message
            assert "???" not in text and "{" not in text, text
            assert text != failure, "the bot failed on the way"
    assert not [r for r in caplog.records if "fluent_errors" in r.getMessage()]

    calls = list(recording.calls)  # a snapshot: the checks below format messages too
    translator = Translator()
    shown = {key for code, key, _ in calls if code == language}
    assert {"intake-consent", "intake-preferred-name", "intake-summary"} <= shown
    if language == "en":
        return
    leaks = sorted(
        {
            key
            for code, key, args in calls
            if code == language
            and key not in SAME_AS_ENGLISH
            and (code, key) not in SAME_NAME
            and _skeleton(translator.text(language, key, args), args)
            == _skeleton(translator.text("en", key, args), args)
            and _skeleton(translator.text("en", key, args), args) != "[]"
        }
    )
    assert not leaks, f"English in {language}: {leaks}"
