"""``polku availability add|show|off|extra`` and ``polku appointments``.

Scripts depend on these: the options and the ``--json`` fields only ever grow.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.cli import CommandError
from bot.settings import Settings
from store.models import Appointment, MeetingMode

if TYPE_CHECKING:
    from bot.appointments.service import Appointments

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_PART = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)(?:-(mon|tue|wed|thu|fri|sat|sun))?$")


def add_parsers(sub: Any) -> None:
    """Add the ``availability`` and ``appointments`` commands to the ``polku`` parser."""
    availability = sub.add_parser(
        "availability",
        help="counsellors' meeting hours",
        description=(
            "Set the weekly hours in which learners can book meetings with a counsellor "
            "(local time of the counsellor), days off and extra hours."
        ),
    )
    av_sub = availability.add_subparsers(
        dest="availability_command", required=True, metavar="ACTION"
    )
    add = av_sub.add_parser(
        "add",
        help="add weekly hours",
        description=(
            "Add weekly hours, cut into meetings of --length minutes with --buffer minutes "
            "between them."
        ),
    )
    add.add_argument("--counsellor", type=int, required=True, help="the counsellor's id")
    add.add_argument("--days", required=True, help="weekdays: mon-fri, or mon,wed,fri")
    _meeting_options(add)
    show = av_sub.add_parser(
        "show", help="show hours", description="Show a counsellor's hours and exceptions."
    )
    show.add_argument("--counsellor", type=int, required=True, help="the counsellor's id")
    off = av_sub.add_parser(
        "off",
        help="a day off",
        description=(
            "Mark a day off (or, with --from and --to, some hours). Meetings already booked "
            "then stay booked and are listed, to move or cancel."
        ),
    )
    off.add_argument("--counsellor", type=int, required=True, help="the counsellor's id")
    off.add_argument("--date", required=True, help="the day, YYYY-MM-DD")
    off.add_argument("--from", dest="start", help="first hour off, HH:MM")
    off.add_argument("--to", dest="end", help="end of the hours off, HH:MM")
    extra = av_sub.add_parser(
        "extra", help="extra hours on one day", description="Offer extra hours on one day."
    )
    extra.add_argument("--counsellor", type=int, required=True, help="the counsellor's id")
    extra.add_argument("--date", required=True, help="the day, YYYY-MM-DD")
    _meeting_options(extra)

    appointments = sub.add_parser(
        "appointments",
        help="list appointments",
        description=(
            "List appointments by start time, in the centre's time zone; --json gives UTC "
            "ISO 8601 times for scripts."
        ),
    )
    appointments.add_argument("--counsellor", type=int, help="only this counsellor's")
    appointments.add_argument("--learner", type=int, help="only this learner's")
    appointments.add_argument("--json", action="store_true", help="JSON: a list of objects")


def _meeting_options(parser: Any) -> None:
    """The options of hours that are cut into meetings (``add`` and ``extra``)."""
    parser.add_argument("--from", dest="start", required=True, help="start, HH:MM")
    parser.add_argument("--to", dest="end", required=True, help="end, HH:MM")
    parser.add_argument("--length", type=int, help="meeting length in minutes (default 45)")
    parser.add_argument("--buffer", type=int, help="minutes between meetings (default 15)")
    parser.add_argument("--mode", choices=[m.value for m in MeetingMode], default="in_person")
    parser.add_argument("--place", help="address, phone number or video link")


def _meetings(args: argparse.Namespace) -> tuple[time, time, dict[str, Any]]:
    """Start, end and the meeting keywords of ``add`` and ``extra``, from their options."""
    start, end = _time(args.start, "--from"), _time(args.end, "--to")
    assert start is not None and end is not None  # required options
    return (
        start,
        end,
        {
            "length": args.length,
            "buffer": args.buffer,
            "mode": MeetingMode(args.mode),
            "place": args.place,
        },
    )


def parse_days(text: str) -> list[int]:
    """Weekday numbers (0 = Monday) from ``mon-fri``, ``mon,wed,fri`` or ``mon-wed,fri``.

    Raises:
        CommandError: not such a list.
    """
    found: set[int] = set()
    for part in text.lower().replace(" ", "").split(","):
        match = _DAY_PART.match(part)
        if not match:
            raise CommandError(f"--days: {text!r} is not like mon-fri or mon,wed,fri")
        first = DAYS.index(match.group(1))
        last = DAYS.index(match.group(2) or match.group(1))
        if last < first:
            raise CommandError(f"--days: {part!r} runs backwards; write it as {DAYS[last]}-...")
        found.update(range(first, last + 1))
    return sorted(found)


def _time(text: str | None, option: str) -> time | None:
    if text is None:
        return None
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option}: {text!r} is not a time like 09:00") from None


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"--date: {text!r} is not a date like 2027-03-28") from None


def _hhmm(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else "-"


def as_json(appointment: Appointment) -> dict[str, Any]:
    """One appointment for ``--json``: ids, UTC ISO 8601 times, codes."""
    return {
        "id": appointment.id,
        "learner": appointment.learner_id,
        "counsellor": appointment.counsellor_id,
        "starts_at": appointment.starts_at.isoformat(),
        "ends_at": appointment.ends_at.isoformat(),
        "status": appointment.status.value,
        "mode": appointment.mode.value,
        "place": appointment.place,
        "sequence": appointment.sequence,
        "cancel_reason": appointment.cancel_reason.value if appointment.cancel_reason else None,
        "booked_by": appointment.booked_by_id,
    }


def table(rows: list[list[str]]) -> list[str]:
    """Rows as lines of left-aligned columns, two spaces apart."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]


