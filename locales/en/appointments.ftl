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
    ❌ Cancelled: your meeting with { $counsellor } on { $when }.
    Reason: { $reason }
appointment-cancelled-counsellor =
    ❌ Cancelled: the meeting with { $learner } on { $when }.
    Reason: { $reason }

## Reasons for a cancellation

appointment-reason-learner = the learner cancelled
appointment-reason-ill = illness
appointment-reason-counsellor_away = the counsellor cannot come
appointment-reason-not_needed = no need for the meeting
appointment-reason-other = other reason

## Problems

appointment-error = You cannot change this meeting like that.
appointment-slot-taken = Sorry, someone just took that time. Please choose another time.
appointment-slot-unavailable = You cannot book that time. Please choose another time.
appointment-no-counsellor = You do not have a counsellor right now. We will tell you when you have one.
appointment-not-found = I cannot find this meeting.
appointment-closed = This meeting is over, or someone cancelled it.
appointment-not-started = The meeting has not started yet.

## Booking in the chat

appointment-book-button = 📅 Book a meeting
appointment-choose-day = When can you come? Choose a day.
appointment-choose-day-move =
    Your meeting is now { $when }.
    Choose a new day.
appointment-day-button = { $day }
appointment-choose-time = Choose a time on { $day }.
appointment-time-button = { $time }
appointment-other-day = ◀️ Another day
appointment-other-time = 🔁 Another time
appointment-no-free-times = There are no free times right now. Please try again later, or ask your counsellor.
appointment-stale = This button is old. Here are the free times now.
appointment-day-gone = That day has no free times any more. Please choose another day.
appointment-time-gone = That time is not free any more. Please choose another time.
appointment-confirm =
    Book this meeting?
    🕘 { $when }
    { $mode }: { $place }
appointment-confirm-move =
    Move your meeting to this time?
    🕘 { $when } (now: { $previous })
    { $mode }: { $place }
appointment-confirm-for =
    Book a meeting for { $learner }?
    🕘 { $when }
    { $mode }: { $place }
appointment-yes = ✅ Yes
appointment-done =
    ✅ I booked your meeting.
    🕘 { $when }
    { $mode }: { $place }
    I will remind you before the meeting.
appointment-moved-done =
    ✅ Your meeting has a new time.
    🕘 { $when }
    { $mode }: { $place }
appointment-done-for =
    ✅ Meeting booked for { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-ics-caption = 📎 Your meeting on { $when }. Open the file to add it to your phone's calendar.
appointment-ics-cancel-caption = 📎 Your meeting on { $when } will not happen. Open the file to remove it from your phone's calendar.

## Your meetings

appointment-list =
    <b>Your meetings</b>

    { $lines }
appointment-line = 🕘 { $when } – { $mode }: { $place }
appointment-none = You have no meetings booked.
appointment-move-button = 🔁 Move { $day } { $time }
appointment-cancel-button = ❌ Cancel { $day } { $time }
appointment-list-counsellor =
    <b>Your meetings</b>

    { $lines }
appointment-line-counsellor = 🕘 { $when } – { $learner } ({ $mode })
appointment-none-counsellor = You have no meetings booked.
appointment-cancel-for-button = ❌ { $learner } { $day } { $time }
appointment-cancel-confirm = Cancel your meeting on { $when }?
appointment-cancel-yes = ❌ Cancel the meeting
appointment-cancel-no = Keep it
appointment-cancel-done = I cancelled your meeting on { $when }. Your counsellor knows.
appointment-cancel-why = Why do you cancel the meeting with { $learner } on { $when }?
appointment-why-ill = Illness
appointment-why-away = I cannot come
appointment-why-not-needed = Not needed
appointment-why-other = Other reason
appointment-cancel-done-counsellor = I cancelled the meeting with { $learner } on { $when }. I told { $learner }.
appointment-question = You can see your meetings with /appointments. To book a new one, use /book.

## Reminders

appointment-reminder-24h =
    📅 Reminder: tomorrow you have a meeting with { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-reminder-2h =
    📅 Your meeting with { $counsellor } starts in two hours.
    🕘 { $when }
    { $mode }: { $place }
appointment-coming = 👍 I will come
appointment-not-coming = I cannot come
appointment-coming-thanks = Thank you! See you soon.
appointment-not-coming-reply = Thank you for telling me. Your counsellor knows. Do you want another time, or to cancel the meeting on { $when }?
appointment-not-coming-counsellor = ⚠️ { $learner } cannot come to the meeting on { $when }.

## After the meeting

appointment-outcome-question = How did the meeting with { $learner } on { $when } go?
appointment-met = ✅ Met
appointment-no-show = ❌ Did not come
appointment-marked-met = ✅ Marked: you met { $learner } on { $when }.
appointment-marked-no-show = ❌ Marked: { $learner } did not come on { $when }.

## In the plan

plan-meeting-none = 📅 No meeting booked.
plan-meeting-next = 📅 Next meeting: { $when }
