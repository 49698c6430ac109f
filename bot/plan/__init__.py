"""Personal plans: steps with due dates, reminders that are never lost or doubled."""
