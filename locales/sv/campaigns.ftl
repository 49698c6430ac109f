## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = Skicka påminnelser till grupper av studerande

# The coordinator's own text, in the learner's language (or the fallback language).
campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 Stäng av de här meddelandena
campaign-muted = Du får inte de här gruppmeddelandena längre. Du får fortfarande påminnelser om din plan och dina möten.
campaign-answer-thanks = Tack, jag sparade ditt svar.

campaign-list =
    Dina kampanjer:
    { $lines }
campaign-list-line = { $id }. { $name } ({ $status })
campaign-list-empty = Det finns inga kampanjer än. Skapa en kampanj på kommandoraden: polku campaign create FILE.yml
campaign-button-show = Kampanj { $id }
campaign-button-send = Skicka
campaign-button-confirm = Ja, skicka
campaign-button-cancel = Ställ in kampanjen

campaign-preview =
    Kampanj { $id }: { $name } ({ $status })
    Studerande: { $count }
    { $languages }
    { $fallback } får texten på { $fallback_language }, eftersom det inte finns någon text på deras språk.
    Avstängda: { $muted }. Har blockerat boten: { $blocked }.
campaign-preview-language = { $language }: { $count } (reservspråk: { $fallback })
campaign-example =
    Exempel på { $language }:
    { $text }
campaign-confirm = Vill du skicka den här kampanjen till { $count } studerande?
campaign-scheduled = Jag skickar kampanjen ”{ $name }” nu. Du får en rapport när jag är klar.
campaign-cancelled =
    Jag ställde in kampanjen ”{ $name }”. { $count ->
        [one] Jag skickar inte dess meddelande.
       *[other] Jag skickar inte dess { $count } meddelanden.
    }

campaign-report =
    Rapport: { $name }
    Studerande: { $audience }
    Skickade: { $sent }. Misslyckade: { $failed }. Blockerade: { $blocked }. Avstängda: { $muted }. Väntar: { $pending }.
    { $languages }
    Svar:
    { $answers }
campaign-report-language = { $language }: { $sent } av { $total } skickade
campaign-report-answer = Knapp { $number }: { $count }
campaign-report-no-answers = Inga svar än.

campaign-error = Du kan inte ändra den här kampanjen nu.
campaign-error-not_draft = Någon har redan skickat eller ställt in den här kampanjen.
campaign-error-finished = Den här kampanjen har slutat.
