# Polku — eesti keel (Estonian): the dialogue engine's common words and the intake.
# Translated from locales/en/intake.ftl: same message ids. Writing rules: locales/README.md.
# The reader is "teie" (lowercase "te"); buttons use the short imperative, as in other apps.
# Terms: intake (questions) = algküsimused, career counsellor = nõustaja,
# Skills Centre (for Migrants) = (Sisserändajate) oskuste keskus, work path = töö tee,
# education path = õppimise tee, meetings = kohtumised, data = andmed,
# employment office = tööhõivebüroo. Button names in the text match the buttons:
# Done = Valmis, Skip = Jäta vahele.

## Buttons and answers that every question shares

dialogue-yes = Jah
dialogue-no = Ei
dialogue-done = Valmis
dialogue-skip = Jäta vahele
dialogue-back = ← Tagasi
dialogue-continue = Jätka
dialogue-no-answer = –
# A question once answered: its text, then the answer (the buttons are gone).
dialogue-answered =
    { $question }

    ✅ { $answer }
dialogue-use-buttons = Palun vastake ühe nupuga.
dialogue-invalid-empty = Ma ei saanud vastust. Palun proovige uuesti.
dialogue-invalid-long = See vastus on selle küsimuse jaoks liiga pikk. Palun kirjutage lühike vastus.
dialogue-invalid-text = Palun vastake sõnadega, mitte ainult märkidega.
dialogue-invalid-number = Palun kirjutage arv, näiteks 3.
dialogue-invalid-year = Palun kirjutage aasta nelja numbriga, näiteks 1990.
dialogue-invalid-date = Palun kirjutage kuupäev nii: 31.12.2026.
dialogue-invalid-date-past = See kuupäev on juba möödas. Palun kirjutage tänane või hilisem kuupäev, näiteks nii: 31.12.2026.
dialogue-past-date-confirm = Kuupäev { $date } on juba möödas. Kas jätate selle kuupäeva alles?
dialogue-past-keep = Jah, jäta alles
dialogue-past-change = Ei, kirjutan teise
# A short note on the button (plain text).
dialogue-choose-one = Valige vähemalt üks ja vajutage siis Valmis.
dialogue-reminder = Te ei ole veel kõigile küsimustele vastanud. Kas soovite jätkata? See võtab ainult mõne minuti.
dialogue-nothing-waiting = Praegu ei ole avatud küsimust. Kirjutage /help, siis näete, mida saate teha.
dialogue-cancelled = Hästi, lõpetasime. Ma ei muutnud midagi.
dialogue-cancelled-intake = Hästi, lõpetasime. Saate uuesti alustada käsuga /intake.
dialogue-nothing-to-cancel = Praegu ei ole midagi lõpetada.

## Consent

intake-consent =
    Enne kui alustame: ma küsin teilt mõned küsimused teie elu, õpingute ja töö kohta. Nii saab teie nõustaja koos teiega plaani teha.

    • Hoian teie vastuseid turvaliselt. Neid näevad ainult teie nõustaja ja oskuste keskus.
    • Oma vastuseid näete igal ajal käsuga /mydata. Kustutada saate need käsuga /forget.

    Kas see sobib?
option-consent-accepted = Jah, see sobib
option-consent-later = Mitte praegu
intake-consent-declined = See on korras. Ma ei salvestanud midagi. Kui olete valmis, kirjutage /intake.

## The questions

