# Polku — English: the dialogue engine's common words and the intake.

## Buttons and answers that every question shares

dialogue-yes = Yes
dialogue-no = No
dialogue-done = Done
dialogue-skip = Skip
dialogue-back = ← Back
dialogue-continue = Continue
dialogue-no-answer = –
# A question once answered: its text, then the answer (the buttons are gone).
dialogue-answered =
    { $question }

    ✅ { $answer }
dialogue-use-buttons = Please answer with one of the buttons.
dialogue-invalid-empty = I did not get an answer. Please try again.
dialogue-invalid-long = That is too long for this question. Please write a short answer.
dialogue-invalid-text = Please answer with words, not only symbols.
dialogue-invalid-number = Please write a number, for example 3.
dialogue-invalid-year = Please write a year with four numbers, for example 1990.
dialogue-invalid-date = Please write a date like this: 31.12.2026.
dialogue-invalid-date-past = That date has already passed. Please write today's date or a later one, like this: 31.12.2026.
dialogue-past-date-confirm = { $date } has already passed. Do you want to keep this date?
dialogue-past-keep = Yes, keep it
dialogue-past-change = No, I will write another date
# A short note on the button (plain text).
dialogue-choose-one = Choose at least one, then press Done.
dialogue-reminder = You have not finished your answers yet. Do you want to continue? It takes only a few minutes.
dialogue-nothing-waiting = There is no open question now. Type /help to see what you can do.
dialogue-cancelled = OK, we stopped. I did not change anything.
dialogue-cancelled-intake = OK, we stopped. You can start again with /intake.
dialogue-nothing-to-cancel = There is nothing to stop now.

## Consent

intake-consent =
    Before we start: I will ask you some questions about your life, studies and work. Your answers help your counsellor plan with you.

    • I keep your answers safe. Only your counsellor and the Skills Centre can see them.
    • You can see your answers with /mydata at any time. You can delete them with /forget.

    Is this OK?
option-consent-accepted = Yes, that is OK
option-consent-later = Not now
intake-consent-declined = That is OK. I did not save anything. When you are ready, type /intake.

## The questions

intake-preferred-name = What name do you want me to use?
intake-birth-year = In which year were you born? For example: 1990
intake-municipality = Where do you live?
option-municipality = { $name }
option-municipality-elsewhere = Somewhere else
intake-residence-permit = Do you have a residence permit in Finland?
option-residence_permit-yes = Yes
option-residence_permit-in_process = I have applied
option-residence_permit-no = No
intake-job-seeker = Have you registered as an unemployed job seeker?
option-job_seeker-yes = Yes
option-job_seeker-no = No
option-job_seeker-not_sure = I am not sure
intake-languages-spoken = Which languages do you speak? Choose all, then press Done.
option-languages_spoken-fi = Finnish
option-languages_spoken-sv = Swedish
option-languages_spoken-en = English
option-languages_spoken-ar = Arabic
option-languages_spoken-so = Somali
option-languages_spoken-ru = Russian
option-languages_spoken-uk = Ukrainian
option-languages_spoken-fa = Persian
option-languages_spoken-et = Estonian
option-languages_spoken-zh = Chinese
option-languages_spoken-vi = Vietnamese
option-languages_spoken-tr = Turkish
option-languages_spoken-other = Another language
intake-finnish-level = How well do you speak Finnish?
intake-swedish-level = How well do you speak Swedish?
intake-english-level = How well do you speak English?
option-level-none = Not at all
option-level-a_little = A few words
option-level-basics = Simple things
option-level-good = Everyday things
option-level-very_good = Well
option-level-fluent = Very well
intake-education = What is your highest education?
option-education-none = No school
option-education-basic = Basic school
option-education-secondary = Upper secondary school
option-education-vocational = Vocational school
option-education-university = University
intake-education-country = In which country did you study?
intake-work-fields = What work have you done? For example: cleaning, cooking, driving. If you have not worked, press Skip.
intake-work-years = For how many years have you worked? Write a number.
intake-goal = What do you want to do first?
option-goal-work_soon = Work soon
option-goal-study_first = Study first
option-goal-not_sure = I am not sure
intake-interests = What kind of work interests you? Choose all, then press Done.
option-interests-cleaning = Cleaning and property care
option-interests-restaurant = Restaurant and kitchen
option-interests-care = Care and health
option-interests-construction = Building
option-interests-logistics = Transport and storage
option-interests-it = Computers and IT
option-interests-retail = Shop and sales
option-interests-beauty = Hair and beauty
option-interests-other = Something else
intake-support-needs = Do you need help with any of these? Choose all, then press Done.
option-support_needs-childcare = Childcare
option-support_needs-health = Health
option-support_needs-money = Money
option-support_needs-housing = Housing
option-support_needs-family = Family
option-support_needs-none = No help needed
intake-meeting-times = When can you come to meetings? Choose all, then press Done.
option-meeting_times-mornings = Mornings
option-meeting_times-afternoons = Afternoons

