# Polku — svenska (Swedish): the dialogue engine's common words and the intake.
# Translated from locales/en/intake.ftl: same message ids. Writing rules: locales/README.md.
# Terms: intake (questions) = startfrågorna, career counsellor = handledare,
# Skills Centre (for Migrants) = Kompetenscentret (för invandrare), work path = arbetsvägen,
# education path = utbildningsvägen, meetings = möten, data = uppgifter,
# employment office = arbetskraftsbyrån. Button names in the text match the buttons:
# Done = Klar, Skip = Hoppa över.

## Buttons and answers that every question shares

dialogue-yes = Ja
dialogue-no = Nej
dialogue-done = Klar
dialogue-skip = Hoppa över
dialogue-back = ← Tillbaka
dialogue-continue = Fortsätt
dialogue-no-answer = –
# A question once answered: its text, then the answer (the buttons are gone).
dialogue-answered =
    { $question }

    ✅ { $answer }
dialogue-use-buttons = Svara med en av knapparna.
dialogue-invalid-empty = Jag fick inget svar. Försök igen.
dialogue-invalid-long = Svaret är för långt för den här frågan. Skriv ett kort svar.
dialogue-invalid-text = Svara med ord, inte bara med tecken.
dialogue-invalid-number = Skriv ett tal med siffror, till exempel 3.
dialogue-invalid-year = Skriv ett år med fyra siffror, till exempel 1990.
dialogue-invalid-date = Skriv ett datum så här: 31.12.2026.
dialogue-invalid-date-past = Det datumet har redan varit. Skriv dagens datum eller ett senare datum, så här: 31.12.2026.
dialogue-past-date-confirm = Datumet { $date } har redan varit. Vill du behålla det?
dialogue-past-keep = Ja, behåll det
dialogue-past-change = Nej, jag skriver ett annat
# A short note on the button (plain text).
dialogue-choose-one = Välj minst ett svar och tryck sedan på Klar.
dialogue-reminder = Du har inte svarat på alla frågor än. Vill du fortsätta? Det tar bara några minuter.
dialogue-nothing-waiting = Det finns ingen öppen fråga nu. Skriv /help så ser du vad du kan göra.
dialogue-cancelled = Okej, vi slutade. Jag ändrade ingenting.
dialogue-cancelled-intake = Okej, vi slutade. Du kan börja igen med /intake.
dialogue-nothing-to-cancel = Det finns inget att sluta med nu.

## Consent

intake-consent =
    Innan vi börjar: jag ställer några frågor om ditt liv, dina studier och ditt arbete. Då kan din handledare planera tillsammans med dig.

    • Jag förvarar dina svar säkert. Bara din handledare och Kompetenscentret kan se dem.
    • Du kan när som helst se dina svar med /mydata och radera dem med /forget.

    Är det okej?
option-consent-accepted = Ja, det är okej
option-consent-later = Inte nu
intake-consent-declined = Det är okej. Jag sparade ingenting. Skriv /intake när du är redo.

## The questions