intake-preferred-name = Mis nimega ma teid kutsun?
intake-birth-year = Mis aastal te sündisite? Näiteks: 1990
intake-municipality = Kus te elate?
option-municipality = { $name }
option-municipality-elsewhere = Mujal
intake-residence-permit = Kas teil on Soomes elamisluba?
option-residence_permit-yes = Jah
option-residence_permit-in_process = Olen taotlenud
option-residence_permit-no = Ei
intake-job-seeker = Kas te olete end registreerinud töötu tööotsijana?
option-job_seeker-yes = Jah
option-job_seeker-no = Ei
option-job_seeker-not_sure = Ma ei ole kindel
intake-languages-spoken = Mis keeli te räägite? Valige kõik ja vajutage siis Valmis.
option-languages_spoken-fi = soome keel
option-languages_spoken-sv = rootsi keel
option-languages_spoken-en = inglise keel
option-languages_spoken-ar = araabia keel
option-languages_spoken-so = somaali keel
option-languages_spoken-ru = vene keel
option-languages_spoken-uk = ukraina keel
option-languages_spoken-fa = pärsia keel
option-languages_spoken-et = eesti keel
option-languages_spoken-zh = hiina keel
option-languages_spoken-vi = vietnami keel
option-languages_spoken-tr = türgi keel
option-languages_spoken-other = muu keel
intake-finnish-level = Kui hästi te räägite soome keelt?
intake-swedish-level = Kui hästi te räägite rootsi keelt?
intake-english-level = Kui hästi te räägite inglise keelt?
option-level-none = Üldse mitte
option-level-a_little = Mõni sõna
option-level-basics = Lihtsaid asju
option-level-good = Igapäevaseid asju
option-level-very_good = Hästi
option-level-fluent = Väga hästi
intake-education = Mis on teie kõrgeim haridus?
option-education-none = Ei ole koolis käinud
option-education-basic = Põhikool
option-education-secondary = Gümnaasium
option-education-vocational = Kutsekool
option-education-university = Ülikool
intake-education-country = Mis riigis te õppisite?
intake-work-fields = Mis tööd te olete teinud? Näiteks: koristamine, toiduvalmistamine, autojuhtimine. Kui te ei ole töötanud, vajutage Jäta vahele.
intake-work-years = Mitu aastat te olete töötanud? Kirjutage arv.
intake-goal = Mida te soovite kõigepealt teha?
option-goal-work_soon = Varsti tööle minna
option-goal-study_first = Kõigepealt õppida
option-goal-not_sure = Ma ei ole kindel
intake-interests = Milline töö teid huvitab? Valige kõik ja vajutage siis Valmis.
option-interests-cleaning = Koristamine ja kinnisvara hooldus
option-interests-restaurant = Restoran ja köök
option-interests-care = Hooldus ja tervis
option-interests-construction = Ehitus
option-interests-logistics = Transport ja ladu
option-interests-it = Arvutid ja IT
option-interests-retail = Pood ja müük
option-interests-beauty = Juuksur ja ilu
option-interests-other = Midagi muud
intake-support-needs = Kas vajate abi mõnes neist asjadest? Valige kõik ja vajutage siis Valmis.
option-support_needs-childcare = Lapsehoid
option-support_needs-health = Tervis
option-support_needs-money = Raha
option-support_needs-housing = Eluase
option-support_needs-family = Pere
option-support_needs-none = Ma ei vaja abi
intake-meeting-times = Millal te saate kohtumistele tulla? Valige kõik ja vajutage siis Valmis.
option-meeting_times-mornings = Hommikuti
option-meeting_times-afternoons = Pärastlõunati

## Answers that do not fit

intake-invalid-letters = Palun kirjutage tähtedega.
intake-invalid-too-long = Palun kirjutage lühem vastus, kõige rohkem { $limit } märki.
intake-invalid-name = Palun kirjutage ainult nimi, mida ma võin kasutada, näiteks: Amal.
intake-invalid-birth-year = Palun kirjutage oma sünniaasta. See peab olema vahemikus { $first } kuni { $last }.
intake-invalid-work-years = Palun kirjutage aastate arv, 0 kuni 60.

## Summary and corrections

intake-summary =
    Siin on teie vastused. Palun kontrollige neid.

    <b>Nimi:</b> { $name }
    <b>Sünniaasta:</b> { $birth_year }
    <b>Kodukoht:</b> { $municipality }
    <b>Elamisluba:</b> { $permit }
    <b>Registreeritud tööotsija:</b> { $job_seeker }
    <b>Keeled:</b> { $languages }
    <b>Soome keel:</b> { $finnish } · <b>Rootsi keel:</b> { $swedish } · <b>Inglise keel:</b> { $english }
    <b>Haridus:</b> { $education } ({ $country })
    <b>Töö:</b> { $work } ({ $years })
    <b>Esimene eesmärk:</b> { $goal }
    <b>Huvid:</b> { $interests }
    <b>Abi on vaja:</b> { $support }
    <b>Kohtumised:</b> { $times }

    Kas kõik on õige?
option-summary-confirm = Jah, kõik on õige
option-summary-change = Tahan midagi muuta
intake-pick-change = Mida te soovite muuta?
slot-preferred_name = Nimi
slot-birth_year = Sünniaasta
slot-municipality = Kodukoht
slot-residence_permit = Elamisluba
slot-job_seeker = Tööotsija
slot-languages_spoken = Keeled
slot-finnish_level = Soome keel
slot-swedish_level = Rootsi keel
slot-english_level = Inglise keel
slot-education = Haridus
slot-work_fields = Töö
slot-goal = Esimene eesmärk
slot-interests = Huvid
slot-support_needs = Abi on vaja
slot-meeting_times = Kohtumised