## Answers that do not fit

intake-invalid-letters = Please write it with letters.
intake-invalid-too-long = Please write a shorter answer, at most { $limit } characters.
intake-invalid-name = Please write only the name you want me to use, for example: Amal.
intake-invalid-birth-year = Please write your year of birth, between { $first } and { $last }.
intake-invalid-work-years = Please write the number of years, from 0 to 60.

## Summary and corrections

intake-summary =
    Here are your answers. Please check them.

    <b>Name:</b> { $name }
    <b>Year of birth:</b> { $birth_year }
    <b>Home town:</b> { $municipality }
    <b>Residence permit:</b> { $permit }
    <b>Registered job seeker:</b> { $job_seeker }
    <b>Languages:</b> { $languages }
    <b>Finnish:</b> { $finnish } · <b>Swedish:</b> { $swedish } · <b>English:</b> { $english }
    <b>Education:</b> { $education } ({ $country })
    <b>Work:</b> { $work } ({ $years })
    <b>First goal:</b> { $goal }
    <b>Interests:</b> { $interests }
    <b>Help needed with:</b> { $support }
    <b>Meetings:</b> { $times }

    Is everything right?
option-summary-confirm = Yes, everything is right
option-summary-change = I want to change something
intake-pick-change = What do you want to change?
slot-preferred_name = Name
slot-birth_year = Year of birth
slot-municipality = Home town
slot-residence_permit = Residence permit
slot-job_seeker = Job seeker
slot-languages_spoken = Languages
slot-finnish_level = Finnish
slot-swedish_level = Swedish
slot-english_level = English
slot-education = Education
slot-work_fields = Work
slot-goal = First goal
slot-interests = Interests
slot-support_needs = Help needed
slot-meeting_times = Meetings

## Eligibility

# One message when someone cannot be accepted: what the centre needs and why, whether the
# counsellor knows, where else to turn, and how to correct or start again.
intake-refused-too-young =
    Thank you for your answers. I am sorry: you cannot join the Skills Centre for Migrants now. The centre is for adults, 18 years or older. Its training and work try-outs are for adults.
    { $told ->
        [yes] I told your counsellor about this.
       *[no] Please tell the centre's office about this.
    }
    Your employment office can tell you about other services. You can also ask at International House Helsinki. Or ask at the info point of your town.
    Was your answer wrong? Then press the button. To start again, type /intake.
intake-refused-outside-area =
    Thank you for your answers. I am sorry: you cannot join the Skills Centre for Migrants now. The centre is for people who live in its area. The towns of the area pay for it.
    { $told ->
        [yes] I told your counsellor about this.
       *[no] Please tell the centre's office about this.
    }
    Your employment office can tell you about the services where you live. You can also ask at International House Helsinki. Or ask at the info point of your town.
    Was your answer wrong? Then press the button. To start again, type /intake.
intake-refused-no-permit =
    Thank you for your answers. I am sorry: you cannot join the Skills Centre for Migrants now. You need a residence permit, or you need to have applied for one. You need it to study and work in Finland.
    { $told ->
        [yes] I told your counsellor about this.
       *[no] Please tell the centre's office about this.
    }
    The Finnish Immigration Service (Migri) can tell you about a residence permit. You can also ask at International House Helsinki. Or ask at the info point of your town.
    Was your answer wrong? Then press the button. To start again, type /intake.
intake-refused-not-job-seeker =
    Thank you for your answers. I am sorry: you cannot join the Skills Centre for Migrants now. The centre is for unemployed job seekers. It helps people find work, or training for work.
    { $told ->
        [yes] I told your counsellor about this.
       *[no] Please tell the centre's office about this.
    }
    If you lose your job, your employment office can help. It can also help you register as a job seeker. Then type /intake to start again.
    Was your answer wrong? Then press the button.
