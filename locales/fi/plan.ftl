# Polku — suomi (Finnish): personal plans and their reminders.
# Translated from locales/en/plan.ftl: same message ids. Writing rules: locales/README.md.
# Selkokieli: short sentences, common words, "sinä".
# Terms: plan = suunnitelma, step = vaihe, starter plan = aloitussuunnitelma, proposal = ehdotus,
# reminder = muistutus, due date = päivämäärä, note = lisätieto, learner = opiskelija,
# career counsellor = uraohjaaja, work path = työn polku, education path = koulutuksen polku,
# TE services = työllisyyspalvelut (TE-palvelut). Button names in the text match the buttons:
# Done = Valmis, I need help = Tarvitsen apua, Skip = Ohita (dialogue-skip).
# Dates are typed as 31.12.2026 14.30 (with no "klo": Polku reads "14.30" and "14:30").

## Step types: a short name, and a plain explanation for the learner

step-type-language_course = Suomen kielen kurssi
step-type-language_course-about = Suomen kielen kurssi auttaa sinua arjessa ja työssä. Ohjaajasi auttaa sinua löytämään kurssin, joka sopii sinulle.
step-type-vocational_application = Hakemus ammattikouluun
step-type-vocational_application-about = Ammattikoulussa opit ammatin. Haet kouluun lomakkeella, yleensä internetissä. Ohjaajasi voi auttaa sinua täyttämään lomakkeen.
step-type-cv = CV
step-type-cv-about = CV eli ansioluettelo on lyhyt paperi, jossa kerrot opinnoistasi, työstäsi ja taidoistasi. Työnantajat lukevat sen, kun haet työpaikkaa.
step-type-job_application = Työhakemus
step-type-job_application-about = Haet työpaikkaa. Lähetät CV:si ja lyhyen kirjeen tai täytät lomakkeen.
step-type-employment_office = Käynti työvoimatoimistossa
step-type-employment_office-about = Työvoimatoimistossa puhut työnhaustasi ja suunnitelmastasi.
step-type-work_tryout = Työkokeilu
step-type-work_tryout-about = Työkokeilussa olet jonkin aikaa töissä työpaikalla. Opit uutta ja näet, sopiiko työ sinulle.
step-type-social_worker = Sosiaalityöntekijän tapaaminen
step-type-social_worker-about = Sosiaalityöntekijä auttaa sinua raha-asioissa, asumisessa, perheasioissa ja muissa elämän asioissa.
step-type-health_check = Terveystarkastus
step-type-health_check-about = Hoitaja tai lääkäri tarkistaa terveytesi. Se auttaa tekemään suunnitelman opinnoille ja työlle.
step-type-document = Tuo asiakirja
step-type-document-about = Ota tämä asiakirja mukaan. Jos sinulla ei ole sitä, kerro siitä ohjaajallesi.
step-type-counsellor_meeting = Tapaaminen ohjaajan kanssa
step-type-counsellor_meeting-about = Tapaat ohjaajasi ja puhutte suunnitelmastasi.
step-type-other = Muu tehtävä
step-type-other-about = Ohjaajasi kertoo, mitä sinun pitää tehdä.

## Steps in a list

plan-line-todo = { $number }. <b>{ $type }</b> – { $due }{ $details }
plan-line-done = { $number }. ✅ <s>{ $type }</s> – { $due }
plan-line-skipped = { $number }. ➖ <s>{ $type }</s> – { $due }
plan-no-date = ei päivämäärää
plan-place = {"\u000A"}   📍 { $place }
plan-note = {"\u000A"}   📝 { $note }
plan-no-path = ei vielä polkua
plan-no-next = ei avoimia vaiheita

## The learner's plan

plan-learner-view =
    <b>Suunnitelmasi</b> ({ $path })

    { $lines }
    { $meeting }

    Kun olet tehnyt vaiheen, paina sen painiketta.
plan-learner-empty = Ohjaajasi tekee vielä suunnitelmaasi. Kerron sinulle, kun se on valmis.
plan-learner-not-accepted = Sinulla ei ole suunnitelmaa Polussa. Maahanmuuttajien osaamiskeskus ei voi ottaa sinua mukaan nyt. Oliko jokin vastauksesi väärä? Kirjoita silloin /intake ja aloita alusta.
plan-done-button = ✅ { $number }. { $type }: valmis
# A short note on the button (plain text).
plan-done-thanks = Hienoa! Ohjaajasi näkee sen.
plan-done-well-done = Hienoa!
plan-ready =
    Uraohjaajasi vahvisti suunnitelmasi: { $count ->
        [one] yksi vaihe
       *[other] { $count } vaihetta
    }. Ensimmäinen on <b>{ $first }</b> ({ $due }). Kirjoita /plan, niin näet sen. Muistutan sinua ennen jokaista vaihetta.
