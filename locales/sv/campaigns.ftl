## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = Skicka påminnelser till grupper av studerande

# The coordinator's own text, in the learner's language (or the fallback language).
campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 Stäng av de här meddelandena
campaign-muted = Du får inte de här gruppmeddelandena längre. Du får fortfarande påminnelser om din plan och dina möten.
campaign-answer-thanks = Tack, ditt svar är sparat.

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
campaign-scheduled = Kampanjen ”{ $name }” skickas nu. Du får en rapport när den är skickad.
campaign-cancelled = Kampanjen ”{ $name }” är inställd. { $count ->
        [one] { $count } meddelande skickas inte.
       *[other] { $count } meddelanden skickas inte.
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
campaign-error-not_draft = Den här kampanjen är redan skickad eller inställd.
campaign-error-finished = Den här kampanjen är redan klar.
