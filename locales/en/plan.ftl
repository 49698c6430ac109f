# Polku — English: personal plans and their reminders.

## Step types: a short name, and a plain explanation for the learner

step-type-language_course = Finnish course
step-type-language_course-about = A Finnish course helps you in daily life and at work. Your counsellor helps you find one that fits you.
step-type-vocational_application = Application to vocational school
step-type-vocational_application-about = In vocational school you learn a job. You apply with a form, usually online. Your counsellor can help you fill it in.
step-type-cv = CV
step-type-cv-about = A CV is a short paper about your studies, work and skills. Employers read it when you apply for a job.
step-type-job_application = Job application
step-type-job_application-about = You apply for a job. You send your CV and a short letter, or you fill in a form.
step-type-employment_office = Visit to the employment office
step-type-employment_office-about = At the employment office, you talk about your job search and your plan.
step-type-work_tryout = Work try-out
step-type-work_tryout-about = In a work try-out, you work at a workplace for a short time. You learn, and you see if the job suits you.
step-type-social_worker = Meeting with a social worker
step-type-social_worker-about = A social worker helps with money, housing, family and other things in life.
step-type-health_check = Health check
step-type-health_check-about = A nurse or doctor checks your health. This helps to plan your studies and work.
step-type-document = Document to bring
step-type-document-about = Bring this document with you. If you do not have it, tell your counsellor.
step-type-counsellor_meeting = Meeting with your counsellor
step-type-counsellor_meeting-about = You meet your counsellor to talk about your plan.
step-type-other = Other task
step-type-other-about = Your counsellor will tell you what to do.

## Steps in a list

plan-line-todo = { $number }. <b>{ $type }</b> – { $due }{ $details }
plan-line-done = { $number }. ✅ <s>{ $type }</s> – { $due }
plan-line-skipped = { $number }. ➖ <s>{ $type }</s> – { $due }
plan-no-date = no date
plan-place = {"\u000A"}   📍 { $place }
plan-note = {"\u000A"}   📝 { $note }
plan-no-path = no path yet
plan-no-next = no open steps

## The learner's plan

plan-learner-view =
    <b>Your plan</b> ({ $path })

    { $lines }
    { $meeting }

    When you have done a step, press its button.
plan-learner-empty = Your counsellor is still making your plan. I will tell you when it is ready.
plan-learner-not-accepted = You have no plan in Polku. The Skills Centre for Migrants cannot accept you now. Was one of your answers wrong? Then type /intake to start again.
plan-done-button = ✅ { $number }. { $type }: done
# A short note on the button (plain text).
plan-done-thanks = Well done! Your counsellor will see it.
plan-done-well-done = Well done!
plan-ready =
    Your counsellor confirmed your plan: { $count ->
        [one] one step
       *[other] { $count } steps
    }. The first is <b>{ $first }</b> ({ $due }). Type /plan to see it. I will remind you before each step.
plan-need-help = I need help
plan-help-sent = I told your counsellor that you need help. They will contact you.
plan-help-already-sent = Your counsellor already knows that you need help. They will contact you.
plan-help-nobody = Sorry, I could not tell anyone. You have no counsellor in Polku right now. Please contact the centre's office.

## Reminders

reminder-step =
    { $days ->
        [0] <b>Today:</b> { $type }
        [1] <b>Tomorrow:</b> { $type }
       *[other] <b>In { $days } days:</b> { $type }
    }
    🗓 { $due }{ $details }
reminder-overdue =
    <b>{ $type }</b> was due on { $due }. How is it going?
    If you have done it, press Done. If something is difficult, press "I need help".{ $details }

## Counsellors: learners and plans

learners-list =
    <b>Your learners</b>

    { $lines }
learners-line = <b>{ $name }</b> · { $path } · next: { $next } · last seen: { $seen }
learners-none = You have no learners yet. Invite one with /invite.
learners-button = { $name }
plan-counsellor-view =
    <b>Plan of { $name }</b> ({ $path }){ $status ->
        [unconfirmed] {"\u000A"}This is a proposal. The learner sees it when you confirm it.
       *[confirmed] {""}
    }

    { $lines }
    { $meeting }
plan-counsellor-empty =
    <b>Plan of { $name }</b> ({ $path })
    The plan has no steps yet.
    { $meeting }
plan-step-button = { $number }. { $type }
plan-add = ➕ Add a step
plan-confirm = ✔️ Confirm the plan
plan-confirmed-told = You confirmed the plan. I told { $name } about it.
plan-open = Open the plan
plan-step-menu =
    { $name }:
    { $line }
plan-mark-done = ✅ Done
plan-mark-todo = ↩️ Not done
plan-skip = ➖ Skip
plan-up = ⬆️ Up
plan-down = ⬇️ Down
plan-change-date = 🗓 Change the date
plan-remove = 🗑 Remove
plan-remove-yes = 🗑 Yes, remove it
plan-remove-confirm = Remove this step? { $line }
plan-back-to-plan = ← Back to the plan
plan-add-type = What kind of step is it?
plan-add-due = When is it due? Write a date, for example 31.12.2026. You can add a time, for example 31.12.2026 14:30. If there is no date, press Skip.
plan-add-place = Where? Write a place or a link. If there is no place, press Skip.
plan-add-note = Anything else the learner should know? Write a short note, or press Skip.
plan-step-added = I added the step. The learner gets reminders before the date.
plan-date-changed = I changed the date. The reminders follow the new date.
plan-date-removed = I removed the date. This step has no reminders now.
plan-step-added-no-date = I added the step. It has no date, so there are no reminders.

## Notices to counsellors

notice-plan-proposed = I made a starter plan for <b>{ $name }</b>. Please check it and confirm it, or change it.
notice-steps-done =
    Your learners marked these steps as done:
    { $lines }
notice-step-done-line = ✅ <b>{ $name }</b>: { $type }
notice-needs-help = <b>{ $name }</b> needs help with this step: { $type }. Please contact them.
