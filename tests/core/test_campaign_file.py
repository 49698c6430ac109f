"""The campaign file: a complete example loads; every mistake names its field and line."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.campaigns.file import CampaignFileError, parse_campaign
from bot.campaigns.messages import parse_answer, parse_staff
from store.models import CampaignRepeat

COMPLETE = """\
name: Info session on vocational training
audience:
  path: education
  language: [ar, fi, en]
  answers:
    goal: study
send_at: 2026-12-03T10:00:00+02:00
repeat: weekly
until: 2027-01-31
fallback: en
messages:
  en: "Hello {first_name}! The info session is on Thursday at 10. Ask {counsellor_name}."
  fi: "Hei {first_name}! Infotilaisuus on torstaina klo 10."
buttons:
  en: ["I'll come", "Not interested", "Talk to counsellor"]
  fi: ["Tulen", "En ole kiinnostunut", "Haluan puhua ohjaajalle"]
"""


def test_a_complete_file_loads():
    spec = parse_campaign(COMPLETE)
    assert spec.audience.path == ["education_first"]
    assert spec.audience.answers == {"goal": ["study"]}
    assert spec.send_at == datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    assert spec.repeat is CampaignRepeat.WEEKLY
    assert len(spec.buttons["fi"]) == 3


def test_the_readme_example_loads():
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "bot" / "campaigns" / "README.md").read_text()
    example = readme.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert parse_campaign(example).name


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("  path: education\n", "  path: education\n  colour: red\n"), "line 4: audience.colour"),
        (
            ("{first_name}! Infotilaisuus", "{name}! Infotilaisuus"),
            "line 13: messages.fi: unknown placeholder {name}",
        ),
        (("fallback: en\n", "fallback: ar\n"), "line 10: fallback: no text in messages for 'ar'"),
        (
            ('"Talk to counsellor"]', '"Talk to counsellor", "Four"]'),
            "line 15: buttons.en: 1 to 3 buttons",
        ),
        (("+02:00", ""), "line 7: send_at: needs a UTC offset"),
        (("repeat: weekly", "repeat: hourly"), "line 8: repeat:"),
        (("until: 2027-01-31\n", ""), "until: a repeating campaign needs an end date"),
        (('  fi: "Hei', '  xx: "Hej'), "line 13: messages.xx: not a language"),
        (("name: Info session on vocational training\n", ""), "line 1: name: Field required"),
    ],
)
def test_mistakes_name_field_and_line(change: tuple[str, str], expected: str):
    text = COMPLETE.replace(*change)
    assert text != COMPLETE
    with pytest.raises(CampaignFileError) as raised:
        parse_campaign(text, "info.yml")
    assert f"info.yml, {expected}" in str(raised.value) or expected in str(raised.value)


def test_bad_yaml_names_the_line():
    with pytest.raises(CampaignFileError, match=r"x.yml, line 3: not valid YAML"):
        parse_campaign("name: a\nmessages: [\n", "x.yml")


def test_callback_data_is_range_checked():
    assert parse_answer("cm:12:3") is not None
    assert parse_answer("cm:12:mute") is not None and parse_answer("cm:12:mute").mute  # type: ignore[union-attr]
    for forged in [
        "cm:12:4",
        "cm:12:0",
        "cm:0:1",
        "cm:-1:1",
        "cm:99999999999:1",
        "cm:1:1:1",
        "cm:a:1",
    ]:
        assert parse_answer(forged) is None
    assert parse_staff("campaign:confirm:5") is not None
    assert parse_staff("campaign:drop:5") is None