intake-preferred-name = Vilket namn vill du att jag använder?
intake-birth-year = Vilket år är du född? Till exempel: 1990
intake-municipality = Var bor du?
option-municipality = { $name }
option-municipality-elsewhere = Någon annanstans
intake-residence-permit = Har du uppehållstillstånd i Finland?
option-residence_permit-yes = Ja
option-residence_permit-in_process = Jag har ansökt
option-residence_permit-no = Nej
intake-job-seeker = Har du anmält dig som arbetslös arbetssökande?
option-job_seeker-yes = Ja
option-job_seeker-no = Nej
option-job_seeker-not_sure = Jag vet inte säkert
intake-languages-spoken = Vilka språk talar du? Välj alla och tryck sedan på Klar.
option-languages_spoken-fi = finska
option-languages_spoken-sv = svenska
option-languages_spoken-en = engelska
option-languages_spoken-ar = arabiska
option-languages_spoken-so = somaliska
option-languages_spoken-ru = ryska
option-languages_spoken-uk = ukrainska
option-languages_spoken-fa = persiska
option-languages_spoken-et = estniska
option-languages_spoken-zh = kinesiska
option-languages_spoken-vi = vietnamesiska
option-languages_spoken-tr = turkiska
option-languages_spoken-other = ett annat språk
intake-finnish-level = Hur bra talar du finska?
intake-swedish-level = Hur bra talar du svenska?
intake-english-level = Hur bra talar du engelska?
option-level-none = Inte alls
option-level-a_little = Några ord
option-level-basics = Enkla saker
option-level-good = Vardagliga saker
option-level-very_good = Bra
option-level-fluent = Mycket bra
intake-education = Vilken är din högsta utbildning?
option-education-none = Ingen skola
option-education-basic = Grundskola
option-education-secondary = Gymnasium
option-education-vocational = Yrkesskola
option-education-university = Universitet eller högskola
intake-education-country = I vilket land studerade du?
intake-work-fields = Vilket arbete har du gjort? Till exempel: städning, matlagning, körning. Om du inte har arbetat, tryck på Hoppa över.
intake-work-years = Hur många år har du arbetat? Skriv antalet med siffror.
intake-goal = Vad vill du göra först?
option-goal-work_soon = Arbeta snart
option-goal-study_first = Studera först
option-goal-not_sure = Jag vet inte säkert
intake-interests = Vilket arbete är du intresserad av? Välj alla och tryck sedan på Klar.
option-interests-cleaning = Städning och fastighetsskötsel
option-interests-restaurant = Restaurang och kök
option-interests-care = Vård och hälsa
option-interests-construction = Byggande
option-interests-logistics = Transport och lager
option-interests-it = Datorer och IT
option-interests-retail = Butik och försäljning
option-interests-beauty = Frisör och skönhet
option-interests-other = Något annat
intake-support-needs = Behöver du hjälp med något av det här? Välj alla och tryck sedan på Klar.
option-support_needs-childcare = Barnomsorg
option-support_needs-health = Hälsa
option-support_needs-money = Pengar
option-support_needs-housing = Bostad
option-support_needs-family = Familj
option-support_needs-none = Jag behöver ingen hjälp
intake-meeting-times = När kan du komma på möten? Välj alla och tryck sedan på Klar.
option-meeting_times-mornings = På förmiddagen
option-meeting_times-afternoons = På eftermiddagen

## Answers that do not fit

intake-invalid-letters = Skriv med bokstäver.
intake-invalid-too-long = Skriv ett kortare svar, högst { $limit } tecken.
intake-invalid-name = Skriv bara namnet som du vill att jag använder, till exempel: Amal.
intake-invalid-birth-year = Skriv året när du är född, mellan { $first } och { $last }.
intake-invalid-work-years = Skriv antalet år, från 0 till 60.

## Summary and corrections

intake-summary =
    Här är dina svar. Kontrollera dem.

    <b>Namn:</b> { $name }
    <b>Födelseår:</b> { $birth_year }
    <b>Hemort:</b> { $municipality }
    <b>Uppehållstillstånd:</b> { $permit }
    <b>Anmäld som arbetssökande:</b> { $job_seeker }
    <b>Språk:</b> { $languages }
    <b>Finska:</b> { $finnish } · <b>Svenska:</b> { $swedish } · <b>Engelska:</b> { $english }
    <b>Utbildning:</b> { $education } ({ $country })
    <b>Arbete:</b> { $work } ({ $years })
    <b>Första mål:</b> { $goal }
    <b>Intressen:</b> { $interests }
    <b>Behöver hjälp med:</b> { $support }
    <b>Möten:</b> { $times }

    Stämmer allt?
option-summary-confirm = Ja, allt stämmer
option-summary-change = Jag vill ändra något
intake-pick-change = Vad vill du ändra?
slot-preferred_name = Namn
slot-birth_year = Födelseår
slot-municipality = Hemort
slot-residence_permit = Uppehållstillstånd
slot-job_seeker = Arbetssökande
slot-languages_spoken = Språk
slot-finnish_level = Finska
slot-swedish_level = Svenska
slot-english_level = Engelska
slot-education = Utbildning
slot-work_fields = Arbete
slot-goal = Första mål
slot-interests = Intressen
slot-support_needs = Behöver hjälp med
slot-meeting_times = Möten

