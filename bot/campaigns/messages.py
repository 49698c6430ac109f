"""Campaign messages: which message keys and buttons, and the callback data they carry."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.replies import Button, Lines, Phrase, Reply
from store.campaigns import OUTCOMES, Report
from store.models import Campaign

# "cm:<delivery id>:<1..3>" answers a campaign message; "cm:<delivery id>:mute" mutes them.
PREFIX = "cm:"
_CALLBACK = re.compile(r"^cm:([1-9][0-9]{0,9}):([1-3]|mute)$")
# "campaign:send:<id>" / "campaign:confirm:<id>" / "campaign:cancel:<id>": a coordinator's.
STAFF_PREFIX = "campaign:"
NEW = "campaign:new"  # starts the guided dialogue
_STAFF = re.compile(r"^campaign:(show|send|confirm|cancel):([1-9][0-9]{0,9})$")
MAX_ID = 2**31 - 1
# Outcomes the report's line of counts does not show; "in_doubt" (may have arrived) gets a
# line of its own, only when there are any.
_NOT_COUNTED = ("cancelled", "in_doubt")


@dataclass(frozen=True, slots=True)
class CampaignAnswer:
    """A learner's press on a button under a campaign message."""

    delivery_id: int
    answer: int | None  # 1..3, or None for "mute"

    @property
    def mute(self) -> bool:
        """Whether this is the "Mute these messages" button."""
        return self.answer is None


def parse_answer(data: str) -> CampaignAnswer | None:
    """The press ``data`` stands for, or None when it is not a well-formed campaign press."""
    match = _CALLBACK.match(data)
    if match is None or int(match.group(1)) > MAX_ID:
        return None
    choice = match.group(2)
    return CampaignAnswer(int(match.group(1)), None if choice == "mute" else int(choice))


@dataclass(frozen=True, slots=True)
class StaffAction:
    """A coordinator's press in ``/campaign``."""

    operation: str  # show, send, confirm, cancel
    campaign_id: int


def parse_staff(data: str) -> StaffAction | None:
    """The coordinator's press ``data`` stands for, or None."""
    match = _STAFF.match(data)
    if match is None or int(match.group(2)) > MAX_ID:
        return None
    return StaffAction(match.group(1), int(match.group(2)))


def campaign_message(text: str, labels: list[str], delivery_id: int) -> Reply:
    """A campaign message: the coordinator's text (an argument, escaped when rendered),
    its answer buttons, and the mute button under every campaign message."""
    answers = tuple(
        Button("campaign-answer", data=f"cm:{delivery_id}:{n}", args={"label": label})
        for n, label in enumerate(labels, start=1)
    )
    mute = (Button("campaign-mute", data=f"cm:{delivery_id}:mute"),)
    rows = (answers, mute) if answers else (mute,)
    return Reply("campaign-message", {"text": text}, rows)


def with_answer(sent: Reply, delivery_id: int, answer: int) -> Reply:
    """A campaign message as sent (:func:`campaign_message`), its ``answer`` marked, as an
    edit of the message whose button was pressed."""
    chosen = f"cm:{delivery_id}:{answer}"
    rows = tuple(
        tuple(replace(button, selected=button.data == chosen) for button in row)
        for row in sent.buttons
    )
    return replace(sent, buttons=rows, edit=True)


def language_name(code: str) -> Phrase:
    """A language, named in the reader's language ("somali" for a Finnish reader)."""
    return Phrase(f"option-languages_spoken-{code}")


def state(campaign: Campaign) -> Phrase:
    """Where a campaign stands, in the reader's words (the command line shows the code)."""
    return Phrase(f"campaign-state-{campaign.status.value}")


def report_reply(campaign: Campaign, report: Report) -> Reply:
    """The report a coordinator gets when a send finishes (and sees in ``/campaign``)."""
    languages = Lines(
        tuple(
            Phrase(
                "campaign-report-language",
                {
                    "language": language_name(language),
                    "sent": counts.get("sent", 0),
                    "total": sum(counts.values()),
                },
            )
            for language, counts in sorted(report.by_language.items())
        )
    )
    answers = Lines(
        tuple(
            Phrase("campaign-report-answer", {"number": n, "count": report.answers.get(n, 0)})
            for n in sorted(report.answers)
        )
    )
    counts = {name: report.count(name) for name in OUTCOMES if name not in _NOT_COUNTED}
    in_doubt = report.count("in_doubt")
    return Reply(
        "campaign-report",
        {
            "name": campaign.name,
            "audience": report.audience,
            **counts,
            # One more line only when some messages may have arrived; nothing otherwise.
            "in_doubt": Lines(
                (Phrase("campaign-report-in-doubt", {"count": in_doubt}),) if in_doubt else (),
                separator="",
            ),
            "languages": languages,
            "answers": answers if report.answers else Phrase("campaign-report-no-answers"),
        },
    )


def campaign_line(campaign: Campaign) -> Phrase:
    """One campaign in the list of ``/campaign``."""
    return Phrase(
        "campaign-list-line",
        {"id": campaign.id, "name": campaign.name, "status": state(campaign)},
    )


def staff_buttons(campaign: Campaign) -> tuple[tuple[Button, ...], ...]:
    """What a coordinator can do with a campaign now."""
    row = []
    if campaign.status.value == "draft":
        row.append(Button("campaign-button-send", data=f"campaign:send:{campaign.id}"))
    if campaign.status.value in ("draft", "scheduled", "sending"):
        row.append(Button("campaign-button-cancel", data=f"campaign:cancel:{campaign.id}"))
    return (tuple(row),) if row else ()
