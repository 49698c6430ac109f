"""iCalendar (RFC 5545) files for appointments, made with the ``icalendar`` library.

One UID per appointment for its whole life; SEQUENCE grows with every move and with the
cancellation, so a calendar app replaces its copy instead of adding a second one. A
booked or moved meeting is published (``METHOD:PUBLISH``); a cancelled one is sent with
``METHOD:CANCEL`` and ``STATUS:CANCELLED``. There is no ORGANIZER: Polku knows no e-mail
addresses, and RFC 5545 wants a calendar address there.
"""

from __future__ import annotations

from datetime import datetime

from icalendar import Calendar, Event

from store.models import Appointment, AppointmentStatus, MeetingMode

PRODUCT = "-//Polku//Appointments//EN"
FILENAME = "meeting.ics"
LINK_SCHEMES = ("https://", "http://")


def uid(appointment_id: int, domain: str = "polku") -> str:
    """The appointment's stable iCalendar UID."""
    return f"appointment-{appointment_id}@{domain}"


def calendar_file(
    appointment: Appointment,
    *,
    summary: str,
    description: str | None = None,
    stamp: datetime,
) -> bytes:
    """The .ics bytes for ``appointment``.

    Args:
        appointment: the appointment, with UTC times.
        summary: the event's title, already in the learner's language (plain text).
        description: a longer text, if any (plain text).
        stamp: when this version of the file was made (DTSTAMP), aware.

    Returns:
        The calendar, CRLF line endings, UTF-8.
    """
    cancelled = appointment.status is AppointmentStatus.CANCELLED
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    event = Event()
    event.add("uid", uid(appointment.id))
    event.add("dtstamp", stamp)
    event.add("dtstart", appointment.starts_at)
    event.add("dtend", appointment.ends_at)
    event.add("sequence", appointment.sequence)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    place = appointment.place
    if place:
        if appointment.mode is MeetingMode.VIDEO and place.startswith(LINK_SCHEMES):
            event.add("url", place)
        event.add("location", place)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    calendar.add_component(event)
    return calendar.to_ical()