## Eligibility

# One message when someone cannot be accepted: what the centre needs and why, whether the
# counsellor knows, where else to turn, and how to correct or start again.
intake-refused-too-young =
    Tack för dina svar. Jag är ledsen, men Kompetenscentret för invandrare kan inte ta emot dig nu. Centret är för vuxna som är 18 år eller äldre. Utbildningen och arbetsprövningen där är gjorda för vuxna.
    { $told ->
        [yes] Jag har berättat det för din handledare.
       *[no] Berätta det för centrets kansli.
    }
    Arbetskraftsbyrån kan berätta om andra tjänster. Du kan också fråga på International House Helsinki eller på din kommuns infopunkt.
    Om ditt svar var fel, tryck på knappen. Skriv /intake om du vill börja om.
intake-refused-outside-area =
    Tack för dina svar. Jag är ledsen, men Kompetenscentret för invandrare kan inte ta emot dig nu. Centret är för personer som bor i dess område. Kommunerna i området betalar för centret.
    { $told ->
        [yes] Jag har berättat det för din handledare.
       *[no] Berätta det för centrets kansli.
    }
    Arbetskraftsbyrån kan berätta om tjänsterna där du bor. Du kan också fråga på International House Helsinki eller på din kommuns infopunkt.
    Om ditt svar var fel, tryck på knappen. Skriv /intake om du vill börja om.
intake-refused-no-permit =
    Tack för dina svar. Jag är ledsen, men Kompetenscentret för invandrare kan inte ta emot dig nu. Du behöver ha ett uppehållstillstånd eller ha ansökt om ett. Du behöver det för att studera och arbeta i Finland.
    { $told ->
        [yes] Jag har berättat det för din handledare.
       *[no] Berätta det för centrets kansli.
    }
    Migrationsverket (Migri) kan berätta om uppehållstillstånd. Du kan också fråga på International House Helsinki eller på din kommuns infopunkt.
    Om ditt svar var fel, tryck på knappen. Skriv /intake om du vill börja om.
intake-refused-not-job-seeker =
    Tack för dina svar. Jag är ledsen, men Kompetenscentret för invandrare kan inte ta emot dig nu. Centret är för arbetslösa arbetssökande. Centret hjälper dem att få arbete eller en utbildning för ett arbete.
    { $told ->
        [yes] Jag har berättat det för din handledare.
       *[no] Berätta det för centrets kansli.
    }
    Blir du arbetslös, eller vill du anmäla dig som arbetssökande? Då kan arbetskraftsbyrån hjälpa dig. Skriv sedan /intake och börja om.
    Om ditt svar var fel, tryck på knappen.
intake-refused-pressed-wrong = Jag tryckte på fel knapp
intake-refused-typed-wrong = Jag skrev fel år

## The proposal

intake-done = Tack! Jag sparade dina svar. Din handledare kommer att se dem.
intake-path-work_first = Mitt förslag: <b>arbetsvägen</b>. Du söker arbete snart, och du får stöd.
intake-path-education_first = Mitt förslag: <b>utbildningsvägen</b>. Först studerar du, sedan söker du arbete.
path-reason-goal-study = • Du vill studera först.
path-reason-goal-work = • Du vill arbeta snart.
path-reason-language = • Du talar redan ett språk som du kan använda i arbetet.
path-reason-language-first = • Om du först lär dig finska blir det lättare att få arbete.
path-reason-work-after = • Efter det leder vägen till arbete, som du vill.
path-reason-skills = • Du har utbildning eller arbetserfarenhet.
path-reason-training = • En utbildning ger dig kunskaper som arbetsgivare söker.
intake-next-steps = Din handledare pratar med dig om det här. Ni gör din plan tillsammans. Du kan se dina svar med /profile.
path-work_first = arbetsvägen
path-education_first = utbildningsvägen

## Notices to the counsellor