## Eligibility

# One message when someone cannot be accepted: what the centre needs and why, whether the
# counsellor knows, where else to turn, and how to correct or start again.
intake-refused-too-young =
    Aitäh vastuste eest. Mul on kahju: Sisserändajate oskuste keskus ei saa teid praegu vastu võtta. Keskus on täiskasvanutele, kes on 18-aastased või vanemad. Keskuse koolitused ja tööproovid on tehtud täiskasvanutele.
    { $told ->
        [yes] Ma andsin teie nõustajale teada.
       *[no] Palun andke sellest teada keskuse kantseleile.
    }
    Teie tööhõivebüroo oskab rääkida teistest teenustest. Võite küsida ka International House Helsinkis või oma linna infopunktis.
    Kui teie vastus oli vale, vajutage nuppu. Uuesti alustamiseks kirjutage /intake.
intake-refused-outside-area =
    Aitäh vastuste eest. Mul on kahju: Sisserändajate oskuste keskus ei saa teid praegu vastu võtta. Keskus on inimestele, kes elavad selle piirkonnas. Keskuse eest maksavad piirkonna linnad.
    { $told ->
        [yes] Ma andsin teie nõustajale teada.
       *[no] Palun andke sellest teada keskuse kantseleile.
    }
    Teie tööhõivebüroo oskab rääkida teenustest seal, kus te elate. Võite küsida ka International House Helsinkis või oma linna infopunktis.
    Kui teie vastus oli vale, vajutage nuppu. Uuesti alustamiseks kirjutage /intake.
intake-refused-no-permit =
    Aitäh vastuste eest. Mul on kahju: Sisserändajate oskuste keskus ei saa teid praegu vastu võtta. Teil peab olema elamisluba või te peate olema seda juba taotlenud. Elamisluba on vaja, et Soomes õppida ja töötada.
    { $told ->
        [yes] Ma andsin teie nõustajale teada.
       *[no] Palun andke sellest teada keskuse kantseleile.
    }
    Soome Migratsiooniamet (Migri) oskab rääkida elamisloast. Võite küsida ka International House Helsinkis või oma linna infopunktis.
    Kui teie vastus oli vale, vajutage nuppu. Uuesti alustamiseks kirjutage /intake.
intake-refused-not-job-seeker =
    Aitäh vastuste eest. Mul on kahju: Sisserändajate oskuste keskus ei saa teid praegu vastu võtta. Keskus on töötutele tööotsijatele. Keskus aitab inimesi tööle või tööks vajalikku koolitusse.
    { $told ->
        [yes] Ma andsin teie nõustajale teada.
       *[no] Palun andke sellest teada keskuse kantseleile.
    }
    Kui kaotate töö või soovite end tööotsijaks registreerida, aitab teid tööhõivebüroo. Siis kirjutage uuesti /intake.
    Kui teie vastus oli vale, vajutage nuppu.
intake-refused-pressed-wrong = Vajutasin vale nuppu
intake-refused-typed-wrong = Kirjutasin vale aasta

## The proposal

intake-done = Aitäh! Salvestasin teie vastused. Teie nõustaja näeb neid.
intake-path-work_first = Minu ettepanek: <b>töö tee</b>. Te hakkate varsti tööd otsima ja saate selleks tuge.
intake-path-education_first = Minu ettepanek: <b>õppimise tee</b>. Kõigepealt te õpite, siis otsite tööd.
path-reason-goal-study = • Te soovite kõigepealt õppida.
path-reason-goal-work = • Te soovite varsti tööle minna.
path-reason-language = • Te räägite juba keelt, mida saate tööl kasutada.
path-reason-language-first = • Kui õpite kõigepealt soome keelt, on teil lihtsam tööd leida.
path-reason-work-after = • Pärast seda viib tee tööle, nagu te soovite.
path-reason-skills = • Teil on haridus või töökogemus.
path-reason-training = • Koolitus annab teile oskusi, mida tööandjad otsivad.
intake-next-steps = Teie nõustaja räägib sellest teiega. Te teete oma plaani koos. Oma vastuseid näete käsuga /profile.
path-work_first = töö tee
path-education_first = õppimise tee

