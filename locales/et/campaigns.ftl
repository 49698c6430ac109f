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
campaign-state-draft = mustand
campaign-state-scheduled = ajastatud
campaign-state-sending = saatmisel
campaign-state-done = saadetud
campaign-state-cancelled = tühistatud
campaign-list-empty = Kampaaniaid veel ei ole. Vajutage „Uus kampaania” või kasutage käsurida: polku campaign create FILE.yml
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
campaign-scheduled = Kampaania „{ $name }” on kinnitatud. Saadan selle teie valitud ajal. Kui olen lõpetanud, saate aruande.
campaign-sending-now = Kampaania „{ $name }” on kinnitatud. Saadan selle kohe. Kui olen lõpetanud, saate aruande.
campaign-cancelled =
    Tühistasin kampaania „{ $name }”. { $count ->
        [one] { $count } sõnum jääb saatmata.
       *[other] { $count } sõnumit jääb saatmata.
    }

# $in_doubt: nothing, or one more line (campaign-report-in-doubt) when some messages
# may have arrived: a request was on its way when something went wrong.
campaign-report =
    Aruanne: { $name }
    Õppijaid: { $audience }
    Saadetud: { $sent }. Ebaõnnestus: { $failed }. Blokeeritud: { $blocked }. Vaigistatud: { $muted }. Ootel: { $pending }.{ $in_doubt }
    { $languages }
    Vastused:
    { $answers }
campaign-report-language = { $language }: saadetud { $sent } / { $total }
campaign-report-answer = Nupp { $number }: { $count }
campaign-report-no-answers = Vastuseid veel ei ole.
campaign-report-in-doubt = {"\u000A"}{ $count ->
        [one] Üks sõnum võis kohale jõuda. Mul oli saatmisel probleem, seega ma ei tea. Ma ei saada seda uuesti.
       *[other] { $count } sõnumit võisid kohale jõuda. Mul oli saatmisel probleem, seega ma ei tea. Ma ei saada neid uuesti.
    }

campaign-error = Te ei saa seda kampaaniat praegu muuta.
campaign-error-not_draft = Keegi on selle kampaania juba saatnud või tühistanud.
campaign-error-finished = See kampaania on lõppenud.
## The guided dialogue: a new campaign (/campaign, "New campaign")

campaign-new-button = ➕ Uus kampaania
campaign-new-name = Uus kampaania. Mis on selle nimi? Nime näevad ainult töötajad.
campaign-new-audience =
    Kes selle saab? Valige filter või vajutage Valmis. Kui filtrit ei ole, saavad selle kõik õppijad.
    Tee: { $path }
    Etapp: { $status }
    Nõustaja: { $counsellor }
    Keel: { $language }
    Plaani samm tegemata: { $step }
    Viimati aktiivne: { $active }
campaign-filter-path = Tee
campaign-filter-status = Etapp
campaign-filter-counsellor = Nõustaja
campaign-filter-language = Keel
campaign-filter-step = Plaani samm tegemata
campaign-filter-active = Viimati aktiivne
campaign-filter-done = ✓ Valmis
campaign-new-path = Millisel teel on õppijad? Valige ja vajutage siis Valmis. „Jäta vahele” eemaldab selle filtri.
campaign-new-status = Millises etapis on õppijad? Valige ja vajutage siis Valmis. „Jäta vahele” eemaldab selle filtri.
campaign-new-counsellor = Millise nõustaja õppijad? Valige ja vajutage siis Valmis. „Jäta vahele” eemaldab selle filtri.
campaign-new-language = Mis keeles õppijad Polkut loevad? Valige ja vajutage siis Valmis. „Jäta vahele” eemaldab selle filtri.
campaign-new-step = Millist plaani sammu ei ole õppijad veel teinud? Valige ja vajutage siis Valmis. „Jäta vahele” eemaldab selle filtri.
campaign-new-active = Millal olid õppijad viimati aktiivsed? „Jäta vahele” eemaldab selle filtri.
campaign-status-new = Liitunud, algküsimused pooleli
campaign-status-intake_done = Algküsimused vastatud
campaign-status-plan_confirmed = Plaan kinnitatud
campaign-option-counsellor = { $name }
campaign-active-active_7 = Aktiivne viimase 7 päeva jooksul
campaign-active-active_30 = Aktiivne viimase 30 päeva jooksul
campaign-active-inactive_14 = Ei ole olnud aktiivne 14 päeva
campaign-active-inactive_30 = Ei ole olnud aktiivne 30 päeva
campaign-new-fallback = Nüüd sõnum. Kõigepealt põhikeel: selle teksti saavad õppijad, kelle keeles teksti ei ole. Mis keel?
campaign-new-text =
    Kirjutage sõnum. Keel: { $language }. Võite kasutada neid sõnu: {"{"}first_name{"}"} (eesnimi), {"{"}counsellor_name{"}"} (nõustaja nimi), {"{"}date{"}"} (tänane kuupäev). Iga õppija näeb oma andmeid.
