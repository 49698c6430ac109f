## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = Saada õppijate rühmadele meeldetuletusi

# The coordinator's own text, in the learner's language (or the fallback language).
campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 Vaigista need sõnumid
campaign-muted = Te ei saa enam neid rühmasõnumeid. Meeldetuletused teie plaani ja kohtumiste kohta tulevad edasi.
campaign-answer-thanks = Aitäh, salvestasin teie vastuse.

campaign-list =
    Teie kampaaniad:
    { $lines }
campaign-list-line = { $id }. { $name } ({ $status })
campaign-list-empty = Kampaaniaid veel ei ole. Looge kampaania käsureal: polku campaign create FILE.yml
campaign-button-show = Kampaania { $id }
campaign-button-send = Saada
campaign-button-confirm = Jah, saada
campaign-button-cancel = Tühista kampaania

campaign-preview =
    Kampaania { $id }: { $name } ({ $status })
    Õppijaid: { $count }
    { $languages }
    { $fallback } saavad teksti keeles: { $fallback_language }. Nende oma keeles teksti ei ole.
    Vaigistanud: { $muted }. Boti blokeerinud: { $blocked }.
campaign-preview-language = { $language }: { $count } (asenduskeel: { $fallback })
campaign-example =
    Näide, keel: { $language }
    { $text }
campaign-confirm = Kas saadan selle kampaania { $count } õppijale?
campaign-scheduled = Saadan kampaaniat „{ $name }” praegu. Kui olen lõpetanud, saate aruande.
campaign-cancelled =
    Tühistasin kampaania „{ $name }”. { $count ->
        [one] { $count } sõnum jääb saatmata.
       *[other] { $count } sõnumit jääb saatmata.
    }

campaign-report =
    Aruanne: { $name }
    Õppijaid: { $audience }
    Saadetud: { $sent }. Ebaõnnestus: { $failed }. Blokeeritud: { $blocked }. Vaigistatud: { $muted }. Ootel: { $pending }.
    { $languages }
    Vastused:
    { $answers }
campaign-report-language = { $language }: saadetud { $sent } / { $total }
campaign-report-answer = Nupp { $number }: { $count }
campaign-report-no-answers = Vastuseid veel ei ole.

campaign-error = Te ei saa seda kampaaniat praegu muuta.
campaign-error-not_draft = Keegi on selle kampaania juba saatnud või tühistanud.
campaign-error-finished = See kampaania on lõppenud.
