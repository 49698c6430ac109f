## Motivation: escalation notices to counsellors, the kind message to the learner, crisis replies.

motivation-notice =
    { $head }
    { $name } · score { $score }
    Why: { $reasons }
    Next plan step: { $step }
    Next meeting: { $meeting }
motivation-head-score = ⚠️ A learner may need you.
motivation-head-request = 🙋 A learner asks to talk to you.
motivation-head-crisis = 🚨 URGENT: a learner wrote words that may mean a crisis. Please contact them now.
motivation-head-forwarded = ⏰ Nobody has answered this notice yet. Can you help?
motivation-notice-step = { $type } (due { $due })
motivation-notice-no-date = no date
motivation-notice-meeting = { $when }
motivation-notice-none = none
motivation-reason-low-mood = mood { $mood }/5 { $count ->
    [one] once
   *[other] { $count } times in a row
}
motivation-reason-mood-drop = mood fell from about { $average } to { $mood }/5
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
motivation-reason-other = another sign ({ $count })
motivation-button-ack = I'll contact them
motivation-button-message = Send a message
motivation-button-book = Book a meeting
motivation-button-not-needed = Not needed
motivation-escalation-gone = This notice is no longer here.
motivation-learner-will-contact = Your counsellor { $counsellor } will contact you soon. You can also write to me any time.
motivation-learner-will-contact-someone = Someone from the centre will contact you soon. You can also write to me any time.
motivation-crisis-confirm = I want to be sure you are safe. Are you in danger now, or thinking of hurting yourself or someone else?
motivation-crisis-yes = Yes, I need help now
motivation-crisis-no = No, I am safe
motivation-crisis-help =
    Please call 112 now if you or someone else is in danger.
    You can talk to someone at the MIELI Crisis Helpline: 09 2525 0111 (any time).
    I have told your counsellor. They will contact you as soon as they can.
motivation-crisis-safe = Thank you for telling me. If things get hard, write to me, or call the MIELI Crisis Helpline: 09 2525 0111.
