"""Campaigns: coordinators send reminders to a segment of learners, in their languages."""
