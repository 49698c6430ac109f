## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = Send reminders to groups of learners

# The coordinator's own text, in the learner's language (or the fallback language).
campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 Mute these messages
campaign-muted = You will not get these group messages any more. Reminders for your plan and your meetings still come.
campaign-answer-thanks = Thank you, I saved your answer.

campaign-list =
    Your campaigns:
    { $lines }
campaign-list-line = { $id }. { $name } ({ $status })
campaign-state-draft = draft
campaign-state-scheduled = scheduled
campaign-state-sending = sending
campaign-state-done = sent
campaign-state-cancelled = cancelled
campaign-list-empty = There are no campaigns yet. Press “New campaign”, or use the command line: polku campaign create FILE.yml
campaign-button-show = Campaign { $id }
campaign-button-send = Send
campaign-button-confirm = Yes, send
campaign-button-cancel = Cancel the campaign

campaign-preview =
    Campaign { $id }: { $name } ({ $status })
    Learners: { $count }
    { $languages }
    { $fallback } get the text in { $fallback_language }, because there is no text in their language.
    Muted: { $muted }. Blocked the bot: { $blocked }.
campaign-preview-language = { $language }: { $count } (fallback: { $fallback })
campaign-example =
    Example in { $language }:
    { $text }
campaign-confirm = Send this campaign to { $count } learners?
campaign-scheduled = You confirmed the campaign “{ $name }”. I send it at the time you chose. You get a report when I finish.
campaign-sending-now = You confirmed the campaign “{ $name }”. I am sending it now. You get a report when I finish.
campaign-cancelled = I cancelled the campaign “{ $name }”. I will not send its { $count } messages.

# $in_doubt: nothing, or one more line (campaign-report-in-doubt) when some messages
# may have arrived: a request was on its way when something went wrong.
campaign-report =
    Report: { $name }
    Learners: { $audience }
    Sent: { $sent }. Failed: { $failed }. Blocked: { $blocked }. Muted: { $muted }. Waiting: { $pending }.{ $in_doubt }
    { $languages }
    Answers:
    { $answers }
campaign-report-language = { $language }: { $sent } of { $total } sent
campaign-report-answer = Button { $number }: { $count }
campaign-report-no-answers = No answers yet.
campaign-report-in-doubt = {"\u000A"}{ $count ->
        [one] One message may have arrived. I had a problem while I sent it, so I do not know. I do not send it again.
       *[other] { $count } messages may have arrived. I had a problem while I sent them, so I do not know. I do not send them again.
    }

campaign-error = You cannot change this campaign now.
campaign-error-not_draft = Someone already sent or cancelled this campaign.
campaign-error-finished = This campaign has ended.
## The guided dialogue: a new campaign (/campaign, "New campaign")
campaign-new-button = ➕ New campaign
campaign-new-name = A new campaign. What is its name? Only staff see the name.
campaign-new-audience =
    Who gets it? Choose a filter, or press Done. With no filter, every learner gets it.
    Path: { $path }
    Status: { $status }
    Counsellor: { $counsellor }
    Language: { $language }
    Plan step not done: { $step }
    Last active: { $active }
campaign-filter-path = Path
campaign-filter-status = Status
campaign-filter-counsellor = Counsellor
campaign-filter-language = Language
campaign-filter-step = Plan step not done
campaign-filter-active = Last active
campaign-filter-done = ✓ Done
campaign-new-path = Learners on which path? Choose, then press Done. Press Skip to remove this filter.
campaign-new-status = Learners at which stage? Choose, then press Done. Press Skip to remove this filter.
campaign-new-counsellor = Learners of which counsellor? Choose, then press Done. Press Skip to remove this filter.
campaign-new-language = Learners who read which language? Choose, then press Done. Press Skip to remove this filter.
campaign-new-step = Learners who still have which plan step to do? Choose, then press Done. Press Skip to remove this filter.
campaign-new-active = Learners who were last active when? Press Skip to remove this filter.
campaign-status-new = Joined, first questions not finished
campaign-status-intake_done = First questions finished
campaign-status-plan_confirmed = Plan confirmed
campaign-option-counsellor = { $name }
campaign-active-active_7 = Active in the last 7 days
campaign-active-active_30 = Active in the last 30 days
campaign-active-inactive_14 = Not active for 14 days
campaign-active-inactive_30 = Not active for 30 days
campaign-new-fallback = Now the message. First the main language. Learners with no text in their own language get this text. Which language is it?
campaign-new-text =
    Type the message in { $language }. You can use {"{"}first_name{"}"}, {"{"}counsellor_name{"}"} and {"{"}date{"}"}. I fill them in for each learner.
campaign-new-buttons = Do you want reply buttons in { $language }? Type up to 3 button texts, one on each line. I count the learners' answers. Or press Skip.
campaign-new-other-buttons = Now the same reply buttons in { $language }. Type one on each line, in the same order.
campaign-new-more = Do you want to add the message in another language?
campaign-more-add = ➕ Another language
campaign-more-done = ✓ Done
campaign-new-other-language = Which language?
campaign-new-schedule = When do I send it?
campaign-schedule-now = Now
campaign-schedule-at = At a date and time
campaign-schedule-daily = Every day
campaign-schedule-weekly = Every week
campaign-new-send-at = Type the date and time like this: 31.12.2026 14:30.
campaign-new-until = What is the last day? Type it like this: 31.1.2027.
campaign-new-too-long = That is too long. Please write at most { $limit } characters.
campaign-new-bad-placeholder = I do not know one of the words in {"{"} {"}"}. Use {"{"}first_name{"}"}, {"{"}counsellor_name{"}"} or {"{"}date{"}"}. For one {"{"} in the text, write {"{{"}.
campaign-new-bad-buttons = Type 1 to { $most } button texts, one on each line. Each one can have at most { $limit } characters.
campaign-new-buttons-count = Type { $count } button texts, one on each line: as many as in the main language.
campaign-new-language-given = You already wrote the text in the main language. Please choose another language.
campaign-new-need-time = Please add the time too, like this: 31.12.2026 14:30.
campaign-new-past = That time has passed. Please choose a later time.
campaign-new-until-early = The last day cannot be before the first one.
campaign-new-failed = Sorry, I could not save this campaign. Please start again with /campaign.
campaign-new-saved = I saved the campaign “{ $name }”. { $schedule } Check the preview, then confirm.
campaign-when-now = I send it as soon as you confirm.
campaign-when-at = I send it on { $when }.
campaign-when-daily = I send it every day from { $when } until { $until }.
campaign-when-weekly = I send it every week from { $when } until { $until }.
