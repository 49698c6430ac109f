# Polku — eesti keel: a counsellor's hours for meetings (/availability).

command-availability = Teie kohtumiste ajad

## The view

availability-view =
    <b>Teie kohtumiste ajad</b>

    { $lines }
availability-none = Teil ei ole veel kohtumiste aegu. Õppijad saavad broneerida alles siis, kui te aegu lisate.
availability-line-weekly = { $number }. { $day } { $start }–{ $end } · { $length } min + { $buffer } min · { $mode }{ $place }
availability-line-off = { $number }. { $day }: vaba päev
availability-line-extra = { $number }. { $day } { $start }–{ $end } (lisaaeg) · { $length } min + { $buffer } min · { $mode }{ $place }
availability-place = : { $place }
availability-remove-button = 🗑 Eemalda { $number }
availability-add-weekly-button = ➕ Iga nädala ajad
availability-add-off-button = 🌴 Vaba päev
availability-add-extra-button = ➕ Lisaajad ühel päeval
availability-show-button = 📅 Teie kohtumiste ajad
availability-removed = Eemaldasin. Kohtumised, mis on neil aegadel juba broneeritud, jäävad alles.

## The questions

option-days-mon = Esmaspäev
option-days-tue = Teisipäev
option-days-wed = Kolmapäev
option-days-thu = Neljapäev
option-days-fri = Reede
option-days-sat = Laupäev
option-days-sun = Pühapäev
option-length-45 = 45 min (tavaline)
option-length-30 = 30 min
option-length-60 = 60 min
option-length-90 = 90 min
option-buffer-15 = 15 min (tavaline)
option-buffer-0 = 0 min (pausi ei ole)
option-buffer-10 = 10 min
option-buffer-30 = 30 min
availability-ask-days = Mis päevadel te õppijatega kohtute? Valige päevad ja vajutage siis Valmis.
availability-ask-extra-day = Mis päeval on teil lisaajad? Kirjutage kuupäev, näiteks 31.12.2026.
availability-ask-off-day = Mis päeval te olete ära? Kirjutage kuupäev, näiteks 31.12.2026.
availability-ask-start = Mis kellast? Näiteks 9 või 9.30.
availability-ask-end = Mis kellani? (Algus: { $start }.) Näiteks 12 või 15.30.
availability-ask-length = Kui pikk on üks kohtumine?
availability-ask-buffer = Kui pikk paus on kohtumiste vahel?
availability-ask-mode = Kuidas te kohtute?
availability-ask-place = Kus te kohtute? Kirjutage koht, näiteks „Ruum 2”, või jätke vahele.
availability-ask-link = Kirjutage videokõne link, näiteks https://meet.example.fi/mikko
availability-confirm-weekly =
    Kas salvestan need ajad?
    📅 { $days }
    🕘 { $start }–{ $end }
    Kohtumine: { $length }. Paus: { $buffer } · { $mode }
availability-confirm-extra =
    Kas salvestan need lisaajad?
    📅 { $day }
    🕘 { $start }–{ $end }
    Kohtumine: { $length }. Paus: { $buffer } · { $mode }
availability-saved = ✅ Salvestasin. Õppijad saavad neid aegu nüüd broneerida.
availability-off-saved =
    ✅ Salvestasin: te olete sel päeval ära.
    { $count ->
        [0] Sellel päeval ei olnud ühtegi kohtumist.
        [one] Sellel päeval on veel üks kohtumine. Tühistage see käsuga /appointments.
       *[other] Sellel päeval on veel { $count } kohtumist. Tühistage need käsuga /appointments.
    }
availability-not-saved = Ma ei salvestanud midagi.

## Problems

availability-invalid-time = Palun kirjutage kellaaeg, näiteks 9, 9.30 või 14:00.
availability-invalid-end = Lõpp peab olema pärast algust ({ $start }). Palun kirjutage hilisem kellaaeg.
availability-invalid-length = Kohtumine ei mahu nendesse aegadesse ({ $minutes } min). Palun valige lühem kohtumine.
availability-invalid-place = Palun kirjutage lühem koht (kõige rohkem { $limit } märki).
availability-invalid-link = Palun kirjutage terve link. See algab nii: https://
availability-invalid-day = Palun kirjutage päev, mis on tänasest kuni ühe aasta pärast.