## Notices to the counsellor

notice-intake-done =
    <b>{ $name }</b> vastas algküsimustele.
    Soovib, et teda kutsutakse: { $preferred }
    Pakutud tee: <b>{ $path }</b> (põhjused: { $reasons })
    Esimene eesmärk: { $goal } · Soome keel: { $finnish }
    Vajab abi: { $support }
    Kohtumised: { $times }
# Why the path was proposed, for the counsellor (joined into one sentence).
notice-reason-goal-study = soovib kõigepealt õppida
notice-reason-goal-work = soovib varsti tööle minna
notice-reason-language = räägib juba keelt, mida kasutatakse tööl
notice-reason-language-first = vajab kõigepealt soome keelt
notice-reason-work-after = soovib pärast soome keele õppimist tööle minna
notice-reason-skills = tal on haridus või töökogemus
notice-reason-training = saaks koolitusest uusi oskusi
notice-intake-not-eligible = <b>{ $name }</b>: keskus ei saa teda vastu võtta ({ $rules }). Polku ei salvestanud vastuseid. Võite temaga ühendust võtta.
# Which rule, for the counsellor (joined into one sentence).
notice-eligibility-too-young = noorem kui 18
notice-eligibility-outside-area = elab väljaspool keskuse piirkonda
notice-eligibility-no-permit = elamisluba ei ole
notice-eligibility-not-job-seeker = ei ole töötu tööotsija
notice-learner-left = Üks teie õppijatest kustutas oma andmed Polkust ja lahkus. Teda ei ole enam teie nimekirjas.

## The learner's own data

profile-empty = Te ei ole veel algküsimustele vastanud. Alustamiseks kirjutage /intake.
profile-answers =
    <b>Teie vastused</b>

    <b>Nimi:</b> { $name }
    <b>Sünniaasta:</b> { $birth_year }
    <b>Kodukoht:</b> { $municipality }
    <b>Elamisluba:</b> { $permit }
    <b>Registreeritud tööotsija:</b> { $job_seeker }
    <b>Keeled:</b> { $languages }
    <b>Soome keel:</b> { $finnish } · <b>Rootsi keel:</b> { $swedish } · <b>Inglise keel:</b> { $english }
    <b>Haridus:</b> { $education } ({ $country })
    <b>Töö:</b> { $work } ({ $years })
    <b>Esimene eesmärk:</b> { $goal }
    <b>Huvid:</b> { $interests }
    <b>Abi on vaja:</b> { $support }
    <b>Kohtumised:</b> { $times }
    <b>Pakutud tee:</b> { $path }

    { $change ->
        [buttons] Vastuse muutmiseks vajutage selle nuppu.
       *[command] Vastuse muutmiseks kirjutage /profile.
    }
mydata-person =
    <b>Mida Polku teie kohta hoiab</b>
    Nimi Telegramis: { $name }
    Keel: { $language }
    Liitusite: { $joined }
    Teie nõustaja: { $counsellor }
mydata-consent = Te nõustusite algküsimustega. Aeg: { $when }
mydata-in-progress =
    Te olete algküsimustele vastamist alustanud. { $count ->
        [one] Üks vastus ootab, kuni te lõpetate.
       *[other] { $count } vastust ootab, kuni te lõpetate.
    }
mydata-how-to-forget = Kõige selle kustutamiseks kirjutage /forget.
forget-confirm = Kas te soovite, et ma kustutan kõik teie andmed? Ütlen teie nõustajale, et te lahkusite. Te ei saa seda tagasi võtta.
forget-yes = Jah, kustuta kõik
forget-no = Ei, jäta alles
forget-kept = Hästi. Ma ei kustutanud midagi.
forget-expired = See küsimus on vana, seega ma ei kustutanud midagi. Kui soovite, et ma kustutan teie andmed, kirjutage uuesti /forget.
forget-done = Kustutasin teie andmed. Aitäh, et kasutasite Polkut. Kui soovite tagasi tulla, küsige oma nõustajalt uus kutselink.

## Language detection

# $language is a language name from option-languages_spoken-*, for example "araabia keel".
language-offer = Tundub, et te kirjutasite selles keeles: { $language }. Kas soovite, et ma kirjutan teile edaspidi selles keeles?
# Shown in the offered language itself (the button's own language).
language-switch = Jah, muuda keelt
language-keep = Ei, jäta see keel
# A short note on the button (plain text).
language-kept = Hästi, jätan selle keele.
