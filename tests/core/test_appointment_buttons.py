"""Appointment buttons' callback data, and the "when is my meeting?" phrase lists."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.appointments.callbacks import (
    MAX_ID,
    ApOp,
    ApPress,
    callback_data,
    day_value,
    minute_value,
    parse_callback,
)
from bot.errors import StaleButton
from bot.motivation.phrases import asks_about_meeting
from bot.replies import MAX_CALLBACK_BYTES


def test_buttons_round_trip_with_readable_names():
    at = datetime(2026, 12, 8, 7, 30, tzinfo=UTC)
    data = callback_data(ApOp.AT, minute_value(at))
    assert data == f"ap:at:{minute_value(at)}"
    assert parse_callback(data).starts_at == at
    assert callback_data(ApOp.DAY, day_value(date(2026, 12, 8))) == "ap:day:20261208"
    assert parse_callback("ap:day:20261208").day == date(2026, 12, 8)
    assert parse_callback("ap:book:0:l7") == ApPress(ApOp.BOOK, 0, learner=7)
    assert parse_callback(f"ap:yes:{minute_value(at)}:m9").moving == 9
    assert parse_callback("ap:cancel-yes:12") == ApPress(ApOp.CANCEL_YES, 12)
    longest = callback_data(ApOp.WHY_NOT_NEEDED, MAX_ID, moving=MAX_ID)
    assert len(longest.encode()) <= MAX_CALLBACK_BYTES


@pytest.mark.parametrize(
    "data",
    [
        "ap:at:1",  # before 2000
        "ap:at:99999999",  # after 2100
        "ap:day:20261332",
        "ap:day:1",
        "ap:cancel:2147483648",
        "ap:cancel:-1",
        "ap:cancel:١٢",  # Arabic-Indic digits
        "ap:nonsense:1",
        "ap:book:0:x1",
        "ap:book:0:l0",
        "ap:book:0:l",
        "ap:book:0:l1:m2",
        "ap:book",
        "pl:done:1",
    ],
)
def test_forged_data_is_a_stale_button(data: str):
    with pytest.raises(StaleButton):
        parse_callback(data)


@pytest.mark.parametrize(
    ("text", "language", "asks"),
    [
        ("When is my next meeting?", "en", True),
        ("what time is my appointment", "en", True),
        ("Milloin on seuraava tapaaminen?", "fi", True),
        ("koska mun tapaaminen on", "fi", True),
        ("متى موعدي القادم؟", "ar", True),
        ("I finished my CV", "en", False),
        ("Hyvää huomenta", "fi", False),
        ("شكرا", "ar", False),
    ],
)
def test_a_question_about_the_meeting_is_recognised(text: str, language: str, asks: bool):
    assert asks_about_meeting(text, language) is asks
