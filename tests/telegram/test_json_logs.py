"""The log of a conversation, as JSON lines at DEBUG: ids, never what the person typed."""

from __future__ import annotations

import io
import json

from bot.logs import configure_logging
from bot.sandbox import SandboxClient
from tests.core.test_logs import restore_logging  # noqa: F401 - a fixture
from tests.telegram.conftest import RunningBot, eventually
from tests.telegram.learners import new_learner

TYPED = "Qorraxanova"
SENTENCE = "Haluan kertoa perheestäni Mogadishussa"


async def test_handled_updates_are_logged_by_id_without_a_word_of_their_text(
    bot: RunningBot,
    client: SandboxClient,
    restore_logging: None,  # noqa: F811
):
    out = io.StringIO()
    # The most a deployment logs: DEBUG, as `polku run` sets it up.
    configure_logging("DEBUG", [bot.settings.token], "json", stream=out)
    learner, _ = await new_learner(bot, client, "en", name="Zubeyda")
    [question] = await learner.press("option-consent-accepted")
    learner.expect(question, "intake-preferred-name")
    [question] = await learner.type(TYPED)
    learner.expect(question, "intake-birth-year")
    await learner.type(SENTENCE)  # not a year: the question again, with a hint

    def handled() -> list[dict[str, object]]:
        lines = [json.loads(line) for line in out.getvalue().splitlines()]
        return [
            line
            for line in lines
            if line.get("event") == "update_handled" and line.get("user") == learner.user.id
        ]

    async def all_handled() -> bool:
        # The line follows the reply: the last one may come a moment after it.
        return len(handled()) == 5

    # Joining (the /start with the invite), the language, consent, the name, the sentence.
    await eventually(all_handled)
    lines = handled()
    assert [line["kind"] for line in lines] == [
        "message",
        "callback_query",
        "callback_query",
        "message",
        "message",
    ]
    assert all(isinstance(line["update"], int) and line["ms"] >= 0 for line in lines)
    assert all(line["logger"] == "bot.telegram.ordering" for line in lines)
    text = out.getvalue()
    for word in ("Zubeyda", TYPED, *SENTENCE.split()):
        assert word not in text, word
    assert "/start" not in text and bot.settings.token not in text
