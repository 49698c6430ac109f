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
campaign-state-draft = utkast
campaign-state-scheduled = schemalagd
campaign-state-sending = skickas
campaign-state-done = skickad
campaign-state-cancelled = avbruten
campaign-list-empty = Det finns inga kampanjer än. Tryck på ”Ny kampanj” eller använd kommandoraden: polku campaign create FILE.yml
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
campaign-scheduled = Kampanjen ”{ $name }” är bekräftad. Den går ut vid den tid du valde. Du får en rapport när den är skickad.
campaign-sending-now = Kampanjen ”{ $name }” är bekräftad. Den går ut nu. Du får en rapport när den är skickad.
campaign-cancelled =
    Jag ställde in kampanjen ”{ $name }”. { $count ->
        [one] Jag skickar inte dess meddelande.
       *[other] Jag skickar inte dess { $count } meddelanden.
    }

# $in_doubt: nothing, or one more line (campaign-report-in-doubt) when some messages
# may have arrived: a request was on its way when something went wrong.
campaign-report =
    Rapport: { $name }
    Studerande: { $audience }
    Skickade: { $sent }. Misslyckade: { $failed }. Blockerade: { $blocked }. Avstängda: { $muted }. Väntar: { $pending }.{ $in_doubt }
    { $languages }
    Svar:
    { $answers }
campaign-report-language = { $language }: { $sent } av { $total } skickade
campaign-report-answer = Knapp { $number }: { $count }
campaign-report-no-answers = Inga svar än.
campaign-report-in-doubt = {"\u000A"}{ $count ->
        [one] Ett meddelande kom kanske fram. Jag hade ett problem när jag skickade det, så jag vet inte. Jag skickar det inte igen.
       *[other] { $count } meddelanden kom kanske fram. Jag hade ett problem när jag skickade dem, så jag vet inte. Jag skickar dem inte igen.
    }

campaign-error = Du kan inte ändra den här kampanjen nu.
campaign-error-not_draft = Någon har redan skickat eller ställt in den här kampanjen.
campaign-error-finished = Den här kampanjen har slutat.
## The guided dialogue: a new campaign (/campaign, "New campaign")

campaign-new-button = ➕ Ny kampanj
campaign-new-name = En ny kampanj. Vad heter den? Bara personalen ser namnet.
campaign-new-audience =
    Vem får den? Välj ett filter eller tryck på Klar. Utan filter får alla studerande kampanjen.
    Väg: { $path }
    Läge: { $status }
    Handledare: { $counsellor }
    Språk: { $language }
    Ogjort steg i planen: { $step }
    Senast aktiv: { $active }
campaign-filter-path = Väg
campaign-filter-status = Läge
campaign-filter-counsellor = Handledare
campaign-filter-language = Språk
campaign-filter-step = Ogjort steg i planen
campaign-filter-active = Senast aktiv
campaign-filter-done = ✓ Klar
campaign-new-path = Studerande på vilken väg? Välj och tryck sedan på Klar. Hoppa över tar bort filtret.
campaign-new-status = Studerande i vilket läge? Välj och tryck sedan på Klar. Hoppa över tar bort filtret.
campaign-new-counsellor = Studerande hos vilken handledare? Välj och tryck sedan på Klar. Hoppa över tar bort filtret.
campaign-new-language = Studerande som läser Polku på vilket språk? Välj och tryck sedan på Klar. Hoppa över tar bort filtret.
campaign-new-step = Vilket steg i planen har de studerande kvar att göra? Välj och tryck sedan på Klar. Hoppa över tar bort filtret.
campaign-new-active = När var de studerande senast aktiva? Hoppa över tar bort filtret.
campaign-status-new = Har börjat, startfrågorna inte klara
campaign-status-intake_done = Startfrågorna klara
campaign-status-plan_confirmed = Planen bekräftad
campaign-option-counsellor = { $name }
campaign-active-active_7 = Aktiv de senaste 7 dagarna
campaign-active-active_30 = Aktiv de senaste 30 dagarna
campaign-active-inactive_14 = Inte aktiv på 14 dagar
campaign-active-inactive_30 = Inte aktiv på 30 dagar
campaign-new-fallback = Nu meddelandet. Först huvudspråket: studerande som inte har en text på sitt språk får den här texten. Vilket språk?
campaign-new-text =
    Skriv meddelandet på { $language }. Du kan använda orden {"{"}first_name{"}"} (förnamnet), {"{"}counsellor_name{"}"} (handledarens namn), {"{"}date{"}"} (dagens datum). Varje studerande ser sina egna.
campaign-new-buttons = Svarsknappar på { $language }. Du kan hoppa över det här. Skriv högst 3 knapptexter, en per rad. Jag räknar de studerandes svar.
campaign-new-other-buttons = Samma svarsknappar på { $language }: en knapptext per rad, i samma ordning.
campaign-new-more = Vill du lägga till meddelandet på ett annat språk?
campaign-more-add = ➕ Ett annat språk
campaign-more-done = ✓ Klar
campaign-new-other-language = Vilket språk?
campaign-new-schedule = När ska kampanjen gå ut?
campaign-schedule-now = Nu
campaign-schedule-at = En viss dag och tid
campaign-schedule-daily = Varje dag
campaign-schedule-weekly = Varje vecka
campaign-new-send-at = Skriv datum och tid så här: 31.12.2026 14:30.
campaign-new-until = Vilken är den sista dagen? Skriv den så här: 31.1.2027.
campaign-new-too-long = Det är för långt: högst { $limit } tecken.
campaign-new-bad-placeholder = Jag känner inte igen ett av orden inom klammerparentes. Använd {"{"}first_name{"}"} (förnamnet), {"{"}counsellor_name{"}"} (handledarens namn) eller {"{"}date{"}"} (dagens datum). Skriv {"{{"} om du vill ha en klammerparentes.
campaign-new-bad-buttons = Skriv från 1 till { $most } knapptexter, en per rad. Varje knapptext får ha högst { $limit } tecken.
campaign-new-buttons-count = { $count ->
    [one] Skriv { $count } knapptext: lika många som på huvudspråket.
   *[other] Skriv { $count } knapptexter, en per rad: lika många som på huvudspråket.
}
campaign-new-language-given = Det är huvudspråket, och dess text finns redan. Välj ett annat språk.
campaign-new-need-time = Skriv också tiden, så här: 31.12.2026 14:30.
campaign-new-past = Den tiden har redan varit. Välj en senare tid.
campaign-new-until-early = Den sista dagen kan inte vara före den första.
campaign-new-failed = Förlåt, jag kunde inte spara kampanjen. Börja om med /campaign.
campaign-new-saved = Jag sparade kampanjen ”{ $name }”. { $schedule } Kontrollera förhandsvisningen och bekräfta sedan.
campaign-when-now = Den går ut så snart du bekräftar.
campaign-when-at = Den går ut { $when }.
campaign-when-daily = Den går ut varje dag från { $when } till { $until }.
campaign-when-weekly = Den går ut varje vecka från { $when } till { $until }.
