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
campaign-scheduled = I am sending the campaign “{ $name }” now. You get a report when I finish.
campaign-cancelled = I cancelled the campaign “{ $name }”. I will not send its { $count } messages.

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

campaign-error = You cannot change this campaign now.
campaign-error-not_draft = Someone already sent or cancelled this campaign.
campaign-error-finished = This campaign has ended.