campaign-new-buttons = Vastusenupud. Keel: { $language }. Selle võite vahele jätta. Kirjutage kuni 3 nupu teksti, iga tekst eraldi reale. Ma loen õppijate vastused kokku.
campaign-new-other-buttons = Samad vastusenupud. Keel: { $language }. Kirjutage iga nupu tekst eraldi reale, samas järjekorras.
campaign-new-more = Kas lisate sõnumi ka teises keeles?
campaign-more-add = ➕ Teine keel
campaign-more-done = ✓ Valmis
campaign-new-other-language = Mis keel?
campaign-new-schedule = Millal ma selle saadan?
campaign-schedule-now = Kohe
campaign-schedule-at = Kindlal päeval ja kellaajal
campaign-schedule-daily = Iga päev
campaign-schedule-weekly = Iga nädal
campaign-new-send-at = Kirjutage kuupäev ja kellaaeg nii: 31.12.2026 14:30.
campaign-new-until = Mis on viimane päev? Kirjutage see nii: 31.1.2027.
campaign-new-too-long = See on liiga pikk: kõige rohkem { $limit } märki.
campaign-new-bad-placeholder = Ma ei tunne üht sõna loogelistes sulgudes. Kasutage {"{"}first_name{"}"} (eesnimi), {"{"}counsellor_name{"}"} (nõustaja nimi) või {"{"}date{"}"} (tänane kuupäev). Loogelise sulu jaoks kirjutage {"{{"}.
campaign-new-bad-buttons = Kirjutage 1 kuni { $most } nupu teksti, iga tekst eraldi reale. Üks tekst on kõige rohkem { $limit } märki.
campaign-new-buttons-count = { $count ->
    [one] Kirjutage { $count } nupu tekst: sama palju kui põhikeeles.
   *[other] Kirjutage { $count } nupu teksti, iga tekst eraldi reale: sama palju kui põhikeeles.
}
campaign-new-language-given = See on põhikeel ja selle tekst on juba olemas. Valige teine keel.
campaign-new-need-time = Palun lisage ka kellaaeg, näiteks nii: 31.12.2026 14:30.
campaign-new-past = See aeg on möödas. Palun valige hilisem aeg.
campaign-new-until-early = Viimane päev ei saa olla enne esimest päeva.
campaign-new-failed = Vabandust, ma ei saanud seda kampaaniat salvestada. Palun alustage uuesti käsuga /campaign.
campaign-new-saved = Salvestasin kampaania „{ $name }”. { $schedule } Vaadake eelvaade üle ja kinnitage siis.
campaign-when-now = Saadan selle kohe, kui te kinnitate.
campaign-when-at = Saadan selle: { $when }.
campaign-when-daily = Saadan selle iga päev. Algus: { $when }. Lõpp: { $until }.
campaign-when-weekly = Saadan selle iga nädal. Algus: { $when }. Lõpp: { $until }.
