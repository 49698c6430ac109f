# Polku — eesti keel: personal plans and their reminders.

## Step types: a short name, and a plain explanation for the learner

step-type-language_course = Soome keele kursus
step-type-language_course-about = Soome keele kursus aitab teid igapäevaelus ja tööl. Teie nõustaja aitab teil leida sobiva kursuse.
step-type-vocational_application = Avaldus kutsekooli
step-type-vocational_application-about = Kutsekoolis õpite ametit. Kandideerimiseks täidate avalduse, tavaliselt internetis. Teie nõustaja saab teid avalduse täitmisel aidata.
step-type-cv = CV
step-type-cv-about = CV on lühike dokument teie õpingute, töö ja oskuste kohta. Tööandjad loevad seda, kui te kandideerite tööle.
step-type-job_application = Tööle kandideerimine
step-type-job_application-about = Te kandideerite tööle. Saadate oma CV ja lühikese kirja või täidate ankeedi.
step-type-employment_office = Tööhõivebüroo külastus
step-type-employment_office-about = Tööhõivebüroos räägite oma tööotsingust ja oma plaanist.
step-type-work_tryout = Tööproov
step-type-work_tryout-about = Tööproovi ajal töötate mõnda aega ühes töökohas. Te õpite ja näete, kas see töö sobib teile.
step-type-social_worker = Kohtumine sotsiaaltöötajaga
step-type-social_worker-about = Sotsiaaltöötaja aitab raha, eluaseme, pere ja muude eluliste asjadega.
step-type-health_check = Tervisekontroll
step-type-health_check-about = Õde või arst kontrollib teie tervist. See aitab teie õpinguid ja tööd plaanida.
step-type-document = Dokument, mis tuleb kaasa võtta
step-type-document-about = Võtke see dokument kaasa. Kui teil seda ei ole, öelge oma nõustajale.
step-type-counsellor_meeting = Kohtumine nõustajaga
step-type-counsellor_meeting-about = Te kohtute oma nõustajaga ja räägite oma plaanist.
step-type-other = Muu ülesanne
step-type-other-about = Teie nõustaja ütleb, mida teha.

## Steps in a list

plan-line-todo = { $number }. <b>{ $type }</b> – { $due }{ $details }
plan-line-done = { $number }. ✅ <s>{ $type }</s> – { $due }
plan-line-skipped = { $number }. ➖ <s>{ $type }</s> – { $due }
plan-no-date = kuupäev puudub
plan-place = {"\u000A"}   📍 { $place }
plan-note = {"\u000A"}   📝 { $note }
plan-no-path = teed veel ei ole
plan-no-next = avatud samme ei ole

## The learner's plan

plan-learner-view =
    <b>Teie plaan</b> ({ $path })

    { $lines }
    { $meeting }

    Kui olete sammu teinud, vajutage selle sammu nuppu.
plan-learner-empty = Teie nõustaja teeb teie plaani veel valmis. Annan teada, kui plaan on valmis.
plan-learner-not-accepted = Teil ei ole Polkus plaani, sest Sisserändajate oskuste keskus ei saanud teid vastu võtta. Kui mõni teie vastus oli vale, kirjutage /intake ja alustage uuesti.
plan-done-button = ✅ { $number }. { $type }: tehtud
# A short note on the button (plain text).
plan-done-thanks = Väga hea! Teie nõustaja näeb seda.
plan-done-well-done = Väga hea!
plan-ready =
    Teie nõustaja kinnitas teie plaani: { $count ->
        [one] üks samm
       *[other] { $count } sammu
    }. Esimene samm on <b>{ $first }</b> ({ $due }). Plaani nägemiseks kirjutage /plan. Tuletan teile enne iga sammu meelde.
