## Motivation: escalation notices to counsellors, the kind message to the learner, crisis replies.

motivation-notice =
    { $head }
    { $who }
    Why: { $reasons }
    Next plan step: { $step }
    Next meeting: { $meeting }
motivation-notice-who-score = { $name } · score { $score }
motivation-notice-who = { $name }
motivation-head-score = ⚠️ A learner may need you.
motivation-head-request = 🙋 A learner asks to talk to you.
motivation-head-crisis = 🚨 URGENT: a learner wrote words that may mean a crisis. Please contact them now.
motivation-head-forwarded = ⏰ Nobody has answered this notice yet. Can you help?
motivation-notice-step = { $type } (due { $due })
motivation-notice-no-date = no date
motivation-notice-meeting = { $when }
motivation-notice-none = none
motivation-reason-low-mood = { $count ->
    [one] mood { $mood }/5
   *[other] low mood { $count } times lately, lowest { $mood }/5
}
motivation-reason-mood-drop = mood fell from about { $average } to { $mood }/5
motivation-reason-mood-trend = mood fell check-in after check-in, from { $from } to { $mood }/5
motivation-reason-unanswered = no reply to { $count } check-ins or reminders
motivation-reason-silence = no contact for { $days } days
motivation-reason-missed-meeting = { $count ->
    [one] missed the meeting on { $date }
   *[other] missed { $count } meetings, the last on { $date }
}
motivation-reason-overdue-step = { $count ->
    [one] a plan step is overdue
   *[other] { $count } plan steps are overdue
}
motivation-reason-help = asked for help with a plan step
motivation-reason-discouraged = wrote discouraged words
motivation-reason-request = asked to talk to you
motivation-reason-crisis = wrote words that may mean a crisis
motivation-reason-crisis-unanswered = may be in crisis: did not say within { $minutes } minutes whether they are safe
motivation-reason-other = another sign ({ $count })
motivation-button-ack = I will contact them
motivation-button-message = Send a message
motivation-button-book = Book a meeting
motivation-button-not-needed = Not needed
motivation-escalation-gone = This notice is no longer here.
motivation-learner-will-contact = Your counsellor { $counsellor } will contact you soon. You can also write to me any time.
motivation-learner-will-contact-someone = Someone from the centre will contact you soon. You can also write to me any time.
motivation-crisis-confirm =
    I want to be sure you are safe. Are you in danger now, or thinking of hurting yourself or someone else?
    If you are in danger now, call 112.
motivation-crisis-yes = Yes, I need help now
motivation-crisis-no = No, I am safe
motivation-crisis-help =
    Please call 112 now if you or someone else is in danger.
    You can talk to someone at the MIELI Crisis Helpline: 09 2525 0111 (any time).
    I have told your counsellor. They will contact you as soon as they can.
motivation-crisis-safe = Thank you for telling me. If you feel bad, write to me. You can also call the MIELI Crisis Helpline: 09 2525 0111.

## Check-ins (learners)

check-in-mood = How is it going with your plan?
check-in-mood-1 = 😞 Very bad
check-in-mood-2 = 🙁 Bad
check-in-mood-3 = 😐 So-so
check-in-mood-4 = 🙂 Good
check-in-mood-5 = 😄 Very good
check-in-hardest = What is hardest right now? Choose one or more, then press Done.
option-hardest-language = Language
option-hardest-money = Money
option-hardest-health = Health
option-hardest-family = Family
option-hardest-childcare = Childcare
option-hardest-next_step = I do not know the next step
option-hardest-other = Something else
check-in-note = Do you want to tell your counsellor something? Write one line, or press Skip.
check-in-thanks = Thank you! Good to hear. You can tell me how you are any time with /mood.
check-in-thanks-low = Thank you for telling me. If you want to talk to your counsellor, press the button.
check-in-note-to-counsellor =
    💬 { $name } checked in (mood { $mood }/5) and wrote:
    { $text }

## "Talk to my counsellor"

motivation-button-counsellor = Talk to my counsellor
motivation-request-sent = I have told your counsellor { $counsellor }. They will contact you soon.
motivation-request-sent-someone = I have told the centre. Someone will contact you soon.

## Counsellors: /escalations and the notice's buttons

motivation-escalations-head = Learners who may need you now:
motivation-escalations-none = No open notices. Good!
motivation-acknowledged = Thank you. { $name } will hear that you will contact them.
motivation-not-needed-thanks = Noted: not needed for { $name }. This helps us make the notices better.
motivation-already-handled = Someone already answered this notice about { $name }.
motivation-message-ask = Write your message to { $name }. I will send it to them.
motivation-message-to-learner =
    💬 A message from your counsellor { $counsellor }:
    { $text }
motivation-message-sent = Sent to { $name }.
motivation-book-how = To meet { $name }, send them a message with a time. Or ask them to book a meeting in Polku.

## /mydata

mydata-motivation = Times you told me how you are: { $check_ins }. Signs I noticed (for example a low mood or a missed meeting): { $signals }. Times I told your counsellor: { $escalations }.
## "Ask my counsellor": a question Polku cannot answer, relayed both ways

ask-not-understood =
    I cannot answer that myself. Maybe one of these helps:
    /plan – your plan
    /appointments – your meetings
    /help – everything I can do
    Or I can send your question to your counsellor.
ask-counsellor-button = Ask my counsellor
ask-sent = I sent your question to { $counsellor }. You will get the answer here, in this chat.
ask-nobody = Sorry, I could not send your question. You have no counsellor in Polku right now. Please contact the centre's office.
ask-notice = <b>{ $name }</b> asks: { $text }
ask-answer-button = Answer
ask-answer-ask = Write your answer to { $name }. I will send it in Polku.
ask-answer-sent = I sent your answer to { $name }.
ask-answer-gone = I could not send your answer. This learner is no longer yours, or they left Polku.
ask-answer-to-learner = Your counsellor { $counsellor } answers: { $text }
## Choosing when the weekly check-in comes (/checkin, or the button under the check-in).
check-in-when-button = 🕒 Choose when I ask this
check-in-when-day = I ask you how it is going with your plan. On which day do you want this question? Now I ask { $current }.
check-in-when-default-rhythm = about once a week, with no fixed day
check-in-when-chosen = on { $day } at { $time }
check-in-weekday = { $day ->
    [0] Monday
    [1] Tuesday
    [2] Wednesday
    [3] Thursday
    [4] Friday
    [5] Saturday
   *[6] Sunday
}
check-in-when-default = No fixed day, about once a week
check-in-when-hour = At what time on { $day }?
check-in-when-hour-button = { $time }
check-in-when-saved = Done. I will ask how it is going every week on { $day } at { $time }. You can change this with /checkin.
check-in-when-saved-default = Done. I will ask how it is going about once a week, with no fixed day. You can change this with /checkin.
