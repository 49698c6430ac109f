# Polku — svenska: möten med handledaren.

## How and where

appointment-mode-in_person = På plats
appointment-mode-phone = På telefon
appointment-mode-video = Videosamtal
appointment-place-unknown = din handledare berättar var
appointment-how = { $mode }: { $place }
appointment-ics-summary = Möte med { $counsellor }

## Notices

appointment-booked =
    📅 Du har ett möte med { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-booked-counsellor =
    📅 Nytt möte med { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-moved =
    📅 Ditt möte med { $counsellor } har en ny tid.
    🕘 { $when } (förut: { $previous })
    { $mode }: { $place }
appointment-moved-counsellor =
    📅 Mötet med { $learner } har en ny tid.
    🕘 { $when } (förut: { $previous })
    { $mode }: { $place }
appointment-cancelled =
    ❌ Inställt: ditt möte med { $counsellor } { $when }.
    Orsak: { $reason }
appointment-cancelled-counsellor =
    ❌ Inställt: mötet med { $learner } { $when }.
    Orsak: { $reason }

## Reasons for a cancellation

appointment-reason-learner = den studerande avbokade
appointment-reason-ill = sjukdom
appointment-reason-counsellor_away = handledaren kan inte komma
appointment-reason-not_needed = mötet behövs inte
appointment-reason-other = en annan orsak

## Problems

appointment-error = Du kan inte ändra det här mötet så.
appointment-slot-taken = Förlåt, någon tog just den tiden. Välj en annan tid.
appointment-slot-unavailable = Du kan inte boka den tiden. Välj en annan tid.
appointment-no-counsellor = Du har ingen handledare just nu. Vi säger till när du har en.
appointment-not-found = Jag hittar inte det här mötet.
appointment-closed = Det här mötet är slut, eller så har någon ställt in det.
appointment-not-started = Mötet har inte börjat än.

## Booking in the chat

appointment-book-button = 📅 Boka ett möte
appointment-choose-day = När kan du komma? Välj en dag.
appointment-choose-day-move =
    Ditt möte är nu { $when }.
    Välj en ny dag.
appointment-day-button = { $day }
appointment-choose-time = Välj en tid { $day }.
appointment-time-button = { $time }
appointment-other-day = ◀️ En annan dag
appointment-other-time = 🔁 En annan tid
appointment-no-free-times = Det finns inga lediga tider just nu. Försök igen senare, eller fråga din handledare.
appointment-stale = Den här knappen är gammal. Här är de lediga tiderna nu.
appointment-day-gone = Den dagen har inga lediga tider längre. Välj en annan dag.
appointment-time-gone = Den tiden är inte ledig längre. Välj en annan tid.
appointment-confirm =
    Vill du boka det här mötet?
    🕘 { $when }
    { $mode }: { $place }
appointment-confirm-move =
    Vill du flytta ditt möte till den här tiden?
    🕘 { $when } (nu: { $previous })
    { $mode }: { $place }
appointment-confirm-for =
    Vill du boka ett möte för { $learner }?
    🕘 { $when }
    { $mode }: { $place }
appointment-yes = ✅ Ja
appointment-done =
    ✅ Jag bokade ditt möte.
    🕘 { $when }
    { $mode }: { $place }
    Jag påminner dig före mötet.
appointment-moved-done =
    ✅ Ditt möte har en ny tid.
    🕘 { $when }
    { $mode }: { $place }
appointment-done-for =
    ✅ Mötet med { $learner } är bokat.
    🕘 { $when }
    { $mode }: { $place }
appointment-ics-caption = 📎 Ditt möte { $when }. Öppna filen för att spara mötet i telefonens kalender.
appointment-ics-cancel-caption = 📎 Ditt möte { $when } är inställt. Öppna filen för att ta bort mötet från telefonens kalender.

## Your meetings

appointment-list =
    <b>Dina möten</b>

    { $lines }
appointment-line = 🕘 { $when } – { $mode }: { $place }
appointment-none = Du har inga bokade möten.
appointment-move-button = 🔁 Flytta { $day } { $time }
appointment-cancel-button = ❌ Avboka { $day } { $time }
appointment-list-counsellor =
    <b>Dina möten</b>

    { $lines }
appointment-line-counsellor = 🕘 { $when } – { $learner } ({ $mode })
appointment-none-counsellor = Du har inga bokade möten.
appointment-cancel-for-button = ❌ { $learner } { $day } { $time }
appointment-cancel-confirm = Vill du avboka ditt möte { $when }?
appointment-cancel-yes = ❌ Avboka mötet
appointment-cancel-no = Behåll mötet
appointment-cancel-done = Jag avbokade ditt möte { $when }. Din handledare vet det.
appointment-cancel-why = Varför avbokar du mötet med { $learner } { $when }?
appointment-why-ill = Sjukdom
appointment-why-away = Jag kan inte komma
appointment-why-not-needed = Behövs inte
appointment-why-other = En annan orsak
appointment-cancel-done-counsellor = Jag avbokade mötet med { $learner } { $when }. Jag berättade det för { $learner }.
appointment-question = Du ser dina möten med /appointments. Du bokar ett nytt möte med /book.

## Reminders

appointment-reminder-24h =
    📅 Påminnelse: i morgon har du ett möte med { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-reminder-2h =
    📅 Ditt möte med { $counsellor } börjar om två timmar.
    🕘 { $when }
    { $mode }: { $place }
appointment-coming = 👍 Jag kommer
appointment-not-coming = Jag kan inte komma
appointment-coming-thanks = Tack! Vi ses snart.
appointment-not-coming-reply = Tack för att du berättade. Din handledare vet det. Vill du ha en annan tid, eller vill du avboka mötet { $when }?
appointment-not-coming-counsellor = ⚠️ { $learner } kan inte komma till mötet { $when }.

## After the meeting

appointment-outcome-question = Hur gick mötet med { $learner } { $when }?
appointment-met = ✅ Vi träffades
appointment-no-show = ❌ Kom inte
appointment-marked-met = ✅ Sparat: du träffade { $learner } { $when }.
appointment-marked-no-show = ❌ Sparat: { $learner } kom inte { $when }.

## In the plan

plan-meeting-none = 📅 Inget möte är bokat.
plan-meeting-next = 📅 Nästa möte: { $when }