plan-need-help = Tarvitsen apua
plan-help-sent = Kerroin ohjaajallesi, että tarvitset apua. Hän ottaa sinuun yhteyttä.
plan-help-already-sent = Ohjaajasi tietää jo, että tarvitset apua. Hän ottaa sinuun yhteyttä.
plan-help-nobody = Olen pahoillani, en voinut kertoa kenellekään. Sinulla ei ole nyt ohjaajaa Polussa. Ota yhteyttä osaamiskeskuksen toimistoon.

## Reminders

reminder-step =
    { $days ->
        [0] <b>Tänään:</b> { $type }
        [1] <b>Huomenna:</b> { $type }
       *[other] <b>{ $days } päivän päästä:</b> { $type }
    }
    🗓 { $due }{ $details }
reminder-overdue =
    <b>{ $type }</b>: päivämäärä oli { $due }. Miten se sujuu?
    Jos olet jo tehnyt sen, paina Valmis-painiketta. Jos jokin on vaikeaa, paina Tarvitsen apua -painiketta.{ $details }

## Counsellors: learners and plans

learners-list =
    <b>Opiskelijasi</b>

    { $lines }
learners-line = <b>{ $name }</b> · { $path } · seuraavaksi: { $next } · viimeksi aktiivinen: { $seen }
learners-none = Sinulla ei ole vielä opiskelijoita. Voit tehdä kutsulinkin opiskelijalle komennolla /invite.
learners-button = { $name }
plan-counsellor-view =
    <b>Suunnitelma: { $name }</b> ({ $path }){ $status ->
        [unconfirmed] {"\u000A"}Tämä on ehdotus. Opiskelija näkee suunnitelman, kun vahvistat sen.
       *[confirmed] {""}
    }

    { $lines }
    { $meeting }
plan-counsellor-empty =
    <b>Suunnitelma: { $name }</b> ({ $path })
    Suunnitelmassa ei ole vielä vaiheita.
    { $meeting }
plan-step-button = { $number }. { $type }
plan-add = ➕ Lisää vaihe
plan-confirm = ✔️ Vahvista suunnitelma
plan-confirmed-told = Vahvistit suunnitelman. Kerroin siitä opiskelijalle { $name }.
plan-open = Avaa suunnitelma
plan-step-menu =
    { $name }:
    { $line }
plan-mark-done = ✅ Valmis
plan-mark-todo = ↩️ Ei valmis
plan-skip = ➖ Ohita
plan-up = ⬆️ Ylös
plan-down = ⬇️ Alas
plan-change-date = 🗓 Muuta päivämäärää
plan-remove = 🗑 Poista
plan-remove-yes = 🗑 Kyllä, poista
plan-remove-confirm = Haluatko poistaa tämän vaiheen? { $line }
plan-back-to-plan = ← Takaisin suunnitelmaan
plan-add-type = Millainen vaihe tämä on?
plan-add-due = Mikä on vaiheen päivämäärä? Kirjoita päivämäärä, esimerkiksi 31.12.2026, tai päivämäärä ja kellonaika, esimerkiksi 31.12.2026 14.30. Jos päivämäärää ei ole, paina Ohita-painiketta.
plan-add-place = Missä? Kirjoita paikka tai linkki. Jos paikka ei ole tarpeen, paina Ohita-painiketta.
plan-add-note = Pitääkö opiskelijan tietää vielä jotain? Kirjoita lyhyt lisätieto tai paina Ohita-painiketta.
plan-step-added = Lisäsin vaiheen. Opiskelija saa muistutuksia ennen päivämäärää.
plan-date-changed = Muutin päivämäärän. Muistutukset tulevat uuden päivämäärän mukaan.
plan-date-removed = Poistin päivämäärän. Tästä vaiheesta ei tule nyt muistutuksia.
plan-step-added-no-date = Lisäsin vaiheen. Sillä ei ole päivämäärää, joten muistutuksia ei tule.

## Notices to counsellors

notice-plan-proposed = Tein aloitussuunnitelman opiskelijalle <b>{ $name }</b>. Tarkista suunnitelma ja vahvista se. Voit myös muuttaa sitä.
notice-steps-done =
    Opiskelijasi merkitsivät nämä vaiheet valmiiksi:
    { $lines }
notice-step-done-line = ✅ <b>{ $name }</b>: { $type }
notice-needs-help = <b>{ $name }</b> tarvitsee apua tässä vaiheessa: { $type }. Ota häneen yhteyttä.
