"""The guided campaign dialogue without Telegram: what its slots make, and typed messages."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.campaigns.actions import campaign_spec, labels_of
from bot.dialogue.engine import MAX_MESSAGE, _parse
from bot.dialogue.flow import AnswerType
from store.models import CampaignRepeat


def test_slots_make_the_campaign_a_file_would():
    spec = campaign_spec(
        {
            "name": "Info",
            "filter_path": ["work_first"],
            "filter_counsellor": ["7", "9"],
            "filter_active": "inactive_14",
            "fallback": "en",
            "fallback_text": "Hello {first_name}!",
            "fallback_buttons": "Yes\nNo",
            "texts": {"fi": "Hei {first_name}!"},
            "labels": {"fi": ["Kyllä", "Ei"]},
            "schedule": "daily",
            "send_at": "2026-12-03T10:00:00+02:00",
            "until": "2026-12-05",
        }
    )
    assert spec.audience.to_json() == {
        "path": ["work_first"],
        "counsellor": [7, 9],
        "inactive_days": 14,
    }
    assert spec.messages == {"en": "Hello {first_name}!", "fi": "Hei {first_name}!"}
    assert spec.buttons == {"en": ["Yes", "No"], "fi": ["Kyllä", "Ei"]}
    assert spec.repeat is CampaignRepeat.DAILY
    assert spec.send_at is not None and spec.send_at.utcoffset() is not None


def test_now_and_no_buttons_and_no_filter():
    spec = campaign_spec(
        {"name": "All", "fallback": "fi", "fallback_text": "Hei", "schedule": "now", "texts": {}}
    )
    assert spec.audience.to_json() == {}
    assert spec.send_at is None and spec.buttons == {}


def test_slots_that_make_no_campaign_fail():
    with pytest.raises(ValidationError):
        campaign_spec({"name": "", "fallback": "en", "fallback_text": "x", "schedule": "now"})


def test_a_typed_message_keeps_its_lines():
    value, problem = _parse(AnswerType.MESSAGE, "  Hello {first_name}!  \n\n  <b>Thursday</b> ")
    assert problem is None
    assert value == "Hello {first_name}!\n\n<b>Thursday</b>"
    assert _parse(AnswerType.MESSAGE, " \n ") == (None, "dialogue-invalid-empty")
    assert _parse(AnswerType.MESSAGE, "x" * (MAX_MESSAGE + 1)) == (None, "dialogue-invalid-long")
    assert labels_of(" I'll come \n\n Not interested ") == ["I'll come", "Not interested"]


def test_the_paths_of_a_file_are_the_profiles_paths():
    spec = campaign_spec(
        {
            "name": "P",
            "filter_path": ["education"],
            "fallback": "en",
            "fallback_text": "x",
            "schedule": "now",
        }
    )
    assert spec.audience.path == ["education_first"]
