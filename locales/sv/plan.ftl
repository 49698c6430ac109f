# Polku — svenska: personal plans and their reminders.

## Step types: a short name, and a plain explanation for the learner

step-type-language_course = Kurs i finska
step-type-language_course-about = En kurs i finska hjälper dig i vardagen och i arbetet. Din handledare hjälper dig att hitta en kurs som passar dig.
step-type-vocational_application = Ansökan till yrkesskola
step-type-vocational_application-about = I en yrkesskola lär du dig ett yrke. Du ansöker med en blankett, oftast på nätet. Din handledare kan hjälpa dig att fylla i den.
step-type-cv = CV
step-type-cv-about = Ett CV är ett kort papper om dina studier, ditt arbete och dina kunskaper. Arbetsgivare läser det när du söker ett jobb.
step-type-job_application = Jobbansökan
step-type-job_application-about = Du söker ett jobb. Du skickar ditt CV och ett kort brev, eller så fyller du i en blankett.
step-type-employment_office = Besök på arbetskraftsbyrån
step-type-employment_office-about = På arbetskraftsbyrån pratar du om hur du söker jobb och om din plan.
step-type-work_tryout = Arbetsprövning
step-type-work_tryout-about = I en arbetsprövning arbetar du en tid på en arbetsplats. Du lär dig och ser om jobbet passar dig.
step-type-social_worker = Möte med en socialarbetare
step-type-social_worker-about = En socialarbetare hjälper dig med pengar, bostad, familj och andra saker i livet.
step-type-health_check = Hälsokontroll
step-type-health_check-about = En sjukskötare eller en läkare kontrollerar din hälsa. Det hjälper oss att planera dina studier och ditt arbete.
step-type-document = Dokument som du ska ta med
step-type-document-about = Ta med det här dokumentet. Om du inte har det, säg det till din handledare.
step-type-counsellor_meeting = Möte med din handledare
step-type-counsellor_meeting-about = Du träffar din handledare och pratar om din plan.
step-type-other = Annan uppgift
step-type-other-about = Din handledare berättar vad du ska göra.

## Steps in a list

plan-line-todo = { $number }. <b>{ $type }</b> – { $due }{ $details }
plan-line-done = { $number }. ✅ <s>{ $type }</s> – { $due }
plan-line-skipped = { $number }. ➖ <s>{ $type }</s> – { $due }
plan-no-date = inget datum
plan-place = {"\u000A"}   📍 { $place }
plan-note = {"\u000A"}   📝 { $note }
plan-no-path = ingen väg än
plan-no-next = inga öppna steg

## The learner's plan

plan-learner-view =
    <b>Din plan</b> ({ $path })

    { $lines }
    { $meeting }

    När du har gjort ett steg, tryck på stegets knapp.
plan-learner-empty = Din handledare gör fortfarande din plan. Jag säger till när den är klar.
plan-learner-not-accepted = Du har ingen plan i Polku, eftersom Kompetenscentret för invandrare inte kunde ta emot dig. Om något av dina svar var fel, skriv /intake och börja om.
plan-done-button = ✅ { $number }. { $type }: klart
# A short note on the button (plain text).
plan-done-thanks = Bra jobbat! Din handledare ser det.
plan-done-well-done = Bra jobbat!
plan-ready =
    Din handledare har bekräftat din plan: { $count ->
        [one] ett steg
       *[other] { $count } steg
    }. Det första är <b>{ $first }</b> ({ $due }). Skriv /plan för att se planen. Jag påminner dig före varje steg.
plan-need-help = Jag behöver hjälp
plan-help-sent = Jag berättade för din handledare att du behöver hjälp. Din handledare kontaktar dig.
plan-help-already-sent = Din handledare vet redan att du behöver hjälp. Din handledare kontaktar dig.
plan-help-nobody = Förlåt, jag kunde inte berätta det för någon. Du har ingen handledare i Polku just nu. Kontakta centrets kansli.

## Reminders

reminder-step =
    { $days ->
        [0] <b>I dag:</b> { $type }
        [1] <b>I morgon:</b> { $type }
       *[other] <b>Om { $days } dagar:</b> { $type }
    }
    🗓 { $due }{ $details }
reminder-overdue =
    <b>{ $type }</b> skulle vara klart { $due }. Hur går det?
    Om du har gjort det, tryck på Klart. Om något är svårt, tryck på ”Jag behöver hjälp”.{ $details }

## Counsellors: learners and plans

learners-list =
    <b>Dina studerande</b>

    { $lines }
learners-line = <b>{ $name }</b> · { $path } · nästa: { $next } · senast aktiv: { $seen }
learners-none = Du har inga studerande än. Bjud in en studerande med /invite.
learners-button = { $name }
plan-counsellor-view =
    <b>Plan för { $name }</b> ({ $path }){ $status ->
        [unconfirmed] {"\u000A"}Det här är ett förslag. Den studerande ser planen när du bekräftar den.
       *[confirmed] {""}
    }

    { $lines }
    { $meeting }
plan-counsellor-empty =
    <b>Plan för { $name }</b> ({ $path })
    Planen har inga steg än.
    { $meeting }
plan-step-button = { $number }. { $type }
plan-add = ➕ Lägg till ett steg
plan-confirm = ✔️ Bekräfta planen
plan-confirmed-told = Planen är bekräftad. Jag har berättat det för { $name }.
plan-open = Öppna planen
plan-step-menu =
    { $name }:
    { $line }
plan-mark-done = ✅ Klart
plan-mark-todo = ↩️ Inte klart
plan-skip = ➖ Hoppa över
plan-up = ⬆️ Upp
plan-down = ⬇️ Ner
plan-change-date = 🗓 Ändra datumet
plan-remove = 🗑 Ta bort
plan-remove-yes = 🗑 Ja, ta bort steget
plan-remove-confirm = Vill du ta bort det här steget? { $line }
plan-back-to-plan = ← Tillbaka till planen
plan-add-type = Vilket slags steg är det?
plan-add-due = När ska steget vara klart? Skriv ett datum, till exempel 31.12.2026. Du kan lägga till en tid, till exempel 31.12.2026 14:30. Om det inte finns något datum, tryck på Hoppa över.
plan-add-place = Var? Skriv en plats eller en länk. Om det inte finns någon plats, tryck på Hoppa över.
plan-add-note = Behöver den studerande veta något mer? Skriv en kort anteckning eller tryck på Hoppa över.
plan-step-added = Jag lade till steget. Den studerande får påminnelser före datumet.
plan-date-changed = Jag ändrade datumet. Påminnelserna följer det nya datumet.
plan-date-removed = Jag tog bort datumet. Det här steget har inga påminnelser nu.
plan-step-added-no-date = Jag lade till steget. Det har inget datum, så det finns inga påminnelser.

## Notices to counsellors

notice-plan-proposed = Jag gjorde ett förslag till plan för <b>{ $name }</b>. Kontrollera förslaget och bekräfta det, eller ändra det.
notice-steps-done =
    Dina studerande har markerat de här stegen som klara:
    { $lines }
notice-step-done-line = ✅ <b>{ $name }</b>: { $type }
notice-needs-help = <b>{ $name }</b> behöver hjälp med det här steget: { $type }. Kontakta personen.
