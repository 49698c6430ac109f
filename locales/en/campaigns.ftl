## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = Send reminders to groups of learners

# The coordinator's own text, in the learner's language (or the fallback language).
campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 Mute these messages
campaign-muted = You will not get these group messages any more. Reminders for your plan and your meetings still come.
campaign-answer-thanks = Thank you, your answer is saved.

campaign-list =
    Your campaigns:
    { $lines }
campaign-list-line = { $id }. { $name } ({ $status })
campaign-list-empty = There are no campaigns yet. Create one with the command line: polku campaign create FILE.yml
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
campaign-scheduled = The campaign “{ $name }” is on its way. You get a report when it is sent.
campaign-cancelled = The campaign “{ $name }” is cancelled. { $count } messages will not be sent.

campaign-report =
    Report: { $name }
    Learners: { $audience }
    Sent: { $sent }. Failed: { $failed }. Blocked: { $blocked }. Muted: { $muted }. Waiting: { $pending }.
    { $languages }
    Answers:
    { $answers }
campaign-report-language = { $language }: { $sent } of { $total } sent
campaign-report-answer = Button { $number }: { $count }
campaign-report-no-answers = No answers yet.

campaign-error = This campaign cannot be changed now.
campaign-error-not_draft = This campaign has been sent or cancelled already.
campaign-error-finished = This campaign is finished already.