notice-intake-done =
    <b>{ $name }</b> har svarat på startfrågorna.
    Vill bli kallad: { $preferred }
    Föreslagen väg: <b>{ $path }</b> (orsaker: { $reasons })
    Första mål: { $goal } · Finska: { $finnish }
    Behöver hjälp med: { $support }
    Möten: { $times }
# Why the path was proposed, for the counsellor (joined into one sentence).
notice-reason-goal-study = vill studera först
notice-reason-goal-work = vill arbeta snart
notice-reason-language = talar redan ett språk som används i arbetet
notice-reason-language-first = behöver lära sig finska först
notice-reason-work-after = vill arbeta när hen har lärt sig finska
notice-reason-skills = har utbildning eller arbetserfarenhet
notice-reason-training = skulle få nya kunskaper av en utbildning
notice-intake-not-eligible = Centret kan inte ta emot <b>{ $name }</b>: { $rules }. Polku sparade inte svaren. Du kan kontakta personen om du vill.
# Which rule, for the counsellor (joined into one sentence).
notice-eligibility-too-young = yngre än 18 år
notice-eligibility-outside-area = bor utanför centrets område
notice-eligibility-no-permit = har inget uppehållstillstånd
notice-eligibility-not-job-seeker = är inte arbetslös arbetssökande
notice-learner-left = En av dina studerande raderade sina uppgifter i Polku och slutade. Personen finns inte längre på din lista.

## The learner's own data

profile-empty = Du har inte svarat på startfrågorna än. Skriv /intake för att börja.
profile-answers =
    <b>Dina svar</b>

    <b>Namn:</b> { $name }
    <b>Födelseår:</b> { $birth_year }
    <b>Hemort:</b> { $municipality }
    <b>Uppehållstillstånd:</b> { $permit }
    <b>Anmäld som arbetssökande:</b> { $job_seeker }
    <b>Språk:</b> { $languages }
    <b>Finska:</b> { $finnish } · <b>Svenska:</b> { $swedish } · <b>Engelska:</b> { $english }
    <b>Utbildning:</b> { $education } ({ $country })
    <b>Arbete:</b> { $work } ({ $years })
    <b>Första mål:</b> { $goal }
    <b>Intressen:</b> { $interests }
    <b>Behöver hjälp med:</b> { $support }
    <b>Möten:</b> { $times }
    <b>Föreslagen väg:</b> { $path }

    { $change ->
        [buttons] Tryck på en knapp för att ändra ett svar.
       *[command] Skriv /profile för att ändra ett svar.
    }
mydata-person =
    <b>Det här sparar Polku om dig</b>
    Namn i Telegram: { $name }
    Språk: { $language }
    Började använda Polku: { $joined }
    Din handledare: { $counsellor }
mydata-consent = Du sa ja till startfrågorna { $when }.
mydata-in-progress =
    Du har börjat svara på startfrågorna. { $count ->
        [one] Ett svar väntar tills du är klar.
       *[other] { $count } svar väntar tills du är klar.
    }
mydata-how-to-forget = Skriv /forget om du vill radera allt det här.
forget-confirm = Vill du att jag raderar alla dina uppgifter? Jag berättar för din handledare att du slutade. Du kan inte ångra det.
forget-yes = Ja, radera allt
forget-no = Nej, behåll dem
forget-kept = Okej. Jag raderade ingenting.
forget-expired = Den här frågan är gammal, så jag raderade ingenting. Skriv /forget igen om du vill att jag raderar dina uppgifter.
forget-done = Jag raderade dina uppgifter. Tack för att du använde Polku. Om du vill komma tillbaka, be din handledare om en ny inbjudningslänk.

## Language detection

# $language is a language name from option-languages_spoken-*, for example "arabiska".
language-offer = Det ser ut som att du skrev på { $language }. Vill du att jag skriver till dig på det språket?
# Shown in the offered language itself (the button's own language).
language-switch = Ja, byt språk
language-keep = Nej, behåll det här språket
# A short note on the button (plain text).
language-kept = Okej, jag behåller det här språket.
