# Polku — suomi: tapaamiset ohjaajan kanssa.

## Miten ja missä

appointment-mode-in_person = Tapaaminen paikan päällä
appointment-mode-phone = Puhelu
appointment-mode-video = Videopuhelu
appointment-place-unknown = ohjaaja kertoo paikan
appointment-how = { $mode }: { $place }
appointment-ics-summary = Tapaaminen: { $counsellor }

## Ilmoitukset

appointment-booked =
    📅 Sinulla on tapaaminen. Ohjaaja: { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-booked-counsellor =
    📅 Uusi tapaaminen: { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-moved =
    📅 Tapaamisesi aika on muuttunut. Ohjaaja: { $counsellor }.
    🕘 { $when } (ennen: { $previous })
    { $mode }: { $place }
appointment-moved-counsellor =
    📅 Tapaamisen aika on muuttunut: { $learner }.
    🕘 { $when } (ennen: { $previous })
    { $mode }: { $place }
appointment-cancelled =
    ❌ Peruttu tapaaminen: ohjaaja { $counsellor }, aika { $when }.
    Syy: { $reason }
appointment-cancelled-counsellor =
    ❌ Peruttu tapaaminen: { $learner }, aika { $when }.
    Syy: { $reason }

## Peruutuksen syyt

appointment-reason-learner = asiakas perui
appointment-reason-ill = sairaus
appointment-reason-counsellor_away = ohjaaja ei pääse
appointment-reason-not_needed = tapaamista ei tarvita
appointment-reason-other = muu syy

## Ongelmat

appointment-error = Tätä tapaamista ei voi muuttaa näin.
appointment-slot-taken = Valitettavasti joku varasi juuri tämän ajan. Valitse toinen aika.
appointment-slot-unavailable = Tätä aikaa ei voi varata. Valitse toinen aika.
appointment-no-counsellor = Sinulla ei ole nyt ohjaajaa. Kerromme, kun saat ohjaajan.
appointment-not-found = Tapaamista ei löytynyt.
appointment-closed = Tämä tapaaminen on ohi, tai joku perui sen.
appointment-not-started = Tapaaminen ei ole vielä alkanut.

## Varaaminen chatissa

appointment-book-button = 📅 Varaa tapaaminen
appointment-choose-day = Milloin pääset tulemaan? Valitse päivä.
appointment-choose-day-move =
    Tapaamisesi on nyt { $when }.
    Valitse uusi päivä.
appointment-day-button = { $day }
appointment-choose-time = Valitse aika: { $day }
appointment-time-button = { $time }
appointment-other-day = ◀️ Toinen päivä
appointment-other-time = 🔁 Toinen aika
appointment-no-free-times = Vapaita aikoja ei ole nyt. Yritä myöhemmin uudelleen tai kysy ohjaajalta.
appointment-stale = Tämä painike on vanha. Tässä ovat vapaat ajat nyt.
appointment-day-gone = Tänä päivänä ei ole enää vapaita aikoja. Valitse toinen päivä.
appointment-time-gone = Tämä aika ei ole enää vapaa. Valitse toinen aika.
appointment-confirm =
    Varaatko tämän tapaamisen?
    🕘 { $when }
    { $mode }: { $place }
appointment-confirm-move =
    Siirrätkö tapaamisen tähän aikaan?
    🕘 { $when } (nyt: { $previous })
    { $mode }: { $place }
appointment-confirm-for =
    Varaatko tapaamisen: { $learner }?
    🕘 { $when }
    { $mode }: { $place }
appointment-yes = ✅ Kyllä
appointment-done =
    ✅ Varasin tapaamisen.
    🕘 { $when }
    { $mode }: { $place }
    Muistutan sinua ennen tapaamista.
appointment-moved-done =
    ✅ Tapaamisellasi on uusi aika.
    🕘 { $when }
    { $mode }: { $place }
appointment-done-for =
    ✅ Varasin tapaamisen: { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-ics-caption = 📎 Tapaamisesi { $when }. Avaa tiedosto, niin saat tapaamisen puhelimen kalenteriin.
appointment-ics-cancel-caption = 📎 Tapaamisesi { $when } peruuntui. Avaa tiedosto, niin tapaaminen poistuu puhelimen kalenterista.

## Tapaamisesi

appointment-list =
    <b>Tapaamisesi</b>

    { $lines }
appointment-line = 🕘 { $when } – { $mode }: { $place }
appointment-none = Sinulla ei ole varattuja tapaamisia.
appointment-move-button = 🔁 Siirrä { $day } { $time }
appointment-cancel-button = ❌ Peru { $day } { $time }
appointment-list-counsellor =
    <b>Tapaamisesi</b>

    { $lines }
appointment-line-counsellor = 🕘 { $when } – { $learner } ({ $mode })
appointment-none-counsellor = Sinulla ei ole varattuja tapaamisia.
appointment-cancel-for-button = ❌ { $learner } { $day } { $time }
appointment-cancel-confirm = Perutko tapaamisen { $when }?
appointment-cancel-yes = ❌ Peru tapaaminen
appointment-cancel-no = Pidä tapaaminen
appointment-cancel-done = Peruin tapaamisen { $when }. Ohjaajasi tietää sen.
appointment-cancel-why = Miksi perut tapaamisen? Asiakas: { $learner }. Aika: { $when }.
appointment-why-ill = Sairaus
appointment-why-away = En pääse
appointment-why-not-needed = Ei tarvita
appointment-why-other = Muu syy
appointment-cancel-done-counsellor = Peruin tapaamisen: { $learner }, { $when }. Kerroin sen asiakkaalle.
appointment-question = Näet tapaamisesi komennolla /appointments. Uuden tapaamisen voit varata komennolla /book.

## Muistutukset

appointment-reminder-24h =
    📅 Muistutus: huomenna sinulla on tapaaminen. Ohjaaja: { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-reminder-2h =
    📅 Tapaamisesi alkaa kahden tunnin päästä. Ohjaaja: { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-coming = 👍 Tulen
appointment-not-coming = En pääse
appointment-coming-thanks = Kiitos! Tapaamme pian.
appointment-not-coming-reply = Kiitos, kun kerroit. Ohjaajasi tietää sen. Haluatko uuden ajan? Vai haluatko perua tapaamisen { $when }?
appointment-not-coming-counsellor = ⚠️ { $learner } ei pääse tapaamiseen { $when }.

## Tapaamisen jälkeen

appointment-outcome-question = Miten tapaaminen meni? Asiakas: { $learner }. Aika: { $when }.
appointment-met = ✅ Tapasimme
appointment-no-show = ❌ Ei tullut
appointment-marked-met = ✅ Merkitty: tapasit asiakkaan { $learner } { $when }.
appointment-marked-no-show = ❌ Merkitty: { $learner } ei tullut { $when }.

## Suunnitelmassa

plan-meeting-none = 📅 Ei varattua tapaamista.
plan-meeting-next = 📅 Seuraava tapaaminen: { $when }
