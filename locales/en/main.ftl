# Polku — English. The source language: every other locale follows these keys.
# Writing rules: locales/README.md. Plain words, short sentences, one idea per sentence.

## The language itself

# The language's own name, in its own script (shown in the language picker).
language-name = English
language-first = Which language do you want me to use? You can change it later with /language.
language-choose = Choose your language.
language-set = OK. I will write to you in English.

language-settings =
    Choose your language.

    Your second language: { $second }. If a message is missing in your language, you get it in your second language.
language-second-none = none
language-second-button = Second language
language-second-choose = Choose a second language. I use it when a message is missing in your language.
language-second-nothing = No second language
language-second-set = OK. Your second language is now { $second }.
language-second-removed = OK. You have no second language now.
language-practice-on = Practise Finnish
language-practice-off = Stop Finnish practice
practice-started = Finnish practice is on. You get every message also in easy Finnish. Type /suomi to stop.
practice-stopped = Finnish practice is off. Type /suomi to start it again.
practice-finnish = I already write to you in Finnish. To practise, choose another language with /language first.
# The heading above the Finnish text under each message, in Finnish practice.
practice-in-finnish = In Finnish:
mydata-reading =
    Second language: { $second }.
    Finnish practice: { $practice ->
        [on] on
       *[off] off
    }.

## Starting and invites

start-no-invite =
    Hello! I am Polku, the assistant of the Skills Centre for Migrants.
    To start, you need an invite link from your counsellor. Ask your counsellor for the link. Then open the link on this phone.
start-invite-invalid = This invite link does not work. Check that you have the whole link. Or ask your counsellor for a new link.
start-invite-expired = This invite link is too old. Please ask your counsellor for a new link.
start-invite-used = Someone has already used this invite link. Please ask your counsellor for a new link.
start-already-joined = You have already joined, { $name }. You do not need a new invite.
start-welcome-back = Hello again, { $name }!
start-welcome-learner =
    Welcome, { $name }! I am Polku.
    I help you follow your plan at the Skills Centre. I remind you of important dates. I also help you reach your counsellor.
start-welcome-counsellor =
    Welcome, { $name }! You are now a career counsellor in Polku.
    You can invite your learners with /invite. I will tell you when they join and when they need your help.
start-welcome-coordinator =
    Welcome, { $name }! You are now a coordinator in Polku.
    You can invite career counsellors and coordinators with /invite.

## Help, one text for each role

help-visitor =
    I am Polku, the assistant of the Skills Centre for Migrants.
    To use me, you need an invite link from your counsellor.
    /language – choose your language
help-learner =
    What you can do:
    /plan – see your plan and mark steps done
    /book – book a meeting with your counsellor
    /appointments – see, move or cancel your meetings
    /mood – tell how it is going
    /counsellor – ask your counsellor to contact you
    /intake – answer the first questions again
    /profile – see and change your answers
    /mydata – see what Polku keeps about you
    /forget – delete your data
    /cancel – stop the questions
    /language – change the language
    /help – show this list
help-counsellor =
    What you can do:
    /learners – see your learners and their plans
    /appointments – see and cancel your meetings
    /escalations – learners who may need you now
    /invite – make an invite link for a new learner
    /cancel – stop adding a step
    /language – change the language
    /help – show this message
help-coordinator =
    What you can do:
    /invite – make an invite link for a career counsellor or a coordinator
    /staff – end or restore access of staff, move learners, set backup counsellors
    /campaign – send reminders to groups of learners, see previews and reports
    /escalations – open notices about learners
    /language – change the language
    /help – show this message

## The command menu (short, plain text, no formatting)

command-start = Start
command-help = Help
command-language = Change the language
command-suomi = Practise Finnish: messages also in Finnish
command-invite = Make an invite link
command-intake = Answer the first questions
command-profile = See and change your answers
command-mydata = See your data
command-forget = Delete your data
command-cancel = Stop the questions
command-learners = Your learners and their plans
command-plan = Your plan
command-book = Book a meeting
command-appointments = Your meetings
command-mood = Tell how you are
command-checkin = Choose when I ask how you are
command-counsellor = Talk to your counsellor
command-escalations = Learners who may need you

## Making invites

invite-choose-role = Who do you want to invite?
invite-role-counsellor = A career counsellor
invite-role-coordinator = A coordinator
invite-created-learner =
    Here is an invite link for one new learner. Send it only to that person. It works once, until { $expires }.

    { $link }
invite-created-counsellor =
    Here is an invite link for one career counsellor. Send it only to that person. It works once, until { $expires }.

    { $link }
invite-created-coordinator =
    Here is an invite link for one coordinator. Send it only to that person. It works once, until { $expires }.

    { $link }

## Notices to staff (sent through the outbox)

notice-learner-joined = <b>{ $name }</b> joined Polku with your invite. They are now one of your learners.
notice-staff-joined =
    <b>{ $name }</b> joined Polku as { $role ->
        [coordinator] a coordinator
       *[counsellor] a career counsellor
    }.

## Input that Polku does not take

input-text = Sorry, I did not understand. Type /help to see what I can do.
input-long-text = Your message is too long for me. Please write a shorter message.
input-media = I can only read text. Please write your message.
input-private-data = Thank you, but I do not need your location or contacts. I did not save them.
input-edited = I can only read new messages, not changes. Please send your message again.
input-unknown-command = I do not know this command. Type /help to see what I can do.
input-slow-down = You are sending many messages very fast. Please wait a moment, then write again. I did not read the last ones.

## Errors

error-generic = Sorry, something went wrong on my side. Please try again in a moment.
error-not-allowed = Sorry, you cannot do this.
error-stale-button = This button does not work any more.
