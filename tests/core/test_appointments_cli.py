"""``polku availability`` and ``polku appointments``: the stable command line for scripts."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, time

from bot.clock import FrozenClock
from bot.core import open_core
from store.db import transaction
from store.models import MeetingMode, Role
from store.people import PeopleRepository
from tests.conftest import make_settings
from tests.core.test_cli import one_line
from tests.core.test_settings import polku
from tests.factories import add_person

# Monday 2027-03-29 09:00 in Helsinki (summer time from the day before): 06:00 UTC.
MON_0900 = datetime(2027, 3, 29, 6, 0, tzinfo=UTC)
CLOCK = datetime(2027, 3, 24, 8, 0, tzinfo=UTC)


def setup(url: str, *, book: bool = False) -> dict[str, int]:
    """A counsellor with two learners (and, with ``book``, Monday hours and two bookings)."""

    async def make() -> dict[str, int]:
        clock = FrozenClock(CLOCK)
        core = open_core(make_settings(url), bot_username="polku_bot", clock=clock)
        try:
            ids = {}
            for name, telegram_id, role in [
                ("mikko", 1, Role.COUNSELLOR),
                ("amal", 2, Role.LEARNER),
                ("omar", 3, Role.LEARNER),
            ]:
                ids[name] = (await add_person(core.sessions, clock, telegram_id, role)).id
            async with transaction(core.sessions) as session:
                people = PeopleRepository(session)
                await people.assign(ids["amal"], ids["mikko"], clock.now())
                await people.assign(ids["omar"], ids["mikko"], clock.now())
            if book:
                await core.appointments.add_hours(
                    ids["mikko"], [0], time(9), time(11), mode=MeetingMode.PHONE
                )
                first = await core.appointments.book(ids["amal"], MON_0900, actor_id=ids["amal"])
                second = await core.appointments.book(
                    ids["omar"], MON_0900.replace(hour=7), actor_id=None
                )
                ids["first"], ids["second"] = first.id, second.id
            return ids
        finally:
            await core.close()

    return asyncio.run(make())


def test_availability_add_show_and_off(sqlite_url: str):
    env = {"POLKU_DATABASE_URL": sqlite_url}
    mikko = setup(sqlite_url)["mikko"]
    added = polku(
        "availability", "add", "--counsellor", str(mikko), "--days", "mon-wed,fri",
        "--from", "09:00", "--to", "12:00", "--mode", "video", "--place", "https://meet.example/m",
        **env,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    lines = added.stdout.splitlines()
    assert [line.split(": ")[1].split()[0] for line in lines] == ["mon", "tue", "wed", "fri"]
    assert lines[0].endswith("mon 09:00-12:00 45+15 min video")

    off = polku("availability", "off", "--counsellor", str(mikko), "--date", "2099-03-29", **env)
    assert off.returncode == 0, off.stderr
    assert off.stdout.startswith("off 2099-03-29 (exception ")

    shown = polku("availability", "show", "--counsellor", str(mikko), **env)
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout.splitlines()
    assert text[0] == f"weekly hours of counsellor {mikko}:"
    assert text[1].split() == ["id", "day", "hours", "length", "buffer", "mode", "place"]
    assert text[2].split()[1:] == [
        "mon",
        "09:00-12:00",
        "45",
        "15",
        "video",
        "https://meet.example/m",
    ]
    assert "exceptions from today:" in text
    assert text[-1].split()[1:4] == ["2099-03-29", "off", "all"]


def test_availability_refuses_in_one_line(sqlite_url: str):
    env = {"POLKU_DATABASE_URL": sqlite_url}
    ids = setup(sqlite_url)
    base = ["availability", "add", "--from", "09:00", "--to", "12:00"]
    cases = [
        ([*base, "--counsellor", str(ids["mikko"]), "--days", "monday"], "--days: 'monday'"),
        ([*base, "--counsellor", str(ids["amal"]), "--days", "mon"], "no counsellor with id"),
        (
            ["availability", "off", "--counsellor", str(ids["mikko"]), "--date", "29.3.2027"],
            "--date: '29.3.2027' is not a date",
        ),
        (
            ["availability", "add", "--counsellor", str(ids["mikko"]), "--days", "mon",
             "--from", "12:00", "--to", "09:00"],
            "the hours end before a meeting would",
        ),
    ]  # fmt: skip
    for args, expected in cases:
        line = one_line(polku(*args, **env))
        assert line.startswith("polku: ") and expected in line, line


def test_appointments_json_and_table(sqlite_url: str):
    env = {"POLKU_DATABASE_URL": sqlite_url}
    ids = setup(sqlite_url, book=True)
    listed = polku("appointments", "--json", **env)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [r["id"] for r in rows] == [ids["first"], ids["second"]]
    first = rows[0]
    assert {k: first[k] for k in ("learner", "counsellor", "status", "mode")} == {
        "learner": ids["amal"],
        "counsellor": ids["mikko"],
        "status": "booked",
        "mode": "phone",
    }
    assert datetime.fromisoformat(first["starts_at"]) == MON_0900
    assert first["starts_at"].endswith("+00:00")
    assert datetime.fromisoformat(first["ends_at"]) == MON_0900.replace(minute=45)

    only_omar = json.loads(
        polku("appointments", "--learner", str(ids["omar"]), "--json", **env).stdout
    )
    assert [r["id"] for r in only_omar] == [ids["second"]]
    nobody = polku("appointments", "--counsellor", str(ids["amal"]), "--json", **env)
    assert json.loads(nobody.stdout) == []

    table = polku("appointments", "--counsellor", str(ids["mikko"]), **env)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0] == "times in Europe/Helsinki"
    assert lines[1].split() == ["id", "starts", "ends", "learner", "counsellor", "mode", "status"]
    # 06:00 UTC is 09:00 in Helsinki on the first Monday of summer time.
    assert lines[2].split() == [
        str(ids["first"]), "2027-03-29", "09:00", "09:45", str(ids["amal"]), str(ids["mikko"]),
        "phone", "booked",
    ]  # fmt: skip

    clash = polku(
        "availability", "off", "--counsellor", str(ids["mikko"]), "--date", "2027-03-29", **env
    )
    assert clash.returncode == 0, clash.stderr
    still = [line for line in clash.stdout.splitlines() if line.startswith("still booked")]
    assert [line.split()[3] for line in still] == [str(ids["first"]), str(ids["second"])]