async def run(settings: Settings, args: argparse.Namespace) -> int:
    """Run ``polku availability ...`` or ``polku appointments``."""
    from bot.appointments.service import AppointmentError
    from bot.core import open_core

    core = open_core(settings, bot_username="-")
    try:
        if args.command == "appointments":
            return await _appointments(core.appointments, settings, args)
        today = core.clock.now().astimezone(settings.zone).date()
        return await _availability(core.appointments, args, today)
    except AppointmentError as exc:
        raise CommandError(str(exc)) from None
    finally:
        await core.close()


async def _availability(service: Appointments, args: argparse.Namespace, today: date) -> int:
    command = args.availability_command
    if command == "add":
        days = parse_days(args.days)
        opens, closes, meetings = _meetings(args)
        added = await service.add_hours(args.counsellor, days, opens, closes, **meetings)
        for hours in added:
            print(
                f"added hours {hours.id}: {DAYS[hours.weekday]} {_hhmm(hours.start_time)}-"
                f"{_hhmm(hours.end_time)} {hours.length_minutes}+{hours.buffer_minutes} min "
                f"{hours.mode.value}"
            )
        return 0
    if command == "off":
        day = _date(args.date)
        start, end = _time(args.start, "--from"), _time(args.end, "--to")
        if (start is None) != (end is None):
            raise CommandError("--from and --to go together (or neither, for the whole day)")
        off, clashes = await service.day_off(args.counsellor, day, start, end)
        span = f" {_hhmm(start)}-{_hhmm(end)}" if start else ""
        print(f"off {off.day.isoformat()}{span} (exception {off.id})")
        for appointment in clashes:
            print(
                f"still booked: appointment {appointment.id} learner {appointment.learner_id} "
                f"at {appointment.starts_at.isoformat()} (move or cancel it)"
            )
        return 0
    if command == "extra":
        day = _date(args.date)
        opens, closes, meetings = _meetings(args)
        extra = await service.extra_hours(args.counsellor, day, opens, closes, **meetings)
        print(
            f"extra {extra.day.isoformat()} {_hhmm(opens)}-{_hhmm(closes)} (exception {extra.id})"
        )
        return 0
    calendar = await service.calendar(args.counsellor, since=today)
    rows = [["id", "day", "hours", "length", "buffer", "mode", "place"]]
    for h in calendar.hours:
        rows.append(
            [
                str(h.id),
                DAYS[h.weekday],
                f"{_hhmm(h.start_time)}-{_hhmm(h.end_time)}",
                str(h.length_minutes),
                str(h.buffer_minutes),
                h.mode.value,
                h.place or "-",
            ]
        )
    print(f"weekly hours of counsellor {args.counsellor}:")
    for line in table(rows) if calendar.hours else ["none"]:
        print(line)
    print("exceptions from today:")
    rows = [["id", "date", "kind", "hours", "mode", "place"]]
    for e in calendar.exceptions:
        rows.append(
            [
                str(e.id),
                e.day.isoformat(),
                "off" if e.off else "extra",
                f"{_hhmm(e.start_time)}-{_hhmm(e.end_time)}" if e.start_time else "all day",
                e.mode.value if e.mode else "-",
                e.place or "-",
            ]
        )
    for line in table(rows) if calendar.exceptions else ["none"]:
        print(line)
    return 0


async def _appointments(service: Appointments, settings: Settings, args: argparse.Namespace) -> int:
    found = await service.listing(
        actor_id=None, counsellor_id=args.counsellor, learner_id=args.learner
    )
    if args.json:
        print(json.dumps([as_json(a) for a in found], indent=2))
        return 0
    zone = ZoneInfo(settings.time_zone)
    rows = [["id", "starts", "ends", "learner", "counsellor", "mode", "status"]]
    for a in found:
        start, end = a.starts_at.astimezone(zone), a.ends_at.astimezone(zone)
        rows.append(
            [
                str(a.id),
                start.strftime("%Y-%m-%d %H:%M"),
                end.strftime("%H:%M"),
                str(a.learner_id),
                str(a.counsellor_id),
                a.mode.value,
                a.status.value,
            ]
        )
    if found:
        print(f"times in {settings.time_zone}")
        for line in table(rows):
            print(line)
    return 0
