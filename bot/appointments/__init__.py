"""Appointments: counsellors' availability, booking without double booking, iCalendar files."""
