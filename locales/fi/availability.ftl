# Polku — suomi: ohjaajan ajat tapaamisille (/availability).

command-availability = Tapaamisaikasi

## Näkymä

availability-view =
    <b>Tapaamisaikasi</b>

    { $lines }
availability-none = Sinulla ei ole vielä aikoja tapaamisille. Opiskelijat voivat varata tapaamisen vasta, kun lisäät aikoja.
availability-line-weekly = { $number }. { $day } { $start }–{ $end } · { $length } min + { $buffer } min tauko · { $mode }{ $place }
availability-line-off = { $number }. { $day }: vapaapäivä
availability-line-extra = { $number }. { $day } { $start }–{ $end } (lisäaika) · { $length } min + { $buffer } min tauko · { $mode }{ $place }
availability-place = : { $place }
availability-remove-button = 🗑 Poista { $number }
availability-add-weekly-button = ➕ Viikoittaiset ajat
availability-add-off-button = 🌴 Vapaapäivä
availability-add-extra-button = ➕ Lisäaikaa yhdelle päivälle
availability-show-button = 📅 Tapaamisaikasi
availability-removed = Poistin nämä ajat. Opiskelijoiden tapaamiset näissä ajoissa pysyvät.

## Kysymykset

option-days-mon = maanantai
option-days-tue = tiistai
option-days-wed = keskiviikko
option-days-thu = torstai
option-days-fri = perjantai
option-days-sat = lauantai
option-days-sun = sunnuntai
option-length-45 = 45 min (tavallinen)
option-length-30 = 30 min
option-length-60 = 60 min
option-length-90 = 90 min
option-buffer-15 = 15 min (tavallinen)
option-buffer-0 = 0 min (ei taukoa)
option-buffer-10 = 10 min
option-buffer-30 = 30 min
availability-ask-days = Minä päivinä tapaat asiakkaita? Valitse päivät ja paina Valmis.
availability-ask-extra-day = Minä päivänä sinulla on lisäaikaa tapaamisille? Kirjoita päivämäärä, esimerkiksi 31.12.2026.
availability-ask-off-day = Minä päivänä olet poissa? Kirjoita päivämäärä, esimerkiksi 31.12.2026.
availability-ask-start = Mistä kellonajasta alkaen? Esimerkiksi 9 tai 9.30.
availability-ask-end = Mihin kellonaikaan asti? Aloitat { $start }. Esimerkiksi 12 tai 15.30.
availability-ask-length = Kuinka pitkä yksi tapaaminen on?
availability-ask-buffer = Kuinka pitkä tauko on kahden tapaamisen välissä?
availability-ask-mode = Miten tapaatte?
availability-ask-place = Missä tapaatte? Kirjoita paikka, esimerkiksi "Huone 2". Tai paina Ohita.
availability-ask-link = Kirjoita videopuhelun linkki, esimerkiksi https://meet.example.fi/mikko
availability-confirm-weekly =
    Tallennanko nämä tapaamisajat?
    📅 { $days }
    🕘 { $start }–{ $end }
    Tapaamisen pituus { $length }, tauko { $buffer } · { $mode }
availability-confirm-extra =
    Tallennanko nämä lisäajat tapaamisille?
    📅 { $day }
    🕘 { $start }–{ $end }
    Tapaamisen pituus { $length }, tauko { $buffer } · { $mode }
availability-saved = ✅ Tallensin aikasi. Opiskelijat voivat nyt varata tapaamisen näihin aikoihin.
availability-off-saved =
    ✅ Tallensin sen: olet poissa sinä päivänä.
    { $count ->
        [0] Sinulla ei ole tapaamisia sinä päivänä.
        [one] Sinulla on vielä yksi tapaaminen sinä päivänä. Peru se komennolla /appointments.
       *[other] Sinulla on vielä { $count } tapaamista sinä päivänä. Peru ne komennolla /appointments.
    }
availability-not-saved = En tallentanut mitään.

## Ongelmat

availability-invalid-time = Kirjoita kellonaika, esimerkiksi 9, 9.30 tai 14:00.
availability-invalid-end = Loppuajan pitää olla alkuajan ({ $start }) jälkeen. Kirjoita myöhäisempi aika.
availability-invalid-length = Tapaaminen ei mahdu näihin aikoihin ({ $minutes } min). Valitse lyhyempi tapaaminen.
availability-invalid-place = Kirjoita lyhyempi paikka (enintään { $limit } merkkiä).
availability-invalid-link = Kirjoita koko linkki, alkaen https://
availability-invalid-day = Kirjoita päivämäärä tästä päivästä vuoden päähän.
