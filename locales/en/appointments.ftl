# Polku — English: meetings with the counsellor.

## How and where

appointment-mode-in_person = In person
appointment-mode-phone = By phone
appointment-mode-video = Video call
appointment-place-unknown = your counsellor will tell you where
appointment-how = { $mode }: { $place }
appointment-ics-summary = Meeting with { $counsellor }

## Notices

appointment-booked =
    📅 You have a meeting with { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-booked-counsellor =
    📅 New meeting with { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-moved =
    📅 Your meeting with { $counsellor } has a new time.
    🕘 { $when } (before: { $previous })
    { $mode }: { $place }
appointment-moved-counsellor =
    📅 The meeting with { $learner } has a new time.
    🕘 { $when } (before: { $previous })
    { $mode }: { $place }
appointment-cancelled =
    ❌ Your meeting with { $counsellor } on { $when } is cancelled.
    Reason: { $reason }
appointment-cancelled-counsellor =
    ❌ The meeting with { $learner } on { $when } is cancelled.
    Reason: { $reason }

## Reasons for a cancellation

appointment-reason-learner = the learner cancelled
appointment-reason-ill = illness
appointment-reason-counsellor_away = the counsellor cannot come
appointment-reason-not_needed = the meeting is not needed
appointment-reason-other = other reason

## Problems

appointment-error = This meeting cannot be changed like that.
appointment-slot-taken = Sorry, someone just took that time. Please choose another time.
appointment-slot-unavailable = That time cannot be booked. Please choose another time.
appointment-no-counsellor = You do not have a counsellor right now. We will tell you when you have one.
appointment-not-found = This meeting was not found.
appointment-closed = This meeting is already cancelled or over.
appointment-not-started = The meeting has not started yet.
