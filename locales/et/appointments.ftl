# Polku — eesti keel: kohtumised nõustajaga.

## How and where

appointment-mode-in_person = Kohapeal
appointment-mode-phone = Telefoni teel
appointment-mode-video = Videokõne
appointment-place-unknown = nõustaja ütleb teile koha
appointment-how = { $mode }: { $place }
appointment-ics-summary = Kohtumine: { $counsellor }

## Notices

appointment-booked =
    📅 Teil on kohtumine. Nõustaja: { $counsellor }
    🕘 { $when }
    { $mode }: { $place }
appointment-booked-counsellor =
    📅 Uus kohtumine. Õppija: { $learner }
    🕘 { $when }
    { $mode }: { $place }
appointment-moved =
    📅 Teie kohtumisel on uus aeg. Nõustaja: { $counsellor }
    🕘 { $when } (enne: { $previous })
    { $mode }: { $place }
appointment-moved-counsellor =
    📅 Kohtumisel on uus aeg. Õppija: { $learner }
    🕘 { $when } (enne: { $previous })
    { $mode }: { $place }
appointment-cancelled =
    ❌ Tühistatud: teie kohtumine. Nõustaja: { $counsellor }. Aeg: { $when }
    Põhjus: { $reason }
appointment-cancelled-counsellor =
    ❌ Tühistatud: kohtumine õppijaga. Õppija: { $learner }. Aeg: { $when }
    Põhjus: { $reason }

## Reasons for a cancellation

appointment-reason-learner = õppija tühistas
appointment-reason-ill = haigus
appointment-reason-counsellor_away = nõustaja ei saa tulla
appointment-reason-not_needed = kohtumist ei ole vaja
appointment-reason-other = muu põhjus

## Problems

appointment-error = Te ei saa seda kohtumist nii muuta.
appointment-slot-taken = Vabandust, keegi võttis just selle aja. Palun valige muu aeg.
appointment-slot-unavailable = Te ei saa seda aega broneerida. Palun valige muu aeg.
appointment-no-counsellor = Teil ei ole praegu nõustajat. Anname teada, kui teil on nõustaja.
appointment-not-found = Ma ei leia seda kohtumist.
appointment-closed = See kohtumine on läbi või keegi tühistas selle.
appointment-not-started = Kohtumine ei ole veel alanud.

## Booking in the chat

appointment-book-button = 📅 Broneeri kohtumine
appointment-choose-day = Millal te saate tulla? Valige päev.
appointment-choose-day-move =
    Teie kohtumise aeg on praegu { $when }.
    Valige uus päev.
appointment-day-button = { $day }
appointment-choose-time = Valige kellaaeg. Päev: { $day }
appointment-time-button = { $time }
appointment-other-day = ◀️ Muu päev
appointment-other-time = 🔁 Muu aeg
appointment-no-free-times = Praegu ei ole vabu aegu. Palun proovige hiljem uuesti või küsige oma nõustajalt.
appointment-stale = See nupp on vana. Siin on praegused vabad ajad.
appointment-day-gone = Sellel päeval ei ole enam vabu aegu. Palun valige muu päev.
appointment-time-gone = See aeg ei ole enam vaba. Palun valige muu aeg.
appointment-confirm =
    Kas broneerin selle kohtumise?
    🕘 { $when }
    { $mode }: { $place }
appointment-confirm-move =
    Kas viin teie kohtumise sellele ajale?
    🕘 { $when } (praegu: { $previous })
    { $mode }: { $place }
appointment-confirm-for =
    Kas broneerin kohtumise? Õppija: { $learner }
    🕘 { $when }
    { $mode }: { $place }
appointment-yes = ✅ Jah
appointment-done =
    ✅ Broneerisin teie kohtumise.
    🕘 { $when }
    { $mode }: { $place }
    Tuletan teile enne kohtumist meelde.
appointment-moved-done =
    ✅ Teie kohtumisel on uus aeg.
    🕘 { $when }
    { $mode }: { $place }
appointment-done-for =
    ✅ Kohtumine on broneeritud. Õppija: { $learner }
    🕘 { $when }
    { $mode }: { $place }
appointment-ics-caption = 📎 Teie kohtumine: { $when }. Avage fail, et lisada kohtumine telefoni kalendrisse.
appointment-ics-cancel-caption = 📎 Teie kohtumine jääb ära: { $when }. Avage fail, et kohtumine telefoni kalendrist eemaldada.

## Your meetings

appointment-list =
    <b>Teie kohtumised</b>

    { $lines }
appointment-line = 🕘 { $when } – { $mode }: { $place }
appointment-none = Teil ei ole broneeritud kohtumisi.
appointment-move-button = 🔁 Muuda aega { $day } { $time }
appointment-cancel-button = ❌ Tühista { $day } { $time }
appointment-list-counsellor =
    <b>Teie kohtumised</b>

    { $lines }
appointment-line-counsellor = 🕘 { $when } – { $learner } ({ $mode })
appointment-none-counsellor = Teil ei ole broneeritud kohtumisi.
appointment-cancel-for-button = ❌ { $learner } { $day } { $time }
appointment-cancel-confirm = Kas tühistan teie kohtumise? Aeg: { $when }
appointment-cancel-yes = ❌ Tühista kohtumine
appointment-cancel-no = Jäta alles
appointment-cancel-done = Tühistasin teie kohtumise. Aeg oli { $when }. Teie nõustaja teab seda.
appointment-cancel-why = Miks te kohtumise tühistate? Õppija: { $learner }. Aeg: { $when }
appointment-why-ill = Haigus
appointment-why-away = Ma ei saa tulla
appointment-why-not-needed = Ei ole vaja
appointment-why-other = Muu põhjus
appointment-cancel-done-counsellor = Tühistasin kohtumise. Õppija: { $learner }. Aeg: { $when }. Andsin õppijale teada.
appointment-question = Oma kohtumisi näete käsuga /appointments. Uue kohtumise saate broneerida käsuga /book.

## Reminders

appointment-reminder-24h =
    📅 Meeldetuletus: homme on teil kohtumine. Nõustaja: { $counsellor }
    🕘 { $when }
    { $mode }: { $place }
appointment-reminder-2h =
    📅 Teie kohtumine algab kahe tunni pärast. Nõustaja: { $counsellor }
    🕘 { $when }
    { $mode }: { $place }
appointment-coming = 👍 Ma tulen
appointment-not-coming = Ma ei saa tulla
appointment-coming-thanks = Aitäh! Kohtumiseni!
appointment-not-coming-reply = Aitäh, et andsite teada. Teie nõustaja teab seda. Kas soovite uut aega või soovite kohtumise tühistada? Aeg: { $when }
appointment-not-coming-counsellor = ⚠️ { $learner } ei saa kohtumisele tulla. Aeg: { $when }

## After the meeting

appointment-outcome-question = Kuidas kohtumine läks? Õppija: { $learner }. Aeg: { $when }
appointment-met = ✅ Kohtusime
appointment-no-show = ❌ Ei tulnud
appointment-marked-met = ✅ Märgitud: te kohtusite. Õppija: { $learner }. Aeg: { $when }
appointment-marked-no-show = ❌ Märgitud: { $learner } ei tulnud. Aeg: { $when }

## In the plan

plan-meeting-none = 📅 Kohtumist ei ole broneeritud.
plan-meeting-next = 📅 Järgmine kohtumine: { $when }
