# Polku — svenska: a counsellor's hours for meetings (/availability).

command-availability = Dina tider för möten

## The view

availability-view =
    <b>Dina tider för möten</b>

    { $lines }
availability-none = Du har inga tider för möten än. De studerande kan inte boka förrän du lägger till tider.
availability-line-weekly = { $number }. { $day } { $start }–{ $end } · { $length } min + { $buffer } min · { $mode }{ $place }
availability-line-off = { $number }. { $day }: ledig dag
availability-line-extra = { $number }. { $day } { $start }–{ $end } (extra) · { $length } min + { $buffer } min · { $mode }{ $place }
availability-place = : { $place }
availability-remove-button = 🗑 Ta bort { $number }
availability-add-weekly-button = ➕ Tider varje vecka
availability-add-off-button = 🌴 En ledig dag
availability-add-extra-button = ➕ Extra tider en dag
availability-show-button = 📅 Dina tider för möten
availability-removed = Jag tog bort tiderna. Möten som redan är bokade på de tiderna finns kvar.

## The questions

option-days-mon = Måndag
option-days-tue = Tisdag
option-days-wed = Onsdag
option-days-thu = Torsdag
option-days-fri = Fredag
option-days-sat = Lördag
option-days-sun = Söndag
option-length-45 = 45 min (vanligt)
option-length-30 = 30 min
option-length-60 = 60 min
option-length-90 = 90 min
option-buffer-15 = 15 min (vanligt)
option-buffer-0 = 0 min (ingen paus)
option-buffer-10 = 10 min
option-buffer-30 = 30 min
availability-ask-days = Vilka dagar träffar du studerande? Välj dagarna och tryck sedan på Klar.
availability-ask-extra-day = Vilken dag har du extra tider? Skriv datumet, till exempel 31.12.2026.
availability-ask-off-day = Vilken dag är du borta? Skriv datumet, till exempel 31.12.2026.
availability-ask-start = Från vilken tid? Till exempel 9 eller 9.30.
availability-ask-end = Till vilken tid? (Från { $start }.) Till exempel 12 eller 15.30.
availability-ask-length = Hur långt är ett möte?
availability-ask-buffer = Hur lång paus vill du ha mellan mötena?
availability-ask-mode = Hur träffas ni?
availability-ask-place = Var träffas ni? Skriv platsen, till exempel ”Rum 2”, eller hoppa över.
availability-ask-link = Skriv länken till videosamtalet, till exempel https://meet.example.fi/mikko
availability-confirm-weekly =
    Vill du spara de här tiderna?
    📅 { $days }
    🕘 { $start }–{ $end }
    Möten: { $length }. Paus: { $buffer } · { $mode }
availability-confirm-extra =
    Vill du spara de här extra tiderna?
    📅 { $day }
    🕘 { $start }–{ $end }
    Möten: { $length }. Paus: { $buffer } · { $mode }
availability-saved = ✅ Jag sparade tiderna. De studerande kan boka de här tiderna nu.
availability-off-saved =
    ✅ Jag sparade att du är borta den dagen.
    { $count ->
        [0] Inga möten var bokade den dagen.
        [one] Ett möte är fortfarande bokat den dagen. Ställ in det i /appointments.
       *[other] { $count } möten är fortfarande bokade den dagen. Ställ in dem i /appointments.
    }
availability-not-saved = Jag sparade ingenting.

## Problems

availability-invalid-time = Skriv en tid, till exempel 9, 9.30 eller 14:00.
availability-invalid-end = Sluttiden måste vara efter starttiden ({ $start }). Skriv en senare tid.
availability-invalid-length = Ett möte får inte plats på de här tiderna ({ $minutes } min). Välj ett kortare möte.
availability-invalid-place = Skriv en kortare plats (högst { $limit } tecken).
availability-invalid-link = Skriv hela länken. Den ska börja med https://
availability-invalid-day = Skriv en dag från i dag och högst ett år framåt.
