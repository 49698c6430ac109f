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
    ❌ Tapaaminen on peruttu. Ohjaaja: { $counsellor }. Aika oli { $when }.
    Syy: { $reason }
appointment-cancelled-counsellor =
    ❌ Tapaaminen on peruttu: { $learner }. Aika oli { $when }.
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
appointment-closed = Tämä tapaaminen on jo peruttu tai ohi.
appointment-not-started = Tapaaminen ei ole vielä alkanut.
