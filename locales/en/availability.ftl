# Polku — English: a counsellor's hours for meetings (/availability).

command-availability = Your hours for meetings

## The view

availability-view =
    <b>Your hours for meetings</b>

    { $lines }
availability-none = You have no hours for meetings yet. Learners cannot book until you add some.
availability-line-weekly = { $number }. { $day } { $start }–{ $end } · { $length } min + { $buffer } min break · { $mode }{ $place }
availability-line-off = { $number }. { $day }: day off
availability-line-extra = { $number }. { $day } { $start }–{ $end } (extra) · { $length } min + { $buffer } min break · { $mode }{ $place }
availability-place = : { $place }
availability-remove-button = 🗑 Remove { $number }
availability-add-weekly-button = ➕ Weekly hours
availability-add-off-button = 🌴 A day off
availability-add-extra-button = ➕ Extra hours on one day
availability-show-button = 📅 Your hours for meetings
availability-removed = I removed these hours. Meetings that learners already booked in them stay.

## The questions

option-days-mon = Monday
option-days-tue = Tuesday
option-days-wed = Wednesday
option-days-thu = Thursday
option-days-fri = Friday
option-days-sat = Saturday
option-days-sun = Sunday
option-length-45 = 45 min (usual)
option-length-30 = 30 min
option-length-60 = 60 min
option-length-90 = 90 min
option-buffer-15 = 15 min (usual)
option-buffer-0 = 0 min (no break)
option-buffer-10 = 10 min
option-buffer-30 = 30 min
availability-ask-days = On which days do you meet learners? Choose the days, then press Done.
availability-ask-extra-day = On which day do you have extra hours? Write the date, for example 31.12.2026.
availability-ask-off-day = Which day are you away? Write the date, for example 31.12.2026.
availability-ask-start = From what time? For example 9 or 9.30.
availability-ask-end = Until what time? You start at { $start }. For example 12 or 15.30.
availability-ask-length = How long is one meeting?
availability-ask-buffer = How long is the break between two meetings?
availability-ask-mode = How do you meet?
availability-ask-place = Where do you meet? Write the place, for example "Room 2". Or press Skip.
availability-ask-link = Write the link of the video call, for example https://meet.example.fi/mikko
availability-confirm-weekly =
    Save these hours?
    📅 { $days }
    🕘 { $start }–{ $end }
    Meetings of { $length }, a break of { $buffer } · { $mode }
availability-confirm-extra =
    Save these extra hours?
    📅 { $day }
    🕘 { $start }–{ $end }
    Meetings of { $length }, a break of { $buffer } · { $mode }
availability-saved = ✅ I saved your hours. Learners can book these times now.
availability-off-saved =
    ✅ I saved it: you are away that day.
    { $count ->
        [0] You have no meetings that day.
        [one] You still have one meeting that day. Please cancel it in /appointments.
       *[other] You still have { $count } meetings that day. Please cancel them in /appointments.
    }
availability-not-saved = I did not save anything.

## Problems

availability-invalid-time = Please write a time, for example 9, 9.30 or 14:00.
availability-invalid-end = The end must be after the start ({ $start }). Please write a later time.
availability-invalid-length = A meeting does not fit in these hours ({ $minutes } min). Please choose a shorter meeting.
availability-invalid-place = Please write a shorter place (at most { $limit } characters).
availability-invalid-link = Please write the whole link, starting with https://
availability-invalid-day = Please write a date between today and one year from now.