intake-refused-pressed-wrong = I pressed the wrong button
intake-refused-typed-wrong = I typed the wrong year

## The proposal

intake-done = Thank you! I saved your answers. Your counsellor will see them.
intake-path-work_first = My proposal: the <b>work path</b>. You look for work soon, with support.
intake-path-education_first = My proposal: the <b>education path</b>. You study first, then look for work.
path-reason-goal-study = • You want to study first.
path-reason-goal-work = • You want to work soon.
path-reason-language = • You already speak a language that you can use at work.
path-reason-language-first = • Learning Finnish first will help you get a job.
path-reason-work-after = • After that, the path leads to work, as you want.
path-reason-skills = • You have education or work experience.
path-reason-training = • Training gives you skills that employers need.
intake-next-steps = Your counsellor will talk about this with you. Together you make your plan. You can see your answers with /profile.
path-work_first = work path
path-education_first = education path

## Notices to the counsellor

notice-intake-done =
    <b>{ $name }</b> answered the first questions.
    Preferred name: { $preferred }
    Proposed path: <b>{ $path }</b> (reasons: { $reasons })
    First goal: { $goal } · Finnish: { $finnish }
    Help needed with: { $support }
    Meetings: { $times }
# Why the path was proposed, for the counsellor (joined into one sentence).
notice-reason-goal-study = wants to study first
notice-reason-goal-work = wants to work soon
notice-reason-language = already speaks a language used at work
notice-reason-language-first = needs Finnish first
notice-reason-work-after = wants to work, after learning Finnish
notice-reason-skills = has education or work experience
notice-reason-training = would gain skills from training
notice-intake-not-eligible = The centre cannot accept <b>{ $name }</b>. The reason: { $rules }. Polku did not keep their answers. You may want to contact them.
# Which rule, for the counsellor (joined into one sentence).
notice-eligibility-too-young = younger than 18
notice-eligibility-outside-area = lives outside the centre's area
notice-eligibility-no-permit = has no residence permit
notice-eligibility-not-job-seeker = is not an unemployed job seeker
notice-learner-left = One of your learners deleted their data from Polku and left. They are no longer on your list.

## The learner's own data

profile-empty = You have not answered the first questions yet. Type /intake to start.
profile-answers =
    <b>Your answers</b>

    <b>Name:</b> { $name }
    <b>Year of birth:</b> { $birth_year }
    <b>Home town:</b> { $municipality }
    <b>Residence permit:</b> { $permit }
    <b>Registered job seeker:</b> { $job_seeker }
    <b>Languages:</b> { $languages }
    <b>Finnish:</b> { $finnish } · <b>Swedish:</b> { $swedish } · <b>English:</b> { $english }
    <b>Education:</b> { $education } ({ $country })
    <b>Work:</b> { $work } ({ $years })
    <b>First goal:</b> { $goal }
    <b>Interests:</b> { $interests }
    <b>Help needed with:</b> { $support }
    <b>Meetings:</b> { $times }
    <b>Proposed path:</b> { $path }

    { $change ->
        [buttons] To change an answer, press its button.
       *[command] To change an answer, type /profile.
    }
mydata-person =
    <b>What Polku keeps about you</b>
    Name from Telegram: { $name }
    Language: { $language }
    Joined: { $joined }
    Your counsellor: { $counsellor }
mydata-consent = You said yes to the first questions on { $when }.
mydata-in-progress = You have started the first questions. { $count ->
        [one] One answer waits until you finish.
       *[other] { $count } answers wait until you finish.
    }
mydata-how-to-forget = To delete all of this, type /forget.
forget-confirm = Do you want me to delete all your data? I will tell your counsellor that you left. You cannot undo this.
forget-yes = Yes, delete everything
forget-no = No, keep it
forget-kept = OK. I did not delete anything.
forget-expired = This question is old, so I did not delete anything. If you want me to delete your data, type /forget again.
forget-done = I deleted your data. Thank you for using Polku. If you want to come back, ask your counsellor for a new invite link.

## Language detection

language-offer = It looks like you wrote in { $language }. Do you want me to write to you in that language?
# Shown in the offered language itself (the button's own language).
language-switch = Yes, change the language
language-keep = No, keep this language
# A short note on the button (plain text).
language-kept = OK, I keep this language.