plan-need-help = Vajan abi
plan-help-sent = Andsin teie nõustajale teada, et vajate abi. Nõustaja võtab teiega ühendust.
plan-help-already-sent = Teie nõustaja juba teab, et vajate abi. Nõustaja võtab teiega ühendust.
plan-help-nobody = Vabandust, ma ei saanud kellelegi teada anda. Teil ei ole praegu Polkus nõustajat. Palun võtke ühendust keskuse kantseleiga.

## Reminders

reminder-step =
    { $days ->
        [0] <b>Täna:</b> { $type }
        [1] <b>Homme:</b> { $type }
       *[other] <b>{ $days } päeva pärast:</b> { $type }
    }
    🗓 { $due }{ $details }
reminder-overdue =
    <b>{ $type }</b> – tähtaeg oli { $due }. Kuidas läheb?
    Kui olete selle teinud, vajutage Tehtud. Kui midagi on raske, vajutage „Vajan abi”.{ $details }

## Counsellors: learners and plans

learners-list =
    <b>Teie õppijad</b>

    { $lines }
learners-line = <b>{ $name }</b> · { $path } · järgmine: { $next } · viimati nähtud: { $seen }
learners-none = Teil ei ole veel õppijaid. Kutsuge õppija käsuga /invite.
learners-button = { $name }
plan-counsellor-view =
    <b>Plaan: { $name }</b> ({ $path }){ $status ->
        [unconfirmed] {"\u000A"}See on ettepanek. Õppija näeb plaani, kui te selle kinnitate.
       *[confirmed] {""}
    }

    { $lines }
    { $meeting }
plan-counsellor-empty =
    <b>Plaan: { $name }</b> ({ $path })
    Plaanis ei ole veel samme.
    { $meeting }
plan-step-button = { $number }. { $type }
plan-add = ➕ Lisa samm
plan-confirm = ✔️ Kinnita plaan
plan-confirmed-told = Plaan on kinnitatud. Andsin õppijale teada: { $name }.
plan-open = Ava plaan
plan-step-menu =
    { $name }:
    { $line }
plan-mark-done = ✅ Tehtud
plan-mark-todo = ↩️ Ei ole tehtud
plan-skip = ➖ Jäta vahele
plan-up = ⬆️ Üles
plan-down = ⬇️ Alla
plan-change-date = 🗓 Muuda kuupäeva
plan-remove = 🗑 Eemalda
plan-remove-yes = 🗑 Jah, eemalda
plan-remove-confirm = Kas eemaldan selle sammu? { $line }
plan-back-to-plan = ← Tagasi plaani juurde
plan-add-type = Mis liiki samm see on?
plan-add-due = Mis on tähtaeg? Kirjutage kuupäev, näiteks 31.12.2026. Võite lisada ka kellaaja, näiteks 31.12.2026 14:30. Kui kuupäeva ei ole, vajutage Jäta vahele.
plan-add-place = Kus? Kirjutage koht või link. Kui kohta ei ole, vajutage Jäta vahele.
plan-add-note = Kas õppija peaks veel midagi teadma? Kirjutage lühike märkus või vajutage Jäta vahele.
plan-step-added = Lisasin sammu. Õppija saab enne tähtaega meeldetuletusi.
plan-date-changed = Muutsin kuupäeva. Meeldetuletused tulevad uue kuupäeva järgi.
plan-date-removed = Eemaldasin kuupäeva. Sellel sammul ei ole nüüd meeldetuletusi.
plan-step-added-no-date = Lisasin sammu. Sellel ei ole kuupäeva, seega meeldetuletusi ei tule.

## Notices to counsellors

notice-plan-proposed = Tegin esialgse plaani. Õppija: <b>{ $name }</b>. Palun kontrollige ja kinnitage plaan või muutke seda.
notice-steps-done =
    Teie õppijad märkisid samme tehtuks:
    { $lines }
notice-step-done-line = ✅ <b>{ $name }</b>: { $type }
notice-needs-help = <b>{ $name }</b> vajab abi selle sammuga: { $type }. Palun võtke temaga ühendust.
